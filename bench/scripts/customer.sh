#!/usr/bin/env bash
# Bulk import and webhook delivery against their baselines, in one JVM run on H2 files (see README):
# CLAIMS claims imported over HTTP (default 100000) against plain JDBC batches of the same rows and
# entries; MESSAGES webhook messages (default 10000) delivered by the dispatcher against a bare JDK
# HttpClient posting the same bodies to the same loopback receiver, 16 at a time both.
# Needs only the application's jar: mvn -B -q -pl dispute-app -am package -DskipTests
set -euo pipefail
source "$(dirname "$0")/common.sh"
require git java javac mvn timeout
CLAIMS=${CLAIMS:-100000}; MESSAGES=${MESSAGES:-10000}
APP="$ROOT/dispute-app/target/dispute-app-2.0.0-SNAPSHOT.jar"
OUT="$RESULTS/customer.csv"
CLASSES=$(mktemp -d "$DATA/customer-classes.XXXXXX"); RUN=$(mktemp -d "$DATA/customer-run.XXXXXX")
echo "commit,benchmark,db,rows,baseline_per_s,app_per_s,ratio,load_before" > "$OUT"
run_started customer "" "CLAIMS=$CLAIMS MESSAGES=$MESSAGES bench/scripts/customer.sh"
javac -d "$CLASSES" -cp "$APP" "$BENCH/customer/src/org/amicable/bench/customer/CustomerBench.java"
load=$(load1); commit=$(git -C "$ROOT" rev-parse --short HEAD)
timeout 1800 java ${JAVA_OPTS:--Xmx1g} -cp "$APP:$CLASSES" org.amicable.bench.customer.CustomerBench "$RUN" "$CLAIMS" "$MESSAGES" \
  > "$RUN/out.log" 2>&1 || { tail -20 "$RUN/out.log"; exit 1; }
grep '^RESULT ' "$RUN/out.log" | sed "s/^RESULT /$commit,/; s/\$/,$load/" | tee -a "$OUT"
rm -rf "$CLASSES" "$RUN"
run_finished customer
