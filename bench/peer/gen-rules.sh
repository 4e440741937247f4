#!/usr/bin/env bash
# Writes the peer's 300 classic-DRL rules (10 files of 30) into the folder given (default target/rules).
# Each rule matches one or two answers, like the advisor's own rules, and inserts a recommendation logically.
set -euo pipefail
out=${1:-target/rules}
mkdir -p "$out"
values=(low medium high)
questions=(asset_specificity uncertainty outcome_specifiability duration scope joint_decisions interdependence tacit_knowledge)
n=0
for f in $(seq -w 1 10); do
  {
    echo "package peer;"
    echo "import peer.PeerApplication.Answer;"
    echo "import peer.PeerApplication.Recommendation;"
    for r in $(seq 1 30); do
      n=$((n + 1))
      q1=${questions[$((n % 8))]}; q2=${questions[$(((n / 8) % 8))]}
      v1=${values[$((n % 3))]}; v2=${values[$(((n / 3) % 3))]}
      echo ""
      echo "rule \"Rule $n: $q1 is $v1 and $q2 is not $v2\""
      echo "when"
      echo "    Answer(question == \"$q1\", value == \"$v1\")"
      echo "    not Answer(question == \"$q2\", value == \"$v2\")"
      echo "then"
      echo "    insertLogical(new Recommendation(\"rec_$((n % 40))\", $((n % 7 + 1))));"
      echo "end"
    done
  } > "$out/rules-$f.drl"
done
echo "$n rules in $out"
