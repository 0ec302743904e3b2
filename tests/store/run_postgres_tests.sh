#!/bin/sh
# The store's tests on PostgreSQL: starts a private cluster on loopback
# (postgres_cluster.sh), runs the same end-to-end suite as on SQLite
# (run_store_test.sh), deduplication (dedup_store_test.sh) and the store's
# unit tests against it, then stops it.
# Exits 77 (ctest: skipped) with a message when PostgreSQL is not installed.
# Usage: run_postgres_tests.sh CASUS_BINARY REPO_ROOT [UNIT_TEST_BINARY]
set -u
casus=${1:?usage: run_postgres_tests.sh CASUS_BINARY REPO_ROOT [UNIT_TEST_BINARY]}
root=${2:?usage: run_postgres_tests.sh CASUS_BINARY REPO_ROOT [UNIT_TEST_BINARY]}
unit=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
cluster=$(mktemp -d "${TMPDIR:-/tmp}/casus_pg.XXXXXX")
cleanup() {
  sh "$here/postgres_cluster.sh" stop "$cluster" 2>/dev/null
  rm -rf "$cluster"
}
trap cleanup EXIT INT TERM

uri=$(sh "$here/postgres_cluster.sh" start "$cluster" casus_cli casus_unit casus_dedup)
status=$?
if [ "$status" -eq 77 ]; then
  echo "skipping the PostgreSQL store tests: PostgreSQL is not installed (apt-get install postgresql)"
  exit 77
fi
if [ "$status" -ne 0 ]; then
  echo "FAIL: could not start a PostgreSQL cluster" >&2
  exit 1
fi

failed=0
sh "$here/run_store_test.sh" "$casus" "$root" "${uri}casus_cli" || failed=1
sh "$here/dedup_store_test.sh" "$casus" "${uri}casus_dedup" || failed=1
if [ -n "$unit" ]; then
  CASUS_TEST_POSTGRES="${uri}casus_unit" "$unit" --gtest_filter='*Store*' --gtest_brief=1 || failed=1
fi
exit $failed
