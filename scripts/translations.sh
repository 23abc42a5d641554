#!/usr/bin/env bash
# Refreshes the translations from the sources and lists what is left to translate.
#   scripts/translations.sh            lupdate every layer's sources into berth_*.ts, then list
#                                      the unfinished messages (context<TAB>English); exit 1
#                                      while there are any
#   scripts/translations.sh fill F.json...   set translations from JSON files (as 'todo' writes
#                                      them, with "translation" filled in), then refresh
#   scripts/translations.sh todo F.json      write the unfinished messages to F.json
# Uses (and configures, if needed) the build folder $BERTH_BUILD_DIR, default build/translations.
set -euo pipefail
. "$(dirname "$0")/common.sh"

install_packages qt6-tools-dev qt6-l10n-tools cmake ninja-build
build=${BERTH_BUILD_DIR:-$BERTH_ROOT/build/translations}
ts_files=("$BERTH_ROOT"/resources/translations/berth_*.ts)

refresh() {
    if [ ! -f "$build/build.ninja" ]; then
        mkdir -p "$build"
        cmake -S "$BERTH_ROOT" -B "$build" -G Ninja -DBERTH_BUILD_TESTS=OFF \
            >"$build.configure.log" 2>&1 || { cat "$build.configure.log" >&2; return 1; }
    fi
    # Only lupdate runs: nothing is compiled.
    cmake --build "$build" --target update_translations | grep -E 'Found|Removed' >&2 || true
}

case ${1:-} in
    fill)
        shift
        for ts in "${ts_files[@]}"; do python3 "$BERTH_ROOT/scripts/translations.py" fill "$ts" "$@"; done
        refresh
        ;;
    todo)
        python3 "$BERTH_ROOT/scripts/translations.py" todo "${ts_files[0]}" "${2:?todo needs a file}"
        ;;
    "")
        refresh
        status=0
        for ts in "${ts_files[@]}"; do
            python3 "$BERTH_ROOT/scripts/translations.py" todo "$ts" || status=1
        done
        exit $status
        ;;
    *)
        sed -n '2,9p' "$0" >&2
        exit 2
        ;;
esac
