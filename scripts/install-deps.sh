#!/usr/bin/env bash
# Installs what Back Office needs to build, run and test on Debian 12 (run as root or with sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends \
    cmake ninja-build g++ ccache pkg-config \
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools \
    qt6-translations-l10n \
    qtkeychain-qt6-dev libssl-dev libphonenumber-dev libcurl4-openssl-dev libsqlite3-dev libgl-dev \
    dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth oathtool ca-certificates openssl python3-aiosmtpd \
    sqlite3 postgresql postgresql-contrib \
    dpkg-dev desktop-file-utils appstream man-db
