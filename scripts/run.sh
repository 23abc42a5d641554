#!/usr/bin/env bash
# Installs what Berth needs, builds it (Release) and opens the sample project.
#   scripts/run.sh [PROJECT.berth]
set -euo pipefail
. "$(dirname "$0")/common.sh"

install_packages "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
mkdir -p "$BERTH_ROOT/build"
configure_and_build "$BERTH_ROOT/build/release" Release -DBERTH_BUILD_TESTS=OFF -- berth

project=${1:-$BERTH_ROOT/resources/samples/web-api.berth}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
    && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    say "there is no display: run Berth from a desktop session, or try"
    say "  xvfb-run -a $BERTH_ROOT/build/release/bin/berth $project"
    exit 1
fi
exec "$BERTH_ROOT/build/release/bin/berth" "$project"
