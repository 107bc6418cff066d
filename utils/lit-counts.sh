# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# shellcheck shell=bash
# Counting a lit run from its output (lit -s prints "  Passed : N" and the
# like), for the scripts that run the suite (utils/run-tests.sh,
# utils/sanitize-check.sh). Sourced, not run.

# lit_count OUT KIND: the number lit printed for KIND ("Passed",
# "Unsupported", ...) in the file OUT; 0 when it printed none.
lit_count() {
  local n
  n=$(grep -E "^ *$2 *:" "$1" | grep -oE "[0-9]+" | head -1)
  echo "${n:-0}"
}

# lit_failures OUT: the tests of OUT that count as failed: failed,
# unresolved, unexpectedly passed or timed out.
lit_failures() {
  local k f=0
  for k in "Failed" "Unresolved" "Unexpectedly Passed" "Timed Out"; do
    f=$((f + $(lit_count "$1" "$k")))
  done
  echo "$f"
}
