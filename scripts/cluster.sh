#!/usr/bin/env bash
# The production topology on this machine, on loopback (README "Running in production"):
#   ./scripts/cluster.sh up [--replicas N] [--action-servers M] [--port 8000]
#   ./scripts/cluster.sh status
#   ./scripts/cluster.sh down
# Installs nginx, redis-server and postgresql with apt-get when missing; keeps its files in run/cluster/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "up" ]; then scripts/setup.sh; fi
source scripts/env.sh
exec .venv/bin/python deploy/cluster.py "$@"
