#!/usr/bin/env bash
# The window's event loop while ECS's API is hammered: berth-bench-runmode runs 100 tasks in
# the main window (its probe prints the lateness percentiles) while wrk sends signed
# DescribeServices of its four services to the window's API (8 connections) from the moment
# the API answers until the bench ends. Run inside a D-Bus session with an unlocked keyring
# and a display (xvfb-run), as scripts/test.sh makes them.
#   bench/api/window-under-api.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: window-under-api.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/bin/berth-bench-runmode" --seconds 40 >"$work/bench.log" 2>&1 &
bench=$!
for _ in $(seq 1 240); do
    curl -s -o /dev/null -X POST http://127.0.0.1:4080/ 2>/dev/null && break
    sleep 0.5
done
eval "$("$build/bin/berth" api env)"
python3 "$here/signed-lua.py" http://127.0.0.1:4080/ \
    '{"cluster": "bench", "services": ["svc1", "svc2", "svc3", "svc4"]}' yes >"$work/req.lua"
wrk -t2 -c8 -d60s --latency -s "$work/req.lua" http://127.0.0.1:4080/ >"$work/wrk.log" 2>&1 &
wait "$bench" || true
kill %2 2>/dev/null || true
wait 2>/dev/null || true
grep -E 'start-up|steady|Down' "$work/bench.log"
echo "== the API meanwhile"
grep -E 'Requests/sec|99%|Non-2xx' "$work/wrk.log" || true
