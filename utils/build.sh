#!/usr/bin/env bash
# Configure and build kfunc-preserve against one LLVM major.
#   utils/build.sh MAJOR [BUILD_DIR] [extra cmake args...]
# Prints the build directory on stdout.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
v=${1:?usage: utils/build.sh MAJOR [BUILD_DIR]}
dir=${2:-$here/build/llvm-$v}
shift $(( $# >= 2 ? 2 : 1 ))
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
cmake -S "$here" -B "$dir" "${gen[@]}" -DLLVM_DIR="/usr/lib/llvm-$v/lib/cmake/llvm" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >"$dir.configure.log" 2>&1 || {
  mkdir -p "$dir"; cat "$dir.configure.log" >&2; exit 1; }
cmake --build "$dir" -j"$(nproc)" >"$dir.build.log" 2>&1 || { tail -50 "$dir.build.log" >&2; exit 1; }
echo "$dir"
