#!/bin/sh
# Replays a fuzzer's seed corpus (when generated) and every committed crasher
# under fuzz/regressions/NAME/: a regression test, seconds long, no fuzzing.
#   replay.sh FUZZER_BINARY NAME FUZZ_SOURCE_DIR CORPUS_DIR
set -eu
binary=$1 name=$2 source=$3 corpus=$4
dirs=""
[ -d "$source/regressions/$name" ] && dirs="$source/regressions/$name"
[ -d "$corpus/$name" ] && dirs="$dirs $corpus/$name"
if [ -z "$dirs" ]; then
  echo "no seeds for $name (build the fuzz_corpora target) and no regressions: nothing to replay"
  exit 0
fi
# Files (not folders) as arguments: libFuzzer runs each once and does not fuzz
# or write to the corpus. Any crash, leak, UB or timeout fails the test.
log=$(mktemp "${TMPDIR:-/tmp}/casus_replay.XXXXXX")
trap 'rm -f "$log"' EXIT
# shellcheck disable=SC2086
if find $dirs -type f -print0 | xargs -0 "$binary" -rss_limit_mb=2048 -timeout=20 >"$log" 2>&1; then
  echo "$name: replayed $(find $dirs -type f | wc -l) inputs"
else
  tail -n 40 "$log"
  echo "$name: FAILED on a replayed input (above)"
  exit 1
fi
