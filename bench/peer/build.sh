#!/usr/bin/env bash
# Builds the peer app (bench/peer/target/peer.jar) and its 300 generated rules, if not built yet.
set -euo pipefail
cd "$(dirname "$0")"
[ -d target/rules ] || ./gen-rules.sh target/rules >/dev/null
[ -f target/peer.jar ] || mvn -q package -DskipTests
