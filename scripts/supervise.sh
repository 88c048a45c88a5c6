#!/usr/bin/env bash
# Keep a server running: start it again whenever it exits (a crash, a kill), after a short pause, and note each
# restart in its log. run.sh runs the action server under it; in production the orchestrator does this instead.
#   scripts/supervise.sh <log file> <command> [arguments...]
set -uo pipefail
log=$1
shift
child=
stop() { [ -n "$child" ] && kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; exit 0; }
trap stop TERM INT HUP
while true; do
    "$@" >> "$log" 2>&1 &
    child=$!
    wait "$child"
    status=$?
    echo "$(date '+%F %T') supervise.sh: $(basename "$1") exited (status $status); starting it again in ${SUPERVISE_PAUSE_S:-2} s" >> "$log"
    sleep "${SUPERVISE_PAUSE_S:-2}"
done
