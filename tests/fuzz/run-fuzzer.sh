#!/bin/sh
# A short libFuzzer run: FUZZER SEED_CORPUS WORK_DIR. New inputs go to WORK_DIR, never into
# the seed corpus in the repository. Fails when the fuzzer finds a crash, a leak or a hang.
set -eu
fuzzer=$1 seeds=$2 work=$3
[ -x "$fuzzer" ] || { echo "the fuzz target $fuzzer was not built"; exit 1; }
mkdir -p "$work/corpus" "$work/artifacts"
exec "$fuzzer" -max_total_time="${BERTH_FUZZ_SECONDS:-20}" -timeout=5 -rss_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work/corpus" "$seeds"
