#!/usr/bin/env bash
# `berth lab check` of a 10-step lab against a running design, every check one that needs no
# waiting (design, finding, plan, service counts and steady state, tasks, events, HTTP through
# the ALB): starts `berth run` of the lab's design (2 tasks of the demo image behind an ALB),
# waits until every step passes, then times ROUNDS checks (default 20) and prints the median,
# the fastest and the slowest, and how long the run's API takes for the same questions.
# Needs Docker, HAProxy and a D-Bus session with an unlocked keyring (as scripts/test.sh
# makes one).
#   bench/labs/lab-check-bench.sh BUILD_DIR [ROUNDS]
set -euo pipefail
build=${1:?usage: lab-check-bench.sh BUILD_DIR [ROUNDS]}
rounds=${2:-20}
berth="$(cd "$build" && pwd)/bin/berth"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap '"$berth" down "$work/bench-lab.berth" >/dev/null 2>&1 || true; kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

python3 "$here/make-lab.py" "$work/lab"
cp "$work/lab/start.berth" "$work/bench-lab.berth"
"$berth" run "$work/bench-lab.berth" --headless --quiet --api-port 4191 >"$work/run.log" 2>&1 &
cd "$work"
echo "waiting until every step passes..." >&2
for _ in $(seq 1 120); do
    "$berth" lab check "$work/lab" --project bench-lab.berth --no-wait >"$work/check.txt" 2>&1 && break
    sleep 1
done
cat "$work/check.txt" >&2
grep -q "100 of 100 points" "$work/check.txt" || { echo "the lab never passed" >&2; exit 1; }

python3 - "$berth" "$work/lab" "$rounds" <<'PY'
import statistics, subprocess, sys, time
berth, lab, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
def timed(args):
    t = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t
check = [timed([berth, "lab", "check", lab, "--project", "bench-lab.berth", "--no-wait"])
         for _ in range(rounds)]
# The same process start and project load without the checks: what the checks themselves add.
plan = [timed([berth, "plan", "bench-lab.berth"]) for _ in range(rounds)]
ms = lambda xs: "median %.0f ms, fastest %.0f ms, slowest %.0f ms" % (
    statistics.median(xs) * 1000, min(xs) * 1000, max(xs) * 1000)
print("berth lab check, 10 steps, no waits (%d rounds): %s" % (rounds, ms(check)))
print("berth plan of the same design (process start + load + plan):   %s" % ms(plan))
PY
