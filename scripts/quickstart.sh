#!/bin/sh
# Installs what casus needs, builds it, and codes the example article.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh build
echo "casus: coding examples/article.txt"
build/casus code --date 2024-03-01 examples/article.txt
