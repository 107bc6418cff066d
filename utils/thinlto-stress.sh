#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Stress the plugin in ld.lld's parallel ThinLTO backends, as the kernel
# recipe's link-time half does for vmlinux.o: generate MODULES small
# kernel-style modules (utils/gen-thinlto-modules.py), compile them with the
# plugin, then link them RUNS times with `ld.lld -r --thinlto-jobs=JOBS
# --load-pass-plugin` and KFUNC_PRESERVE_OPTIONS=-kfunc-report=DIR/. Each run
# must exit 0, write one valid report per module
# (utils/kfunc-report-validate.py) and find the same as the first run.
# test/e2e/thinlto-many-modules.test is the small version in the suite.
#
#   utils/thinlto-stress.sh [--llvm 19] [--modules 400] [--runs 10] [--jobs 8]
#                           [--plugin PATH] [--work DIR]
#
# For a whole kernel, run the kernel's own vmlinux.o link the same way (the
# ld.lld command kbuild prints with V=1) and compare the report directories
# with test/Inputs/e2e/report-findings.py.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
llvm=19 modules=400 runs=10 jobs=8 plugin= work=
while [ $# -gt 0 ]; do
  case $1 in
    --llvm) llvm=$2; shift 2 ;;
    --modules) modules=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --plugin) plugin=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: $0 [--llvm N] [--modules N] [--runs N] [--jobs N] [--plugin PATH] [--work DIR]" >&2; exit 2 ;;
  esac
done
bin=/usr/lib/llvm-$llvm/bin
plugin=${plugin:-$here/build/llvm-$llvm/pass/KfuncPreserve.so}
[ -f "$plugin" ] || { echo "no plugin at $plugin (utils/build.sh $llvm)" >&2; exit 2; }
work=${work:-$(mktemp -d)}
mkdir -p "$work"
echo "work directory: $work"

load=(-fpass-plugin="$plugin")
[ "$llvm" -lt 22 ] && load+=(-Xclang -load -Xclang "$plugin")
python3 "$here/utils/gen-thinlto-modules.py" --count "$modules" --out "$work/src"
echo "compiling $modules modules"
python3 "$here/test/Inputs/e2e/compile-each.py" "$work/obj" "$bin/clang" -O2 -g \
  -flto=thin -fvisibility=hidden -I"$here/example" "${load[@]}" \
  -mllvm -kfunc-checks=-missing-annotation -- "$work"/src/*.c

fail=0
for i in $(seq 1 "$runs"); do
  rm -rf "$work/r$i"
  start=$(date +%s%N)
  if ! KFUNC_PRESERVE_OPTIONS="-kfunc-report=$work/r$i/" "$bin/ld.lld" \
      --load-pass-plugin="$plugin" --thinlto-jobs="$jobs" -r "$work"/obj/*.o \
      -o "$work/vmlinux$i.o" 2>"$work/err$i"; then
    echo "run $i: ld.lld failed (see $work/err$i)"; fail=1; continue
  fi
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  if ! python3 "$here/utils/kfunc-report-validate.py" "$work/r$i" >"$work/valid$i"; then
    echo "run $i: invalid reports (see $work/valid$i)"; fail=1
  fi
  python3 "$here/test/Inputs/e2e/report-findings.py" "$work/r$i" >"$work/f$i"
  if [ "$i" -gt 1 ] && ! diff -q "$work/f1" "$work/f$i" >/dev/null; then
    echo "run $i: findings differ from run 1 (diff $work/f1 $work/f$i)"; fail=1
  fi
  echo "run $i: $(tail -1 "$work/f$i"), ${ms} ms"
done
[ "$fail" -eq 0 ] && echo "all $runs runs: same findings, every report valid" || echo "FAILED"
exit "$fail"
