#!/usr/bin/env bash
# Set up (if needed) and run every test: rules, readers and actions; data validation; dialogue stories; NLU on
# held-out phrasings; and a live REST conversation with both servers. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec .venv/bin/python -m pytest tests "$@"
