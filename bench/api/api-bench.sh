#!/usr/bin/env bash
# ECS API throughput: DescribeServices for 10 services, signed with SigV4, 8 concurrent
# connections on loopback (wrk, 10 s), while 100 tasks of the demo image run under
# `berth run`; then the same request against moto_server (the machine's Python) as the peer.
# Prints requests/s and latency percentiles of both. Needs Docker, wrk, python3 with botocore
# and moto, a D-Bus session with an unlocked keyring (as scripts/test.sh makes one).
#   bench/api/api-bench.sh BUILD_DIR      (e.g. build/rel)
set -euo pipefail
build=${1:?usage: api-bench.sh BUILD_DIR}
berth="$build/bin/berth"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$here/make-project.py" "$work/bench-api.berth"
"$berth" run "$work/bench-api.berth" --headless --duration 600 --api-port 4181 >"$work/run.log" 2>&1 &
echo "waiting for 100 tasks RUNNING..." >&2
for _ in $(seq 1 300); do
    running=$(grep -c ': RUNNING, desired RUNNING' "$work/run.log" || true)
    [ "$running" -ge 100 ] && break
    sleep 1
done
echo "tasks RUNNING: $running" >&2
eval "$("$berth" api env --port 4181)"

services=$(python3 -c 'import json; print(json.dumps(["svc-%d" % i for i in range(10)]))')
body="{\"cluster\": \"bench\", \"services\": $services}"
run_wrk() { # URL SIGN(yes/no) LABEL
    python3 "$here/signed-lua.py" "$1" "$body" "$2" >"$work/req.lua"
    echo "== $3" 
    wrk -t2 -c8 -d10s --latency -s "$work/req.lua" "$1" | grep -E 'Requests/sec|Latency|50%|90%|99%|Non-2xx'
}
run_wrk http://127.0.0.1:4181/ yes "berth (signed, 100 tasks running)"

# The peer: moto_server answering the same DescribeServices for 10 services.
moto_server -p 5123 >"$work/moto.log" 2>&1 &
for _ in $(seq 1 60); do curl -s http://127.0.0.1:5123/ >/dev/null 2>&1 && break; sleep 0.5; done
python3 - <<'PY'
import boto3
ecs = boto3.client("ecs", endpoint_url="http://127.0.0.1:5123", region_name="us-east-1",
                   aws_access_key_id="x", aws_secret_access_key="y")
ecs.create_cluster(clusterName="bench")
ecs.register_task_definition(family="web", containerDefinitions=[
    {"name": "web", "image": "berth/demo:1", "cpu": 16, "memory": 16}])
for i in range(10):
    ecs.create_service(cluster="bench", serviceName="svc-%d" % i, taskDefinition="web",
                       desiredCount=10)
PY
run_wrk http://127.0.0.1:5123/ yes "moto_server (same request)"
