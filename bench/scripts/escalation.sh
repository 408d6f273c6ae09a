#!/usr/bin/env bash
# Escalation benchmark: the application's RunEscalationUseCase.runEscalation(date) (its own Micronaut context)
# against a plain JDBC program writing the same rows in batches, on the H2 file and on PostgreSQL
# (embedded, fsync and synchronous_commit on for the runs), for 100k / 10k / 1k due disputes among
# DISPUTES. Each run is its own JVM, on a fresh copy of the seeded database, after a warm-up.
#
# Environment: DISPUTES (default 1000000), DBS (default "h2 pg"), IMPLS (default "jdbc app"), DAYS ("1 2 3": 1 = 10 % due, 2 = 1 %, 3 = 0.1 %),
# JAVA_OPTS (extra JVM options, e.g. JFR), BENCH_ARGS (extra EscalationBench arguments, e.g. "--warm-up 2000"),
# KEEP_DATA=1 to keep the seeded databases.
set -euo pipefail
source "$(dirname "$0")/common.sh"
require java timeout
CP="$(harness_cp)"
DISPUTES=${DISPUTES:-1000000}; DBS=${DBS:-h2 pg}; IMPLS=${IMPLS:-jdbc app}; DAYS=${DAYS:-1 2 3}
D10=$((DISPUTES / 10)); D1=$((DISPUTES / 100)); D01=$((DISPUTES / 1000))
OUT="$RESULTS/escalation.csv"
echo "db,impl,disputes,due,seconds,rows_per_s,load_before,load_after,entries_after,jvm_cpu_s" > "$OUT"
run_started escalation "" "DISPUTES=$DISPUTES DBS=\"$DBS\" DAYS=\"$DAYS\" bench/scripts/escalation.sh"
for db in $DBS; do
  SEED="$DATA/esc-$db-$DISPUTES"
  if [ ! -f "$SEED/SEEDED" ]; then
    rm -rf "$SEED"; mkdir -p "$SEED"
    echo "seeding $DISPUTES disputes on $db (load $(load1))"
    timeout 3600 java -Xmx2g -cp "$CP" org.amicable.bench.Seed --db "$db" --dir "$SEED" --disputes "$DISPUTES" \
      --due "$D01,$D1,$D10" > "$SEED/seed.log" 2>&1 || { tail -20 "$SEED/seed.log"; exit 1; }
    grep SEEDED "$SEED/seed.log"; touch "$SEED/SEEDED"
    du -sh "$SEED"
  fi
  for days in $DAYS; do
    for impl in $IMPLS; do
      echo "run db=$db days-back=$days impl=$impl (load $(load1))"
      timeout 3600 java -Xmx2g ${JAVA_OPTS:-} -cp "$CP" org.amicable.bench.esc.EscalationBench --db "$db" --seed "$SEED" \
        --work "$DATA/esc-$db-work" --days-back "$days" --impl "$impl" --out "$OUT" ${BENCH_ARGS:-} \
        > "$RESULTS/escalation-$db-$days-$impl.log" 2>&1 || { tail -30 "$RESULTS/escalation-$db-$days-$impl.log"; exit 1; }
      grep "^RESULT $db" "$RESULTS/escalation-$db-$days-$impl.log"
    done
  done
  [ "${KEEP_DATA:-}" = "1" ] || rm -rf "$SEED"
done
run_finished escalation
