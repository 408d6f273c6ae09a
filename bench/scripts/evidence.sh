#!/usr/bin/env bash
# Evidence: (1) verifying a chain of ENTRIES entries from its stored bytes against sha256sum over the
# same bytes, in one JVM run; (2) the hand-over pack of a dispute with 100 entries and 6 letters against
# reading that dispute's timeline, through the application's API (H2 file, fat jar of this tree).
# Results in results/evidence-chain.csv and results/evidence-pack.csv (this run only).
# Usage: bench/scripts/evidence.sh    Environment: ENTRIES (10000), CHAIN_ROUNDS (30), PACK_ROUNDS (200).
set -euo pipefail
source "$(dirname "$0")/common.sh"
require git java mvn sha256sum timeout
ENTRIES="${ENTRIES:-10000}"


HEAD_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
[ -z "$(git -C "$ROOT" status --porcelain -- dispute-domain dispute-adapters-mail dispute-adapters-web dispute-app bench/evidence)" ] \
  || { echo "commit the tree first: the figures must name the commit they measured" >&2; exit 1; }

WORK="$DATA/evidence"
rm -rf "$WORK" && mkdir -p "$WORK"

echo "building $HEAD_COMMIT"
(cd "$ROOT" && mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Djacoco.skip=true package -pl dispute-app -am)

echo "chain of $ENTRIES entries: verification from the stored lines against sha256sum"
run_started evidence "$HEAD_COMMIT" "ENTRIES=$ENTRIES CHAIN_ROUNDS=${CHAIN_ROUNDS:-30} PACK_ROUNDS=${PACK_ROUNDS:-200} bench/scripts/evidence.sh"
chain=$(java -cp "$ROOT/dispute-domain/target/classes" "$BENCH/evidence/ChainBench.java" "$WORK/chain" "$ENTRIES" \
  "${CHAIN_ROUNDS:-30}" 20 | tail -2)
echo "$chain"
[ -n "$chain" ] || { echo "the chain bench printed nothing" >&2; exit 1; }
echo "$chain" > "$RESULTS/evidence-chain.csv"

# PackBench starts the application itself, once per stage of the seeded claim (its clock fixed on the
# stage's day), on an H2 file in $WORK/pack, and stops each process it started.
mkdir -p "$WORK/pack"
http_port=$(( 18000 + RANDOM % 1000 ))

echo "pack of a dispute with 100 entries and 6 letters against its timeline"
pack=$(timeout 900 java "$BENCH/evidence/PackBench.java" "$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar" \
  "$WORK/pack" "$http_port" bench-evidence-token "${PACK_ROUNDS:-200}" 100 | tail -2)
echo "$pack"
[ -n "$pack" ] || { echo "the pack bench printed nothing" >&2; exit 1; }
echo "$pack" > "$RESULTS/evidence-pack.csv"
run_finished evidence
