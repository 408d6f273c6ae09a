#!/usr/bin/env bash
# Reports benchmark: each of the four reports through the use case (ViewReportsUseCase over the JDBC
# adapter, as GET /reports/... calls it) against a bare SQL aggregate of the same figures, over DISPUTES
# report rows in an embedded PostgreSQL (seeded with generate_series straight into dispute_report; the
# figures of both must agree or the run fails). One JVM, one run: warm-up rounds, then measured rounds
# alternating the two; the ratio is the use case's median time over the bare aggregate's (goal: within 2).
#
# It measures the tree as committed: it builds this checkout's modules (mvn -o, no install) and refuses a
# tree with uncommitted changes unless ALLOW_DIRTY=1.
#
# Environment: DISPUTES (default 1000000), ROUNDS (default 10), WARMUP (default 3), ALLOW_DIRTY.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require git java javac mvn timeout
DISPUTES=${DISPUTES:-1000000}; ROUNDS=${ROUNDS:-10}; WARMUP=${WARMUP:-3}
if [ "${ALLOW_DIRTY:-0}" != 1 ] && [ -n "$(git -C "$ROOT" status --porcelain -- . ':!bench/results' ':!bench/data')" ]; then
  echo "the tree has uncommitted changes: commit them, or set ALLOW_DIRTY=1" >&2; exit 1
fi
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
CPFILE="$ROOT/dispute-app/target/reports-bench-classpath.txt"
(cd "$ROOT" && mvn -o -q -pl dispute-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$CPFILE" -Dmdep.includeScope=test)
[ -s "$CPFILE" ] || { echo "no classpath in $CPFILE" >&2; exit 1; }
CP="$ROOT/dispute-app/target/classes:$ROOT/dispute-app/target/test-classes:$(cat "$CPFILE")"
CLASSES="$DATA/reports-classes"; rm -rf "$CLASSES"; mkdir -p "$CLASSES"
javac -d "$CLASSES" -cp "$CP" "$BENCH/harness/src/main/java/org/amicable/bench/reports/ReportBench.java"
OUT="$RESULTS/reports.csv"
echo "commit,report,disputes,use_case_ms_median,bare_ms_median,ratio,load_before,load_after" > "$OUT"
run_started reports "" "DISPUTES=$DISPUTES ROUNDS=$ROUNDS WARMUP=$WARMUP bench/scripts/reports.sh"
LOAD=$(load1)
LINES=$(timeout 3600 java -Xmx1g -cp "$CLASSES:$CP" org.amicable.bench.reports.ReportBench \
  --disputes "$DISPUTES" --rounds "$ROUNDS" --warmup "$WARMUP" 2> >(grep -E "SEEDED|ratio|Exception|differ" >&2) \
  | sed -n 's/^FIGURES //p')
[ -n "$LINES" ] || { echo "the benchmark printed no figures" >&2; exit 1; }
while IFS= read -r line; do
  echo "$COMMIT,$line,$LOAD,$(load1)" >> "$OUT"
  echo "$COMMIT,$line"
done <<< "$LINES"
run_finished reports
