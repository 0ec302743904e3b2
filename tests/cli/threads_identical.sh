#!/bin/sh
# `casus code --threads 1` and `--threads 2` must write byte-identical stdout,
# the same stderr and the same exit status, on a sample we ship and on the
# Guardian corpus when /work/shared is there (skipped with a message otherwise).
# Usage: threads_identical.sh CASUS TESTS_DATA_DIR SHARED_DIR
set -u
casus=$1; data=$2; shared=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check NAME ARGS...
  name=$1; shift
  "$casus" code --threads 1 "$@" >"$tmp/one.out" 2>"$tmp/one.err"; one=$?
  "$casus" code --threads 2 "$@" >"$tmp/two.out" 2>"$tmp/two.err"; two=$?
  if [ "$one" -gt 2 ] || ! [ -s "$tmp/one.out" ]; then
    echo "FAIL $name: --threads 1 exit $one, $(wc -c <"$tmp/one.out") bytes out"; cat "$tmp/one.err"; fail=1; return
  fi
  if [ "$one" != "$two" ] || ! cmp -s "$tmp/one.out" "$tmp/two.out" || ! cmp -s "$tmp/one.err" "$tmp/two.err"; then
    echo "FAIL $name: --threads 1 and --threads 2 differ (exit $one vs $two)"
    diff "$tmp/one.out" "$tmp/two.out" | head -5; diff "$tmp/one.err" "$tmp/two.err" | head -5; fail=1; return
  fi
  echo "ok $name: $(wc -l <"$tmp/one.out") events, exit $one"
}
check sample --input-format jsonl "$data/threads_sample.jsonl"
check sample-extras --extras --input-format jsonl "$data/threads_sample.jsonl"
# The same through stdin, as a streaming filter.
"$casus" code --threads 2 --input-format jsonl <"$data/threads_sample.jsonl" >"$tmp/stdin.out" 2>/dev/null
"$casus" code --threads 1 --input-format jsonl "$data/threads_sample.jsonl" >"$tmp/file.out" 2>/dev/null
if cmp -s "$tmp/stdin.out" "$tmp/file.out"; then echo "ok stdin"; else echo "FAIL stdin: output differs from file input"; fail=1; fi
corpus="$shared/corpora/guardian-2019.jsonl"
if [ -f "$corpus" ]; then check guardian-2019 --input-format jsonl "$corpus"
else echo "skip guardian-2019: $corpus not found"; fi
exit $fail
