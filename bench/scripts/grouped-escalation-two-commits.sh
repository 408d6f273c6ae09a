#!/usr/bin/env bash
# Escalation of due claims whose customers have several invoices each: a candidate commit (letters
# grouped per customer, kind and day) against a baseline commit (one letter per claim), both built in
# this run from their own git worktrees (nothing is installed into ~/.m2), on copies of ONE H2 database
# seeded through the baseline's bulk import: CLAIMS claims of CUSTOMERS customers (default 100,000 of
# 20,000, five invoices each), all due for their first reminder today. Each run: a fresh copy of the
# seed, `java -Xmx1g -jar`, then one timed `POST /escalation/runs` for today (a first reminder issued
# for every claim, queued in the outbox; the dispatcher is off). Rounds alternate which jar goes first;
# the ratio is candidate claims/s over baseline claims/s, per round and on the means.
#
# Usage: bench/scripts/grouped-escalation-two-commits.sh BASE CANDIDATE
# Environment: ROUNDS (default 3), CLAIMS (default 100000), CUSTOMERS (default 20000), PORT (default 18091),
#   REBUILD=1 (rebuild jars built before: kept in $BENCH_DATA/grouped-escalation/jars, one per commit id).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk curl git java mvn sha256sum
[ $# -eq 2 ] || { echo "usage: $0 BASE CANDIDATE (two commits)" >&2; exit 2; }
ROUNDS=${ROUNDS:-3}; CLAIMS=${CLAIMS:-100000}; CUSTOMERS=${CUSTOMERS:-20000}; PORT=${PORT:-18091}
BASE=$(git -C "$ROOT" rev-parse --verify "$1^{commit}") || { echo "not a commit: $1" >&2; exit 1; }
CAND=$(git -C "$ROOT" rev-parse --verify "$2^{commit}") || { echo "not a commit: $2" >&2; exit 1; }
B=${BASE:0:7}; C=${CAND:0:7}

WORK="$DATA/grouped-escalation"; JARS="$WORK/jars"; OUT="$RESULTS/grouped-escalation.csv"
rm -rf "$WORK/runs" "$WORK/seed" "$WORK/trees"; mkdir -p "$JARS" "$WORK/runs" "$WORK/trees"
APP_PID=""
cleanup() {
  [ -z "$APP_PID" ] || stop_pid "$APP_PID"
  for t in "$WORK"/trees/*; do [ -e "$t" ] && git -C "$ROOT" worktree remove --force "$t" 2>/dev/null; done
  git -C "$ROOT" worktree prune
}
trap cleanup EXIT

# build SHA: the runnable jar of dispute-app at that commit, built offline in its own worktree.
build() {
  local sha=$1 tree="$WORK/trees/$1"
  [ "${REBUILD:-}" != 1 ] && [ -s "$JARS/$sha.jar" ] && { echo "jar of ${sha:0:7}: built before"; return; }
  echo "building ${sha:0:7}"
  git -C "$ROOT" worktree add --detach "$tree" "$sha" >/dev/null 2>&1
  (cd "$tree" && mvn -B -q -o -DskipTests package -pl dispute-app -am) >"$WORK/build-${sha:0:7}.log" 2>&1 \
    || { echo "build of ${sha:0:7} failed; see $WORK/build-${sha:0:7}.log" >&2; exit 1; }
  cp "$tree"/dispute-app/target/dispute-app-[0-9]*.jar "$JARS/$sha.jar"
  git -C "$ROOT" worktree remove --force "$tree"
}
build "$BASE"; build "$CAND"

TOKEN="bench-$RANDOM$RANDOM$RANDOM"; SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
AUTH="Authorization: Bearer $TOKEN"; URL="http://127.0.0.1:$PORT"
TODAY=$(TZ=Europe/Paris date +%F)
DUE=$(TZ=Europe/Paris date -d "$TODAY - 6 days" +%F); ISSUED=$(TZ=Europe/Paris date -d "$TODAY - 36 days" +%F)

# start JAR DIR: the application on the H2 file in DIR, dispatcher and daily escalation off; a run may
# take long on one request, so the server's idle timeouts are raised.
start() {
  java -Xmx1g -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" \
    -Dmicronaut.server.idle-timeout=60m -Dmicronaut.server.read-idle-timeout=60m \
    -Dmicronaut.server.write-idle-timeout=60m \
    -Ddatasources.default.url="jdbc:h2:file:$2/amicable" \
    "-Damicable.security.tokens[0].name=bench" "-Damicable.security.tokens[0].sha256=$SHA" \
    "-Damicable.security.tokens[0].role=manager" \
    -Damicable.mail.pickup-folder="$2/pickup" -Damicable.mail.print-folder="$2/pickup/print" \
    -Damicable.dispatch.enabled=false -Damicable.escalation.schedule.enabled=false \
    -jar "$1" >"$2/server.log" 2>&1 &
  APP_PID=$!
  wait_for_log "$2/server.log" "Startup completed" 180 "$APP_PID"
}
stop() { stop_pid "$APP_PID"; APP_PID=""; }

echo "seeding $CLAIMS unpaid claims of $CUSTOMERS customers, due $DUE, through the bulk import of ${B}"
mkdir -p "$WORK/seed"
awk -v n="$CLAIMS" -v c="$CUSTOMERS" -v issued="$ISSUED" -v due="$DUE" 'BEGIN {
  print "customer_reference,name,kind,email,address,postal_code,city,country,invoice_number,issue_date,due_date,amount,currency"
  for (i = 1; i <= n; i++) { k = (i - 1) % c + 1
    printf "G-%d,Client %d SARL,BUSINESS,compta%d@example.com,%d rue de la Paix,75002,Paris,FR,F-%d,%s,%s,%d.00,EUR\n",
      k, k, k, k, i, issued, due, 100 + i % 900 } }' >"$WORK/claims.csv"
start "$JARS/$BASE.jar" "$WORK/seed"
code=$(curl -s -m 600 -o "$WORK/import.json" -D "$WORK/import.headers" -w '%{http_code}' -X POST \
  "$URL/imports/unpaid-claims" -H "$AUTH" -H 'Content-Type: text/csv' --data-binary @"$WORK/claims.csv")
if [ "$code" = 202 ]; then
  where=$(awk 'tolower($1) == "location:" { print $2 }' "$WORK/import.headers" | tr -d '\r')
  for ((i = 0; i < 1800; i++)); do
    curl -s -m 30 -o "$WORK/import.json" -H "$AUTH" "$URL$where"
    grep -q '"state":"RUNNING"' "$WORK/import.json" || break
    sleep 1
  done
elif [ "$code" != 200 ] && [ "$code" != 201 ]; then
  echo "import answered $code; see $WORK/import.json" >&2; exit 1
fi
grep -q "\"created\":$CLAIMS" "$WORK/import.json" || { echo "import did not create $CLAIMS claims:" >&2; head -c 600 "$WORK/import.json" >&2; exit 1; }
stop

# run ROUND ORDER ROLE SHA: a fresh copy of the seed, one timed escalation run; a CSV row; sets RATE.
run() {
  local round=$1 order=$2 role=$3 sha=$4 dir="$WORK/runs/r$1-$3" load0 t0 t1 code seconds
  cp -r "$WORK/seed" "$dir"; rm -rf "$dir/pickup" "$dir/server.log"
  start "$JARS/$sha.jar" "$dir"
  load0=$(load1)
  t0=$(date +%s.%N)
  code=$(curl -s -m 3600 -o "$dir/run.json" -w '%{http_code}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
    --data "{\"date\":\"$TODAY\"}" "$URL/escalation/runs")
  t1=$(date +%s.%N)
  stop
  [ "$code" = 200 ] || { echo "escalation on $role (${sha:0:7}) answered $code; see $dir/run.json" >&2; exit 1; }
  grep -q "\"examined\":$CLAIMS" "$dir/run.json" \
    || { echo "INVALID: $role (${sha:0:7}) did not examine $CLAIMS claims: $(head -c 300 "$dir/run.json")" >&2; exit 1; }
  grep -q "\"LetterIssued\":$CLAIMS" "$dir/run.json" \
    || { echo "INVALID: $role (${sha:0:7}) did not issue $CLAIMS letters: $(head -c 300 "$dir/run.json")" >&2; exit 1; }
  seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
  RATE=$(awk -v n="$CLAIMS" -v s="$seconds" 'BEGIN { printf "%.1f", n / s }')
  echo "$(date -u +%FT%TZ),$B,$C,$round,$order,$role,${sha:0:7},$CLAIMS,$CUSTOMERS,$seconds,$RATE,$load0,$(load1)" >>"$OUT"
  printf '  round %d  %-9s %s  %8s s  %9s claims/s  load %s -> %s\n' "$round" "$role" "${sha:0:7}" "$seconds" "$RATE" \
    "$load0" "$(load1)"
}

echo "time_utc,baseline,candidate,round,order,jar,commit,claims,customers,seconds,claims_per_s,load_before,load_after" >"$OUT"
run_started grouped-escalation "$C against $B" "ROUNDS=$ROUNDS CLAIMS=$CLAIMS CUSTOMERS=$CUSTOMERS bench/scripts/grouped-escalation-two-commits.sh $*"
echo "measuring: baseline $B, candidate $C, $ROUNDS rounds, $CLAIMS claims of $CUSTOMERS customers; $(uptime)"
SUMMARY="$WORK/rounds.txt"; : >"$SUMMARY"
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then run "$r" 1 baseline "$BASE"; b=$RATE; run "$r" 2 candidate "$CAND"; c=$RATE
  else run "$r" 1 candidate "$CAND"; c=$RATE; run "$r" 2 baseline "$BASE"; b=$RATE; fi
  echo "$r $b $c" >>"$SUMMARY"
done
echo "round  baseline claims/s  candidate claims/s  ratio"
awk '{ printf "%5d  %17s  %18s  %5.2f\n", $1, $2, $3, $3 / $2; sb += $2; sc += $3; n++ }
  END { printf " mean  %17.1f  %18.1f  %5.2f (target >= 0.80)\n", sb / n, sc / n, sc / sb }' "$SUMMARY"
run_finished grouped-escalation
