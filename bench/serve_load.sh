#!/bin/sh
# Load benchmark of `casus serve` on loopback with wrk (Debian's wrk): requests/s
# and 99th-percentile latency of the aggregate and event-list endpoints, and the
# server's resident memory before and after (it should stay flat).
# Usage: bench/serve_load.sh CASUS_BINARY [SECONDS_PER_ENDPOINT]
# The store is ingested from ../shared/corpora/guardian-2019.jsonl when present,
# else from tests/web/corpus.jsonl.
set -eu
casus=${1:?usage: serve_load.sh CASUS_BINARY [SECONDS_PER_ENDPOINT]}
seconds=${2:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "wrk is not installed (scripts/install-deps.sh)"; exit 1; }
corpus="$root/../shared/corpora/guardian-2019.jsonl"
[ -r "$corpus" ] || corpus="$root/tests/web/corpus.jsonl"
work=$(mktemp -d "${TMPDIR:-/tmp}/casus_serve_load.XXXXXX")
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

"$casus" ingest --db "$work/events.db" --input-format jsonl "$corpus" 2>/dev/null
"$casus" serve --db "$work/events.db" --port 0 --quiet 2>"$work/serve.err" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*serving http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.err")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.err"; exit 1; }
rss() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }

echo "corpus: $corpus ($("$casus" stats --db "$work/events.db" --json))"
echo "wrk: 2 threads, 8 connections, ${seconds}s per endpoint, loopback"
echo "RSS at start: $(rss) kB"
printf '%-48s %12s %10s %10s %10s\n' endpoint requests/s p50 p99 rss_kB
for path in "/api/aggregate?by=month" "/api/aggregate?by=week&actor=IRQ" "/api/aggregate?by=day&dyad=USA,IRN&both=1" \
            "/api/events?page_size=50" "/api/events?actor=IRQ&page=3&page_size=50" "/api/events?q=Baghdad&page_size=50"; do
  wrk -t2 -c8 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" >"$work/wrk.out" 2>&1
  rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
  [ -n "$non2xx" ] && echo "warning: $non2xx non-2xx answers for $path"
  printf '%-48s %12s %10s %10s %10s\n' "$path" "$rate" "$p50" "$p99" "$(rss)"
done
# A second pass over the same endpoints: once SQLite's page caches are warm,
# memory must not grow with the number of requests served.
warm=$(rss)
for path in "/api/aggregate?by=month" "/api/events?page_size=50"; do
  wrk -t2 -c8 -d"${seconds}s" "http://127.0.0.1:$port$path" >/dev/null 2>&1
done
echo "RSS after the first pass: $warm kB; after a second pass of aggregate and event list: $(rss) kB"
