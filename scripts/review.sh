#!/usr/bin/env bash
# Review real conversations: the user messages that fell back, got low confidence, or were followed by "that's not
# what I asked", grouped by likely topic with counts (see README, "Learn from real conversations").
#   ./scripts/review.sh                   everything in senco_tracker.db
#   ./scripts/review.sh --since 7d        the last 7 days
#   ./scripts/review.sh --db other.db --json
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m reporting.review_report "$@"
