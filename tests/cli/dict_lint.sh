#!/bin/sh
# casus dict lint: malformed entries, and actor/agent names listed twice with
# overlapping dates (duplicates and conflicts) within and across files of our
# format, PETRARCH and TABARI (docs/dictionaries.md, "Checking dictionaries").
# Usage: dict_lint.sh CASUS TESTS_DATA_DIR          the files of tests/data/dict_lint
#        dict_lint.sh CASUS --shipped REPO BUILD    our shipped actor and agent files lint clean
set -u
casus=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ "$2" = "--shipped" ]; then
  repo=$3; build=$4
  set -- "$repo"/data/dict/actors/*.txt "$repo/data/dict/agents.txt"
  [ -f "$build/data/countries.txt" ] && set -- "$build/data/countries.txt" "$@"
  "$casus" dict lint "$@" >"$tmp/out" 2>"$tmp/err"; status=$?
  if [ "$status" != 0 ] || grep -q ": error: \|: warning: duplicate \|: warning: conflicting " "$tmp/out"; then
    echo "FAIL shipped dictionaries: exit $status"; cat "$tmp/out"; exit 1
  fi
  echo "ok shipped dictionaries: $(tail -1 "$tmp/out") ($# files)"
  exit 0
fi
cd "$2/dict_lint" || exit 1
fail=0
"$casus" dict lint actors/leaders.txt actors/more.txt agents.txt petrarch/Test.actors.txt tabari/Test.actors \
  >"$tmp/out" 2>"$tmp/err"; status=$?
if [ "$status" != 0 ]; then echo "FAIL names: exit $status, expected 0 (warnings only)"; cat "$tmp/err"; fail=1; fi
if ! diff expected.txt "$tmp/out"; then echo "FAIL names: output differs from expected.txt (< expected, > got)"; fail=1
else echo "ok names: $(tail -1 "$tmp/out")"; fi
# A malformed entry is an error, exit status 1, and the rest of the file is still checked.
"$casus" dict lint actors/malformed.txt >"$tmp/out" 2>"$tmp/err"; status=$?
if [ "$status" = 1 ] && grep -q "^actors/malformed.txt:2: error: invalid date '2009-13-01'" "$tmp/out" &&
   grep -q "^actors/malformed.txt:5: warning: duplicate actor 'america' USA" "$tmp/out" &&
   grep -qx "2 error(s), 1 warning(s)" "$tmp/out"; then echo "ok malformed: exit 1"
else echo "FAIL malformed: exit $status"; cat "$tmp/out"; fail=1; fi
exit $fail
