#!/usr/bin/env bash
# Evidence: (1) verifying a chain of ENTRIES entries from its stored bytes against sha256sum over the
# same bytes, in one JVM run; (2) the hand-over pack of a dispute with 100 entries and 6 letters against
# reading that dispute's timeline, through the application's API (H2 file, fat jar of this tree).
# Usage: bench/scripts/evidence.sh    Environment: ENTRIES (10000), CHAIN_ROUNDS (30), PACK_ROUNDS (200).
set -euo pipefail
source "$(dirname "$0")/common.sh"
ENTRIES="${ENTRIES:-10000}"

for tool in git mvn java sha256sum curl; do
  command -v "$tool" >/dev/null || { echo "evidence.sh needs $tool" >&2; exit 1; }
done

HEAD_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
[ -z "$(git -C "$ROOT" status --porcelain -- dispute-domain dispute-adapters-mail dispute-adapters-web dispute-app bench/evidence)" ] \
  || { echo "commit the tree first: the figures must name the commit they measured" >&2; exit 1; }

WORK="$DATA/evidence"
rm -rf "$WORK" && mkdir -p "$WORK"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do stop_pid "$pid"; done; }
trap cleanup EXIT

echo "building $HEAD_COMMIT"
(cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true package -pl dispute-app -am)

echo "chain of $ENTRIES entries: verification from the stored lines against sha256sum"
chain=$(java -cp "$ROOT/dispute-domain/target/classes" "$BENCH/evidence/ChainBench.java" "$WORK/chain" "$ENTRIES" \
  "${CHAIN_ROUNDS:-30}" 20 | tail -1)
echo "$chain"
[ -n "$chain" ] || { echo "the chain bench printed nothing" >&2; exit 1; }
echo "$(date +%F),$HEAD_COMMIT,$(load1),$chain" | tee -a "$RESULTS/evidence-chain.csv"

TOKEN=bench-evidence-token
TOKEN_SHA=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
http_port=$(( 18000 + RANDOM % 1000 ))
java -Xmx512m -Dmicronaut.server.port=$http_port \
  "-Ddatasources.default.url=jdbc:h2:file:$WORK/db/amicable;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" \
  -Damicable.clock.fixed=2025-03-02T09:00:00Z \
  -Damicable.mail.host= -Damicable.mail.pickup-folder="$WORK/pickup" -Damicable.mail.print-folder="$WORK/print" \
  -Damicable.company.mediator-name="Médiateur du commerce" \
  -Damicable.dispatch.enabled=false -Damicable.escalation.schedule.enabled=false \
  "-Damicable.security.tokens[0].name=bench" "-Damicable.security.tokens[0].sha256=$TOKEN_SHA" \
  "-Damicable.security.tokens[0].role=manager" -jar "$ROOT/dispute-app/target/dispute-app-0.1.0-SNAPSHOT.jar" \
  >"$WORK/app.log" 2>&1 &
PIDS+=("$!")
wait_for_log "$WORK/app.log" "Startup completed" 120 "${PIDS[0]}"

echo "pack of a dispute with 100 entries and 6 letters against its timeline"
pack=$(timeout 600 java "$BENCH/evidence/PackBench.java" "http://127.0.0.1:$http_port" "$TOKEN" "${PACK_ROUNDS:-200}" 100 | tail -1)
echo "$pack"
[ -n "$pack" ] || { echo "the pack bench printed nothing" >&2; exit 1; }
echo "$(date +%F),$HEAD_COMMIT,$(load1),$pack" | tee -a "$RESULTS/evidence-pack.csv"
