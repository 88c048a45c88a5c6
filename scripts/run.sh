#!/usr/bin/env bash
# Set up (if needed) and start SENCO Guide.
#   ./scripts/run.sh            chat in this terminal (rasa shell)
#   ./scripts/run.sh --server   serve the assistant on http://localhost:5005 (REST, socket.io, Teams) and the
#                               web widget page on http://localhost:8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
# Rasa without the screen of third-party deprecation warnings (scripts/rasa_quiet.py); the tests still show them.
rasa=(.venv/bin/python scripts/rasa_quiet.py)
mkdir -p logs

# Supervised: if the action server stops or crashes it is started again (the assistant says "try again in a
# minute" meanwhile, README "When something is down").
: > logs/actions.log
# The action server is only for the Rasa server: loopback only (rasa-sdk reads SANIC_HOST).
SANIC_HOST=127.0.0.1 scripts/supervise.sh logs/actions.log "${rasa[@]}" run actions --actions actions --port 5055 &
action_server=$!
trap 'kill $action_server 2>/dev/null' EXIT
for _ in $(seq 1 60); do
    curl -sf http://localhost:5055/health >/dev/null 2>&1 && break
    sleep 1
done
curl -sf http://localhost:5055/health >/dev/null 2>&1 || { cat logs/actions.log; exit 1; }
echo "Action server up on http://localhost:5055 (log: logs/actions.log)"

if [ "${1:-}" = "--server" ]; then
    .venv/bin/python -m http.server 8080 --bind 127.0.0.1 --directory web > logs/web.log 2>&1 &
    web_server=$!
    trap 'kill $action_server $web_server 2>/dev/null' EXIT
    echo "Web widget page: http://localhost:8080 (chat replies once the assistant is up)"
    echo "Starting the assistant on http://localhost:5005 (ready in about 40 s)..."
    # CORS: the widget page's origin only, never "*".
    "${rasa[@]}" run --model models/senco.tar.gz --port 5005 --cors "http://localhost:8080"
else
    echo "Loading the assistant (about 40 s). Type your question; /stop quits."
    "${rasa[@]}" shell --model models/senco.tar.gz
fi
