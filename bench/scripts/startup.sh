#!/usr/bin/env bash
# Startup benchmark: "Startup completed in" of the application's fat jar against the bare Micronaut
# application (HTTP, Hikari, H2, Flyway; bench/bare-app), RUNS runs each (default 5), interleaved,
# each in a fresh empty folder (both create their H2 database and run their migrations), and the
# resident memory right after the start. Each is then started again on the database it made (rows
# app-restart and bare-restart): a restart, as in production, finds its migrations applied.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk java ps
RUNS=${RUNS:-5}; PORT=${PORT:-18090}
APP="$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar"
BARE="$BENCH/bare-app/target/bench-bare-app-2.0.0-SNAPSHOT.jar"
OUT="$RESULTS/startup.csv"
echo "jar,run,startup_ms,rss_kb_after_start,load_before" > "$OUT"
run_started startup "" "RUNS=$RUNS bench/scripts/startup.sh"
# start NAME JAR RUN DIR: one start in DIR, measured, then stopped.
start() {
  local name=$1 jar=$2 run=$3 dir=$4 log pid ms rss load
  log="$dir/$name.log"; load=$(load1)
  (cd "$dir" && exec java ${JAVA_OPTS:-} -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" -jar "$jar" > "$log" 2>&1) &
  pid=$!
  if wait_for_log "$log" "Startup completed in" 120 "$pid"; then
    sleep 1
    ms=$(grep -o 'Startup completed in [0-9]*ms' "$log" | grep -o '[0-9]*')
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
    echo "$name,$run,$ms,$rss,$load" >> "$OUT"
    echo "$name run $run: $ms ms, rss $rss kB (load $load)"
  fi
  stop_pid "$pid"
}
one() {
  local name=$1 jar=$2 run=$3 dir
  dir=$(mktemp -d "$DATA/startup.XXXXXX")
  start "$name" "$jar" "$run" "$dir"
  start "$name-restart" "$jar" "$run" "$dir"
  rm -rf "$dir"
}
for ((r = 1; r <= RUNS; r++)); do
  one app "$APP" "$r"
  one bare "$BARE" "$r"
done
for name in app bare app-restart bare-restart; do
  tail -n "$((RUNS * 4))" "$OUT" | awk -F, -v n="$name" '$1==n {print $3}' | sort -n | awk -v n="$name" \
    '{a[NR]=$1} END {print n " median of " NR ": " a[int((NR+1)/2)] " ms"}'
done
run_finished startup
