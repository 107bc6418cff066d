#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Build a whole Linux kernel (vmlinux, bzImage on x86, and the modules) from
# Debian's linux-source-6.12 or linux-source-6.1 with clang/lld, out of tree,
# from the small config in utils/kernel/<arch>.config on top of tinyconfig,
# then judge its kfuncs as the kernel will at boot.
#
#   utils/kernel-build.sh [--kernel 6.12|6.1] [--arch x86_64|mips]
#       [--tree stock|empty] [--plugin PLUGIN.so] [--lto thin|full]
#       [--llvm N] [--jobs N] [--name NAME] [--scan KFUNC-SCAN] [--reuse]
#       [--from NAME --second-phase]
#
#   --tree empty   a hard-linked copy of the tree whose include/linux/btf.h
#                  defines __bpf_kfunc as nothing: a kernel where nothing in
#                  the source protects kfuncs (6.12 only; 6.1 has no such
#                  macro, so its stock tree is already unprotected)
#   --plugin P     build with the plugin exactly as docs/kernel.md says:
#                    make KCFLAGS=-fpass-plugin=P LD="ld.lld-N --load-pass-plugin=P"
#                  (the LD part only for clang LTO builds, where the linker
#                  runs LLVM). On the emptied tree, which has findings by
#                  construction, KCFLAGS also gets -Wno-error=backend-plugin,
#                  as docs/kernel.md says for a tree with findings.
#   --lto          x86_64 only (mips has no clang LTO): CONFIG_LTO_CLANG_THIN
#                  (default) or CONFIG_LTO_CLANG_FULL
#   --reuse        keep an existing build directory and only re-run make
#   --judge        do not build: judge an existing build directory again
#                  (e.g. with a newer --scan)
#   --from NAME --second-phase
#                  the second phase of docs/kfunc-scan.md's two-phase build,
#                  for kfuncs listed in one file and defined in another:
#                  start from a copy of the finished build NAME (same
#                  options), list its kfuncs with "kfunc-scan --format=list
#                  --defined-only vmlinux.a" (needs --scan), delete the
#                  objects that define them (kbuild does not see a changed
#                  KFUNC_PRESERVE_OPTIONS) and make again with
#                  KFUNC_PRESERVE_OPTIONS=-kfunc-list=<that list>.
#   KFUNC_PRESERVE_OPTIONS is passed through to the plugin as usual (e.g.
#                  -kfunc-used-list=compiler-used).
#
# The build directory is $KFUNC_KERNEL_CACHE/whole/NAME (default cache
# ~/.cache/kfunc-preserve; NAME defaults to kernel-arch-lto-tree-plugin|none).
# It holds build.log, the kernel's outputs, and summary.txt: build CPU time,
# resolve_btfids' "unresolved symbol" warnings (the kernel's own verdict:
# one unresolved entry makes its set fail to register at boot), every line
# the build printed because of the plugin, and the output of
# "kfunc-scan --verify" on vmlinux and every .ko when --scan is given.
#
# Exit status: 0 built (and verified, with --scan), 1 build or verification
# failed, 2 usage or setup error, 77 skipped: source or tools missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=utils/plugin-lines.sh
. "$here/utils/plugin-lines.sh"

kernel=6.12 arch=x86_64 tree=stock plugin='' lto=thin llvm=19 name='' scan='' reuse=0
judge=0 from='' second=0
jobs=${KFUNC_KERNEL_JOBS:-2}
while [ $# -gt 0 ]; do
  case $1 in
    --kernel) kernel=$2; shift 2 ;;
    --arch) arch=$2; shift 2 ;;
    --tree) tree=$2; shift 2 ;;
    --plugin) plugin=$2; shift 2 ;;
    --lto) lto=$2; shift 2 ;;
    --llvm) llvm=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --scan) scan=$2; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --judge) judge=1; reuse=1; shift ;;
    --from) from=$2; reuse=1; shift 2 ;;
    --second-phase) second=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "kernel-build: unknown argument $1" >&2; exit 2 ;;
  esac
done
case $kernel in 6.12|6.1) ;; *) echo "kernel-build: --kernel 6.12 or 6.1" >&2; exit 2 ;; esac
case $arch in x86_64|mips) ;; *) echo "kernel-build: --arch x86_64 or mips" >&2; exit 2 ;; esac
case $tree in stock|empty) ;; *) echo "kernel-build: --tree stock or empty" >&2; exit 2 ;; esac
case $lto in thin|full) ;; *) echo "kernel-build: --lto thin or full" >&2; exit 2 ;; esac
[ "$tree" = stock ] || [ "$kernel" = 6.12 ] || {
  echo "kernel-build: --tree empty needs 6.12 (6.1 has no __bpf_kfunc to empty)" >&2; exit 2; }
[ "$arch" = x86_64 ] || lto=none
if [ -n "$plugin" ]; then
  [ -f "$plugin" ] || { echo "kernel-build: plugin not found: $plugin" >&2; exit 2; }
  plugin=$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")
fi
[ -z "$scan" ] || [ -x "$scan" ] || { echo "kernel-build: not executable: $scan" >&2; exit 2; }
# Absolute: kfunc-scan runs inside the build directory.
[ -z "$scan" ] || scan=$(cd "$(dirname "$scan")" && pwd)/$(basename "$scan")
[ -n "$name" ] || name=$kernel-$arch-$lto-$tree-$([ -n "$plugin" ] && echo plugin || echo none)

tarball=/usr/src/linux-source-$kernel.tar.xz
cache=${KFUNC_KERNEL_CACHE:-$HOME/.cache/kfunc-preserve}
missing=()
[ -f "$tarball" ] || missing+=("linux-source-$kernel")
for t in make flex bison bc pahole perl xz cpio "clang-$llvm" "ld.lld-$llvm" "llvm-ar-$llvm"; do
  command -v "$t" >/dev/null || missing+=("$t")
done
[ -f /usr/include/gelf.h ] || missing+=("libelf-dev")
[ -f /usr/include/openssl/evp.h ] || missing+=("libssl-dev")
if [ ${#missing[@]} -gt 0 ]; then
  echo "kernel-build: SKIPPED: missing ${missing[*]}"
  echo "kernel-build: apt-get install linux-source-$kernel dwarves flex bison bc cpio libelf-dev libssl-dev clang-$llvm lld-$llvm llvm-$llvm"
  exit 77
fi

# --- Source trees: pristine, and the emptied copy (hard links, own btf.h). ---
mkdir -p "$cache/src"
exec 9>"$cache/src/.lock"
flock 9
src=$cache/src/linux-$kernel
stamp="$(stat -c '%s %Y' "$tarball") $tarball"
if [ "$(cat "$src/.kfunc-unpacked" 2>/dev/null)" != "$stamp" ]; then
  echo "kernel-build: unpacking $tarball"
  rm -rf "$src" "$src-empty" "$src.tmp"
  mkdir -p "$src.tmp"
  tar -C "$src.tmp" -xf "$tarball"
  mv "$src.tmp"/* "$src"; rmdir "$src.tmp"
  echo "$stamp" >"$src/.kfunc-unpacked"
fi
macro='#define __bpf_kfunc __used __retain __noclone noinline'
emptied='#define __bpf_kfunc /* emptied by kernel-build.sh */'
if [ "$tree" = empty ]; then
  if [ "$(cat "$src-empty/.kfunc-unpacked" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$src-empty" "$src-empty.tmp"
    cp -al "$src" "$src-empty.tmp"
    grep -qxF "$macro" "$src-empty.tmp/include/linux/btf.h" || {
      echo "kernel-build: include/linux/btf.h has no line '$macro'" >&2; exit 2; }
    # sed -i writes a new file: the pristine tree keeps its own btf.h.
    sed -i "s|^$macro\$|$emptied|" "$src-empty.tmp/include/linux/btf.h"
    mv "$src-empty.tmp" "$src-empty"
  fi
  src=$src-empty
  grep -qxF "$emptied" "$src/include/linux/btf.h" || {
    echo "kernel-build: $src: __bpf_kfunc is not emptied" >&2; exit 2; }
fi
flock -u 9

# --- Configure: tinyconfig + the fragment, every fragment line checked. ------
out=$cache/whole/$name
[ $reuse -eq 1 ] || rm -rf "$out"
if [ -n "$from" ]; then
  if [ $second -ne 1 ] || [ -z "$scan" ] || [ -z "$plugin" ]; then
    echo "kernel-build: --from needs --second-phase, --scan and --plugin" >&2; exit 2
  fi
  [ -f "$cache/whole/$from/summary.txt" ] || { echo "kernel-build: no finished build $from" >&2; exit 2; }
  rm -rf "$out"
  cp -a "$cache/whole/$from" "$out"
  rm -f "$out/summary.txt"
fi
mkdir -p "$out"
kmake=(make -C "$src" O="$out" ARCH="$arch" LLVM=-"$llvm" -j"$jobs")
frag=$out/kfunc.config
grep -v '^CONFIG_LTO_CLANG' "$here/utils/kernel/$arch.config" >"$frag"
case $lto in
  thin) echo CONFIG_LTO_CLANG_THIN=y >>"$frag" ;;
  full) echo CONFIG_LTO_CLANG_FULL=y >>"$frag" ;;
esac
if [ ! -f "$out/.config" ]; then
  "${kmake[@]}" tinyconfig >"$out/configure.log" 2>&1
  "$src/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "$frag" >>"$out/configure.log" 2>&1
  "${kmake[@]}" olddefconfig >>"$out/configure.log" 2>&1
fi
bad=()
while IFS= read -r line; do
  case $line in CONFIG_*=*) grep -qxF "$line" "$out/.config" || bad+=("$line") ;; esac
done <"$frag"
if [ ${#bad[@]} -gt 0 ]; then
  echo "kernel-build: did not stick in $out/.config: ${bad[*]} (see $out/configure.log)" >&2
  exit 2
fi

# --- Build, the way docs/kernel.md tells users. ------------------------------
args=()
if [ -n "$plugin" ]; then
  kc="-fpass-plugin=$plugin"
  [ "$tree" = empty ] && kc="$kc -Wno-error=backend-plugin"
  args+=(KCFLAGS="$kc")
  [ "$lto" = none ] || args+=(LD="ld.lld-$llvm --load-pass-plugin=$plugin")
fi
targets=(all)
if [ $second -eq 1 ] && [ $judge -eq 0 ]; then
  list=$out/kfuncs.list
  (cd "$out" && "$scan" --format=list --defined-only --no-cross-file-warnings -o "$list" vmlinux.a)
  # The objects of vmlinux.a that define a listed kfunc.
  mapfile -t objs < <(cd "$out" && "llvm-ar-$llvm" t vmlinux.a | while read -r o; do
    "llvm-nm-$llvm" --defined-only "$o" 2>/dev/null | awk '$2 ~ /^[tT]$/ {print $3}' |
      grep -qxFf "$list" && echo "$o"; done)
  echo "kernel-build: second phase: $(wc -l <"$list") kfuncs listed, rebuilding the ${#objs[@]} objects that define them"
  (cd "$out" && rm -f "${objs[@]}")
  export KFUNC_PRESERVE_OPTIONS="${KFUNC_PRESERVE_OPTIONS:+$KFUNC_PRESERVE_OPTIONS }-kfunc-list=$list"
fi
if [ $judge -eq 0 ]; then
  { printf '%s:' "$name"; printf " '%s'" "${kmake[@]}" "${args[@]}" "${targets[@]}"; echo; } |
    tee "$out/command.txt"
  t0=$(date +%s)
  status=0
  # The subshell's children's CPU time is what "times" reports after it.
  ( "${kmake[@]}" "${args[@]}" "${targets[@]}" >"$out/build.log" 2>&1; s=$?; times >"$out/times.txt"; exit $s ) ||
    status=$?
  t1=$(date +%s)
  echo "$status $t0 $t1" >"$out/status.txt"
fi
read -r status t0 t1 <"$out/status.txt"

# --- Judge. -------------------------------------------------------------------
summary=$out/summary.txt
cpu=$(sed -n 2p "$out/times.txt" | awk '{
  n = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); n += a[1] * 60 + a[2] } printf "%.0f", n }')
unresolved=$(grep -oE 'resolve_btfids: unresolved symbol [A-Za-z0-9_]+' "$out/build.log" |
             awk '{print $4}' | sort -u || true)
# Every line the plugin made the build print (both passes' diagnostics).
plugin_lines "$out/build.log" >"$out/plugin-lines.txt"
mapfile -t kos < <(cd "$out" && find . -name '*.ko' | sed 's|^\./||' | sort)
{
  echo "name: $name"
  echo "command: $(cat "$out/command.txt")"
  echo "KFUNC_PRESERVE_OPTIONS: ${KFUNC_PRESERVE_OPTIONS:-}"
  echo "make status: $status"
  echo "wall: $((t1 - t0)) s"
  echo "cpu (user+sys of make and its children): $cpu s"
  echo "vmlinux: $([ -f "$out/vmlinux" ] && echo yes || echo no)"
  echo "modules: ${#kos[@]} (${kos[*]})"
  echo "resolve_btfids unresolved symbols: $(echo "$unresolved" | grep -c . || true) ($(echo "$unresolved" | tr '\n' ' ' | sed 's/ $//'))"
  echo "lines printed because of the plugin: $(wc -l <"$out/plugin-lines.txt")"
  # Per host (clang, ld.lld) and check; the lines themselves are in
  # plugin-lines.txt.
  sed -nE -e 's/^(ld\.lld[-0-9]*): (warning|error): (kfunc-[a-z]+)( \([a-z-]+\))?:.*(\[[a-z-]+\]).*/\1 \2 \3\4 \5/p' \
    -e 's/^.*(warning|error): (kfunc-[a-z]+)( \([a-z-]+\))?:.*(\[[a-z-]+\]).*/clang \1 \2\3 \4/p' \
    "$out/plugin-lines.txt" | sort | uniq -c | sed 's/^/  /'
} >"$summary"
if [ "$status" -ne 0 ]; then
  grep -E 'error|Error' "$out/build.log" | head -20 >>"$summary"
elif [ -n "$scan" ]; then
  # One run over all: a module without kfunc sets alone would be a
  # verification that checked nothing, which fails.
  echo "kfunc-scan --verify vmlinux ${kos[*]}:" >>"$summary"
  (cd "$out" && "$scan" --verify --btf-base=vmlinux vmlinux "${kos[@]}") \
    >>"$summary" 2>&1 || status=1
fi
cat "$summary"
exit $(( status == 0 ? 0 : 1 ))
