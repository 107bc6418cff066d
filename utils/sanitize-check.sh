#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Build kfunc-preserve with AddressSanitizer + UBSan (-DKFUNC_SANITIZE=ON, GCC)
# and run, under the sanitizers:
#   1. the GoogleTest unit tests (test/unit);
#   2. the whole lit suite, with the sanitized plugin loaded into the stock
#      Debian opt / clang / ld.lld.
#
#   utils/sanitize-check.sh [-l LLVM_MAJOR] [-b BUILD_DIR]
#
# How the sanitized plugin runs inside an unsanitized opt: the plugin is
# built with g++ -fsanitize=address,undefined, so it links GCC's shared
# runtimes (libasan.so.8, libubsan.so.1). ASan's runtime must be the first
# library in the process, so it is preloaded:
#   LD_PRELOAD=$(g++ -print-file-name=libasan.so)
# (lit.cfg.py passes LD_PRELOAD, ASAN_OPTIONS and UBSAN_OPTIONS through to
# every RUN line). detect_leaks=0 because opt, clang and lld deliberately
# never free their modules and contexts at exit; the unit tests run with
# leak detection on. Every UBSan report aborts (-fno-sanitize-recover=all,
# halt_on_error=1), so a finding fails the test that triggered it.
# (clang-19's runtime, with -shared-libasan, would work the same way:
# LD_PRELOAD=$(clang-19 -print-file-name=libclang_rt.asan-x86_64.so).)
#
# Ends with "N passed, N failed" (unit tests + lit tests); non-zero exit on
# any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=utils/lit-counts.sh
. "$here/utils/lit-counts.sh"
major=19
build=
while getopts "l:b:h" o; do
  case $o in
    l) major=$OPTARG ;;
    b) build=$OPTARG ;;
    *) sed -n '2,27p' "$0"; exit 2 ;;
  esac
done
build=${build:-/tmp/kfunc-sanitize-$major}
asan_rt=$(g++ -print-file-name=libasan.so)
if [ ! -e "$asan_rt" ]; then
  echo "GCC's libasan.so not found (apt-get install libasan8 / g++)"
  echo "0 passed, 1 failed"; exit 1
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DLLVM_DIR="/usr/lib/llvm-$major/lib/cmake/llvm" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKFUNC_SANITIZE=ON -DKFUNC_UNIT_TESTS=ON \
    >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; echo "0 passed, 1 failed"; exit 1; }
fi
if ! ninja -C "$build" -j2 >"$build.build.log" 2>&1; then
  tail -40 "$build.build.log"; echo "0 passed, 1 failed"; exit 1
fi

pass=0
fail=0

# 1. Unit tests, leak detection on.
ut="$build/test/unit/kfunc-unittests"
if [ -x "$ut" ]; then
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$ut" --gtest_brief=1 >"$build/unittests.out" 2>&1
  rc=$?
  p=$(grep -oE "\[  PASSED  \] [0-9]+ test" "$build/unittests.out" | grep -oE "[0-9]+"); p=${p:-0}
  f=$(grep -oE "^ ?[0-9]+ FAILED TESTS?" "$build/unittests.out" | grep -oE "[0-9]+"); f=${f:-0}
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi # a sanitizer abort
  [ "$f" -eq 0 ] || { echo "unit tests under ASan+UBSan FAILED:"; grep -E "FAILED|ERROR|runtime error|SUMMARY" "$build/unittests.out" | head -20; }
  echo "unit tests (ASan+UBSan): $p passed, $f failed"
  pass=$((pass + p)); fail=$((fail + f))
else
  echo "unit tests not built (GoogleTest missing?)"; fail=$((fail + 1))
fi

# 2. The lit suite with the sanitized plugin in the stock tools.
lit=/usr/lib/llvm-$major/bin/lit
[ -f "$lit" ] || lit=/usr/lib/llvm-$major/build/utils/lit/lit.py
out="$build/lit.out"
# Left out, as they load no plugin: test/install runs cpack, which deadlocks
# (futex wait, forever) with ASan's runtime preloaded into it; test/boot
# boots a kernel built earlier, and its scripts' mawk, with the runtime
# preloaded, is stopped by ASan for a memcmp that reaches past its buffer.
# strict_memcmp=0: ASan then judges memcmp by the bytes it compared, not by
# the length it was given, so the system tools that RUN lines start (awk,
# sed, grep) are not stopped for how their libc calls read.
LIT_FILTER_OUT=${LIT_FILTER_OUT:-'install/|boot/'} \
LD_PRELOAD="$asan_rt" \
ASAN_OPTIONS=detect_leaks=0:abort_on_error=0:detect_odr_violation=0:strict_memcmp=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  python3 "$lit" -sv ${KFUNC_LIT_ARGS:-} "$build/test" >"$out" 2>&1
p=$(lit_count "$out" Passed)
f=$(lit_failures "$out")
[ "$p" -gt 0 ] || f=$((f + 1))
if [ "$f" -ne 0 ]; then
  echo "lit under ASan+UBSan: failures:"
  grep -E "^(FAIL|UNRESOLVED|XPASS|TIMEOUT):" "$out" | head -30
  grep -E "ERROR: AddressSanitizer|runtime error:" "$out" | sort | uniq -c | head -10
fi
grep -E "ERROR: AddressSanitizer|runtime error:" "$out" >/dev/null &&
  echo "note: sanitizer reports in $out"
echo "lit (sanitized plugin in stock opt, LLVM $major): $p passed, $f failed"
pass=$((pass + p)); fail=$((fail + f))

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
