#!/usr/bin/env bash
# Measures the sensitivity analysis ("what would change it") of a six-goal consultation once the rule base
# is built: the first run and the median / p90 / max of the next runs (default 20), in one JVM.
# Usage: bench/sensitivity.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" com.allianceadvisor.whatif.SensitivityBenchmark "${1:-20}"
