#!/bin/sh
# Installs what casus needs, builds it twice (optimised, and with
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test on both.
set -eu
cd "$(dirname "$0")/.."
start=$(date +%s)
took() { echo "casus: $1 done, $(($(date +%s) - start)) s since the start"; }
./scripts/install-deps.sh
took "install"
./scripts/build.sh build
took "optimised build"
./scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DCASUS_SANITIZE=ON -DCASUS_BUILD_BENCH=OFF
took "sanitizer build"
# Tests are independent (temporary folders, port 0), so they share the cores.
jobs=$(nproc 2>/dev/null || echo 2)
status=0
echo "casus: running tests (optimised build)"
ctest --test-dir build --output-on-failure -j"$jobs" || status=1
took "optimised tests"
echo "casus: running tests (ASan/UBSan build)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" || status=1
took "sanitizer tests"
exit $status
