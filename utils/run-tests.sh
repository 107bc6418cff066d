#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Build kfunc-preserve against every LLVM given (default: every supported
# major installed here) and run the whole suite with each: the lit tests and
# the unit tests. Ends with one line "N passed, N failed"; exits non-zero if
# anything failed or could not be built.
#
#   utils/run-tests.sh [MAJOR...]
#   KFUNC_LIT_ARGS="--filter preserve" utils/run-tests.sh 19
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=utils/lit-counts.sh
. "$here/utils/lit-counts.sh"

versions=("$@")
if [ ${#versions[@]} -eq 0 ]; then
  for v in 14 15 16 17 18 19 20 21 22; do
    [ -f "/usr/lib/llvm-$v/lib/cmake/llvm/LLVMConfig.cmake" ] && versions+=("$v")
  done
fi
[ ${#versions[@]} -gt 0 ] || { echo "no LLVM found under /usr/lib/llvm-*; run utils/install-deps.sh"; echo "0 passed, 1 failed"; exit 1; }

lit_for() {
  local v=$1
  for c in "/usr/lib/llvm-$v/bin/lit" "/usr/lib/llvm-$v/build/utils/lit/lit.py"; do
    [ -f "$c" ] && { echo "$c"; return; }
  done
}

total_pass=0
total_fail=0
summary=()
mkdir -p "$here/build"
for v in "${versions[@]}"; do
  echo "=== LLVM $v ==="
  if ! dir=$("$here/utils/build.sh" "$v" "$here/build/llvm-$v"); then
    echo "LLVM $v: build FAILED"
    total_fail=$((total_fail + 1)); summary+=("LLVM $v: build failed"); continue
  fi
  lit=$(lit_for "$v")
  if [ -z "$lit" ]; then
    echo "LLVM $v: lit not found (install llvm-$v-tools)"
    total_fail=$((total_fail + 1)); summary+=("LLVM $v: no lit"); continue
  fi
  out="$dir/lit.out"
  # shellcheck disable=SC2086
  python3 "$lit" -sv ${KFUNC_LIT_ARGS:-} "$dir/test" 2>&1 | tee "$out" | grep -E "^(FAIL|XPASS|UNRESOLVED|TIMEOUT):|^\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*\* TEST" || true
  p=$(lit_count "$out" Passed)
  xf=$(lit_count "$out" "Expectedly Failed")
  f=$(lit_failures "$out")
  u=$(lit_count "$out" Unsupported)
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; echo "LLVM $v: lit ran no tests"; fi
  # Unit tests (GoogleTest through ctest), when built.
  if [ -f "$dir/CTestTestfile.cmake" ] && grep -q add_test -r "$dir" --include=CTestTestfile.cmake 2>/dev/null; then
    if (cd "$dir" && ctest --output-on-failure >"$dir/ctest.out" 2>&1); then :; fi
    cp_=$(grep -oE "[0-9]+ tests failed out of [0-9]+" "$dir/ctest.out" | head -1)
    ct=$(grep -oE "out of [0-9]+" "$dir/ctest.out" | grep -oE "[0-9]+" | tail -1); ct=${ct:-0}
    cf=$(echo "$cp_" | grep -oE "^[0-9]+"); cf=${cf:-0}
    p=$((p + ct - cf)); f=$((f + cf))
    [ "$cf" -eq 0 ] || grep -E "Failed|\*\*\*" "$dir/ctest.out"
  fi
  summary+=("LLVM $v: $p passed, $f failed, $((u + xf)) unsupported/xfail")
  total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
done

echo
printf '%s\n' "${summary[@]}"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
