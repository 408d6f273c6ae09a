#!/usr/bin/env bash
# Profiles the application's read and payment under wrk load (JFR, one recording per endpoint), on a
# freshly seeded database like http.sh's, then prints the breakdown of each (jfr-breakdown.py http).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require java jfr python3 sha256sum wrk timeout
CP="$(harness_cp)"; PORT=${PORT:-18082}; DIR="$DATA/http"; SECS=${SECS:-15}
# A fresh database, seeded as http.sh does (a reused one is larger and slower after its payments).
rm -rf "$DIR"; mkdir -p "$DIR"
timeout 900 java -cp "$CP" org.amicable.bench.Seed --db h2 --dir "$DIR" --disputes "${HTTP_DISPUTES:-20000}" --escalated true \
  --ids-file "$DIR/ids.txt" 2>&1 | grep -E "SEEDED|Exception" || true
TOKEN="bench-$RANDOM$RANDOM"; SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1); TODAY=$(TZ=Europe/Paris date +%F)
java -Xmx256m -XX:FlightRecorderOptions:stackdepth=256 -cp "$CP" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" \
  -Ddatasources.default.url="jdbc:h2:file:$DIR/amicable" \
  "-Damicable.security.tokens[0].sha256=$SHA" "-Damicable.security.tokens[0].role=manager" \
  -Damicable.mail.pickup-folder="$DIR/pickup" -Damicable.mail.print-folder="$DIR/pickup/print" \
  org.amicable.bench.http.BenchServer > "$DIR/profile-server.log" 2>&1 &
PID=$!
trap 'stop_pid $PID' EXIT
wait_for_log "$DIR/profile-server.log" "Startup completed" 120 "$PID"
for s in "read read.lua" "payment pay.lua"; do
  set -- $s
  timeout 60 wrk -t2 -c16 -d10s -s "$BENCH/wrk/$2" "http://127.0.0.1:$PORT" -- "$DIR/ids.txt" /disputes/ "$TOKEN" "$TODAY" > /dev/null
  jcmd "$PID" JFR.start name="$1" settings=profile filename="$RESULTS/http-$1.jfr" > /dev/null
  timeout 60 wrk -t2 -c16 -d"${SECS}s" -s "$BENCH/wrk/$2" "http://127.0.0.1:$PORT" -- "$DIR/ids.txt" /disputes/ "$TOKEN" "$TODAY" | grep Requests/sec
  jcmd "$PID" JFR.stop name="$1" > /dev/null
  echo "== app $1 (16 connections)"
  jfr print --stack-depth 256 --events jdk.ExecutionSample "$RESULTS/http-$1.jfr" | "$BENCH/scripts/jfr-breakdown.py" http | head -40
done
