#!/usr/bin/env bash
# Measures, on this machine, (1) the time from launching the shell to the first question of
# `consult` (typed as soon as the prompt shows), driven in tmux, and (2) the wall time of a
# non-interactive `advise` run. Prints each run and the median. Usage: bench/startup.sh [runs] [java options...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
jar=target/alliance-advisor.jar
answers=${ANSWERS:-bench/answers.json}
data=$(mktemp -d)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s%N; }

first=()
for i in $(seq "$runs"); do
  s=bench-$$-$i
  start=$(now)
  tmux new-session -d -s "$s" -x 160 -y 50 "java $* -Dadvisor.data=$data -jar $jar"
  until tmux capture-pane -p -t "$s" | grep -q 'advisor:>'; do sleep 0.02; done
  tmux send-keys -t "$s" consult Enter
  until tmux capture-pane -p -t "$s" | grep -q '\[question 1'; do sleep 0.02; done
  end=$(now)
  tmux kill-session -t "$s"
  ms=$(( (end - start) / 1000000 )); first+=("$ms"); echo "launch -> first question: ${ms} ms"
done
echo "median launch -> first question: $(printf '%s\n' "${first[@]}" | median) ms"

adv=()
for i in $(seq "$runs"); do
  start=$(now)
  java "$@" -Dadvisor.data="$data" -jar "$jar" advise --answers "$answers" --format json > /dev/null
  end=$(now)
  ms=$(( (end - start) / 1000000 )); adv+=("$ms"); echo "advise: ${ms} ms"
done
echo "median advise: $(printf '%s\n' "${adv[@]}" | median) ms"
rm -rf "$data"
