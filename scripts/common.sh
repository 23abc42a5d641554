# Shared by run.sh and test.sh: package installation and the build.
# shellcheck shell=bash

BERTH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf 'berth: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "need root to run: $* (install sudo or run as root)"
        return 1
    fi
}

# Installs the Debian/Ubuntu packages that are not installed yet.
install_packages() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq || say "apt-get update failed; trying with the lists there are"
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

BUILD_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools
    qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev libcurl4-openssl-dev qt6-svg-dev
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core qt6-httpserver-dev qt6-websockets-dev
    libcrypt-dev qt6-tools-dev qt6-l10n-tools)
RUN_PACKAGES=(docker.io haproxy openssl docker-registry qt6-translations-l10n)
TEST_PACKAGES=(docker.io haproxy docker-registry xvfb xauth dbus dbus-x11 gnome-keyring
    python3-botocore dpkg-dev desktop-file-utils appstream libxml2-utils shared-mime-info wrk
    clang curl awscli zsh docker-compose python3-jsonschema python3-yaml openssl
    qt6-translations-l10n fonts-ipafont-gothic iproute2 util-linux)

# Berth in Japanese: a font that draws kanji in their Japanese forms (Noto Sans CJK JP, which
# the Debian package recommends). Prints nothing to install when the language is not Japanese.
japanese_font_packages() {
    local lang=${BERTH_LANG:-${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}}
    local arg
    for arg in "$@"; do
        case $arg in --lang=*) lang=${arg#--lang=} ;; esac
    done
    while [ $# -gt 1 ]; do
        [ "$1" = --lang ] && lang=$2
        shift
    done
    case $lang in ja*) echo fonts-noto-cjk ;; esac
}

# The compiler runtime libFuzzer needs is packaged per clang version.
fuzz_runtime_package() {
    local v
    v=$(clang --version 2>/dev/null | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
    [ -n "$v" ] || return 0
    if apt-cache show "libclang-rt-$v-dev" >/dev/null 2>&1; then
        echo "libclang-rt-$v-dev"
    fi
}

# configure_and_build BUILD_DIR BUILD_TYPE [cmake args...] -- [targets...]
configure_and_build() {
    local dir=$1 type=$2
    shift 2
    local cmake_args=() targets=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do cmake_args+=("$1"); shift; done
    [ "${1:-}" = "--" ] && shift
    targets=("$@")
    cmake -S "$BERTH_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${cmake_args[@]}" \
        >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log" >&2; return 1; }
    if [ ${#targets[@]} -gt 0 ]; then
        cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]}"
    else
        cmake --build "$dir" --parallel "$(nproc)"
    fi
}
