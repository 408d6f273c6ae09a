# Shared by the bench scripts: paths, the harness classpath, bounded waits.
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
DATA="${BENCH_DATA:-$BENCH/data}"
RESULTS="${BENCH_RESULTS:-$BENCH/results}"
mkdir -p "$DATA" "$RESULTS"
harness_cp() {
  [ -f "$BENCH/harness/target/classpath.txt" ] || { echo "build first: bench/scripts/build.sh" >&2; exit 1; }
  local cp; cp=$(cat "$BENCH/harness/target/classpath.txt")
  # APP_JAR: run another build of the application's fat jar in place of the one installed in ~/.m2.
  if [ -n "${APP_JAR:-}" ]; then cp=$(echo "$cp" | sed "s#[^:]*/dispute-app-[^:/]*\.jar#$APP_JAR#"); fi
  echo "${BENCH_CLASSES:-$BENCH/harness/target/classes}:$cp"
}
load1() { cut -d' ' -f1 /proc/loadavg; }
# wait_for_log FILE PATTERN SECONDS PID: waits, bounded in time, until PATTERN appears in FILE.
wait_for_log() {
  local file=$1 pattern=$2 seconds=$3 pid=$4 i
  for ((i = 0; i < seconds * 10; i++)); do
    grep -q "$pattern" "$file" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "process $pid died; see $file" >&2; return 1; }
    sleep 0.1
  done
  echo "timed out after ${seconds}s waiting for '$pattern' in $file" >&2
  return 1
}
# stop_pid PID: TERM, then KILL after 30 s; only the given process.
stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
