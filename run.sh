#!/usr/bin/env bash
# Starts the whole Samverkan platform on this machine: builds what is needed, then the app host
# starts an embedded MongoDB server, RabbitMQ (or an embedded broker), every service and the
# gateway, and loads the demo data. Stop with Ctrl-C. Options: ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"
echo "[samverkan] Bygger (första gången hämtar Maven beroenden, det tar några minuter) …"
./mvnw -q -B -DskipTests package
exec java -Xmx256m -jar app-host/target/app-host-exec.jar "$@"
