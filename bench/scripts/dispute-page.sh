#!/usr/bin/env bash
# The dispute's page against its JSON (wrk): GET /office/disputes/{id}, the page a manager reads (the
# dispute as of today, its timeline replayed for its open tasks, its chronology in words, the forms of
# her role, rendered by Thymeleaf), against GET /disputes/{id}, the same dispute as JSON, in ONE server
# (the application's jar) on an H2 file, the same dispute for both. The dispute had its first reminder
# sent by registered post, its tracking number recorded, and carries CALLS recorded calls and a payment. Each measured pair runs json,
# page, page, json; the ratio is the page's summed req/s over the JSON's (goal: 0.5 or more). Each run also
# reports the server's CPU time per answer (from /proc), a cost that the load of other processes moves less
# than req/s; its ratio is the JSON's over the page's. Under a heavy load, give the JIT a longer WARMUP.
#
# Environment: CALLS (default 20), DURATION (s, default 20), WARMUP (s, default 10), CONNS (default
# "16 64"), PORT (default 18083), PROFILE (a .jfr file: after the warm-up, record the page alone for DURATION
# s at 16 connections, print its breakdown (jfr-breakdown.py page) and stop; nothing is measured). Needs the application's jar: mvn -o -q -pl dispute-app -am package -DskipTests
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk curl git java mvn sha256sum wrk timeout
APP="$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar"
[ -f "$APP" ] || { echo "build first: mvn -o -q -pl dispute-app -am package -DskipTests" >&2; exit 1; }
CALLS=${CALLS:-20}; DUR=${DURATION:-20}; WARM=${WARMUP:-10}; CONNS=${CONNS:-16 64}; PORT=${PORT:-18083}
DIR=$(mktemp -d "$DATA/dispute-page.XXXXXX"); OUT="$RESULTS/dispute-page.csv"; LOG="$RESULTS/dispute-page-wrk.log"
TOKEN="bench-$RANDOM$RANDOM$RANDOM"; SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
PASSWORD="bench-$RANDOM$RANDOM$RANDOM$RANDOM"
PROPS=(-Ddatasources.default.url="jdbc:h2:file:$DIR/amicable" -Damicable.sign-in.secret-file="$DIR/sign-in.key"
  -Damicable.mail.host= -Damicable.mail.pickup-folder="$DIR/pickup" -Damicable.mail.print-folder="$DIR/print"
  -Damicable.dispatch.enabled=false -Damicable.escalation.schedule.enabled=false)
today=$(date -u +%F); due=$(date -u -d "$today - 10 days" +%F); issued=$(date -u -d "$today - 40 days" +%F)

# The manager's account, made by the jar's own command against the same database.
printf '%s\n' "$PASSWORD" | java -Xmx256m "${PROPS[@]}" -jar "$APP" account create --login bench \
  --name "Bench Manager" --role manager --language FR --password-stdin > "$DIR/account.log" 2>&1 \
  || { cat "$DIR/account.log" >&2; exit 1; }
[ -z "${PROFILE:-}" ] || JAVA_OPTS="${JAVA_OPTS:-} -XX:FlightRecorderOptions:stackdepth=256"
java -Xmx512m ${JAVA_OPTS:-} "${PROPS[@]}" -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" \
  "-Damicable.security.tokens[0].name=bench" "-Damicable.security.tokens[0].sha256=$SHA" \
  "-Damicable.security.tokens[0].role=manager" -Damicable.company.mediator-name="CM2C" \
  -jar "$APP" > "$DIR/server.log" 2>&1 &
PID=$!
trap 'stop_pid $PID; rm -rf "$DIR"' EXIT
wait_for_log "$DIR/server.log" "Startup completed" 180 "$PID"
URL="http://127.0.0.1:$PORT"
AUTH="Authorization: Bearer $TOKEN"
api() { curl -sf -m 60 -H "$AUTH" -H "Content-Type: application/json" -d "$2" "$URL$1"; }

# One dispute: opened, its first reminder sent and tracked, CALLS calls and a payment recorded.
id=$(api /disputes/unpaid-claims "{\"customer\":{\"reference\":\"C-BENCH\",\"name\":\"Dupont SARL\",
  \"kind\":\"BUSINESS\",\"email\":\"compta@dupont.example\",\"phone\":\"+33 1 23 45 67 89\",\"language\":\"FR\",
  \"address\":{\"lines\":[\"12 rue de la Paix\"],\"postalCode\":\"75002\",\"city\":\"Paris\",\"country\":\"FR\"}},
  \"invoice\":{\"number\":\"F-BENCH\",\"issueDate\":\"$issued\",\"dueDate\":\"$due\",
  \"amount\":{\"amount\":\"1200.00\",\"currency\":\"EUR\"}}}" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
api /escalation/runs "{\"date\":\"$today\"}" > /dev/null
api /letters/dispatch '{"max":50}' > /dev/null
letter=$(curl -sf -m 30 -H "$AUTH" "$URL/disputes/$id/letters" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
api "/disputes/$id/letters/$letter/tracking" '{"trackingNumber":"1A00000000001"}' > /dev/null
api "/disputes/$id/payments" "{\"receivedOn\":\"$today\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},
  \"reference\":\"VIR-BENCH\"}" > /dev/null
for ((i = 1; i <= CALLS; i++)); do
  api "/disputes/$id/phone-calls" "{\"on\":\"$today\",\"outcome\":\"UNREACHABLE\",\"note\":\"call $i\"}" > /dev/null
done

# A session as a browser gets one: the sign-in form posted from this site.
COOKIE=$(curl -s -m 30 -o /dev/null -D - -H "Origin: $URL" --data-urlencode login=bench \
  --data-urlencode "password=$PASSWORD" "$URL/sign-in" | grep -i '^set-cookie: amicable_session=' \
  | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
[ -n "$COOKIE" ] || { echo "sign-in failed" >&2; exit 1; }
SESSION="Cookie: $COOKIE"
PAGE="/office/disputes/$id"; JSON="/disputes/$id"
# Both answer 200 about the same dispute: the page shows its id and the letters the JSON lists.
page=$(curl -sf -m 30 -H "$SESSION" -H "Accept: text/html" "$URL$PAGE")
json=$(curl -sf -m 30 -H "$AUTH" "$URL$JSON")
echo "$page" | grep -q "id=\"dispute-id\">$id<" || { echo "check failed: the page does not show $id" >&2; exit 1; }
echo "$json" | grep -q "\"id\":\"$id\"" || { echo "check failed: the JSON does not show $id" >&2; exit 1; }
letters=$(echo "$page" | grep -c 'class="letter"' || true)
echo "check: page $(echo "$page" | wc -c) bytes, $letters letters; JSON $(echo "$json" | wc -c) bytes"
[ "$letters" -ge 1 ] || { echo "check failed: no letter on the page" >&2; exit 1; }

# server_cpu: the server's user + system CPU time so far, in clock ticks.
server_cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
# run NAME CONNS SECONDS PATH HEADER [warm-up]: one wrk run; prints req/s and appends to the CSV unless a warm-up.
run() {
  local name=$1 conns=$2 secs=$3 path=$4 header=$5 warm=${6:-} out load
  out=$(mktemp); load=$(load1); local cpu0; cpu0=$(server_cpu)
  timeout $((secs + 30)) wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -H "$header" \
    -H "Accept: text/html,application/json" "$URL$path" > "$out" 2>&1 || true
  { echo "== $name c=$conns load=$load $path"; cat "$out"; } >> "$LOG"
  local rps p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' "$out"); p99=$(awk '$1=="99%" {print $2}' "$out")
  # The server's CPU time per answer: what one answer costs, whatever else the machine is running.
  local cpu; cpu=$(awk -v a="$cpu0" -v b="$(server_cpu)" -v n="$(awk '/requests in/ {print $1}' "$out")" \
    -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", (n > 0 ? (b - a) * 1000000 / hz / n : 0)}')
  echo "cpu per answer ${cpu} us" >> "$LOG"; echo "$cpu" > "$DIR/cpu-last"
  non2xx=$(awk '/Non-2xx/ {print $5}' "$out"); non2xx=${non2xx:-0}
  rm -f "$out"
  if [ -z "$warm" ] && [ -z "${PROFILE:-}" ]; then
    # A measured run counts only answers: one that was not 2xx makes the figures void.
    [ "$non2xx" = 0 ] || { echo "$name: $non2xx answers were not 2xx" >&2; exit 1; }
    echo "$(git -C "$ROOT" rev-parse --short HEAD),$CALLS,$name,$conns,$rps,$p99,$load,$(load1)" >> "$OUT"
  fi
  printf "%-6s c=%-3s %9s req/s  p99 %8s  load %s->%s  server CPU %s us/answer\n" "$name" "$conns" "$rps" "$p99" \
    "$load" "$(load1)" "$cpu" >&2
  echo "$rps"
}

echo "commit,calls,endpoint,connections,req_per_s,p99,load_before,load_after" > "$OUT"
run_started dispute-page "" "CALLS=$CALLS DURATION=$DUR WARMUP=$WARM CONNS=\"$CONNS\" bench/scripts/dispute-page.sh"
echo "warm-up ($WARM s each)"
run json 16 "$WARM" "$JSON" "$AUTH" warm-up > /dev/null
run page 16 "$WARM" "$PAGE" "$SESSION" warm-up > /dev/null
if [ -n "${PROFILE:-}" ]; then
  jcmd "$PID" JFR.start name=page settings=profile filename="$PROFILE" > /dev/null
  run page-profiled 16 "$DUR" "$PAGE" "$SESSION" > /dev/null
  jcmd "$PID" JFR.stop name=page > /dev/null
  jfr print --stack-depth 256 --events jdk.ExecutionSample "$PROFILE" | "$BENCH/scripts/jfr-breakdown.py" page
  exit 0
fi
echo "measured ($DUR s each), ratio = page / JSON, each pair run in both orders"
for c in $CONNS; do
  j1=$(run json "$c" "$DUR" "$JSON" "$AUTH"); jc1=$(cat "$DIR/cpu-last")
  p1=$(run page "$c" "$DUR" "$PAGE" "$SESSION"); pc1=$(cat "$DIR/cpu-last")
  p2=$(run page "$c" "$DUR" "$PAGE" "$SESSION"); pc2=$(cat "$DIR/cpu-last")
  j2=$(run json "$c" "$DUR" "$JSON" "$AUTH"); jc2=$(cat "$DIR/cpu-last")
  echo "c=$c: page $p1 + $p2 req/s, JSON $j1 + $j2 req/s, ratio $(awk -v a="$p1" -v b="$p2" -v c="$j1" -v d="$j2" \
    'BEGIN {printf "%.2f", (a + b) / (c + d)}'); server CPU per answer: page $pc1, $pc2 us, JSON $jc1, $jc2 us,\
 ratio $(awk -v a="$pc1" -v b="$pc2" -v c="$jc1" -v d="$jc2" 'BEGIN {printf "%.2f", ((a + b > 0) ? (c + d) / (a + b) : 0)}')"
done
run_finished dispute-page
