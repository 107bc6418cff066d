#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Makes the boot test's initramfs: Debian's static busybox, init (beside
# this script), the loader, the BPF objects (in /bpf) and the kernel's
# modules (in /modules).
#
#   test/Inputs/boot/mkinitramfs.sh OUT.cpio.gz BUSYBOX LOADER [OBJ.bpf.o...] [-- MOD.ko...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 3 ] || { echo "usage: $0 OUT.cpio.gz BUSYBOX LOADER OBJ.bpf.o..." >&2; exit 2; }
out=$1 busybox=$2 loader=$3
shift 3
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging"/{bin,dev,proc,sys,bpf,modules}
install -m 755 "$busybox" "$staging/bin/busybox"
install -m 755 "$here/init" "$staging/init"
install -m 755 "$loader" "$staging/loader"
dest=bpf
for file in "$@"; do
  if [ "$file" = -- ]; then dest=modules; continue; fi
  install -m 644 "$file" "$staging/$dest/"
done
# The kernel's built-in initramfs already has /dev/console; this one is for
# a kernel built without it, and needs root.
mknod -m 600 "$staging/dev/console" c 5 1 2>/dev/null || true
(cd "$staging" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9 >"$out"
