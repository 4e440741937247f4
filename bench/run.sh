#!/usr/bin/env bash
# Measures every speed target of issue 14 in one run, against the peer app (bench/peer: Spring Boot +
# Spring Shell + Drools compiling 300 classic-DRL rules at start, the same stack done the obvious way).
# Runs are interleaved (peer, advisor, peer, ...) so that both see the same machine; the table gives
# medians and the ratio to the peer's `advise` launch-to-exit. Wall times are from `date +%s%N`; peak
# resident memory from /usr/bin/time (%M, as in `time -v`) or, for the shell, VmHWM of the process.
# Usage: bench/run.sh [runs] [batch copies of the scenarios]
#   JAVA=...          the java to run (default: java on the PATH, JDK 17 here)
#   LAUNCH=...        how to start the advisor (default: target/advisor, the launcher of the README)
#   BASELINE_JAR=...  optional: a jar of an older version, to show what the levers contributed
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
copies=${2:-40}
JAVA=${JAVA:-java}
jar=target/alliance-advisor.jar
[ -f "$jar" ] || mvn -q package -DskipTests
bench/peer/build.sh
LAUNCH=${LAUNCH:-target/advisor}
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")}
peer="$JAVA -Dpeer.rules=bench/peer/target/rules -jar bench/peer/target/peer.jar"
answers=bench/answers.json
work=$(mktemp -d)
data=$work/data
export ADVISOR_DATA=$data   # saved sessions and the per-user rule cache of this run
trap 'rm -rf "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
now() { date +%s%N; }
declare -A ms rss
# timed NAME COMMAND...: wall ms and peak RSS (KB) of one run, appended to the NAME lists
timed() {
  local name=$1; shift
  local start end
  start=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$@" > "$work/out" 2>&1 || { echo "FAILED: $*"; cat "$work/out"; exit 1; }
  end=$(now)
  ms[$name]+="$(( (end - start) / 1000000 )) "; rss[$name]+="$(tail -1 "$work/rss") "
}
med() { printf '%s\n' $1 | median; }

echo "warming the file cache and the per-user rule cache"
$LAUNCH advise --answers "$answers" > /dev/null 2>&1 || true
$peer advise --answers "$answers" > /dev/null 2>&1

# the levers one by one, for `advise`: a spring.* property sends a command through Spring Shell (no
# one-shot dispatcher); -Xshare:off switches the class-data archive off
lever_names=(spring onejar opts)
lever_cmds=("$JAVA -Dspring.main.banner-mode=off -jar $jar" "$JAVA -jar $jar" "env ADVISOR_JAVA_OPTS=-Xshare:off $LAUNCH")
if [ -n "${BASELINE_JAR:-}" ]; then lever_names+=(baseline); lever_cmds+=("$JAVA -jar $BASELINE_JAR"); fi
for i in $(seq "$runs"); do
  timed peer $peer advise --answers "$answers"
  # shellcheck disable=SC2086
  timed advise $LAUNCH advise --answers "$answers" --format json
  for k in "${!lever_names[@]}"; do
    # shellcheck disable=SC2086
    timed "${lever_names[$k]}" ${lever_cmds[$k]} advise --answers "$answers" --format json
  done
  # shellcheck disable=SC2086
  timed validate $LAUNCH kb validate
  # shellcheck disable=SC2086
  timed test $LAUNCH kb test
  echo "run $i done"
done

# launch -> first question, under tmux (as bench/startup.sh), interleaved with the peer's launch-to-exit
first=""; shell_rss=""
for i in $(seq "$runs"); do
  timed peer $peer advise --answers "$answers"
  s=bench-$$-$i
  # the previous run's consultation is kept as unsaved work (current.json), and a new 'consult' would ask
  # before replacing it: each run starts from no consultation
  rm -f "$data/current.json"
  start=$(now)
  tmux new-session -d -s "$s" -x 200 -y 50 "ADVISOR_DATA=$data $LAUNCH"
  until tmux capture-pane -p -t "$s" | grep -q 'advisor:>'; do sleep 0.02; done
  tmux send-keys -t "$s" "consult --goals $(ls knowledge-base/findings | sed 's/\.json$//' | paste -sd, -)" Enter
  until tmux capture-pane -p -t "$s" | grep -q '\[question 1'; do sleep 0.02; done
  end=$(now)
  first+="$(( (end - start) / 1000000 )) "
  if [ "$i" = 1 ]; then
    # peak memory of the shell after a six-goal consultation answered to the end ("unknown" throughout)
    completed="not completed"
    tmux pipe-pane -t "$s" -o "cat >> $work/shell.log"   # the advice at the end is longer than the pane
    for _ in $(seq 1500); do
      grep -q "No questions left" "$work/shell.log" 2>/dev/null && { completed=completed; sleep 1; break; }
      tmux send-keys -t "$s" unknown Enter; sleep 0.05
    done
    pane=$(tmux list-panes -t "$s" -F '#{pane_pid}')
    pid=$(pgrep -f -P "$pane" java || echo "$pane")
    shell_rss=$(awk '/VmHWM/ {print $2}' /proc/"$pid"/status)
  fi
  tmux kill-session -t "$s"
done
echo "launch -> first question: $first"

# batch: the answers of every scenario copied $copies times, plus one broken file
# (answer files are read strictly, so only goals, answers and partnerAnswers are kept; portfolio scenarios,
# which name several alliances, are left out)
mkdir -p "$work/in"
python3 - "$work/in" "$copies" <<'PY'
import glob, json, os, sys
out, copies = sys.argv[1], int(sys.argv[2])
for f in sorted(glob.glob('knowledge-base/scenarios/*.json')):
    d = json.load(open(f))
    if 'alliances' in d:
        continue
    kept = {k: d[k] for k in ('goals', 'answers', 'partnerAnswers') if k in d}
    for c in range(1, copies + 1):
        json.dump(kept, open(os.path.join(out, '%s-%d.json' % (os.path.basename(f)[:-5], c)), 'w'))
PY
echo '{"answers": {' > "$work/in/000-broken.json"
files=$(ls "$work/in" | wc -l)
timed batch $LAUNCH advise --answers-dir "$work/in" --out "$work/out-batch" --threads 2
batch_line=$(grep Advised "$work/out")
inner_rate=$(sed -E 's/.*\(([0-9]+) per second\).*/\1/' <<< "$batch_line")

# one answer to the next question (plain benchmark on the test class path, after warm-up)
[ -f target/bench-classpath.txt ] && [ -d target/test-classes/com/allianceadvisor/bench ] \
  || mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
latency=$($JAVA -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.allianceadvisor.bench.AnswerLatencyBenchmark rules knowledge-base 20 10 2>/dev/null | tail -1)

p=$(med "${ms[peer]}")
row() { awk -v n="$1" -v v="$2" -v p="$p" -v t="$3" 'BEGIN {printf "| %-48s | %9s | %6.2fx | %-22s |\n", n, v, v / p, t}'; }
echo
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $($JAVA -version 2>&1 | head -1); $runs runs each, medians"
echo "Advisor started as: $LAUNCH"
echo "Peer launch-to-exit (advise, 300 rules compiled at start): $p ms, peak RSS $(( $(med "${rss[peer]}") / 1024 )) MB"
echo
echo "| target                                           |   advisor | x peer  | goal                   |"
echo "|---|---|---|---|"
row "advise, launch to exit (ms)" "$(med "${ms[advise]}")" "<= 0.25x peer"
row "shell, launch to first question (ms)" "$(med "$first")" "<= 0.30x peer"
row "kb validate, launch to exit (ms)" "$(med "${ms[validate]}")" "<= 5000 ms"
row "kb test, launch to exit (ms)" "$(med "${ms[test]}")" "<= 5000 ms"
printf "| %-48s | %9s | %7s | %-22s |\n" "advise peak RSS (MB)" "$(( $(med "${rss[advise]}") / 1024 ))" "" "<= 200 MB"
printf "| %-48s | %9s | %7s | %-22s |\n" "shell peak RSS, six-goal consultation ${completed:-}" "$(( ${shell_rss:-0} / 1024 ))" "" "<= 300 MB"
b=$(med "${ms[batch]}")
printf "| %-48s | %9s | %7s | %-22s |\n" "batch, $files files, launch to exit (files/s)" "$(( files * 1000 / b ))" "" ">= 1500/s"
printf "| %-48s | %9s | %7s | %-22s |\n" "batch, inside the run, reports written (files/s)" "$inner_rate" "" ">= 1500/s"
echo
echo "$latency (goal: p99 <= 1 ms)"
echo
echo "What each lever gives, advise launch to exit (median ms, x peer):"
lever() { awk -v n="$1" -v v="$2" -v p="$p" 'BEGIN {printf "  %-72s %6d ms  %5.2fx\n", n, v, v / p}'; }
[ -n "${BASELINE_JAR:-}" ] && lever "before (baseline jar: compiles the DRL, Spring context)" "$(med "${ms[baseline]}")"
lever "+ cached compiled rules (through Spring Shell: -Dspring.*)" "$(med "${ms[spring]}")"
lever "+ one-shot commands without the Spring context (java -jar)" "$(med "${ms[onejar]}")"
lever "+ launcher JVM options (C1 only, serial GC), archive off (-Xshare:off)" "$(med "${ms[opts]}")"
lever "+ class-data archive (target/advisor)" "$(med "${ms[advise]}")"
echo "  peak RSS (MB): plain jar $(( $(med "${rss[onejar]}") / 1024 )), launcher $(( $(med "${rss[advise]}") / 1024 ))"
