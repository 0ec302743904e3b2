#!/bin/sh
# Installs what casus needs, builds it twice (optimised, and with
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs every test on both.
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh build
./scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DCASUS_SANITIZE=ON -DCASUS_BUILD_BENCH=OFF
status=0
echo "casus: running tests (optimised build)"
ctest --test-dir build --output-on-failure || status=1
echo "casus: running tests (ASan/UBSan build)"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure || status=1
exit $status
