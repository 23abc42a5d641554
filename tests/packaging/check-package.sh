#!/usr/bin/env bash
# Builds the Debian package in a build folder and checks it: control fields, the files it
# installs, the man page and the shell completion, the desktop entry, the AppStream metainfo
# and the MIME type.
#   tests/packaging/check-package.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack wrote no .deb (see above)"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb --info "$deb")
for field in Package Version Architecture Maintainer Depends Description; do
    grep -q "^ $field:" <<<"$info" || fail "control field $field missing"
done
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libqt6keychain1 libcurl qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
grep -q docker.io <<<"$(dpkg-deb --field "$deb" Recommends)" || fail "Recommends lacks docker.io"
grep -q fonts-noto-cjk <<<"$(dpkg-deb --field "$deb" Recommends)" \
    || fail "Recommends lacks fonts-noto-cjk (kanji in Japanese forms)"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/berth \
            ./usr/share/applications/io.berth.Berth.desktop \
            ./usr/share/metainfo/io.berth.Berth.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.berth.Berth.svg \
            ./usr/share/mime/packages/io.berth.Berth.xml \
            ./usr/share/berth/samples/web-api.berth \
            ./usr/share/berth/labs/building-blocks/lab.json \
            ./usr/share/berth/labs/building-blocks/steps/front-service.ja.md \
            ./usr/share/man/man1/berth.1.gz \
            ./usr/share/bash-completion/completions/berth \
            ./usr/share/zsh/vendor-completions/_berth; do
    grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done

dpkg-deb --extract "$deb" "$work/root"
share="$work/root/usr/share"
"$work/root/usr/bin/berth" --version | grep -q "^berth " || fail "the packaged berth does not run"
"$work/root/usr/bin/berth" lab list | grep -q "^building-blocks" || fail "the packaged berth finds no labs"

# The man page lists every command, and the completion scripts are shell that parses.
man=$(zcat "$share/man/man1/berth.1.gz")
grep -q '^\.TH BERTH 1 ' <<<"$man" || fail "berth.1.gz is not the man page berth(1)"
for command in $("$work/root/usr/bin/berth" __complete help ""); do
    # roff escapes a hyphen: run\-task
    grep -qF ".SS \"berth ${command//-/\\-} " <<<"$man" || fail "the man page lacks berth $command"
done
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$share/man/man1/berth.1.gz" >/dev/null 2>"$work/man.err" \
        || fail "man cannot format berth.1.gz: $(cat "$work/man.err")"
fi
echo "man page: $(grep -c '^\.SS' <<<"$man") commands"
bash -n "$share/bash-completion/completions/berth" || fail "bash completion does not parse"
if command -v zsh >/dev/null; then
    zsh -n "$share/zsh/vendor-completions/_berth" || fail "zsh completion does not parse"
fi
echo "completion: bash and zsh scripts installed"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share/applications/io.berth.Berth.desktop" || fail "desktop entry"
    echo "desktop-file-validate: ok"
else
    echo "desktop-file-validate not installed: desktop entry not checked"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$share/metainfo/io.berth.Berth.metainfo.xml" \
        || fail "AppStream metainfo"
else
    echo "appstreamcli not installed: metainfo not checked"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$share/mime/packages/io.berth.Berth.xml" || fail "MIME type XML"
fi
if command -v update-mime-database >/dev/null; then
    cp -r "$share/mime" "$work/mime"
    update-mime-database "$work/mime" >/dev/null 2>&1
    grep -q "application/x-berth-project" "$work/mime/globs2" || fail "*.berth glob not registered"
    echo "shared-mime-info: *.berth -> application/x-berth-project"
fi
svg="$share/icons/hicolor/scalable/apps/io.berth.Berth.svg"
head -c 512 "$svg" | grep -q "<svg" || fail "the icon is not an SVG"
echo "package checks passed"
