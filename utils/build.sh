#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Configure and build kfunc-preserve against one LLVM major.
#   utils/build.sh MAJOR [BUILD_DIR] [extra cmake args...]
# Prints the build directory on stdout; progress (one line per stage, then
# ninja's [n/total] lines) goes to stderr, the full logs to BUILD_DIR.*.log.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
v=${1:?usage: utils/build.sh MAJOR [BUILD_DIR]}
dir=${2:-$here/build/llvm-$v}
shift $(( $# >= 2 ? 2 : 1 ))
mkdir -p "$(dirname "$dir")"
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
echo "kfunc-preserve: configuring against LLVM $v in $dir (log: $dir.configure.log)" >&2
cmake -S "$here" -B "$dir" "${gen[@]}" -DLLVM_DIR="/usr/lib/llvm-$v/lib/cmake/llvm" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 || {
  cat "$dir.configure.log" >&2; exit 1; }
echo "kfunc-preserve: building with $(nproc) jobs (log: $dir.build.log)" >&2
# Ninja prints "[n/total] ..." per step: show each with its target,
# so that a multi-minute build shows it is moving.
cmake --build "$dir" -j"$(nproc)" 2>&1 | tee "$dir.build.log" |
  while read -r step rest; do
    case $step in \[*/*\]) echo "kfunc-preserve:   $step ${rest##* }" >&2 ;; esac
  done
if [ "${PIPESTATUS[0]}" -ne 0 ]; then tail -50 "$dir.build.log" >&2; exit 1; fi
echo "kfunc-preserve: built $dir" >&2
echo "$dir"
