#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The whole-kernel jobs of CI: build whole 6.12 kernels with __bpf_kfunc
# emptied and the plugin used as docs/kernel.md says, judge each build with
# "kfunc-scan --verify" (vmlinux and every module, against BTF), and boot each
# under QEMU, where the kernel registers its kfunc sets and the BPF verifier
# judges programs that call kfuncs (utils/boot-test.sh).
#
#   utils/kernel-ci.sh --plugin PLUGIN.so --scan KFUNC-SCAN [--arch x86_64|mips|all]
#
# x86_64: ThinLTO, the kernel's ld.lld -r flow; booted with BPF programs.
# mips:   CONFIG_LD_DEAD_CODE_DATA_ELIMINATION (--gc-sections), the kernel's
#         flow that drops unprotected kfuncs: built in two phases (the
#         second with the first's kfunc list, for cross-file kfuncs),
#         verified, booted for set registration.
# Each job counts as one check; the last line is "N passed, N failed" and the
# exit status is non-zero on any failure. A job whose tools or sources are
# missing (exit 77 of the scripts it runs) checked nothing: it is reported as
# skipped and counted as a failure.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
plugin='' scan='' arches=all
while [ $# -gt 0 ]; do
  case $1 in
    --plugin) plugin=$2; shift 2 ;;
    --scan) scan=$2; shift 2 ;;
    --arch) arches=$2; shift 2 ;;
    *) echo "kernel-ci: unknown argument $1" >&2; exit 2 ;;
  esac
done
if [ -z "$plugin" ] || [ -z "$scan" ]; then
  echo "usage: utils/kernel-ci.sh --plugin P --scan S [--arch ...]" >&2; exit 2
fi
[ "$arches" = all ] && arches="x86_64 mips"

pass=0 fail=0 skipped=0
job() { # job NAME COMMAND...
  local name=$1 t0 rc; shift
  t0=$(date +%s)
  echo "=== kernel-ci: $name"
  "$@"; rc=$?
  case $rc in
    0) pass=$((pass + 1)); echo "kernel-ci: $name: PASS ($(( $(date +%s) - t0 )) s)" ;;
    77) skipped=$((skipped + 1)); fail=$((fail + 1))
        echo "kernel-ci: $name: SKIPPED, counted as a failure" ;;
    *) fail=$((fail + 1)); echo "kernel-ci: $name: FAIL (exit $rc, $(( $(date +%s) - t0 )) s)" ;;
  esac
  return $rc
}
build=(bash "$here/utils/kernel-build.sh" --kernel 6.12 --tree empty --plugin "$plugin")
for arch in $arches; do
  if [ "$arch" = x86_64 ]; then
    name=6.12-x86_64-thin-empty-plugin
    job "build+verify $name" "${build[@]}" --arch x86_64 --scan "$scan" &&
      job "boot $name" bash "$here/utils/boot-test.sh" --variant "$name"
  else
    # --gc-sections drops the kfuncs that one file lists and another defines
    # unless that file is compiled with their names: the two-phase recipe
    # of docs/kfunc-scan.md, whose second phase is judged and booted.
    first=6.12-mips-none-empty-plugin
    name=$first-list
    job "build $first" "${build[@]}" --arch mips &&
      job "second phase+verify $name" "${build[@]}" --arch mips --from "$first" \
        --second-phase --scan "$scan" --name "$name" &&
      job "boot $name" bash "$here/utils/boot-test.sh" --variant "$name"
  fi
done
echo "kernel-ci: $skipped skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
