#!/bin/sh
# Installs what casus needs, builds it, codes the example article, stores the
# examples in the default SQLite store and prints a dyad-by-month summary.
# Idempotent: a second run stores each example once.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh build
echo "casus: coding examples/article.txt"
build/casus code --date 2024-03-01 examples/article.txt
echo "casus: storing examples/*.txt in the default store (docs/store.md)"
build/casus ingest --date 2024-03-01 examples/*.txt
echo "casus: events by month and dyad (source, target: first three letters of the actor codes)"
build/casus query --by month --by-dyad
