#!/bin/sh
# Runs every fuzzer ONE AFTER THE OTHER (never in parallel: the machine is shared)
# for SECONDS each (default 600, the 10 minutes issue 9 asks for) on its corpus in
# BUILD/fuzz/corpus, under `nice -n 10`, and prints, per fuzzer, libFuzzer's final
# status line (runs, cov:, ft:, corpus) and its final stats (executions, exec/s,
# peak RSS), or the crash it found. Inputs that crash land in BUILD/fuzz/found/;
# logs go to LOG_DIR (default BUILD/fuzz/found). Usage (after building with
# CASUS_BUILD_FUZZERS and generating the seeds, docs/robustness.md):
#   [LOG_DIR=DIR] fuzz/run_fuzzers.sh BUILD [SECONDS] [FUZZER...]
set -u
build=${1:?usage: run_fuzzers.sh BUILD [SECONDS] [FUZZER...]}
seconds=${2:-600}
shift; [ $# -gt 0 ] && shift
targets=${*:-"fuzz_text_reader fuzz_lines_reader fuzz_jsonl_reader fuzz_html_reader fuzz_pipeline fuzz_entry_line fuzz_dictionary fuzz_eval_events fuzz_serve_params"}
logs=${LOG_DIR:-$build/fuzz/found}
mkdir -p "$build/fuzz/found" "$logs"
status=0
for target in $targets; do
  mkdir -p "$build/fuzz/corpus/$target"
  log="$logs/$target.log"
  nice -n 10 "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz/found/$target-" "$build/fuzz/corpus/$target" >"$log" 2>&1
  rc=$?
  if [ $rc -eq 0 ]; then
    echo "$target: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"
    echo "$target: $(grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb' "$log" | tr -s ' ' | tr '\n' ' ')"
  else
    status=1
    echo "$target: FOUND A PROBLEM (exit $rc); see $log"
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$log" | head -n 5
  fi
done
exit $status
