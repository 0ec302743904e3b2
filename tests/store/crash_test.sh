#!/bin/sh
# Crash safety of `casus ingest` (SQLite): ingest the shared corpora, kill the
# process with SIGKILL midway, ingest again; the store must then hold every
# document exactly once and exactly the events `casus code` writes for them
# (so no event twice). Skips when ../shared/corpora is absent.
# Usage: crash_test.sh CASUS_BINARY [REPO_ROOT]
set -u
casus=${1:?usage: crash_test.sh CASUS_BINARY [REPO_ROOT]}
root=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
corpora="$root/../shared/corpora"
corpus_files=""
for name in guardian-2019.jsonl insightcrime.jsonl; do
  [ -r "$corpora/$name" ] && corpus_files="$corpus_files $corpora/$name"
done
if [ -z "$corpus_files" ]; then
  echo "skipping the crash test: no corpus in $corpora"
  exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/casus_crash_test.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
db="$work/crash.db"
passed=0
failed=0
check() {
  name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $name" >&2
  fi
}

# shellcheck disable=SC2086 # the corpus list is split on purpose
documents=$(/usr/bin/python3 -c '
import json, sys
ids = set()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            ids.add(json.loads(line)["id"])
print(len(ids))' $corpus_files)

# Kill once some batches are committed: progress lines say how far it got.
# shellcheck disable=SC2086
"$casus" ingest --db "$db" --input-format jsonl --batch-size 10 --progress-every 20 $corpus_files 2>"$work/first.err" &
ingest_pid=$!
waited=0
while ! grep -q "ingested [1-9][0-9]* documents" "$work/first.err" 2>/dev/null && [ "$waited" -lt 600 ]; do
  sleep 0.1
  waited=$((waited + 1))
done
kill -9 "$ingest_pid" 2>/dev/null
wait "$ingest_pid" 2>/dev/null
"$casus" stats --db "$db" --json >"$work/killed.json" 2>/dev/null
stored=$(sed 's/.*"documents":\([0-9]*\).*/\1/' "$work/killed.json")
check "the kill came midway (some but not all documents stored: ${stored:-none} of $documents)" \
  test "${stored:-0}" -gt 0 -a "${stored:-0}" -lt "$documents"

# shellcheck disable=SC2086
"$casus" ingest --db "$db" --input-format jsonl $corpus_files 2>"$work/second.err"
check "ingest after SIGKILL exits 0" test $? -eq 0
"$casus" stats --db "$db" --json >"$work/stats.json"
check "after SIGKILL and re-ingest: every document once ($documents)" grep -q "^{\"documents\":$documents," "$work/stats.json"
# shellcheck disable=SC2086
"$casus" code --input-format jsonl $corpus_files >"$work/code.jsonl" 2>/dev/null
"$casus" export --db "$db" >"$work/export.jsonl"
# Documents re-ingested after the kill come later in the store's order: compare as sets of
# lines, without deduplication's fields (their links follow that order; docs/store.md).
sort "$work/code.jsonl" >"$work/code.sorted"
sed 's/,"id":"[^"]*","duplicate_of":\(null\|"[^"]*"\),"reports":[0-9]*}$/}/' "$work/export.jsonl" | sort >"$work/export.sorted"
check "after SIGKILL and re-ingest: the events equal casus code's, none twice" cmp -s "$work/code.sorted" "$work/export.sorted"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
