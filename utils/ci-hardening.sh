#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The hardening part of CI, for .ci/run:
#   1. build the plugin, kfunc-scan and the unit tests with ASan + UBSan and
#      run the unit tests (utils/sanitize-check.sh);
#   2. run the whole lit suite once with that sanitized plugin loaded into
#      the stock opt/clang/ld.lld, GCC's libasan preloaded (same script);
#   3. run each libFuzzer target for FUZZ_SECONDS (default 60, both at once)
#      from the seed corpus (utils/fuzz.sh);
#   4. run the benchmark at a tiny N so that it cannot rot (utils/bench.py;
#      numbers not checked).
# Ends with "N passed, N failed"; exits non-zero if anything failed.
#
#   utils/ci-hardening.sh                 # LLVM 19, 60 s per fuzzer
#   LLVM=22 FUZZ_SECONDS=30 CI_BUILD_ROOT=/tmp/ci utils/ci-hardening.sh
#
# About 5-6 minutes on 2 cores from scratch (builds ~3 min, fuzzing 1 min,
# sanitized lit suite 1-2 min); rebuilding into existing directories is
# faster.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
llvm=${LLVM:-19}
root=${CI_BUILD_ROOT:-/tmp/kfunc-ci-hardening}
fuzz_secs=${FUZZ_SECONDS:-60}
mkdir -p "$root"

pass=0
fail=0
add() { # add <log>: add the "N passed, N failed" line at the end of a log
  local line p f
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed$" "$1" | tail -1)
  p=$(echo "$line" | awk '{print $1}'); f=$(echo "$line" | awk '{print $3}')
  if [ -z "$line" ]; then p=0; f=1; fi
  pass=$((pass + p)); fail=$((fail + f))
}
step() { echo; echo "=== $* ($(date +%H:%M:%S))"; }

# Fuzzers in the background while the sanitized build and lit run: they use
# their own build directory, and their time budget overlaps the rest.
step "fuzzers (${fuzz_secs}s each)"
"$here/utils/fuzz.sh" -t "$fuzz_secs" -l "$llvm" -b "$root/fuzz" >"$root/fuzz.txt" 2>&1 &
fuzz_pid=$!

step "ASan+UBSan build, unit tests, lit suite with the sanitized plugin"
"$here/utils/sanitize-check.sh" -l "$llvm" -b "$root/sanitize" 2>&1 | tee "$root/sanitize.txt"
add "$root/sanitize.txt"

wait "$fuzz_pid"
cat "$root/fuzz.txt"
add "$root/fuzz.txt"

step "benchmark at a tiny N (sanitized plugin)"
if LD_PRELOAD=$(g++ -print-file-name=libasan.so) ASAN_OPTIONS=detect_leaks=0 \
   UBSAN_OPTIONS=halt_on_error=1 \
   python3 "$here/utils/bench.py" --llvm "$llvm" --plugin "$root/sanitize/pass/KfuncPreserve.so" \
     -n 1000,2000 --runs 1 --work "$root/bench" \
     $( [ -x "$root/sanitize/utils/kfunc-scan/kfunc-scan" ] && echo --scan "$root/sanitize/utils/kfunc-scan/kfunc-scan" --scan-files 5 ) \
     >"$root/bench.txt" 2>&1; then
  cat "$root/bench.txt"; echo "PASS: benchmark (tiny)"; pass=$((pass + 1))
else
  tail -20 "$root/bench.txt"; echo "FAIL: benchmark (tiny)"; fail=$((fail + 1))
fi

echo
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
