#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# kfunc-preserve against a real kernel: Debian's linux-source-6.12.
#
# Builds a few kfunc-bearing objects of the kernel with the kernel's own flags
# (make LLVM=-N, CONFIG_LTO_CLANG_THIN, so -flto=thin bitcode) three ways:
#
#   stock    the tree as shipped (__bpf_kfunc = __used __retain __noclone noinline)
#   no-pin   a copy of the tree whose include/linux/btf.h has an empty
#            __bpf_kfunc, without the plugin: what LTO does to unprotected kfuncs
#   plugin   the same emptied tree with KCFLAGS=-fpass-plugin=<plugin>
#
# then links each set of objects with ld.lld as a final (non -r) ThinLTO link,
# with unresolved symbols allowed and the kernel's -mllvm -import-instr-limit=5
# (the plugin set is linked with --load-pass-plugin too when lld >= 15), and
# compares. The kfuncs are read from the stock objects' .BTF_ids set tables
# (set8 tables flagged BTF_SET8_KFUNCS) by a parser in this script, independent
# of the plugin's; only those defined in the objects count. Every one of them
# must come out of the plugin links defined under its exact name, with no
# inlined copy and no DW_CC_nocall (DWARF). Prints how many survive without the
# plugin, which must be fewer: otherwise the link could not tell pinning from
# no pinning.
#
# Last, the recipe of docs/kernel.md as written, on the stock tree
# (CONFIG_WERROR=y): make KCFLAGS=-fpass-plugin=P LD="ld.lld-N
# --load-pass-plugin=P" of the objects and of two single-object modules
# (tcp_dctcp, tcp_bbr: kbuild turns them into ELF with "$(LD) -r"); it must
# build without a plugin diagnostic, and the modules must define every
# function their BTF_ID entries name.
#
#   utils/kernel-test.sh --plugin PATH [--llvm N] [--work DIR] [OBJ.o ...]
#
# Default objects: kernel/bpf/cpumask.o net/netfilter/nf_conntrack_bpf.o
# net/ipv4/tcp_cubic.o (static kfuncs) kernel/bpf/helpers.o.
#
# Environment:
#   KFUNC_KERNEL_CACHE    where the unpacked trees and the two build
#                         directories live, reused between runs
#                         (default ~/.cache/kfunc-preserve)
#   KFUNC_KERNEL_TARBALL  default /usr/src/linux-source-6.12.tar.xz
#   KFUNC_KERNEL_JOBS     make -j (default 2)
#   KFUNC_PRESERVE_OPTIONS is seen by the plugin as usual (e.g.
#                         -kfunc-auto=false makes the plugin do nothing; the
#                         test must then fail).
#
# Exit status: 0 pass, 1 fail, 2 usage or setup error, 77 skipped because
# the kernel source or a build tool is missing (the message says what to
# install). --check only runs that check; --install first tries
# apt-get install of what is needed (CI: utils/kernel-test.sh --install --check
# before the suite).
set -euo pipefail

llvm=19
plugin=
work=
check_only=0
install=0
objects=()
while [ $# -gt 0 ]; do
  case $1 in
    --plugin) plugin=$2; shift 2 ;;
    --plugin=*) plugin=${1#*=}; shift ;;
    --llvm) llvm=$2; shift 2 ;;
    --llvm=*) llvm=${1#*=}; shift ;;
    --work) work=$2; shift 2 ;;
    --work=*) work=${1#*=}; shift ;;
    --check) check_only=1; shift ;;
    --install) install=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "kernel-test: unknown option $1" >&2; exit 2 ;;
    *) objects+=("$1"); shift ;;
  esac
done
[ ${#objects[@]} -gt 0 ] || objects=(kernel/bpf/cpumask.o net/netfilter/nf_conntrack_bpf.o
                                     net/ipv4/tcp_cubic.o kernel/bpf/helpers.o)

cache=${KFUNC_KERNEL_CACHE:-$HOME/.cache/kfunc-preserve}
tarball=${KFUNC_KERNEL_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
jobs=${KFUNC_KERNEL_JOBS:-2}
bin=/usr/lib/llvm-$llvm/bin

# --- What is needed, and a clear skip when it is missing. -------------------
pkgs=(linux-source-6.12 dwarves flex bison bc libelf-dev libssl-dev "clang-$llvm" "lld-$llvm" "llvm-$llvm")
find_missing() {
missing=()
[ -f "$tarball" ] || missing+=("$tarball (apt-get install linux-source-6.12)")
for t in make flex bison bc pahole perl xz tar; do
  command -v "$t" >/dev/null || missing+=("$t")
done
[ -f /usr/include/gelf.h ] || missing+=("libelf headers (libelf-dev)")
[ -f /usr/include/openssl/evp.h ] || missing+=("openssl headers (libssl-dev)")
for t in clang ld.lld llvm-nm llvm-dis llvm-dwarfdump; do
  [ -x "$bin/$t" ] || missing+=("$bin/$t")
done
# make LLVM=-N calls clang-N, ld.lld-N, llvm-ar-N, ... from PATH.
for t in clang ld.lld llvm-ar llvm-nm llvm-objcopy llvm-strip llvm-readelf; do
  command -v "$t-$llvm" >/dev/null || missing+=("$t-$llvm on PATH")
done
}
find_missing
if [ ${#missing[@]} -gt 0 ] && [ $install -eq 1 ]; then
  # --install: try the ordinary package manager once; a failure is a skip.
  sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "kernel-test: installing ${pkgs[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${pkgs[@]}" >&2 ||
    echo "kernel-test: apt-get install failed"
  find_missing
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "kernel-test: SKIPPED: missing ${missing[*]}"
  echo "kernel-test: apt-get install -y ${pkgs[*]}  (or: utils/kernel-test.sh --install --check)"
  exit 77
fi
[ $check_only -eq 1 ] && { echo "kernel-test: everything needed is installed"; exit 0; }
[ -n "$plugin" ] || { echo "kernel-test: --plugin PATH is required" >&2; exit 2; }
[ -f "$plugin" ] || { echo "kernel-test: plugin not found: $plugin" >&2; exit 2; }
plugin=$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")
[ -n "$work" ] || work=$(mktemp -d "${TMPDIR:-/tmp}/kfunc-kernel.XXXXXX")
mkdir -p "$work"
work=$(cd "$work" && pwd)
# Only ever clear a directory this script made.
if [ -n "$(ls -A "$work")" ] && [ ! -f "$work/.kfunc-kernel-test" ]; then
  echo "kernel-test: --work $work is not empty and not from kernel-test.sh" >&2; exit 2
fi
find "$work" -mindepth 1 -delete
touch "$work/.kfunc-kernel-test"

now() { date +%s; }
t_start=$(now)
timings=()
step() { # step NAME START
  timings+=("$1 $(( $(now) - $2 ))s")
}

mkdir -p "$cache"
# One run at a time per cache: the build directories are shared.
exec 9>"$cache/.lock"
t=$(now)
flock 9
step lock-wait "$t"

# --- The trees: pristine, and a hard-linked copy with __bpf_kfunc emptied. --
src=$cache/linux-6.12
nopin_src=$cache/linux-6.12-nokfunc
stamp="$(stat -c '%s %Y' "$tarball") $tarball"
t=$(now)
if [ "$(cat "$src/.kfunc-unpacked" 2>/dev/null)" != "$stamp" ]; then
  echo "kernel-test: unpacking $tarball into $src"
  rm -rf "$src" "$nopin_src" "$cache/out-stock" "$cache/out-nokfunc" "$cache/unpack.tmp"
  mkdir -p "$cache/unpack.tmp"
  tar -C "$cache/unpack.tmp" -xf "$tarball"
  top=$(ls "$cache/unpack.tmp")
  [ "$(echo "$top" | wc -l)" -eq 1 ] && [ -f "$cache/unpack.tmp/$top/Makefile" ] || {
    echo "kernel-test: unexpected layout in $tarball"; exit 2; }
  mv "$cache/unpack.tmp/$top" "$src"; rmdir "$cache/unpack.tmp"
  echo "$stamp" >"$src/.kfunc-unpacked"
fi
grep -q '^VERSION = 6$' "$src/Makefile" && grep -q '^PATCHLEVEL = 12$' "$src/Makefile" || {
  echo "kernel-test: $src is not Linux 6.12"; exit 2; }
macro='#define __bpf_kfunc __used __retain __noclone noinline'
if [ "$(cat "$nopin_src/.kfunc-unpacked" 2>/dev/null)" != "$stamp" ]; then
  rm -rf "$nopin_src" "$cache/out-nokfunc"
  cp -al "$src" "$nopin_src.tmp"
  # sed -i writes a new file: the pristine tree keeps its own btf.h.
  grep -qxF "$macro" "$nopin_src.tmp/include/linux/btf.h" || {
    echo "kernel-test: include/linux/btf.h has no line '$macro'"; exit 2; }
  sed -i "s/^$macro\$/#define __bpf_kfunc \/* emptied by kernel-test.sh *\//" \
    "$nopin_src.tmp/include/linux/btf.h"
  mv "$nopin_src.tmp" "$nopin_src"
fi
grep -qxF '#define __bpf_kfunc /* emptied by kernel-test.sh */' "$nopin_src/include/linux/btf.h" || {
  echo "kernel-test: $nopin_src/include/linux/btf.h: __bpf_kfunc is not emptied"; exit 2; }
cmp -s "$src/include/linux/btf.h" "$nopin_src/include/linux/btf.h" && {
  echo "kernel-test: the pristine btf.h was modified"; exit 2; }
step unpack "$t"

# --- Configure and prepare each build directory (once, then incremental). ---
kmake() { # kmake SRC OUT ARGS...
  local s=$1 o=$2; shift 2
  make -C "$s" O="$o" LLVM=-"$llvm" -j"$jobs" "$@"
}
want=(BPF_SYSCALL DEBUG_INFO DEBUG_INFO_DWARF5 DEBUG_INFO_BTF LTO_CLANG_THIN
      NF_CONNTRACK TCP_CONG_CUBIC)
# Single-object modules: under LTO, kbuild turns their bitcode into ELF right
# away with $(LD) -r, which is where the link-time half of the recipe runs.
want_m=(TCP_CONG_DCTCP TCP_CONG_BBR)
modules=(net/ipv4/tcp_dctcp.o net/ipv4/tcp_bbr.o)
configure() { # configure SRC OUT
  local s=$1 o=$2 c
  mkdir -p "$o"
  if [ ! -f "$o/.config" ] || [ "$(cat "$o/.kfunc-config" 2>/dev/null)" != "${want[*]} ${want_m[*]} $llvm" ]; then
    kmake "$s" "$o" defconfig >"$o/configure.log" 2>&1
    local args=(-d LTO_NONE -d DEBUG_INFO_NONE -d DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT
                -d DEBUG_INFO_DWARF4)
    for c in "${want[@]}"; do args+=(-e "$c"); done
    for c in "${want_m[@]}"; do args+=(-m "$c"); done
    "$s/scripts/config" --file "$o/.config" "${args[@]}"
    kmake "$s" "$o" olddefconfig >>"$o/configure.log" 2>&1
    for c in "${want[@]}" "${want_m[@]}"; do
      v=y; case " ${want_m[*]} " in *" $c "*) v=m ;; esac
      grep -qx "CONFIG_$c=$v" "$o/.config" || {
        echo "kernel-test: CONFIG_$c=$v did not stick in $o/.config (see $o/configure.log)"; exit 2; }
    done
    grep -qx '# CONFIG_LTO_NONE is not set' "$o/.config" || {
      echo "kernel-test: CONFIG_LTO_NONE is still set"; exit 2; }
    echo "${want[*]} ${want_m[*]} $llvm" >"$o/.kfunc-config"
  fi
  kmake "$s" "$o" prepare >"$o/prepare.log" 2>&1 || {
    tail -30 "$o/prepare.log"; echo "kernel-test: make prepare failed in $o"; exit 2; }
}
t=$(now)
configure "$src" "$cache/out-stock"
configure "$nopin_src" "$cache/out-nokfunc"
step configure+prepare "$t"

# --- Build the objects three ways. -------------------------------------------
build() { # build VARIANT SRC OUT [KCFLAGS]
  local v=$1 s=$2 o=$3 obj kc=()
  [ -n "${4:-}" ] && kc=(KCFLAGS="$4")
  for obj in "${objects[@]}"; do rm -f "$o/$obj"; done
  local t0; t0=$(now)
  if ! kmake "$s" "$o" "${kc[@]}" "${objects[@]}" >"$work/build-$v.log" 2>&1; then
    grep -E "error|Error" "$work/build-$v.log" | head -20
    echo "kernel-test: building the $v objects failed (log: $work/build-$v.log)"
    exit 1
  fi
  mkdir -p "$work/$v"
  for obj in "${objects[@]}"; do
    mkdir -p "$work/$v/$(dirname "$obj")"
    cp "$o/$obj" "$work/$v/$obj"
  done
  step "build-$v" "$t0"
}
build stock "$src" "$cache/out-stock"
build no-pin "$nopin_src" "$cache/out-nokfunc"
# The audit flags every kfunc of the emptied tree (missing-annotation); the
# kernel's CONFIG_WERROR would make those warnings errors.
build plugin "$nopin_src" "$cache/out-nokfunc" "-fpass-plugin=$plugin -Wno-error=backend-plugin"
grep -q -- "-fpass-plugin=$plugin" "$cache/out-nokfunc/${objects[0]%/*}/.${objects[0]##*/}.cmd" || {
  echo "kernel-test: the plugin build did not use -fpass-plugin"; exit 1; }

for v in stock no-pin plugin; do
  for obj in "${objects[@]}"; do
    head -c 4 "$work/$v/$obj" | grep -q '^BC' || {
      echo "kernel-test: $v/$obj is not LLVM bitcode: is CONFIG_LTO_CLANG_THIN on?"; exit 1; }
  done
done

# --- Final ThinLTO link of each set. -----------------------------------------
# LINK:OBJECTS. "plugin" relies on the compile-time pinning alone; "plugin-lld"
# also loads the plugin into ld.lld (LLVM >= 15), as docs/kernel.md suggests,
# which runs kfunc-audit in the ThinLTO backends.
lldver=$("$bin/ld.lld" --version | grep -oE '[0-9]+' | head -1)
links=(stock:stock no-pin:no-pin plugin:plugin)
[ "$lldver" -ge 15 ] && links+=(plugin-lld:plugin)
t=$(now)
for l in "${links[@]}"; do
  name=${l%%:*} v=${l#*:}
  extra=()
  [ "$name" = plugin-lld ] && extra=(--load-pass-plugin="$plugin")
  (cd "$work/$v" && "$bin/ld.lld" "${extra[@]}" -m elf_x86_64 -mllvm -import-instr-limit=5 \
      --unresolved-symbols=ignore-all --noinhibit-exec -e 0 \
      -o "$work/$name.elf" "${objects[@]}") >"$work/link-$name.log" 2>&1 || {
    cat "$work/link-$name.log"; echo "kernel-test: linking the $v objects failed"; exit 1; }
  "$bin/llvm-nm" --defined-only "$work/$name.elf" >"$work/$name.nm"
  "$bin/llvm-dwarfdump" --debug-info "$work/$name.elf" >"$work/$name.dwarf"
done
step link "$t"

# --- Compare. ----------------------------------------------------------------
for obj in "${objects[@]}"; do
  "$bin/llvm-dis" -o "$work/stock/$obj.ll" "$work/stock/$obj"
  "$bin/llvm-nm" "$work/stock/$obj" >"$work/stock/$obj.nm"
  for v in no-pin plugin; do
    "$bin/llvm-dis" -o "$work/$v/$obj.ll" "$work/$v/$obj"
  done
done
audit_warnings=$(grep -c "kfunc-audit: .*\[missing-annotation\]" "$work/build-plugin.log" || true)
status=0
python3 - "$work" "$audit_warnings" "${links[*]}" "${objects[@]}" <<'EOF' || status=$?
import os, re, sys

work, audit_warnings = sys.argv[1], int(sys.argv[2])
links = [l.split(":")[0] for l in sys.argv[3].split()]
objects = sys.argv[4:]

def module_asm(path):
    """The module-level inline asm of a disassembled bitcode file, as lines."""
    out = []
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith('module asm "'):
            s = line[len('module asm "'):].rstrip("\n")[:-1]
            out.append(re.sub(r"\\([0-9A-Fa-f]{2})",
                              lambda m: chr(int(m.group(1), 16)), s))
    return out

FLAG_EXPR = re.compile(r"^[0-9()<|\s]+$")  # "(1 << 0) | (1 << 2)", "0"

def kfunc_sets(path):
    """(set name, func name) of every func entry of a set8 table whose set
    flags have bit 0 (BTF_SET8_KFUNCS), in order."""
    entries, cur, want_flags, flags = [], None, False, 0
    for line in module_asm(path):
        for stmt in line.split(";"):
            stmt = stmt.strip()
            m = re.match(r"^__BTF_ID__set8__(\w+):$", stmt)
            if m:
                cur, want_flags, flags = m.group(1), True, 0
                continue
            m = re.match(r"^\.size\s+__BTF_ID__set8__(\w+)\s*,", stmt)
            if m:
                cur = None
                continue
            m = re.match(r"^\.long\s+(.*)$", stmt)
            if m and want_flags:
                want_flags = False
                if FLAG_EXPR.match(m.group(1)):
                    flags = eval(m.group(1))
                continue
            m = re.match(r"^__BTF_ID__func__(\w+)__\d+:$", stmt)
            if m:
                want_flags = False
                if cur is not None and flags & 1:
                    entries.append((cur, m.group(1)))
    return entries

def nm_defined(path):
    """name -> nm type letter, for defined symbols."""
    d = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 3 and parts[0] != "U":
            d[parts[2]] = parts[1]
    return d

def inlined(dwarf_path, names):
    """Names among NAMES that have a DW_TAG_inlined_subroutine copy."""
    text = open(dwarf_path, encoding="utf-8", errors="replace").read()
    found = set()
    for block in re.split(r"\n(?=0x[0-9a-f]+:\s+DW_TAG_)", text):
        if "DW_TAG_inlined_subroutine" not in block.split("\n", 1)[0]:
            continue
        m = re.search(r'DW_AT_abstract_origin\s+\(0x[0-9a-f]+ "([^"]+)"\)', block)
        if m and m.group(1) in names:
            found.add(m.group(1))
    return found

def nocall(dwarf_path, names):
    text = open(dwarf_path, encoding="utf-8", errors="replace").read()
    found = set()
    for block in re.split(r"\n(?=0x[0-9a-f]+:\s+DW_TAG_)", text):
        if "DW_TAG_subprogram" in block.split("\n", 1)[0] and "DW_CC_nocall" in block:
            m = re.search(r'DW_AT_name\s+\("([^"]+)"\)', block)
            if m and m.group(1) in names:
                found.add(m.group(1))
    return found

# What LLVM appends to a function it renames or clones.
RENAMED = re.compile(r"^\.(llvm|specialized|argprom|argelim|constprop|isra|part)(\.|$)")

linked = {l: nm_defined(os.path.join(work, l + ".nm")) for l in links}
checked = [l for l in links if l.startswith("plugin")]
fail = []
rows = []
kfuncs = {}   # name -> (object, static)
listed_elsewhere = []
for obj in objects:
    sets = kfunc_sets(os.path.join(work, "stock", obj + ".ll"))
    for v in ("no-pin", "plugin"):
        if kfunc_sets(os.path.join(work, v, obj + ".ll")) != sets:
            fail.append("%s: the %s object's set tables differ from stock" % (obj, v))
    defined = nm_defined(os.path.join(work, "stock", obj + ".nm"))
    names = []
    for _, name in sets:
        if name in names or name in kfuncs:
            continue
        if defined.get(name, "").lower() == "t":
            names.append(name)
            kfuncs[name] = (obj, defined[name] == "t")
        else:
            listed_elsewhere.append((obj, name))
    row = [obj, len(names), sum(1 for n in names if kfuncs[n][1])]
    for l in links:
        row.append(sum(1 for n in names if linked[l].get(n, "").lower() == "t"))
    rows.append(row)

fmt = "%-34s" + " %10s" * (2 + len(links))
print("kernel-test: kfuncs = entries of BTF_SET8_KFUNCS set tables defined in the same object;")
print("kernel-test: the other columns count those defined under their exact name after each final link")
print(fmt % tuple(["object", "kfuncs", "static"] + links))
for r in rows:
    print(fmt % tuple(r))
tot = [sum(r[i] for r in rows) for i in range(1, 3 + len(links))]
print(fmt % tuple(["total"] + tot))
if listed_elsewhere:
    print("kernel-test: %d set entries name functions defined in another file (not checked): %s"
          % (len(listed_elsewhere), " ".join(n for _, n in listed_elsewhere)))

names = set(kfuncs)
for l in links:
    inl = inlined(os.path.join(work, l + ".dwarf"), names)
    nc = nocall(os.path.join(work, l + ".dwarf"), names)
    print("kernel-test: %s link: %d kfuncs with an inlined copy, %d with DW_CC_nocall%s"
          % (l, len(inl), len(nc), (": " + " ".join(sorted(inl | nc))) if inl or nc else ""))
    if l in checked:
        for n in sorted(inl):
            fail.append("INLINED %s (%s): a caller inlined it in the %s link" % (n, kfuncs[n][0], l))
        for n in sorted(nc):
            fail.append("NOCALL %s (%s): DW_CC_nocall in the %s link" % (n, kfuncs[n][0], l))

for l in checked:
    for n in sorted(names):
        if linked[l].get(n, "").lower() != "t":
            alias = sorted(s for s, t in linked[l].items() if t.lower() == "t"
                           and s.startswith(n) and RENAMED.match(s[len(n):]))
            fail.append("LOST %s (%s) in the %s link%s" % (n, kfuncs[n][0], l,
                        ": renamed to " + " ".join(alias) if alias else ": not defined"))
nopin = links.index("no-pin") + 2
if tot[0] == 0:
    fail.append("no kfuncs found: the set-table parser or the config is broken")
if tot[0] and tot[nopin] == tot[0]:
    fail.append("without the plugin all %d kfuncs survive too: the link cannot tell "
                "pinning from no pinning, so this test proves nothing" % tot[0])
for r in rows:
    if r[1] == 0:
        fail.append("%s: no kfunc found in its set tables" % r[0])
print("kernel-test: audit of the plugin build: %d missing-annotation warnings (one per kfunc whose __bpf_kfunc was emptied)"
      % audit_warnings)
print("kernel-test: without the plugin %d of %d kfuncs survive the final ThinLTO link; with it %s (stock kernel: %d)"
      % (tot[nopin], tot[0], ", ".join("%d of %d (%s)" % (tot[links.index(l) + 2], tot[0], l) for l in checked), tot[2]))
for f in fail:
    print("kernel-test: " + f)
print("RESULT: " + ("FAIL" if fail else "PASS"))
sys.exit(1 if fail else 0)
EOF

# --- The recipe of docs/kernel.md, as written, on the stock tree. -------------
# CONFIG_WERROR=y: any kfunc-audit finding on the real kernel would fail the
# build. The single-object modules are turned into ELF by "$(LD) -r" with the
# plugin loaded, i.e. a ThinLTO backend with the plugin's audit.
t=$(now)
recipe=(KCFLAGS="-fpass-plugin=$plugin")
[ "$lldver" -ge 15 ] && recipe+=(LD="ld.lld-$llvm --load-pass-plugin=$plugin")
for obj in "${objects[@]}" "${modules[@]}"; do rm -f "$cache/out-stock/$obj"; done
printf 'kernel-test: recipe: make LLVM=-%s' "$llvm"; printf " '%s'" "${recipe[@]}"; echo " <objects> ${modules[*]}"
recipe_fail=()
if ! kmake "$src" "$cache/out-stock" "${recipe[@]}" "${objects[@]}" "${modules[@]}" >"$work/build-recipe.log" 2>&1; then
  grep -E "error|Error" "$work/build-recipe.log" | head -20
  recipe_fail+=("make failed (log: $work/build-recipe.log)")
else
  diag='(warning|error): kfunc-(audit|preserve):'
  grep -qE "$diag" "$work/build-recipe.log" && {
    grep -E "$diag" "$work/build-recipe.log" | head -20
    recipe_fail+=("the plugin reported findings on the stock kernel"); }
  for obj in "${objects[@]}" "${modules[@]}"; do
    cmd=$cache/out-stock/$(dirname "$obj")/.$(basename "$obj").cmd
    grep -q -- "-fpass-plugin=$plugin" "$cmd" || recipe_fail+=("$obj: compiled without the plugin")
  done
  for obj in "${modules[@]}"; do
    o=$cache/out-stock/$obj
    cmd=$cache/out-stock/$(dirname "$obj")/.$(basename "$obj").cmd
    [ "$lldver" -lt 15 ] || grep -q -- "ld.lld-$llvm --load-pass-plugin=$plugin .* -r " "$cmd" ||
      recipe_fail+=("$obj: not linked by ld.lld with the plugin")
    [ "$(head -c 4 "$o" | tail -c 3)" = ELF ] || { recipe_fail+=("$obj: not ELF"); continue; }
    "$bin/llvm-nm" --defined-only "$o" >"$work/recipe-$(basename "$obj").nm"
    ids=$(grep -oE ' __BTF_ID__func__[A-Za-z0-9_]+__[0-9]+$' "$work/recipe-$(basename "$obj").nm" |
          sed -E 's/^ __BTF_ID__func__(.*)__[0-9]+$/\1/' | sort -u)
    n=0 k=0
    for f in $ids; do
      n=$((n + 1))
      if grep -qE " [tT] $f\$" "$work/recipe-$(basename "$obj").nm"; then k=$((k + 1))
      else recipe_fail+=("$obj: BTF_ID func $f is not defined"); fi
    done
    [ "$n" -gt 0 ] || recipe_fail+=("$obj: no BTF_ID func symbols")
    echo "kernel-test: recipe: $obj (module, ELF after ld.lld -r): $k of $n BTF_ID funcs defined under their exact name"
  done
fi
for f in "${recipe_fail[@]}"; do echo "kernel-test: recipe: FAIL $f"; done
if [ ${#recipe_fail[@]} -eq 0 ]; then echo "RECIPE: PASS"; else echo "RECIPE: FAIL"; status=1; fi
step recipe "$t"

step total "$t_start"
echo "kernel-test: timings: ${timings[*]}"
echo "kernel-test: outputs in $work"
exit $status
