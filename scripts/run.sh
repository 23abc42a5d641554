#!/usr/bin/env bash
# Installs what Berth needs, builds it (Release) and opens the sample project.
#   scripts/run.sh [--lang en|ja] [PROJECT.berth]
# With Japanese (--lang ja, BERTH_LANG=ja or a ja_JP locale) a Japanese font is installed too.
set -euo pipefail
. "$(dirname "$0")/common.sh"

lang_args=()
project=
while [ $# -gt 0 ]; do
    case $1 in
        --lang) lang_args=(--lang "${2:?--lang needs en or ja}"); shift 2 ;;
        --lang=*) lang_args=("$1"); shift ;;
        *) project=$1; shift ;;
    esac
done

# shellcheck disable=SC2207
font=($(japanese_font_packages "${lang_args[@]}"))
install_packages "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${font[@]}"
mkdir -p "$BERTH_ROOT/build"
configure_and_build "$BERTH_ROOT/build/release" Release -DBERTH_BUILD_TESTS=OFF -- berth

project=${project:-$BERTH_ROOT/resources/samples/web-api.berth}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
    && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    say "there is no display: run Berth from a desktop session, or try"
    say "  xvfb-run -a $BERTH_ROOT/build/release/bin/berth ${lang_args[*]} $project"
    exit 1
fi
exec "$BERTH_ROOT/build/release/bin/berth" "${lang_args[@]}" "$project"
