#!/usr/bin/env bash
# POST /disputes/{id}/payments, requests per second: a candidate commit against a baseline commit, both
# built in this run from their own git worktrees (nothing is installed into ~/.m2), on copies of ONE
# H2 database seeded through the baseline's API. Each run: a fresh copy of the seed, `java -Xmx256m -jar`,
# a wrk warm-up, then the measured wrk run (-t2 -c16, wrk/pay.lua: 0.01 EUR on a random dispute of
# 1,000,000 EUR). Rounds alternate which jar goes first; the ratio is candidate / baseline on the means.
# A run with any non-2xx answer or socket error is invalid, and the script says so and exits non-zero.
#
# Usage: bench/scripts/payments-two-commits.sh BASE CANDIDATE
# Environment: ROUNDS (default 3), DURATION (s, default 20), WARMUP (s, default 10), CONNS (default 16),
#   CLAIMS (seeded claims, default 2000), PORT (default 18090), REBUILD=1 (rebuild jars built before:
#   they are kept in $BENCH_DATA/payments-two-commits/jars, one per full commit id).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk bc curl git java mvn sha256sum wrk timeout
[ $# -eq 2 ] || { echo "usage: $0 BASE CANDIDATE (two commits)" >&2; exit 2; }
ROUNDS=${ROUNDS:-3}; DUR=${DURATION:-20}; WARM=${WARMUP:-10}; CONNS=${CONNS:-16}
CLAIMS=${CLAIMS:-2000}; PORT=${PORT:-18090}

BASE=$(git -C "$ROOT" rev-parse --verify "$1^{commit}") || { echo "not a commit: $1" >&2; exit 1; }
CAND=$(git -C "$ROOT" rev-parse --verify "$2^{commit}") || { echo "not a commit: $2" >&2; exit 1; }
B=${BASE:0:7}; C=${CAND:0:7}

WORK="$DATA/payments-two-commits"; JARS="$WORK/jars"; OUT="$RESULTS/payments-two-commits.csv"
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

# start JAR DIR: the application on the H2 file in DIR, dispatcher and daily escalation off.
start() {
  java -Xmx256m -Dmicronaut.server.host=127.0.0.1 -Dmicronaut.server.port="$PORT" \
    -Ddatasources.default.url="jdbc:h2:file:$2/amicable" \
    "-Damicable.security.tokens[0].name=bench" "-Damicable.security.tokens[0].sha256=$SHA" \
    "-Damicable.security.tokens[0].role=manager" \
    -Damicable.mail.pickup-folder="$2/pickup" -Damicable.mail.print-folder="$2/pickup/print" \
    -Damicable.dispatch.enabled=false -Damicable.escalation.schedule.enabled=false \
    -jar "$1" >"$2/server.log" 2>&1 &
  APP_PID=$!
  wait_for_log "$2/server.log" "Startup completed" 120 "$APP_PID"
}
stop() { stop_pid "$APP_PID"; APP_PID=""; }

echo "seeding $CLAIMS unpaid claims (invoices of 1,000,000 EUR) through the API of ${B}"
mkdir -p "$WORK/seed"
start "$JARS/$BASE.jar" "$WORK/seed"
seq 1 "$CLAIMS" | timeout 900 xargs -P 4 -I{} curl -s -m 30 -o /dev/null -w '%{http_code} %header{location}\n' \
  -X POST "$URL/disputes/unpaid-claims" -H "$AUTH" -H 'Content-Type: application/json' -d "{
  \"customer\": {\"reference\": \"B-{}\", \"name\": \"Boulangerie {} SARL\", \"kind\": \"BUSINESS\",
    \"email\": \"compta{}@example.com\", \"language\": \"FR\",
    \"address\": {\"lines\": [\"{} rue de la Paix\"], \"postalCode\": \"75002\", \"city\": \"Paris\", \"country\": \"FR\"}},
  \"invoice\": {\"number\": \"F-{}\", \"issueDate\": \"$ISSUED\", \"dueDate\": \"$DUE\",
    \"amount\": {\"amount\": \"1000000.00\", \"currency\": \"EUR\"}}}" >"$WORK/seed-answers.txt" || true
stop
awk '$1 == 201 { n = split($2, p, "/"); print p[n] }' "$WORK/seed-answers.txt" | tr -d '\r' >"$WORK/ids.txt"
[ "$(wc -l <"$WORK/ids.txt")" -eq "$CLAIMS" ] \
  || { echo "seeding opened $(wc -l <"$WORK/ids.txt") claims of $CLAIMS; see $WORK/seed-answers.txt" >&2; exit 1; }

HZ=$(getconf CLK_TCK)
ticks_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }          # utime + stime of a process
child_ticks() { awk '{ print $16 + $17 }' "/proc/$$/stat"; }      # of this shell's waited children
busy_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
ms() { sed 's/ms$//;s/\([0-9.]*\)us$/\1e-3/;s/\([0-9.]*\)s$/\1e3/' | awk '{printf "%.2f", $1+0}'; }

# wrk_run SECONDS OUTFILE: one wrk run of pay.lua against the running server.
wrk_run() {
  timeout $(($1 + 30)) wrk -t2 -c"$CONNS" -d"${1}s" --timeout 10s --latency -s "$BENCH/wrk/pay.lua" "$URL" \
    -- "$WORK/ids.txt" /disputes/ "$TOKEN" "$TODAY" >"$2" 2>&1 || true
}

# run ROUND ORDER ROLE SHA: a fresh copy of the seed, warm-up, measured run; a CSV row; sets RPS and P99.
run() {
  local round=$1 order=$2 role=$3 sha=$4 dir="$WORK/runs/r$1-$3" out load0 code
  cp -r "$WORK/seed" "$dir"; rm -rf "$dir/pickup" "$dir/server.log"
  load0=$(load1)
  start "$JARS/$sha.jar" "$dir"
  code=$(curl -s -m 10 -o "$dir/check.json" -w '%{http_code}' -X POST -H "$AUTH" -H 'Content-Type: application/json' \
    --data "{\"receivedOn\":\"$TODAY\",\"amount\":{\"amount\":\"0.01\",\"currency\":\"EUR\"},\"reference\":\"check\"}" \
    "$URL/disputes/$(head -1 "$WORK/ids.txt")/payments")
  [ "$code" = 200 ] || { echo "check payment on $role (${sha:0:7}) answered $code; see $dir/check.json" >&2; exit 1; }
  wrk_run "$WARM" "$dir/warmup.txt"
  # CPU during the measured run, in clock ticks: the server, wrk (a waited child of this shell), the machine.
  local s0 w0 m0 s1 w1 m1
  s0=$(ticks_of "$APP_PID"); w0=$(child_ticks); m0=$(busy_ticks)
  out="$dir/wrk.txt"; wrk_run "$DUR" "$out"
  s1=$(ticks_of "$APP_PID"); w1=$(child_ticks); m1=$(busy_ticks)
  stop
  local rps p50 p99 reqs non2xx errs cpu
  rps=$(awk '/Requests\/sec/ {print $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out" | ms); p99=$(awk '$1=="99%" {print $2}' "$out" | ms)
  reqs=$(awk '/requests in/ {print $1}' "$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$out"); non2xx=${non2xx:-0}
  errs=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out"); errs=${errs:-0}
  for f in "$dir/warmup.txt" "$out"; do
    if grep -qE 'Non-2xx|Socket errors' "$f" || ! grep -q 'Requests/sec' "$f"; then
      echo "INVALID: $role (${sha:0:7}) round $round: non-2xx answers, socket errors or no figures in $f:" >&2
      cat "$f" >&2; exit 1
    fi
  done
  cpu=$(awk -v t="$HZ" -v s=$((s1 - s0)) -v w=$((w1 - w0)) -v m=$((m1 - m0)) -v n="$reqs" \
    'BEGIN { printf "%.1f,%.1f,%.1f,%.1f,%.3f", s / t, w / t, m / t, (m - s - w) / t, s / t * 1000 / n }')
  echo "$(date -u +%FT%TZ),$B,$C,$round,$order,$role,${sha:0:7},$CONNS,$DUR,$CLAIMS,$rps,$p50,$p99,$reqs,$non2xx,$errs,$load0,$(load1),$cpu" >>"$OUT"
  printf '  round %d  %-9s %s  %9s req/s  p50 %6s ms  p99 %7s ms  non-2xx %s  load %s -> %s  cpu s server,wrk,machine,others,ms/req %s\n' \
    "$round" "$role" "${sha:0:7}" "$rps" "$p50" "$p99" "$non2xx" "$load0" "$(load1)" "$cpu"
  RPS=$rps; P99=$p99; CPUREQ=${cpu##*,}
}

echo "time_utc,baseline,candidate,round,order,jar,commit,connections,duration_s,claims,req_per_s,p50_ms,p99_ms,requests,non_2xx,socket_errors,load_before,load_after,server_cpu_s,wrk_cpu_s,machine_busy_cpu_s,others_cpu_s,server_cpu_ms_per_req" >"$OUT"
run_started payments-two-commits "$C against $B" "ROUNDS=$ROUNDS DURATION=$DUR CONNS=\"$CONNS\" CLAIMS=$CLAIMS bench/scripts/payments-two-commits.sh $*"
echo "measuring: baseline $B, candidate $C, $ROUNDS rounds, wrk -t2 -c$CONNS ${WARM}s warm-up + ${DUR}s; $(uptime)"
SUMMARY="$WORK/rounds.txt"; : >"$SUMMARY"
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then run "$r" 1 baseline "$BASE"; b="$RPS $P99 $CPUREQ"; run "$r" 2 candidate "$CAND"; c="$RPS $P99 $CPUREQ"
  else run "$r" 1 candidate "$CAND"; c="$RPS $P99 $CPUREQ"; run "$r" 2 baseline "$BASE"; b="$RPS $P99 $CPUREQ"; fi
  echo "$r $b $c" >>"$SUMMARY"
done
echo "round  baseline req/s  candidate req/s  ratio  p99 ms baseline / candidate  server CPU ms/req baseline / candidate"
awk '{ printf "%5d  %14.1f  %15.1f  %5.3f  %s / %s  %s / %s\n", $1, $2, $5, $5 / $2, $3, $6, $4, $7
       b += $2; c += $5; bc += $4; cc += $7; n++ }
  END { printf " mean  %14.1f  %15.1f  %5.3f  (candidate / baseline on the means)  %.3f / %.3f\n",
        b / n, c / n, (c / n) / (b / n), bc / n, cc / n }' "$SUMMARY"
echo "done; $(uptime)"
run_finished payments-two-commits
