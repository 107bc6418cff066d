#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Install what kfunc-preserve needs from Debian 12's packages, if missing:
# the build tools, GoogleTest (the unit tests), git and dpkg-dev (the
# repository and package tests) and, for each LLVM major given (default:
# 14 19 22), its development files, clang, lld, tools (FileCheck, lit) and
# compiler-rt (the libFuzzer runtime of the hardening jobs); libbpf, for
# kfunc-scan's BTF checks. --kernel adds what the whole-kernel builds and the
# boot test need (utils/kernel-build.sh, utils/boot-test.sh): the kernel
# sources, kbuild's tools, pahole, QEMU, bpftool and the static libraries
# of the guest's loader.
#
#   utils/install-deps.sh [--kernel] [MAJOR...]
set -euo pipefail

kernel=0
[ "${1:-}" = --kernel ] && { kernel=1; shift; }
versions=("$@")
[ ${#versions[@]} -gt 0 ] || versions=(14 19 22)

pkgs=(cmake ninja-build g++ python3 libgtest-dev git dpkg-dev pkg-config libbpf-dev)
[ $kernel -eq 0 ] || pkgs+=(linux-source-6.12 linux-source-6.1 dwarves flex bison bc cpio
                            libelf-dev libssl-dev zlib1g-dev qemu-system-x86 qemu-system-mips
                            bpftool busybox-static file xz-utils)
for v in "${versions[@]}"; do
  pkgs+=("llvm-$v-dev" "clang-$v" "lld-$v" "llvm-$v-tools" "libclang-rt-$v-dev")
done

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "kfunc-preserve: installing ${missing[*]}" >&2
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "kfunc-preserve: apt-get update failed; trying the cached lists" >&2
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
