#!/usr/bin/env bash
# Delete stored conversations (README "Data protection").
#   ./scripts/forget.sh --older-than 30d    conversations with no message for 30 days (default: SENCO_RETENTION_DAYS or 30)
#   ./scripts/forget.sh --sender <id>       one conversation
# Run it daily (cron or a Kubernetes CronJob) to keep the retention period.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
exec .venv/bin/python -m privacy.retention "$@"
