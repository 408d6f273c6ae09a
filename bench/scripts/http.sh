#!/usr/bin/env bash
# HTTP benchmark (wrk, 16 and 64 connections): the application's GET /disputes/{id} against a bare
# Micronaut Data read by id, and POST /disputes/{id}/payments against a bare transactional insert,
# all in ONE server (bench-harness BenchServer = the application's beans + two baseline controllers),
# on an H2 file database seeded with escalated disputes. The server runs with -Xmx256m and the JVM
# settings of README's production section; its resident memory (ps -o rss) is sampled during every
# run. wrk and the server share the machine's cores.
#
# Environment: DURATION (s, default 20), WARMUP (s, default 10), HTTP_DISPUTES (default 20000),
# PORT (default 18080), CONNS (default "16 64"), JAVA_OPTS (extra server JVM options, e.g. JFR).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk curl java ps sha256sum wrk timeout
CP="$(harness_cp)"
DUR=${DURATION:-20}; WARM=${WARMUP:-10}; PORT=${PORT:-18080}; N=${HTTP_DISPUTES:-20000}; CONNS=${CONNS:-16 64}
DIR="$DATA/http"; OUT="$RESULTS/http.csv"; LOG="$RESULTS/http-wrk.log"
rm -rf "$DIR"; mkdir -p "$DIR"
timeout 900 java -cp "$CP" org.amicable.bench.Seed --db h2 --dir "$DIR" --disputes "$N" --escalated true \
  --ids-file "$DIR/ids.txt" 2>&1 | grep -E "SEEDED|Exception" || true
[ -s "$DIR/ids.txt" ] || { echo "seeding failed" >&2; exit 1; }
TOKEN="bench-$RANDOM$RANDOM$RANDOM"; SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
TODAY=$(TZ=Europe/Paris date +%F)
# The server runs as README's "Memory in production" says: the default collector, native heap trimmed, two malloc arenas.
MALLOC_ARENA_MAX=2 java -Xmx256m -XX:TrimNativeHeapInterval=5000 ${JAVA_OPTS:-} -cp "$CP" \
  -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" \
  -Ddatasources.default.url="jdbc:h2:file:$DIR/amicable" \
  "-Damicable.security.tokens[0].sha256=$SHA" "-Damicable.security.tokens[0].role=manager" \
  -Damicable.mail.pickup-folder="$DIR/pickup" -Damicable.mail.print-folder="$DIR/pickup/print" \
  org.amicable.bench.http.BenchServer > "$DIR/server.log" 2>&1 &
PID=$!
trap 'stop_pid $PID' EXIT
wait_for_log "$DIR/server.log" "Startup completed" 120 "$PID"
URL="http://127.0.0.1:$PORT"
ID=$(head -1 "$DIR/ids.txt")
AUTH="Authorization: Bearer $TOKEN"
BODY="{\"receivedOn\":\"$TODAY\",\"amount\":{\"amount\":\"0.01\",\"currency\":\"EUR\"},\"reference\":\"check\"}"
for check in "GET /disputes/$ID" "GET /baseline/disputes/$ID" "POST /disputes/$ID/payments" "POST /baseline/disputes/$ID/payments"; do
  set -- $check
  code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X "$1" -H "$AUTH" -H 'Content-Type: application/json' \
    $([ "$1" = POST ] && echo "--data $BODY") "$URL$2")
  echo "check $check -> $code"; [ "$code" = 200 ] || { echo "check failed" >&2; exit 1; }
done
echo "app request thread: $(curl -s -m 5 -H "$AUTH" "$URL/baseline/thread")"

# run NAME CONNS SECONDS SCRIPT PREFIX [EXTRA]: one wrk run, its figures appended to http.csv.
run() {
  local name=$1 conns=$2 secs=$3 script=$4 prefix=$5 extra=${6:-} out rss_file load
  out=$(mktemp); rss_file=$(mktemp); load=$(load1)
  ( for ((i = 0; i < secs * 4 + 20; i++)); do ps -o rss= -p "$PID" >> "$rss_file" 2>/dev/null || break; sleep 0.25; done ) &
  local sampler=$!
  timeout $((secs + 30)) wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -s "$BENCH/wrk/$script" "$URL" \
    -- "$DIR/ids.txt" "$prefix" "$TOKEN" "$TODAY" $extra > "$out" 2>&1 || true
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  { echo "== $name c=$conns load=$load"; cat "$out"; } >> "$LOG"
  local rps p50 p99 non2xx rss
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out" | sed 's/ms$//;s/\([0-9.]*\)us$/\1e-3/;s/\([0-9.]*\)s$/\1e3/' | awk '{printf "%.2f", $1+0}')
  p99=$(awk '$1=="99%" {print $2}' "$out" | sed 's/ms$//;s/\([0-9.]*\)us$/\1e-3/;s/\([0-9.]*\)s$/\1e3/' | awk '{printf "%.2f", $1+0}')
  non2xx=$(awk '/Non-2xx/ {print $5}' "$out"); non2xx=${non2xx:-0}
  rss=$(sort -n "$rss_file" | tail -1)
  if [ "$secs" -ge "$DUR" ]; then
    echo "$name,$conns,$rps,$p50,$p99,$non2xx,$rss,$load,$(load1)" >> "$OUT"
  fi
  printf "%-16s c=%-3s %9s req/s  p50 %6s ms  p99 %7s ms  non-2xx %s  rss %s kB  load %s->%s\n" \
    "$name" "$conns" "$rps" "$p50" "$p99" "$non2xx" "$rss" "$load" "$(load1)"
  rm -f "$out" "$rss_file"
}

echo "endpoint,connections,req_per_s,p50_ms,p99_ms,non_2xx,rss_max_kb,load_before,load_after" > "$OUT"
run_started http "" "DURATION=$DUR WARMUP=$WARM HTTP_DISPUTES=$N CONNS=\"$CONNS\" bench/scripts/http.sh"
echo "warm-up ($WARM s each)"
for s in "baseline-read read.lua /baseline/disputes/" "app-read read.lua /disputes/" \
         "baseline-insert pay.lua /baseline/disputes/" "app-payment pay.lua /disputes/"; do
  set -- $s; run "$1" 16 "$WARM" "$2" "$3"
done
echo "measured ($DUR s each)"
for c in $CONNS; do
  run baseline-read "$c" "$DUR" read.lua /baseline/disputes/
  run app-read "$c" "$DUR" read.lua /disputes/
done
for c in $CONNS; do
  run baseline-insert "$c" "$DUR" pay.lua /baseline/disputes/
  run app-payment "$c" "$DUR" pay.lua /disputes/
  run app-payment-key "$c" "$DUR" pay.lua /disputes/ key
done
echo "server RSS after the runs: $(ps -o rss= -p "$PID") kB"
grep -m1 "Startup completed" "$DIR/server.log" || true
run_finished http
