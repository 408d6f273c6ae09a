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
# require TOOL...: stops the script, naming the tool and its Debian package, when one is missing.
require() {
  local tool missing=0
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      case "$tool" in
        wrk) echo "$(basename "$0") needs wrk: apt-get install -y wrk" >&2 ;;
        aiosmtpd) echo "$(basename "$0") needs aiosmtpd: apt-get install -y python3-aiosmtpd" >&2 ;;
        jfr|java|javac) echo "$(basename "$0") needs $tool: a Java 17 JDK on the PATH" >&2 ;;
        mvn) echo "$(basename "$0") needs Maven: apt-get install -y maven" >&2 ;;
        bc) echo "$(basename "$0") needs bc: apt-get install -y bc" >&2 ;;
        *) echo "$(basename "$0") needs $tool" >&2 ;;
      esac
      missing=1
    fi
  done
  [ "$missing" = 0 ] || exit 1
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
# run_started NAME [COMMIT [COMMAND]]: starts this run's record, results/NAME.run, read by results.py with the run's
# CSV to write RESULTS.md: the tree measured (COMMIT, or the checkout's HEAD, marked when it has
# uncommitted changes), the command, the machine and the load average when it started.
run_started() {
  local name=$1 commit=${2:-}
  if [ -z "$commit" ]; then
    commit=$(git -C "$ROOT" rev-parse --short HEAD)
    [ -z "$(git -C "$ROOT" status --porcelain -- . ':!bench/results' ':!bench/RESULTS.md')" ] \
      || commit="$commit (with uncommitted changes)"
  fi
  {
    echo "commit: $commit"
    echo "command: ${3:-bench/scripts/$(basename "$0")}"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo),\
 $(java -version 2>&1 | head -1 | tr -d '"')"
    echo "date: $(date -u +%F)"
    echo "load_before: $(load1)"
  } > "$RESULTS/$name.run"
}
# run_finished NAME: closes the record with the load average at the end.
run_finished() {
  echo "load_after: $(load1)" >> "$RESULTS/$1.run"
}
