#!/usr/bin/env bash
# Set up (if needed) and start SENCO Guide.
#   ./scripts/run.sh            chat in this terminal (rasa shell)
#   ./scripts/run.sh --server   serve the REST channel on http://localhost:5005 (and socket.io for the widget)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
mkdir -p logs

.venv/bin/rasa run actions --actions actions --port 5055 > logs/actions.log 2>&1 &
action_server=$!
trap 'kill $action_server 2>/dev/null' EXIT
for _ in $(seq 1 60); do
    curl -sf http://localhost:5055/health >/dev/null 2>&1 && break
    kill -0 $action_server 2>/dev/null || { cat logs/actions.log; exit 1; }
    sleep 1
done
echo "Action server up on http://localhost:5055 (log: logs/actions.log)"

if [ "${1:-}" = "--server" ]; then
    echo "Starting the assistant on http://localhost:5005 (ready in about 40 s)..."
    .venv/bin/rasa run --model models/senco.tar.gz --port 5005
else
    echo "Loading the assistant (about 40 s). Type your question; /stop quits."
    .venv/bin/rasa shell --model models/senco.tar.gz
fi
