#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Set everything up and run the main job on the bundled example:
#   1. install LLVM/clang/lld $MAJOR from Debian if missing (default 19),
#   2. build KfuncPreserve.so against it,
#   3. compile example/cpumask_example.c and example/main.c with
#      clang -O2 -flto -fvisibility=hidden, once without and once with
#      -fpass-plugin, link each as a final LTO executable with ld.lld, and
#   4. show which kfuncs of the example's BTF kfunc set survive.
#
#   utils/demo.sh [MAJOR]
#
# KFUNC_DEMO_PLUGIN=PATH skips steps 1-2 and uses that plugin (the test suite
# does, with KFUNC_DEMO_WORK=DIR for the outputs, default BUILD_DIR/demo).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
v=${1:-19}
bin=/usr/lib/llvm-$v/bin

if [ -n "${KFUNC_DEMO_PLUGIN:-}" ]; then
  plugin=$KFUNC_DEMO_PLUGIN
  out=${KFUNC_DEMO_WORK:?KFUNC_DEMO_WORK must name a directory with KFUNC_DEMO_PLUGIN}
else
  bash "$here/utils/install-deps.sh" "$v"
  echo "== building kfunc-preserve against LLVM $v"
  dir=$("$here/utils/build.sh" "$v" "$here/build/llvm-$v")
  plugin="$dir/pass/KfuncPreserve.so"
  out=${KFUNC_DEMO_WORK:-$dir/demo}
fi
rm -rf "$out"; mkdir -p "$out"

cflags=(-O2 -flto -fvisibility=hidden -I"$here/example")
link() { # link <variant> <extra clang flags...>
  local variant=$1; shift
  mkdir -p "$out/$variant"
  for src in cpumask_example main; do
    "$bin/clang" "${cflags[@]}" "$@" -c "$here/example/$src.c" -o "$out/$variant/$src.o"
  done
  # A final (non-relocatable) LTO link, as for a vmlinux without -r.
  "$bin/ld.lld" -e main "$out/$variant/cpumask_example.o" "$out/$variant/main.o" \
    -o "$out/$variant/vmlinux"
}

echo "== compiling and linking without the plugin"
link without
echo "== compiling and linking with -fpass-plugin=$plugin"
echo "   The example leaves __bpf_kfunc empty on purpose (example/kfunc_macros.h),"
echo "   so that only the plugin protects its kfuncs: kfunc-audit warns, once per"
echo "   kfunc of the set, that it is not marked __bpf_kfunc [missing-annotation]."
echo "   Those warnings are expected (-DKFUNC_EXAMPLE_KERNEL_GUARD silences them)."
link with -fpass-plugin="$plugin"

# The kfuncs the set table lists, read back from the linked image's
# .BTF_ids labels (__BTF_ID__func__<name>__<n>), which LTO keeps.
mapfile -t kfuncs < <("$bin/llvm-nm" "$out/with/vmlinux" |
  sed -n 's/.* __BTF_ID__func__\(.*\)__[0-9]*$/\1/p' | sort -u)
defined() { "$bin/llvm-nm" --defined-only "$1" | awk '$2 ~ /^[tT]$/ {print $3}'; }
defined "$out/without/vmlinux" | sort >"$out/without.syms"
defined "$out/with/vmlinux" | sort >"$out/with.syms"

echo
printf '%-24s %-18s %-18s\n' "kfunc (BTF set)" "without plugin" "with plugin"
n_without=0; n_with=0
for k in "${kfuncs[@]}"; do
  a="dropped"; b="dropped"
  grep -qx "$k" "$out/without.syms" && { a="kept"; n_without=$((n_without + 1)); }
  grep -qx "$k" "$out/with.syms" && { b="kept"; n_with=$((n_with + 1)); }
  printf '%-24s %-18s %-18s\n' "$k" "$a" "$b"
done
echo
echo "final LTO link keeps $n_without of ${#kfuncs[@]} kfuncs without the plugin, $n_with of ${#kfuncs[@]} with it"
[ "$n_with" -eq "${#kfuncs[@]}" ] && [ "${#kfuncs[@]}" -gt 0 ]
