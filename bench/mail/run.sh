#!/usr/bin/env bash
# Mail adapter benchmark: SmtpLetterSender against a bare Jakarta Mail loop, one connection each,
# to an aiosmtpd sink in another process; plus PDFs rendered per second on one thread.
# Usage: bench/mail/run.sh [letters per round, default 300] [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
LETTERS="${1:-300}"
ROUNDS="${2:-5}"
PORT="${PORT:-2525}"
SMTPD_PY=/usr/bin/python3   # Debian's python3 with python3-aiosmtpd (apt-get install -y python3-aiosmtpd)

for tool in mvn java; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is required and was not found" >&2; exit 1; }
done
"$SMTPD_PY" -c 'import aiosmtpd' 2>/dev/null \
  || { echo "run.sh: $SMTPD_PY with aiosmtpd is required (apt-get install -y python3-aiosmtpd)" >&2; exit 1; }

# test-compile in the reactor resolves the domain to its target/ folders: nothing is installed into ~/.m2.
CP_FILE=$(mktemp)
mvn -B -q -o -pl dispute-adapters-mail -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test -Djacoco.skip=true

"$SMTPD_PY" -m aiosmtpd -n -c aiosmtpd.handlers.Sink -l "127.0.0.1:$PORT" &
SINK=$!
trap 'kill $SINK 2>/dev/null || true; rm -f "$CP_FILE"' EXIT
sleep 1.5

java -Xms256m -Xmx512m \
  -cp "dispute-adapters-mail/target/test-classes:dispute-adapters-mail/target/classes:dispute-domain/target/classes:dispute-domain/target/test-classes:$(cat "$CP_FILE")" \
  org.amicable.dispute.adapter.mail.MailBenchmark "$PORT" "$LETTERS" "$ROUNDS"
