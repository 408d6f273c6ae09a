#!/usr/bin/env bash
# Everything, in order, one thing at a time (they share the cores): build, escalation (H2 then
# PostgreSQL; the application against the plain JDBC baseline), HTTP, tasks, startup. Results in
# bench/results/*.csv.
set -euo pipefail
cd "$(dirname "$0")"
[ "${SKIP_BUILD:-}" = "1" ] || ./build.sh
KEEP_DATA=1 DBS="${DBS:-h2 pg}" IMPLS="jdbc app" DAYS="2 3 1" ./escalation.sh
[ "${KEEP_DATA:-}" = "1" ] || rm -rf "${BENCH_DATA:-../data}"/esc-*
./http.sh
./tasks.sh
./startup.sh
