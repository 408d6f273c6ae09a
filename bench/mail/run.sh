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

mvn -B -q -o install -pl dispute-domain -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true
mvn -B -q -o test-compile -pl dispute-adapters-mail
CP_FILE=$(mktemp)
mvn -B -q -o dependency:build-classpath -pl dispute-adapters-mail -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test

"$SMTPD_PY" -m aiosmtpd -n -c aiosmtpd.handlers.Sink -l "127.0.0.1:$PORT" &
SINK=$!
trap 'kill $SINK 2>/dev/null || true; rm -f "$CP_FILE"' EXIT
sleep 1.5

java -Xms256m -Xmx512m \
  -cp "dispute-adapters-mail/target/test-classes:dispute-adapters-mail/target/classes:$(cat "$CP_FILE")" \
  org.amicable.dispute.adapter.mail.MailBenchmark "$PORT" "$LETTERS" "$ROUNDS"
