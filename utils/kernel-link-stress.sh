#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# The link-time half of the kernel recipe at whole-kernel scale: re-run a
# finished build's vmlinux.o ThinLTO link (ld.lld -r of vmlinux.a with the
# plugin loaded, the command kbuild saved in .vmlinux.o.cmd) several times,
# with --thinlto-jobs=J so the plugin runs in J backend threads at once and
# KFUNC_PRESERVE_OPTIONS=-kfunc-report=DIR/ so every backend writes a report.
# Checks that no link crashes, that every report is valid against the schema
# (utils/kfunc-report-validate.py) and that every run gives the same findings.
#
#   utils/kernel-link-stress.sh BUILD_DIR [--runs N] [--jobs J] [--codegen]
#
# BUILD_DIR is a utils/kernel-build.sh directory built with --plugin and
# clang LTO. By default the links stop before code generation
# (--lto-emit-llvm): the plugin runs in the backends' optimization pipeline,
# which is all this checks, at a third of the CPU time. --codegen runs the
# links in full. Outputs go to BUILD_DIR/link-stress/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=utils/plugin-lines.sh
. "$here/utils/plugin-lines.sh"
dir=${1:?usage: utils/kernel-link-stress.sh BUILD_DIR [--runs N] [--jobs J] [--codegen]}
shift
runs=10 jobs=8 codegen=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --codegen) codegen=1; shift ;;
    *) echo "kernel-link-stress: unknown argument $1" >&2; exit 2 ;;
  esac
done
dir=$(cd "$dir" && pwd)
cmd=$(sed -n 's/^savedcmd_vmlinux\.o := //p' "$dir/.vmlinux.o.cmd")
link=${cmd%%;*}
case $link in
  *--load-pass-plugin=*) ;;
  *) echo "kernel-link-stress: $dir's vmlinux.o link does not load the plugin: $link" >&2; exit 2 ;;
esac
# Same command, another output, more backend threads.
read -ra argv <<<"$link"
out=$dir/link-stress
rm -rf "$out"; mkdir -p "$out"
new=()
for ((i = 0; i < ${#argv[@]}; i++)); do
  if [ "${argv[i]}" = -o ]; then new+=(-o "$out/vmlinux.o"); i=$((i + 1)); else new+=("${argv[i]}"); fi
done
new+=(--thinlto-jobs="$jobs")
[ $codegen -eq 1 ] || new+=(--lto-emit-llvm)
echo "kernel-link-stress: ${new[*]}"

status=0
for ((r = 1; r <= runs; r++)); do
  rep=$out/reports-$r
  mkdir -p "$rep"
  t0=$(date +%s)
  if ! (cd "$dir" && KFUNC_PRESERVE_OPTIONS="${KFUNC_PRESERVE_OPTIONS:-} -kfunc-report=$rep/" \
        "${new[@]}") >"$out/link-$r.log" 2>&1; then
    echo "kernel-link-stress: run $r: the link FAILED (log: $out/link-$r.log)"; status=1; continue
  fi
  n=$(find "$rep" -name '*.json' | wc -l)
  if ! python3 "$here/utils/kfunc-report-validate.py" "$rep" >"$out/validate-$r.log" 2>&1; then
    echo "kernel-link-stress: run $r: invalid reports (log: $out/validate-$r.log)"; status=1
  fi
  # The findings of a run: every diagnostic line the plugin printed, sorted.
  plugin_lines "$out/link-$r.log" | sort >"$out/findings-$r.txt"
  echo "kernel-link-stress: run $r: $(( $(date +%s) - t0 )) s, $n reports, $(wc -l <"$out/findings-$r.txt") findings"
  [ "$n" -gt 0 ] || { echo "kernel-link-stress: run $r wrote no report"; status=1; }
  if [ "$r" -gt 1 ] && ! cmp -s "$out/findings-1.txt" "$out/findings-$r.txt"; then
    echo "kernel-link-stress: run $r: findings differ from run 1"; status=1
  fi
done
echo "kernel-link-stress: $runs runs, $( [ $status -eq 0 ] && echo PASS || echo FAIL)"
exit $status
