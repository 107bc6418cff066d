#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Boot a kernel built by utils/kernel-build.sh under QEMU and let the kernel
# judge its kfuncs: the registration of every kfunc set at boot, and the BPF
# verifier on programs that call kfuncs.
#
#   utils/boot-test.sh [--variant NAME | --kernel-dir DIR] [--timeout S]
#       [--expect pass|record] [--llvm N] [--work DIR] [--check]
#
#   --variant NAME   the build in $KFUNC_KERNEL_CACHE/whole/NAME (default
#                    cache ~/.cache/kfunc-preserve; default NAME
#                    6.12-x86_64-thin-empty-plugin)
#   --kernel-dir D   a kernel build directory instead (vmlinux, .config, and
#                    "source", the link kbuild makes to the tree)
#   --timeout S      hard limit on the guest's run (default 600 s; TCG)
#   --expect pass    every test passes (default)
#   --expect record  report outcomes only; fail only if the guest did not
#                    finish (for builds expected to lose kfuncs)
#   --work DIR       default build/boot/NAME
#   --check          only say whether the test can run here (exit 0 or 77)
#
# Registration: the kernel is booted with initcall_debug, which logs each
# initcall's return value. One unresolved entry in a kfunc set (BTF id 0)
# makes register_btf_kfunc_id_set() fail with -EINVAL, and the initcall with
# it. The initcalls checked are the functions of the kernel's source that
# call register_btf_kfunc_id_set() themselves; one that returned non-zero is
# a failure.
#
# Programs (x86_64): each test/Inputs/boot/progs/NAME.bpf.c is one test,
# compiled (clang -target bpf -O2 -g) against a vmlinux.h that bpftool makes
# from the kernel's own vmlinux, if every kfunc it declares (extern ...
# __ksym) is listed in .BTF_ids of the kernel as built (a
# __BTF_ID__func__NAME__N label in vmlinux or a module: what the
# configuration compiled of the source's BTF_ID_FLAGS lines); otherwise it
# is skipped for that kernel, and said so. The guest (test/Inputs/boot/init,
# Debian's static busybox) runs test/Inputs/boot/loader.c, linked static
# against libbpf, on every object; it prints "KFUNC-TEST NAME
# loaded|rejected: <the verifier's last line>" and, for what it runs,
# "KFUNC-RUN NAME pass|fail: ...". A test passes when it loads and its run
# (if any) passes.
#
# mips (32-bit big-endian Malta, qemu-system-mips): registration only, with
# no userland (the kernel prints its initcalls on the console, then panics
# for want of an init, and panic=-1 ends qemu). No BPF program is run: the
# 6.12 mips JIT does not implement bpf_jit_supports_kfunc_call(), so the
# verifier refuses every kfunc call there ("JIT does not support calling
# kernel function"), plugin or not.
#
# Prints one line per check and "N passed, N failed, N skipped"; the serial
# log is WORK/serial.log. Exit status: 0 all passed (--expect record: the
# guest finished), 1 otherwise, 2 usage error, 77 skipped: a tool, library or
# the kernel build is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

cache=${KFUNC_KERNEL_CACHE:-$HOME/.cache/kfunc-preserve}
variant='' kdir='' timeout=600 expect=pass llvm=19 work='' check=0
while [ $# -gt 0 ]; do
  case $1 in
    --variant) variant=$2; shift 2 ;;
    --kernel-dir) kdir=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --expect) expect=$2; shift 2 ;;
    --llvm) llvm=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --check) check=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "boot-test: unknown argument $1" >&2; exit 2 ;;
  esac
done
case $expect in pass|record) ;; *) echo "boot-test: --expect pass or record" >&2; exit 2 ;; esac
[ -z "$variant" ] || [ -z "$kdir" ] || { echo "boot-test: --variant or --kernel-dir, not both" >&2; exit 2; }
[ -n "$kdir" ] || kdir=$cache/whole/${variant:-6.12-x86_64-thin-empty-plugin}
name=$(basename "$kdir")
work=${work:-$here/build/boot/$name}

skip() { echo "boot-test: SKIPPED: $*"; exit 77; }
[ -f "$kdir/vmlinux" ] || skip "no kernel build in $kdir (no vmlinux)"
[ ! -e "$kdir/build.log" ] || [ -f "$kdir/summary.txt" ] ||
  skip "$kdir is still building (no summary.txt)"
src=$(readlink -f "$kdir/source" 2>/dev/null || true)
[ -d "$src/kernel/bpf" ] || skip "no kernel source tree at $kdir/source"
missing=()
if grep -qx 'CONFIG_X86_64=y' "$kdir/.config"; then
  arch=x86_64 image=$kdir/arch/x86/boot/bzImage
  qemu=(qemu-system-x86_64 -m 512M -kernel "$image")
  for t in bpftool "clang-$llvm" "llvm-nm-$llvm" cc cpio gzip busybox file; do
    command -v "$t" >/dev/null || missing+=("$t")
  done
  libdir=/usr/lib/$(cc -print-multiarch 2>/dev/null || true)
  for a in libbpf libelf libz; do [ -f "$libdir/$a.a" ] || missing+=("$a.a"); done
  busybox=$(command -v busybox || true)
  [ -z "$busybox" ] || ! file -L "$busybox" | grep -q 'dynamically linked' ||
    missing+=("a static busybox (busybox-static)")
elif grep -qx 'CONFIG_MIPS_MALTA=y' "$kdir/.config" &&
     grep -qx 'CONFIG_CPU_BIG_ENDIAN=y' "$kdir/.config" &&
     grep -qx 'CONFIG_32BIT=y' "$kdir/.config"; then
  arch=mips image=$kdir/vmlinux
  qemu=(qemu-system-mips -M malta -m 256M -kernel "$image")
else
  skip "$kdir is neither an x86_64 kernel nor a 32-bit big-endian mips Malta one"
fi
[ -f "$image" ] || skip "no $image"
[ -f "$kdir/System.map" ] || skip "no $kdir/System.map"
command -v "${qemu[0]}" >/dev/null || missing+=("${qemu[0]}")
[ ${#missing[@]} -eq 0 ] ||
  skip "missing ${missing[*]} (apt-get install qemu-system-x86 qemu-system-mips bpftool clang-$llvm llvm-$llvm libbpf-dev libelf-dev zlib1g-dev busybox-static cpio file)"
[ $check -eq 0 ] || { echo "boot-test: can run on $kdir ($arch)"; exit 0; }

rm -rf "$work"
mkdir -p "$work/bpf"
results=$work/results.txt
: >"$results"
t0=$(date +%s)

# The functions of the source that call register_btf_kfunc_id_set(), with
# their files ("name file" lines): the initcalls whose return value says
# whether their sets registered. A function's name is taken from the last
# line that starts a definition ("... name(...)" at column 0).
kfunc_initcalls() {
  (cd "$src" && grep -rl --include='*.c' 'register_btf_kfunc_id_set(' . |
    sed 's|^\./||' | sort | while read -r f; do
      awk -v file="$f" '
        /^[A-Za-z_].*[A-Za-z0-9_]+\(/ && !/;[ \t]*$/ {
          s = $0; sub(/\(.*/, "", s); n = split(s, w, /[ \t*]+/); fn = w[n] }
        /register_btf_kfunc_id_set\(/ && fn != "" { print fn, file }' "$f"
    done | sort -u)
}

# x86_64: the BPF objects against this kernel's BTF, the loader, the
# initramfs. Tests that cannot be built are written to $results.
objs=() tests=() kos=() compile_failed=0
build_guest() {
  local prog test unlisted
  bpftool btf dump file "$kdir/vmlinux" format c >"$work/vmlinux.h"
  mapfile -t kos < <(find "$kdir" -name '*.ko' | sort)
  # Listed as built, not as written: 6.1 lists cubictcp_init only under
  # CONFIG_DYNAMIC_FTRACE, and its verifier refuses the call without it.
  llvm-nm-"$llvm" "$kdir/vmlinux" "${kos[@]}" |
    sed -nE 's/.* __BTF_ID__func__([A-Za-z0-9_]+)__[0-9]+$/\1/p' |
    sort -u >"$work/listed-kfuncs.txt"
  for prog in "$here"/test/Inputs/boot/progs/*.bpf.c; do
    test=$(basename "$prog" .bpf.c)
    unlisted=$(sed -nE 's/.*[ *]([A-Za-z0-9_]+)\(.*\) __ksym;.*/\1/p' "$prog" |
               grep -vxFf "$work/listed-kfuncs.txt" | tr '\n' ' ' || true)
    if [ -n "$unlisted" ]; then
      echo "KFUNC-TEST $test skipped: not in .BTF_ids of this kernel as built: $unlisted" >>"$results"
    elif clang-"$llvm" -target bpf -O2 -g -I"$work" -I"$here/test/Inputs/boot" \
           -c "$prog" -o "$work/bpf/$test.bpf.o" 2>"$work/bpf/$test.log"; then
      tests+=("$test") objs+=("$work/bpf/$test.bpf.o")
    else
      echo "KFUNC-TEST $test failed: does not compile against this kernel's vmlinux.h: $(grep -m1 'error:' "$work/bpf/$test.log")" >>"$results"
      compile_failed=$((compile_failed + 1))
    fi
  done
  cc -O2 -Wall -static -I"$here/test/Inputs/boot" \
    "$here/test/Inputs/boot/loader.c" \
    -o "$work/loader" -lbpf -lelf -lz
  "$here/test/Inputs/boot/mkinitramfs.sh" "$work/initramfs.cpio.gz" "$busybox" \
    "$work/loader" "${objs[@]}" -- "${kos[@]}"
  qemu+=(-initrd "$work/initramfs.cpio.gz")
}

append="console=ttyS0 panic=-1 initcall_debug log_buf_len=4M"
if [ "$arch" = x86_64 ]; then
  build_guest
else
  # No userland: the initcall lines must reach the console (KERN_DEBUG).
  append="$append loglevel=8"
  echo "KFUNC-TEST programs skipped: the mips JIT cannot call kfuncs (no bpf_jit_supports_kfunc_call)" >>"$results"
fi
t1=$(date +%s)

# --- Boot (TCG: no KVM assumed). ---------------------------------------------
# x86_64: the guest reboots when done, and -no-reboot ends qemu. mips: the
# small Malta config has no restart driver ("Reboot failed -- System
# halted"), so qemu is stopped once the kernel has panicked.
if [ "$arch" = x86_64 ]; then done_re='^KFUNC-DONE'; else done_re='No working init found|Unable to mount root fs'; fi
"${qemu[@]}" -nographic -no-reboot -append "$append" </dev/null >"$work/serial.log" 2>&1 &
qpid=$! status=0 deadline=$((SECONDS + timeout))
while kill -0 "$qpid" 2>/dev/null; do
  if [ $SECONDS -ge $deadline ]; then
    status=124; kill "$qpid" 2>/dev/null || true; break
  fi
  if [ "$arch" = mips ] && grep -q 'Kernel panic - not syncing' "$work/serial.log"; then
    sleep 1; kill "$qpid" 2>/dev/null || true; break
  fi
  sleep 1
done
wait "$qpid" || { rc=$?; [ $status -ne 0 ] || status=$rc; }
t2=$(date +%s)
tr -d '\r' <"$work/serial.log" >"$work/serial.txt"

# --- Judge. -------------------------------------------------------------------
passed=0 failed=$compile_failed
grep -E '^KFUNC-(BOOT|BTF) ' "$work/serial.txt" || true
grep -iE 'btf|kfunc' "$work/serial.txt" | grep -vE '^KFUNC-|(calling|initcall) ' | sed 's/^/  kernel: /' || true

# Registration: "initcall SYM+0x../0x.. returned N", from the guest's dmesg
# (x86_64) or the console (mips). Under LTO an initcall is called through a
# stub __initstub__kmod_MOD__N_LINE_FNLEVEL (include/linux/init.h), which
# also names the object (MOD, for built-in code the file's base name);
# Without CONFIG_KALLSYMS the kernel prints the address ("initcall
# 0x8012abcd returned 0"), which System.map turns into the name.
# initcalls.txt has "FN MOD RET", MOD "-" when the symbol is FN itself.
sed -nE 's/.*initcall ([A-Za-z0-9_.]+)(\+0x[0-9a-f]+\/0x[0-9a-f]+)?( \[[^]]*\])? returned (-?[0-9]+) .*/\1 \4/p' \
  "$work/serial.txt" |
  awk 'function norm(a) { a = tolower(a); sub(/^0x/, "", a); sub(/^0+/, "", a); return a }
       FILENAME != "-" { name[norm($1)] = $3; next }
       $1 ~ /^0x/ && (norm($1) in name) { $1 = name[norm($1)] } { print }' \
    "$kdir/System.map" - |
  sed -E 's/^__initstub__kmod_(.+)__[0-9]+_[0-9]+_(.+)(early|con|rootfs|[0-7]s?) /\2 \1 /; t; s/^([^ ]+) /\1 - /' |
  sort -u >"$work/initcalls.txt"
kfunc_initcalls >"$work/kfunc-initcalls.txt"
seen=0
while read -r fn file; do
  # Only a file that was built can have run.
  [ -f "$kdir/${file%.c}.o" ] || continue
  # This file's initcall; by name alone if no stub names the file (a
  # kernel without LTO, or a module built of several files).
  ret=$(awk -v fn="$fn" -v mod="$(basename "$file" .c)" '
          $1 == fn && $2 == mod { print $3; found = 1 }
          $1 == fn { any[$3] = 1 }
          END { if (!found) for (r in any) print r }' "$work/initcalls.txt" | sort -u | tr '\n' ' ')
  [ -n "$ret" ] || continue
  seen=$((seen + 1))
  if [ "$ret" = "0 " ]; then
    echo "KFUNC-SET $fn ($file) registered: initcall returned 0" >>"$results"
    passed=$((passed + 1))
  else
    echo "KFUNC-SET $fn ($file) failed: initcall returned ${ret% }" >>"$results"
    failed=$((failed + 1))
  fi
done <"$work/kfunc-initcalls.txt"
if [ $seen -eq 0 ]; then
  echo "KFUNC-SET none seen: no initcall line names a function that registers kfunc sets" >>"$results"
  failed=$((failed + 1))
fi

# Modules (x86_64): insmod runs their init, which registers their sets.
for ko in "${kos[@]}"; do
  m=$(basename "$ko" .ko)
  line=$(grep -m1 "^KFUNC-MODULE $m " "$work/serial.txt" || true)
  [ -n "$line" ] || line="KFUNC-MODULE $m failed: no result from the guest"
  echo "$line" >>"$results"
  case $line in
    "KFUNC-MODULE $m loaded") passed=$((passed + 1)) ;;
    *) failed=$((failed + 1)) ;;
  esac
done

# Programs.
for test in "${tests[@]}"; do
  line=$(grep -m1 "^KFUNC-TEST $test " "$work/serial.txt" || true)
  run=$(grep -m1 "^KFUNC-RUN $test " "$work/serial.txt" || true)
  [ -n "$line" ] || line="KFUNC-TEST $test failed: no result from the guest"
  echo "$line" >>"$results"
  [ -z "$run" ] || echo "$run" >>"$results"
  case "$line|$run" in
    "KFUNC-TEST $test loaded:"*"|KFUNC-RUN $test fail:"*) failed=$((failed + 1)) ;;
    "KFUNC-TEST $test loaded:"*) passed=$((passed + 1)) ;;
    *) failed=$((failed + 1)) ;;
  esac
done
skipped=$(grep -c '^KFUNC-TEST [^ ]* skipped:' "$results" || true)
cat "$results"

# x86_64: the guest says when it is done. mips: the kernel got as far as
# looking for an init.
finished=0
grep -qE "$done_re" "$work/serial.txt" && finished=1
if [ $finished -eq 0 ]; then
  echo "boot-test: the guest did not finish (qemu status $status; 124: the timeout):"
  tail -n 20 "$work/serial.txt" | sed 's/^/  /'
fi
echo "boot-test: $name ($arch): preparing $((t1 - t0)) s, boot and tests $((t2 - t1)) s (TCG); serial log $work/serial.log"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$expect" = record ]; then
  exit $(( finished == 1 ? 0 : 1 ))
fi
exit $(( finished == 1 && failed == 0 && passed > 0 ? 0 : 1 ))
