#!/usr/bin/env bash
# Deploy of the sample (resources/samples/web-api.berth: 3 services, 10 replicas, health
# checks on 6 of them) to a single-node swarm until every replica runs: `berth deploy
# --swarm` against `docker stack deploy` of the file `berth export --format swarm` wrote, in
# the same run, alternating, ROUNDS times each (default 5). The baseline's clock stops when
# `docker stack services` shows every service at N/N, polled every 0.1 s; Berth's when the
# command returns (it returns once the stack converged). Both leave out CPU reservations
# (--no-reservations): the sample reserves 2.1 CPUs and a 2-core machine would hold only
# part of it. The CLI deploys with --resolve-image never: with no registry reachable the
# default asks one about berth/demo:1 and measures the network instead.
# Makes its own swarm on the local daemon and leaves it at the end; refuses a daemon that is
# already in one.
#   bench/swarm/deploy-bench.sh BUILD_DIR [ROUNDS]      (e.g. build/rel 5)
set -euo pipefail
build=${1:?usage: deploy-bench.sh BUILD_DIR [ROUNDS]}
rounds=${2:-5}
berth="$build/bin/berth"
root=$(cd "$(dirname "$0")/../.." && pwd)
sample="$root/resources/samples/web-api.berth"
work=$(mktemp -d)

state=$(docker info --format '{{.Swarm.LocalNodeState}}')
if [ "$state" != inactive ]; then
    echo "the daemon is already in a swarm ($state); this bench makes its own" >&2
    exit 2
fi
docker stack config --help >/dev/null 2>&1 \
    || { echo "this Docker CLI has no 'docker stack'; nothing to compare with" >&2; exit 2; }
docker swarm init --advertise-addr 127.0.0.1 >/dev/null
trap 'docker swarm leave --force >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$berth" export "$sample" --format swarm --no-reservations --out "$work" 2>/dev/null >/dev/null
now() { date +%s.%N; }
since() { awk -v a="$(now)" -v b="$1" 'BEGIN {print a - b}'; }
gone() { # STACK: wait until its containers and network are gone
    for _ in $(seq 1 300); do
        [ -z "$(docker ps -aq --filter "label=com.docker.stack.namespace=$1")" ] \
            && [ -z "$(docker network ls -q --filter "label=com.docker.stack.namespace=$1")" ] \
            && return 0
        sleep 0.2
    done
}
converged() { # STACK: every service shows N/N
    local lines
    lines=$(docker stack services "$1" --format '{{.Replicas}}' 2>/dev/null) || return 1
    [ -n "$lines" ] || return 1
    while read -r r; do
        r=${r%% *}
        [ "${r%/*}" = "${r#*/}" ] || return 1
    done <<<"$lines"
}

# One deploy of each first, not measured: the demo image gets built and cached once.
"$berth" deploy "$sample" --swarm --stack warmup --no-reservations >/dev/null 2>&1
"$berth" deploy "$sample" --swarm --stack warmup --remove >/dev/null 2>&1

run_berth() {
    local start
    start=$(now)
    "$berth" deploy "$sample" --swarm --stack bberth --no-reservations >/dev/null 2>"$work/err" \
        || { cat "$work/err" >&2; exit 1; }
    berth_times+=("$(since "$start")")
    "$berth" deploy "$sample" --swarm --stack bberth --remove >/dev/null
    gone bberth
}
run_cli() {
    local start
    start=$(now)
    docker stack deploy -c "$work/stack.yml" --resolve-image never bcli >/dev/null 2>&1
    until converged bcli; do sleep 0.1; done
    cli_times+=("$(since "$start")")
    docker stack rm bcli >/dev/null
    gone bcli
}

# Odd rounds run Berth first, even rounds the CLI first, so neither always follows the
# other's clean-up.
berth_times=() cli_times=()
for i in $(seq 1 "$rounds"); do
    if [ $((i % 2)) = 1 ]; then run_berth; run_cli; else run_cli; run_berth; fi
    printf 'round %d: berth %.2f s, docker stack deploy %.2f s\n' "$i" \
        "${berth_times[-1]}" "${cli_times[-1]}"
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mean() { printf '%s\n' "$@" | awk '{s += $1} END {print s / NR}'; }
report() { # NAME BERTH CLI
    printf '%s of %d: berth deploy --swarm %.2f s, docker stack deploy %.2f s, ratio %.3fx\n' \
        "$1" "$rounds" "$2" "$3" "$(awk -v a="$2" -v b="$3" 'BEGIN {print a / b}')"
}
report median "$(median "${berth_times[@]}")" "$(median "${cli_times[@]}")"
report mean "$(mean "${berth_times[@]}")" "$(mean "${cli_times[@]}")"
faster=0
for i in "${!berth_times[@]}"; do
    awk -v a="${berth_times[$i]}" -v b="${cli_times[$i]}" 'BEGIN {exit !(a < b)}' \
        && faster=$((faster + 1))
done
echo "berth faster in $faster of $rounds rounds"
