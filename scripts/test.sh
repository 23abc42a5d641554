#!/usr/bin/env bash
# Installs what the tests need, builds Berth and runs the whole suite with ctest.
# GUI tests run under a virtual display, keychain tests inside a D-Bus session with an
# unlocked gnome-keyring. A Docker daemon is started when none answers and this runs as
# root; it is stopped again at the end. Prints ctest's summary; non-zero on any failure.
#   scripts/test.sh [ctest arguments...]     e.g. scripts/test.sh -L model
set -euo pipefail
. "$(dirname "$0")/common.sh"

install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
fuzz_pkg=$(fuzz_runtime_package)
[ -n "$fuzz_pkg" ] && install_packages "$fuzz_pkg"

build=${BERTH_BUILD_DIR:-$BERTH_ROOT/build/test}
mkdir -p "$build"

# libFuzzer targets: the model built with clang and coverage instrumentation.
fuzz_args=()
if command -v clang++ >/dev/null 2>&1; then
    say "building the fuzz targets (clang)"
    CC=clang CXX=clang++ configure_and_build "$build-fuzz" Debug -DBERTH_FUZZ_ONLY=ON -- \
        fuzz_importer fuzz_query fuzz_apirequest
    fuzz_args=(-DBERTH_FUZZ_BINARY_DIR="$build-fuzz/tests/fuzz")
fi

say "building Berth and its tests"
configure_and_build "$build" Debug "${fuzz_args[@]}"

# A Docker daemon for the integration tests.
started_dockerd=
docker_ping() {
    curl -sf --max-time 2 --unix-socket /var/run/docker.sock http://localhost/_ping \
        >/dev/null 2>&1
}
stop_dockerd() {
    if [ -n "$started_dockerd" ]; then
        say "stopping the Docker daemon this script started"
        kill "$started_dockerd" 2>/dev/null || true
        wait "$started_dockerd" 2>/dev/null || true
    fi
}
trap stop_dockerd EXIT
if [ -z "${DOCKER_HOST:-}" ] && ! docker_ping && pgrep -x dockerd >/dev/null; then
    # A daemon is there but busy: wait for it rather than start a second one.
    for _ in $(seq 1 30); do docker_ping && break; sleep 1; done
fi
if [ -z "${DOCKER_HOST:-}" ] && ! docker_ping; then
    if [ "$(id -u)" = 0 ] && command -v dockerd >/dev/null 2>&1; then
        say "starting a Docker daemon (log: $build/dockerd.log)"
        dockerd >"$build/dockerd.log" 2>&1 &
        started_dockerd=$!
        for _ in $(seq 1 60); do docker_ping && break; sleep 0.5; done
        docker_ping || say "the Docker daemon did not answer; see $build/dockerd.log"
    else
        say "no Docker daemon answers and this script cannot start one (not root):"
        say "integration tests will skip outside CI and fail under CI"
    fi
fi

say "running the tests"
cd "$build"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# One D-Bus session with an unlocked keyring and one virtual display for the whole suite.
# The keyring lives in a folder of its own, so the tests never touch the user's keyrings
# and always find a keyring this password unlocks.
keyring_home="$build/test-keyring"
rm -rf "$keyring_home"
mkdir -p "$keyring_home"
export XDG_DATA_HOME="$keyring_home"
set +e
dbus-run-session -- bash -c '
    echo -n berth-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure "$@"
' ctest "$@"
status=$?
set -e
exit $status
