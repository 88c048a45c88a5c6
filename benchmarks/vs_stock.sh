#!/usr/bin/env bash
# SENCO Guide against a stock `rasa init` bot, side by side, in one run (see benchmarks/vs_stock.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
source scripts/env.sh
exec .venv/bin/python benchmarks/vs_stock.py "$@"
