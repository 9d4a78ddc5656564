#!/usr/bin/env bash
# Sets up a Debian 12 machine for RongPei and then runs it or its tests:
#
#   installer/setup.sh run [rongpei options…]   build and start the application
#   installer/setup.sh test                     build and run the whole test suite
#   installer/setup.sh build                    only build (the stress runs and benchmarks use it)
#
# Installs the Debian packages that are missing (as root, or through sudo),
# configures once with CMake and Ninja, and rebuilds only what changed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
build="$root/build"

# Build and test dependencies. libqt6sql6-sqlite holds the SQLite driver, which nothing depends on;
# qt6-svg-dev brings libqt6svg6, whose icon engine plugin draws the bundled SVG icons;
# poppler-utils gives the report tests pdfinfo and pdftotext; libsqlite3-dev gives storage SQLite's
# online backup; sqlite3 is the shell the benchmarks compare against; libsodium-dev hashes the
# passwords (Argon2id); qt6-pdf-dev draws the first page of an attached PDF as its thumbnail.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    catch2 fonts-noto-cjk poppler-utils libsqlite3-dev sqlite3 libsodium-dev
    qt6-pdf-dev
)

usage() {
    echo "usage: $0 run [rongpei options…] | test | build" >&2
    exit 2
}

install_missing_packages() {
    local missing=() package
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "RongPei set-up: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

build_project() {
    if [ ! -f "$build/build.ninja" ]; then
        (cd "$root" && cmake --preset default)
    fi
    cmake --build "$build" --parallel
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing_packages
    build_project
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        cat >&2 <<MESSAGE
RongPei is built, but there is no display to show its window on (DISPLAY and
WAYLAND_DISPLAY are not set). Start it from a desktop session, or use the
command-line tool instead, for example:

  $build/bin/rongpei-cli --help
  $build/bin/rongpei-cli check --database FILE
  $build/bin/rongpei-cli demo --database demo.db --cadres 300
MESSAGE
        exit 1
    fi
    exec "$build/bin/rongpei" "$@"
    ;;
build)
    install_missing_packages
    build_project
    ;;
test)
    install_missing_packages
    build_project
    # Headless: the GUI tests use Qt's offscreen platform.
    export QT_QPA_PLATFORM=offscreen
    cd "$build"
    # A test that hangs (a dialog nobody answers) fails after five minutes instead of holding CI.
    ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
*)
    usage
    ;;
esac
