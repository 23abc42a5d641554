#!/usr/bin/env bash
# Push and pull of a 50 MB image to Berth's local registry: `berth image push` / `berth image
# pull` against `docker push` / `docker pull` in the same run, the same registry and images of
# the same size (random bytes each, so no layer is already there), order alternating each
# round; then the registry's CPU use while it idles. Prints medians and the ratios.
#   bench/registry/bench-registry.sh [BUILD_DIR] [ROUNDS]     (default build/h2, 3 rounds)
# Needs Docker, docker-registry, the docker command and a keychain: without a D-Bus session
# it starts one with a throwaway keyring.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/h2}
rounds=${2:-3}
berth=$build/bin/berth
[ -x "$berth" ] || { echo "no $berth; build the berth target first" >&2; exit 2; }

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    keyring=$(mktemp -d /tmp/berth-bench-keyring.XXXXXX)
    export XDG_DATA_HOME=$keyring
    exec dbus-run-session -- bash -c '
        echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        exec "$0" "$@"' "$0" "$build" "$rounds"
fi

work=$(mktemp -d /tmp/berth-bench-registry.XXXXXX)
port=$((25000 + $$ % 10000))
export BERTH_REGISTRY_ADDRESS=127.80.0.1:$port
export BERTH_REGISTRY_DIR=$work/registry
export DOCKER_CONFIG=$work/docker-config
host=123456789012.dkr.ecr.us-east-1.amazonaws.com
images=()

cleanup() {
    for i in "${images[@]}"; do docker rmi -f "$i" >/dev/null 2>&1 || true; done
    "$berth" registry stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }
divide() { awk -v a="$1" -v b="$2" 'BEGIN { print a / b }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

"$berth" registry start >/dev/null
"$berth" registry login-password | docker login --username AWS --password-stdin \
    "$BERTH_REGISTRY_ADDRESS" >/dev/null 2>&1

# A 50 MB image of random bytes named NAME (REPOSITORY:TAG under the ECR host).
make_image() {
    local name=$1 dir=$work/ctx-$RANDOM
    mkdir -p "$dir"
    head -c 50000000 /dev/urandom >"$dir/blob"
    printf 'FROM scratch\nCOPY blob /blob\n' >"$dir/Dockerfile"
    "$berth" image build "$dir" --tag "$name" >/dev/null 2>&1
    rm -rf "$dir"
    images+=("$host/$name" "$BERTH_REGISTRY_ADDRESS/$name")
}

declare -a berth_push docker_push berth_pull docker_pull
for round in $(seq 1 "$rounds"); do
    b=bench-berth-$$-$round:1
    d=bench-docker-$$-$round:1
    make_image "$b"
    make_image "$d"
    docker tag "$host/$d" "$BERTH_REGISTRY_ADDRESS/$d"
    for who in $( ((round % 2)) && echo "berth docker" || echo "docker berth"); do
        if [ "$who" = berth ]; then
            t=$(now); "$berth" image push "$b" >/dev/null 2>&1; berth_push+=("$(elapsed "$t" "$(now)")")
        else
            t=$(now); docker push -q "$BERTH_REGISTRY_ADDRESS/$d" >/dev/null; docker_push+=("$(elapsed "$t" "$(now)")")
        fi
    done
    docker rmi -f "$host/$b" "$BERTH_REGISTRY_ADDRESS/$b" "$host/$d" "$BERTH_REGISTRY_ADDRESS/$d" >/dev/null
    for who in $( ((round % 2)) && echo "docker berth" || echo "berth docker"); do
        if [ "$who" = berth ]; then
            t=$(now); "$berth" image pull "$b" >/dev/null 2>&1; berth_pull+=("$(elapsed "$t" "$(now)")")
        else
            t=$(now); docker pull -q "$BERTH_REGISTRY_ADDRESS/$d" >/dev/null; docker_pull+=("$(elapsed "$t" "$(now)")")
        fi
    done
    docker rmi -f "$host/$b" "$BERTH_REGISTRY_ADDRESS/$b" "$host/$d" "$BERTH_REGISTRY_ADDRESS/$d" >/dev/null 2>&1 || true
done

bp=$(median "${berth_push[@]}"); dp=$(median "${docker_push[@]}")
bl=$(median "${berth_pull[@]}"); dl=$(median "${docker_pull[@]}")
printf 'push 50 MB: berth image push %.2f s, docker push %.2f s, ratio %.2fx (median of %d; all: berth %s, docker %s)\n' \
    "$bp" "$dp" "$(divide "$bp" "$dp")" "$rounds" "${berth_push[*]}" "${docker_push[*]}"
printf 'pull 50 MB: berth image pull %.2f s, docker pull %.2f s, ratio %.2fx (median of %d; all: berth %s, docker %s)\n' \
    "$bl" "$dl" "$(divide "$bl" "$dl")" "$rounds" "${berth_pull[*]}" "${docker_pull[*]}"

# Idle CPU: the registry's user + system ticks over 20 s.
pid=$("$berth" registry status --json | sed -n 's/.*"pid": *\([0-9]*\).*/\1/p')
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
t0=$(ticks); sleep 20; t1=$(ticks)
printf 'registry idle CPU: %.2f %% of one core over 20 s (pid %s)\n' \
    "$(divide "$(( (t1 - t0) * 100 ))" "$((hz * 20))")" "$pid"
