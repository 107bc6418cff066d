#!/usr/bin/env bash
# Boot a kernel built by utils/kernel-build.sh under QEMU and let the BPF
# verifier judge kfunc calls: the kernel's own verdict on its kfuncs.
#
#   utils/boot-test.sh [--variant NAME | --kernel-dir DIR] [--timeout S]
#       [--expect pass|record] [--llvm N] [--work DIR]
#
#   --variant NAME   the build in $KFUNC_KERNEL_CACHE/whole/NAME (default
#                    cache ~/.cache/kfunc-preserve; default NAME
#                    6.12-x86_64-thin-empty-plugin)
#   --kernel-dir D   a kernel build directory instead (vmlinux, bzImage,
#                    .config, and "source", the link kbuild makes to the tree)
#   --timeout S      hard limit on the guest's run (default 600 s, TCG)
#   --expect pass    every test must load and return what it should (default)
#   --expect record  report outcomes only; fail only if the guest did not
#                    finish (for builds expected to lose kfuncs)
#   --work DIR       default build/boot/NAME
#
# Each test/boot/progs/NAME.bpf.c is one test. It is compiled (clang -target
# bpf -O2 -g) against a vmlinux.h that bpftool makes from the kernel's own
# vmlinux, if every kfunc it declares (extern ... __ksym) is listed in a
# BTF_ID_FLAGS(func, ...) line of the kernel's source; otherwise the test is
# skipped for that kernel (a kfunc newer than the kernel), and said so. The
# guest (test/boot/init, busybox) runs test/boot/loader.c, built static
# against libbpf, on every object; it prints "KFUNC-TEST NAME loaded|rejected:
# <verifier's last line>" and, for the programs it runs, "KFUNC-RUN NAME
# pass|fail: ...". Booted with initcall_debug: the guest also prints failed
# initcalls and those of the kfunc-registering subsystems (KFUNC-DMESG).
#
# Prints one line per test and "N passed, N failed, N skipped"; the serial
# log is WORK/serial.log. Exit status: 0 all passed (--expect record: the
# guest finished), 1 otherwise, 2 usage error, 77 skipped: a tool, library or
# the kernel build is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

cache=${KFUNC_KERNEL_CACHE:-$HOME/.cache/kfunc-preserve}
variant= kdir= timeout=600 expect=pass llvm=19 work=
while [ $# -gt 0 ]; do
  case $1 in
    --variant) variant=$2; shift 2 ;;
    --kernel-dir) kdir=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --expect) expect=$2; shift 2 ;;
    --llvm) llvm=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
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
if grep -qx 'CONFIG_X86_64=y' "$kdir/.config"; then
  image=$kdir/arch/x86/boot/bzImage qemu=qemu-system-x86_64 bpf_target=bpf
else
  skip "$kdir is not an x86_64 kernel: only x86_64 guests are supported"
fi
[ -f "$image" ] || skip "no $image"
src=$(readlink -f "$kdir/source" 2>/dev/null || true)
[ -d "$src/kernel/bpf" ] || skip "no kernel source tree at $kdir/source"
missing=()
for t in "$qemu" bpftool "clang-$llvm" cc cpio gzip busybox timeout; do
  command -v "$t" >/dev/null || missing+=("$t")
done
libdir=$(cc -print-multiarch 2>/dev/null || true)
for a in libbpf libelf libz; do
  [ -f "/usr/lib/$libdir/$a.a" ] || missing+=("$a.a")
done
busybox=$(command -v busybox || true)
[ -z "$busybox" ] || ! file -L "$busybox" | grep -q 'dynamically linked' ||
  missing+=("a static busybox (busybox-static)")
[ ${#missing[@]} -eq 0 ] ||
  skip "missing ${missing[*]} (apt-get install qemu-system-x86 bpftool clang-$llvm libbpf-dev libelf-dev zlib1g-dev busybox-static cpio)"

rm -rf "$work"
mkdir -p "$work/bpf"
results=$work/results.txt
: >"$results"
t0=$(date +%s)

# --- The BPF objects, against this kernel's BTF. -----------------------------
bpftool btf dump file "$kdir/vmlinux" format c >"$work/vmlinux.h"
grep -rhoE --include='*.c' 'BTF_ID_FLAGS\(func, [A-Za-z0-9_]+' "$src" |
  sed 's/.*, //' | sort -u >"$work/listed-kfuncs.txt"
tests=() compile_failed=0
for prog in "$here"/test/boot/progs/*.bpf.c; do
  test=$(basename "$prog" .bpf.c)
  unlisted=$(sed -nE 's/.*[ *]([A-Za-z0-9_]+)\(.*\) __ksym;.*/\1/p' "$prog" |
             grep -vxFf "$work/listed-kfuncs.txt" | tr '\n' ' ' || true)
  if [ -n "$unlisted" ]; then
    echo "KFUNC-TEST $test skipped: not in a kfunc set of this kernel's source: $unlisted" >>"$results"
    continue
  fi
  if clang-"$llvm" -target "$bpf_target" -O2 -g -I"$work" -I"$here/test/boot" \
       -c "$prog" -o "$work/bpf/$test.bpf.o" 2>"$work/bpf/$test.log"; then
    tests+=("$test")
  else
    echo "KFUNC-TEST $test failed: does not compile against this vmlinux.h: $(grep -m1 'error:' "$work/bpf/$test.log")" >>"$results"
    compile_failed=$((compile_failed + 1))
  fi
done
cc -O2 -Wall -static -I"$here/test/boot" "$here/test/boot/loader.c" \
  -o "$work/loader" -lbpf -lelf -lz
objs=()
for test in "${tests[@]}"; do objs+=("$work/bpf/$test.bpf.o"); done
"$here/test/boot/mkinitramfs.sh" "$work/initramfs.cpio.gz" "$busybox" "$work/loader" "${objs[@]}"
t1=$(date +%s)

# --- Boot. ----------------------------------------------------------------------
# TCG (no KVM assumed). initcall_debug logs every initcall's return value at
# KERN_DEBUG (kept off the console, read back by the guest's dmesg).
status=0
timeout --kill-after=10 "$timeout" "$qemu" -nographic -no-reboot -m 512M \
  -kernel "$image" -initrd "$work/initramfs.cpio.gz" \
  -append "console=ttyS0 panic=-1 initcall_debug log_buf_len=4M" \
  </dev/null >"$work/serial.log" 2>&1 || status=$?
t2=$(date +%s)
tr -d '\r' <"$work/serial.log" >"$work/serial.txt"

# --- Judge. -------------------------------------------------------------------
grep -E '^KFUNC-(BOOT|BTF|DMESG) ' "$work/serial.txt" || true
passed=0 failed=$compile_failed
for test in "${tests[@]}"; do
  line=$(grep -m1 "^KFUNC-TEST $test " "$work/serial.txt" || true)
  run=$(grep -m1 "^KFUNC-RUN $test " "$work/serial.txt" || true)
  [ -n "$line" ] || line="KFUNC-TEST $test failed: no result from the guest"
  echo "$line" >>"$results"
  [ -z "$run" ] || echo "$run" >>"$results"
  case "$line" in
    "KFUNC-TEST $test loaded:"*) ;;
    *) failed=$((failed + 1)); continue ;;
  esac
  case "$run" in
    "KFUNC-RUN $test fail:"*) failed=$((failed + 1)) ;;
    *) passed=$((passed + 1)) ;;
  esac
done
skipped=$(grep -c '^KFUNC-TEST [^ ]* skipped:' "$results" || true)
cat "$results"
finished=0
grep -q '^KFUNC-DONE' "$work/serial.txt" && finished=1
if [ $finished -eq 0 ]; then
  echo "boot-test: the guest did not finish (qemu status $status; timeout is 124):"
  tail -n 20 "$work/serial.txt" | sed 's/^/  /'
fi
echo "boot-test: $name: build $((t1 - t0)) s, boot and tests $((t2 - t1)) s (TCG); serial log $work/serial.log"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$expect" = record ]; then
  exit $(( finished == 1 ? 0 : 1 ))
fi
exit $(( finished == 1 && failed == 0 && passed > 0 ? 0 : 1 ))
