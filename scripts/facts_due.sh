#!/usr/bin/env bash
# List the facts (senco_rules/facts/) whose review_by date is past or near, with the source to check them against.
#   ./scripts/facts_due.sh               due within 60 days
#   ./scripts/facts_due.sh --within 180
# After checking a fact against its source: update its value if it changed, set `reviewed` to today and move
# `review_by` on (see README, "Refresh a fact").
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m senco_rules.facts_due "$@"
