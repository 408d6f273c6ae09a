#!/usr/bin/env bash
# Task list benchmark (wrk): GET /tasks?assignee=manager-0 (the application: use case, JDBC read of the
# open_task table, mapping, JSON) against GET /baseline/tasks?assignee=manager-0 (the same indexed SELECT,
# rows straight to JSON), both in ONE server (bench-harness BenchServer), on an H2 file database seeded
# with DISPUTES dispute rows, of which TASKS have an open task of manager-0 and as many again an open task
# of other managers or of nobody. Each measured pair runs baseline, app, app, baseline; the ratio is the
# app's summed req/s over the baseline's.
#
# Environment: DISPUTES (default 1000000), TASKS (default 50000), DURATION (s, default 20), WARMUP
# (s, default 10), RESEED (default 1; 0 reuses the last seed), CONNS (default "16 64"), PAGES (default
# "1 500": page 1, and page 500 = rows 24951-25000 of 50 per page), PORT (default 18081), POOL_WAIT (ms a
# request may wait for a connection, default 30000), APP_JAR (a fat jar to run instead of the one in ~/.m2).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk curl git java sha256sum wrk timeout
CP="$(harness_cp)"
DISPUTES=${DISPUTES:-1000000}; TASKS=${TASKS:-50000}; DUR=${DURATION:-20}; WARM=${WARMUP:-10}
CONNS=${CONNS:-16 64}; PAGES=${PAGES:-1 500}; PORT=${PORT:-18081}
# On a machine shared with other builds a request may wait longer than the application's 2 s for one of
# the pool's connections; both endpoints share the pool, so they wait alike instead of answering 503.
POOL_WAIT=${POOL_WAIT:-30000}
DIR="$DATA/tasks"; OUT="$RESULTS/tasks.csv"; LOG="$RESULTS/tasks-wrk.log"
if [ "${RESEED:-1}" = 1 ] || [ ! -f "$DIR/amicable.mv.db" ]; then
  rm -rf "$DIR"; mkdir -p "$DIR"
  timeout 1800 java -cp "$CP" org.amicable.bench.SeedTasks --dir "$DIR" --disputes "$DISPUTES" --tasks "$TASKS" \
    2>&1 | grep -E "SEEDED|Exception" || true
fi
# A log left by an earlier run must not be taken for this server's start.
rm -f "$DIR/server.log"
TOKEN="bench-$RANDOM$RANDOM$RANDOM"; SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
java -Xmx256m ${JAVA_OPTS:-} -cp "$CP" \
  -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" \
  -Ddatasources.default.url="jdbc:h2:file:$DIR/amicable" -Ddatasources.default.connection-timeout="$POOL_WAIT" \
  "-Damicable.security.tokens[0].sha256=$SHA" "-Damicable.security.tokens[0].role=manager" \
  -Damicable.dispatch.enabled=false -Damicable.escalation.schedule.enabled=false \
  -Damicable.mail.pickup-folder="$DIR/pickup" -Damicable.mail.print-folder="$DIR/pickup/print" \
  org.amicable.bench.http.BenchServer > "$DIR/server.log" 2>&1 &
PID=$!
trap 'stop_pid $PID' EXIT
wait_for_log "$DIR/server.log" "Startup completed" 120 "$PID"
URL="http://127.0.0.1:$PORT"
AUTH="Authorization: Bearer $TOKEN"
# Both answer 200 with the same tasks in the same order: the baseline returns the same rows.
for page in $PAGES; do
  app=$(curl -s -m 30 -H "$AUTH" "$URL/tasks?assignee=manager-0&size=50&page=$page")
  base=$(curl -s -m 30 -H "$AUTH" "$URL/baseline/tasks?assignee=manager-0&size=50&page=$page")
  app_ids=$(echo "$app" | grep -o '"disputeId":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ' || true)
  base_ids=$(echo "$base" | grep -o '"disputeId":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ' || true)
  count=$(echo "$app_ids" | wc -w)
  echo "check page $page: $count tasks"
  [ "$count" = 50 ] && [ "$app_ids" = "$base_ids" ] || { echo "check failed: the two lists differ" >&2; exit 1; }
done

# run NAME CONNS SECONDS PATH: one wrk run; prints req/s and appends to tasks.csv when measured.
run() {
  local name=$1 conns=$2 secs=$3 path=$4 out load
  out=$(mktemp); load=$(load1)
  timeout $((secs + 30)) wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -H "$AUTH" "$URL$path" \
    > "$out" 2>&1 || true
  { echo "== $name c=$conns load=$load $path"; cat "$out"; } >> "$LOG"
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p99=$(awk '$1=="99%" {print $2}' "$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$out"); non2xx=${non2xx:-0}
  if [ "$secs" -ge "$DUR" ]; then
    # A measured run counts only answers: one that was not 2xx makes the figures void.
    [ "$non2xx" = 0 ] || { echo "$name: $non2xx answers were not 2xx" >&2; exit 1; }
    echo "$(git -C "$ROOT" rev-parse --short HEAD),$DISPUTES,$TASKS,$name,$conns,$rps,$p99,$load,$(load1)" >> "$OUT"
  fi
  printf "%-24s c=%-3s %9s req/s  p99 %8s  load %s->%s\n" "$name" "$conns" "$rps" "$p99" "$load" "$(load1)" >&2
  echo "$rps"
}

echo "commit,disputes,tasks,endpoint,connections,req_per_s,p99,load_before,load_after" > "$OUT"
run_started tasks "" "DISPUTES=$DISPUTES TASKS=$TASKS DURATION=$DUR WARMUP=$WARM CONNS=\"$CONNS\" PAGES=\"$PAGES\" bench/scripts/tasks.sh"
echo "warm-up ($WARM s each)"
for page in $PAGES; do
  run "baseline-page$page" 16 "$WARM" "/baseline/tasks?assignee=manager-0&size=50&page=$page" > /dev/null
  run "app-page$page" 16 "$WARM" "/tasks?assignee=manager-0&size=50&page=$page" > /dev/null
done
echo "measured ($DUR s each), ratio = app / baseline, each pair run in both orders"
for page in $PAGES; do
  for c in $CONNS; do
    b1=$(run "baseline-page$page" "$c" "$DUR" "/baseline/tasks?assignee=manager-0&size=50&page=$page")
    a1=$(run "app-page$page" "$c" "$DUR" "/tasks?assignee=manager-0&size=50&page=$page")
    a2=$(run "app-page$page" "$c" "$DUR" "/tasks?assignee=manager-0&size=50&page=$page")
    b2=$(run "baseline-page$page" "$c" "$DUR" "/baseline/tasks?assignee=manager-0&size=50&page=$page")
    echo "page $page c=$c: app $a1 + $a2 req/s, baseline $b1 + $b2 req/s, ratio $(awk -v a="$a1" -v b="$a2" \
      -v c="$b1" -v d="$b2" 'BEGIN {printf "%.2f", (a + b) / (c + d)}')"
  done
done
run_finished tasks
