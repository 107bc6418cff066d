#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Build and run the libFuzzer targets (test/fuzz) for a bounded time each.
#
#   utils/fuzz.sh [-t SECONDS] [-b BUILD_DIR] [-l LLVM_MAJOR] [TARGET...]
#
#   -t  seconds per fuzzer (default 60; CI uses 60, a longer local run e.g. 600)
#   -b  build directory (default /tmp/kfunc-fuzz-build-<major>); configured
#       with clang++-<major> and -DKFUNC_FUZZ=ON if it does not exist
#   -l  LLVM/clang major to build with (default 19; needs libclang-rt-<major>-dev)
#   TARGET: btf-ids, kfunc-list (default both; they run in parallel)
#
# Each fuzzer starts from the seeds in test/fuzz/corpus/<target> (never
# modified) and keeps what it learns in BUILD_DIR/corpus-<target>; crashes
# go to BUILD_DIR/artifacts-<target>/ and make the script fail. Turn every
# crash into a regression test (test/unit or test/hardening) before fixing.
# Ends with "N passed, N failed".
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
secs=60
major=19
build=
while getopts "t:b:l:h" o; do
  case $o in
    t) secs=$OPTARG ;;
    b) build=$OPTARG ;;
    l) major=$OPTARG ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(btf-ids kfunc-list)
build=${build:-/tmp/kfunc-fuzz-build-$major}

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja \
    -DLLVM_DIR="/usr/lib/llvm-$major/lib/cmake/llvm" \
    -DCMAKE_C_COMPILER="clang-$major" -DCMAKE_CXX_COMPILER="clang++-$major" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKFUNC_FUZZ=ON -DKFUNC_UNIT_TESTS=OFF \
    >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; echo "0 passed, 1 failed"; exit 1; }
fi
ninja -C "$build" -j2 "${targets[@]/#/fuzz-}" >"$build.build.log" 2>&1 ||
  { tail -30 "$build.build.log"; echo "0 passed, 1 failed"; exit 1; }

pids=()
for t in "${targets[@]}"; do
  mkdir -p "$build/corpus-$t" "$build/artifacts-$t"
  # Bounded input size: the parsers are linear, big inputs only slow the
  # search; test/unit covers the 1 MB line.
  "$build/test/fuzz/fuzz-$t" -max_total_time="$secs" -max_len=8192 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$build/artifacts-$t/" \
    "$build/corpus-$t" "$here/test/fuzz/corpus/$t" >"$build/fuzz-$t.log" 2>&1 &
  pids+=($!)
done
pass=0
fail=0
for i in "${!targets[@]}"; do
  t=${targets[$i]}
  if wait "${pids[$i]}"; then
    runs=$(grep -oE "stat::number_of_executed_units: *[0-9]+" "$build/fuzz-$t.log" | grep -oE "[0-9]+$")
    echo "PASS: fuzz-$t (${secs}s, ${runs:-?} inputs, corpus $(ls "$build/corpus-$t" | wc -l) files)"
    pass=$((pass + 1))
  else
    echo "FAIL: fuzz-$t -- see $build/fuzz-$t.log; reproducer in $build/artifacts-$t/"
    grep -E "ERROR|invariant|SUMMARY|Test unit written" "$build/fuzz-$t.log" | head -10
    fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
