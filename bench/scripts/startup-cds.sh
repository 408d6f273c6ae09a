#!/usr/bin/env bash
# Startup with class data sharing (JDK 17 AppCDS), for each jar: one training start that writes an
# archive at exit, then RUNS measured starts with it. Prints the medians (proposed change, startup).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk java ps
RUNS=${RUNS:-5}; PORT=${PORT:-18091}
APP="$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar"
BARE="$BENCH/bare-app/target/bench-bare-app-2.0.0-SNAPSHOT.jar"
OUT="$RESULTS/startup-cds.csv"
echo "jar,run,startup_ms,rss_kb_after_start,load_before" > "$OUT"
run_started startup-cds "" "RUNS=$RUNS bench/scripts/startup-cds.sh"
start() { # start NAME JAR OPTS -> prints ms and rss
  local jar=$1 opts=$2 dir log pid ms rss
  dir=$(mktemp -d "$DATA/startup.XXXXXX"); log="$dir/out.log"
  (cd "$dir" && exec java $opts -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" -jar "$jar" > "$log" 2>&1) &
  pid=$!
  wait_for_log "$log" "Startup completed in" 120 "$pid" || { stop_pid "$pid"; rm -rf "$dir"; return 1; }
  sleep 1
  ms=$(grep -o 'Startup completed in [0-9]*ms' "$log" | grep -o '[0-9]*'); rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  stop_pid "$pid"; sleep 1; rm -rf "$dir"
  echo "$ms $rss"
}
for name in app bare; do
  jar=$APP; [ "$name" = bare ] && jar=$BARE
  jsa="$DATA/$name.jsa"; rm -f "$jsa"
  start "$jar" "-XX:ArchiveClassesAtExit=$jsa" > /dev/null
  [ -f "$jsa" ] || { echo "no archive written for $name" >&2; exit 1; }
  for ((r = 1; r <= RUNS; r++)); do
    load=$(load1); set -- $(start "$jar" "-XX:SharedArchiveFile=$jsa -Xshare:auto")
    echo "$name-cds,$r,$1,$2,$load" >> "$OUT"; echo "$name with CDS run $r: $1 ms, rss $2 kB (load $load)"
  done
  rm -f "$jsa"
done
for name in app-cds bare-cds; do
  tail -n "$((RUNS * 2))" "$OUT" | awk -F, -v n="$name" '$1==n {print $3}' | sort -n | awk -v n="$name" \
    '{a[NR]=$1} END {print n " median of " NR ": " a[int((NR+1)/2)] " ms"}'
done
run_finished startup-cds
