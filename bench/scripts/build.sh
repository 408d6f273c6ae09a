#!/usr/bin/env bash
# Builds what the benchmarks run: the application (installed into ~/.m2 and its fat jar), then bench/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require mvn
if [ "${SKIP_APP_BUILD:-}" != "1" ]; then
  (cd "$ROOT" && mvn -B -q install -DskipTests)
fi
(cd "$BENCH" && mvn -B -q package)
ls -la "$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar" "$BENCH/bare-app/target/bench-bare-app-2.0.0-SNAPSHOT.jar"
