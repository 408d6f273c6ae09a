#!/usr/bin/env bash
# PDF letters rendered per second on one thread: a baseline commit against a candidate commit, in one run.
# Each tree is checked out from git (committed trees only), built in place without installing anything,
# and RenderRate runs in a JVM of its own per tree and round, the two trees alternating.
# Usage: bench/mail/render.sh [baseline, default 81a93b0] [candidate, default HEAD] [letters, default 1500] [rounds, default 3]
set -euo pipefail
for tool in git mvn java javac awk; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is required and was not found" >&2; exit 1; }
done
cd "$(dirname "$0")/../.."
BASE=$(git rev-parse --short "${1:-81a93b0}")
CAND=$(git rev-parse --short "${2:-HEAD}")
LETTERS="${3:-1500}"
ROUNDS="${4:-3}"
WORK=$(mktemp -d)
cleanup() {
  for tree in base cand; do
    [ -d "$WORK/$tree" ] && git worktree remove --force "$WORK/$tree" >/dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

build() {  # $1: commit, $2: name
  local tree="$WORK/$2"
  git worktree add --detach -q "$tree" "$1"
  # test-compile in the reactor resolves the domain to its target/ folders: nothing goes to ~/.m2.
  (cd "$tree" && mvn -B -q -o -pl dispute-adapters-mail -am test-compile org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
      -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test -Djacoco.skip=true >"$WORK/$2-build.log" 2>&1) \
    || { echo "render.sh: build of $1 failed, see below" >&2; tail -30 "$WORK/$2-build.log" >&2; exit 1; }
  local cp="$tree/dispute-adapters-mail/target/test-classes:$tree/dispute-adapters-mail/target/classes"
  cp="$cp:$tree/dispute-domain/target/classes:$tree/dispute-domain/target/test-classes:$(cat "$tree/dispute-adapters-mail/cp.txt")"
  mkdir -p "$WORK/$2-bench"
  javac -d "$WORK/$2-bench" -cp "$cp" bench/mail/src/RenderRate.java
  echo "$WORK/$2-bench:$cp" >"$WORK/$2.cp"
}

echo "baseline $BASE, candidate $CAND, $LETTERS letters per measure, $ROUNDS rounds; load $(cut -d' ' -f1-3 /proc/loadavg)"
build "$BASE" base
build "$CAND" cand
OUT="$WORK/rates.txt"
run() {  # $1: name, $2: label, $3: scripts
  java -Xms256m -Xmx512m -Djava.awt.headless=true -cp "$(cat "$WORK/$1.cp")" \
    org.amicable.dispute.adapter.mail.RenderRate "$2" "$LETTERS" "$3" | tee -a "$OUT"
}
for round in $(seq 1 "$ROUNDS"); do
  # Alternate which tree goes first, so that neither always runs on a quieter machine.
  if [ $((round % 2)) -eq 1 ]; then run base "round$round base" false; run cand "round$round cand" true
  else run cand "round$round cand" true; run base "round$round base" false; fi
done
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v base="$BASE" -v cand="$CAND" '
  $2 == "base" && $3 == "latin"   { b += $4; nb++ }
  $2 == "cand" && $3 == "latin"   { c += $4; nc++ }
  $2 == "cand" && $3 == "scripts" { s += $4; ns++ }
  END {
    if (nb == 0 || nc == 0 || ns == 0) { print "render.sh: missing figures" > "/dev/stderr"; exit 1 }
    printf "mean letters/s: baseline %s %.1f; candidate %s %.1f (%.2f of baseline); candidate, names needing the fallback fonts %.1f (%.2f of baseline)\n",
      base, b / nb, cand, c / nc, (c / nc) / (b / nb), s / ns, (s / ns) / (b / nb)
  }' "$OUT"
