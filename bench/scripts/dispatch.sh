#!/usr/bin/env bash
# Letter dispatch: letters per second sent by the application's dispatcher to an SMTP sink in another
# process, for the current tree against a baseline commit built in the same run, on the same seeded
# H2 database (LETTERS first reminders pending, each with its PDF). Rounds alternate which jar goes
# first. Usage: bench/scripts/dispatch.sh [baseline: a commit, or without-storage (the default): this
# commit with its sent documents not kept, which is what keeping them costs]
# Environment: LETTERS (default 2000), ROUNDS (default 3), PORT (SMTP sink, default 2526).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require awk curl git java mvn python3 sha256sum
BASE="${1:-${BASE:-without-storage}}"
LETTERS="${LETTERS:-2000}"
ROUNDS="${ROUNDS:-3}"
PORT="${PORT:-2526}"
SMTPD_PY=/usr/bin/python3   # Debian's python3 with python3-aiosmtpd (apt-get install -y python3-aiosmtpd)

require "$SMTPD_PY"
"$SMTPD_PY" -c 'import aiosmtpd' 2>/dev/null \
  || { echo "dispatch.sh needs python3-aiosmtpd (apt-get install -y python3-aiosmtpd)" >&2; exit 1; }

WORK="$DATA/dispatch"
rm -rf "$WORK" && mkdir -p "$WORK"
BASE_TREE="$WORK/base-tree"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  git -C "$ROOT" worktree remove --force "$BASE_TREE" 2>/dev/null || true
}
trap cleanup EXIT

HEAD_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
[ -z "$(git -C "$ROOT" status --porcelain -- dispute-domain dispute-adapters-mail dispute-adapters-web dispute-app)" ] \
  || { echo "commit the tree first: the figures must name the commit they measured" >&2; exit 1; }
echo "building the candidate ($HEAD_COMMIT) and the baseline ($BASE)"
(cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true package -pl dispute-app -am)
cp "$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar" "$WORK/candidate.jar"
if [ "$BASE" = without-storage ]; then
  git -C "$ROOT" worktree add --detach "$BASE_TREE" HEAD >/dev/null
  # The same tree, except that the documents of the letters sent are not kept: one early return.
  kept="$BASE_TREE/dispute-app/src/main/java/org/amicable/dispute/adapter/persistence/JdbcTimelines.java"
  signature='void keepDocuments(Connection connection, List<KeptDocument> documents) throws SQLException {'
  grep -qF "$signature" "$kept" || { echo "dispatch.sh: no keepDocuments method in $kept; update the baseline" >&2; exit 1; }
  sed -i "s/$signature/&\n        if (true) { return; } \/\/ the baseline keeps nothing/" "$kept"
  grep -qF 'the baseline keeps nothing' "$kept" || { echo "dispatch.sh: could not make the baseline" >&2; exit 1; }
  BASE="$HEAD_COMMIT-without-storage"
else
  git -C "$ROOT" worktree add --detach "$BASE_TREE" "$BASE" >/dev/null
fi
(cd "$BASE_TREE" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true package -pl dispute-app -am)
cp "$BASE_TREE"/dispute-app/target/dispute-app-[0-9]*.jar "$WORK/baseline.jar"

TOKEN=bench-dispatch-token
TOKEN_SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
TODAY=$(TZ=Europe/Paris date +%F)
DUE=$(TZ=Europe/Paris date -d "$TODAY - 6 days" +%F)
ISSUED=$(TZ=Europe/Paris date -d "$TODAY - 36 days" +%F)

# start_app JAR DB_DIR LOG: the application on the sink, its own dispatcher off (dispatch is driven by the API).
start_app() {
  local jar=$1 db=$2 log=$3 http_port
  http_port=$(( 18000 + RANDOM % 1000 ))
  java -Xmx512m \
    -Dmicronaut.server.port=$http_port \
    "-Ddatasources.default.url=jdbc:h2:file:$db/amicable;DB_CLOSE_ON_EXIT=FALSE" \
    -Damicable.mail.host=127.0.0.1 -Damicable.mail.port="$PORT" \
    -Damicable.mail.print-folder="$db/print" \
    -Damicable.dispatch.enabled=false -Damicable.escalation.schedule.enabled=false \
    "-Damicable.security.tokens[0].name=bench" "-Damicable.security.tokens[0].sha256=$TOKEN_SHA" \
    "-Damicable.security.tokens[0].role=manager" -jar "$jar" >"$log" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  APP_URL="http://127.0.0.1:$http_port"
  wait_for_log "$log" "Startup completed" 120 "$APP_PID"
}

post() { curl -sf -X POST "$APP_URL$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }

"$SMTPD_PY" "$BENCH/scripts/smtp-counter.py" "$PORT" "$WORK/received" &
PIDS+=("$!")
sleep 1.5

echo "seeding $LETTERS due claims with the baseline and deciding their first reminders"
mkdir -p "$WORK/seed"
start_app "$WORK/baseline.jar" "$WORK/seed" "$WORK/seed.log"
seq 1 "$LETTERS" | xargs -P 8 -I{} curl -sf -o /dev/null -X POST "$APP_URL/disputes/unpaid-claims" \
  -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{
  \"customer\": {\"reference\": \"B-{}\", \"name\": \"Boulangerie {} SARL\", \"kind\": \"BUSINESS\",
    \"email\": \"compta{}@example.com\", \"language\": \"FR\",
    \"address\": {\"lines\": [\"{} rue de la Paix\"], \"postalCode\": \"75002\", \"city\": \"Paris\", \"country\": \"FR\"}},
  \"invoice\": {\"number\": \"F-{}\", \"issueDate\": \"$ISSUED\", \"dueDate\": \"$DUE\",
    \"amount\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}}}"
post /escalation/runs "{\"date\": \"$TODAY\"}" >/dev/null
stop_pid "$APP_PID"

# run JAR NAME: copies the seed, sends every pending letter through the API, prints letters per second.
run() {
  local jar=$1 name=$2 start end sent=0 report n
  local dir="$WORK/run-$name"
  rm -rf "$dir" && cp -r "$WORK/seed" "$dir" && rm -rf "$dir/print"
  start_app "$jar" "$dir" "$dir.log"
  start=$(date +%s.%N)
  for ((i = 0; i < LETTERS; i++)); do
    report=$(post /letters/dispatch '{"max": 100}')
    n=$(echo "$report" | sed -E 's/.*"sent":([0-9]+).*/\1/')
    sent=$((sent + n))
    [ "$n" -gt 0 ] || break
  done
  end=$(date +%s.%N)
  stop_pid "$APP_PID"
  [ "$sent" -eq "$LETTERS" ] || { echo "$name sent $sent letters of $LETTERS; see $dir.log" >&2; exit 1; }
  awk -v n="$LETTERS" -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", n / (e - s) }'
}

OUT="$RESULTS/dispatch.csv"
printf 'round,baseline_letters_per_s,candidate_letters_per_s,ratio\n' >"$OUT"
run_started dispatch "$HEAD_COMMIT against $BASE" "bench/scripts/dispatch.sh $*"
for ((r = 1; r <= ROUNDS; r++)); do
  if ((r % 2)); then b=$(run "$WORK/baseline.jar" "b$r"); c=$(run "$WORK/candidate.jar" "c$r")
  else c=$(run "$WORK/candidate.jar" "c$r"); b=$(run "$WORK/baseline.jar" "b$r"); fi
  ratio=$(awk -v c="$c" -v b="$b" 'BEGIN { printf "%.3f", c / b }')
  printf '%d,%.1f,%.1f,%.2f\n' "$r" "$b" "$c" "$ratio" | tee -a "$OUT"
done
awk -F, 'NR > 1 { b += $2; c += $3; n++ } END { printf "mean: baseline %.1f, candidate %.1f letters/s, %.2f\n", b / n, c / n, c / b }' "$OUT"
run_finished dispatch
