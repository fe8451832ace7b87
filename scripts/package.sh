#!/usr/bin/env bash
# Builds the Debian package from a configured build folder (default: build) and checks what it installs:
# the desktop entry and the AppStream metainfo validate, the icon and man pages are there, and the package
# depends on what the application loads at run time. Used by scripts/test.sh (CI) and by hand (README).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-${1:-build}}
cmake --build "$BUILD_DIR" -j"$(nproc)" --target backoffice backoffice-cli backoffice_man_pages backoffice_changelog
rm -f "$BUILD_DIR"/backoffice_*.deb
(cd "$BUILD_DIR" && cpack -G DEB >cpack.log 2>&1) || { cat "$BUILD_DIR/cpack.log" >&2; exit 1; }
deb=$(ls "$BUILD_DIR"/backoffice_*.deb)
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
dpkg-deb -x "$deb" "$staging"
fail() { echo "package.sh: $*" >&2; exit 1; }
for file in usr/bin/backoffice usr/bin/backoffice-cli \
            usr/share/applications/io.backoffice.BackOffice.desktop \
            usr/share/metainfo/io.backoffice.BackOffice.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/backoffice.svg \
            usr/share/icons/hicolor/48x48/apps/backoffice.png \
            usr/share/man/man1/backoffice.1.gz usr/share/man/man1/backoffice-cli.1.gz \
            usr/lib/backoffice/libbackoffice_keychain.so usr/lib/backoffice/libbackoffice_network.so \
            usr/lib/backoffice/libbackoffice_phonenumbers.so; do
    [ -e "$staging/$file" ] || fail "$file is missing from $deb"
done
desktop-file-validate "$staging/usr/share/applications/io.backoffice.BackOffice.desktop"
appstreamcli validate --no-net --explain "$staging/usr/share/metainfo/io.backoffice.BackOffice.metainfo.xml" >/dev/null
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6keychain1 \
              libphonenumber8 libssl3 libcurl4; do
    grep -q "\b$needed\b" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
man -l "$staging/usr/share/man/man1/backoffice-cli.1.gz" >/dev/null 2>&1 || fail "backoffice-cli.1 does not render"
echo "package.sh: $deb is complete ($(du -h "$deb" | cut -f1))"
