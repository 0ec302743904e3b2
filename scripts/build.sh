#!/bin/sh
# Configures and builds casus into build/ (the tool is build/casus).
# Usage: scripts/build.sh [BUILD_DIR [extra cmake args...]]
set -eu
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
[ $# -gt 0 ] && shift
echo "casus: configuring $BUILD_DIR"
cmake -S . -B "$BUILD_DIR" -G Ninja "$@" >/dev/null
echo "casus: building $BUILD_DIR"
cmake --build "$BUILD_DIR"
