#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# Stress the plugin in ld.lld's parallel ThinLTO backends, the link-time half
# of the kernel recipe: run one `ld.lld -r` ThinLTO link with the plugin
# loaded RUNS times, with --thinlto-jobs=JOBS so the plugin runs in JOBS
# backend threads at once and KFUNC_PRESERVE_OPTIONS=-kfunc-report=DIR/ so
# every backend writes a report. Each run must exit 0 and write reports, all
# valid against the schema (utils/kfunc-report-validate.py), with the same
# findings as the first run: the same findings in the reports
# (test/Inputs/e2e/report-findings.py) and the same lines printed by the
# plugin, sorted.
#
#   utils/thinlto-stress.sh [--runs 10] [--jobs 8] [--work DIR]
#       [--llvm 19] [--modules 400] [--plugin PATH]
#   utils/thinlto-stress.sh --kernel BUILD_DIR [--runs 10] [--jobs 8]
#       [--work DIR] [--codegen]
#
# Without --kernel: generate MODULES small kernel-style modules
# (utils/gen-thinlto-modules.py), compile them with clang and the plugin of
# LLVM N (default build/llvm-N/pass/KfuncPreserve.so) and link them.
# test/e2e/thinlto-many-modules.test is the small version in the suite. The
# work directory defaults to a new temporary one.
#
# --kernel BUILD_DIR: re-run a finished kernel build's vmlinux.o link (ld.lld
# -r of vmlinux.a with the plugin loaded, the command kbuild saved in
# .vmlinux.o.cmd), with another output. BUILD_DIR is a utils/kernel-build.sh
# directory built with --plugin and clang LTO. By default the links stop
# before code generation (--lto-emit-llvm): the plugin runs in the backends'
# optimization pipeline, which is all this checks, at a third of the CPU
# time; --codegen runs them in full. The work directory defaults to
# BUILD_DIR/link-stress/.
#
# Per run, the work directory holds link-R.log (the linker's output),
# reports-R/, validate-R.log, findings-R.txt and lines-R.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=utils/plugin-lines.sh
. "$here/utils/plugin-lines.sh"

usage() {
  sed -n '13,16p' "$0" | sed 's/^# //' >&2
  exit 2
}
kernel='' runs=10 jobs=8 work='' codegen=0 llvm=19 modules=400 plugin=''
while [ $# -gt 0 ]; do
  case $1 in
    --kernel) kernel=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --codegen) codegen=1; shift ;;
    --llvm) llvm=$2; shift 2 ;;
    --modules) modules=$2; shift 2 ;;
    --plugin) plugin=$2; shift 2 ;;
    *) echo "thinlto-stress: unknown argument $1" >&2; usage ;;
  esac
done

# kernel_link: the vmlinux.o link of build $kernel, in link_dir/link_cmd.
kernel_link() {
  kernel=$(cd "$kernel" && pwd)
  local cmd argv i
  cmd=$(sed -n 's/^savedcmd_vmlinux\.o := //p' "$kernel/.vmlinux.o.cmd")
  cmd=${cmd%%;*}
  case $cmd in
    *--load-pass-plugin=*) ;;
    *) echo "thinlto-stress: $kernel's vmlinux.o link does not load the plugin: $cmd" >&2; exit 2 ;;
  esac
  # The default directory is the script's own: emptied first.
  [ -n "$work" ] || { work=$kernel/link-stress; rm -rf "$work"; }
  mkdir -p "$work"
  read -ra argv <<<"$cmd"
  link_cmd=()
  for ((i = 0; i < ${#argv[@]}; i++)); do
    if [ "${argv[i]}" = -o ]; then link_cmd+=(-o "$work/vmlinux.o"); i=$((i + 1)); else link_cmd+=("${argv[i]}"); fi
  done
  [ $codegen -eq 1 ] || link_cmd+=(--lto-emit-llvm)
  link_dir=$kernel
}

# modules_link: generate and compile $modules modules; their link.
modules_link() {
  local bin=/usr/lib/llvm-$llvm/bin load
  plugin=${plugin:-$here/build/llvm-$llvm/pass/KfuncPreserve.so}
  [ -f "$plugin" ] || { echo "thinlto-stress: no plugin at $plugin (utils/build.sh $llvm)" >&2; exit 2; }
  work=${work:-$(mktemp -d)}
  mkdir -p "$work"
  load=(-fpass-plugin="$plugin")
  [ "$llvm" -lt 22 ] && load+=(-Xclang -load -Xclang "$plugin")
  python3 "$here/utils/gen-thinlto-modules.py" --count "$modules" --out "$work/src"
  echo "thinlto-stress: compiling $modules modules"
  python3 "$here/test/Inputs/e2e/compile-each.py" "$work/obj" "$bin/clang" -O2 -g \
    -flto=thin -fvisibility=hidden -I"$here/example" "${load[@]}" \
    -mllvm -kfunc-checks=-missing-annotation -- "$work"/src/*.c
  link_cmd=("$bin/ld.lld" --load-pass-plugin="$plugin" -r "$work"/obj/*.o -o "$work/vmlinux.o")
  link_dir=$work
}

# run_once R: link once; judge the run and compare it with run 1.
run_once() {
  local r=$1 rep=$work/reports-$1 t0 n ok=0
  rm -rf "$rep"; mkdir -p "$rep"
  t0=$(date +%s)
  if ! (cd "$link_dir" && KFUNC_PRESERVE_OPTIONS="${KFUNC_PRESERVE_OPTIONS:-} -kfunc-report=$rep/" \
        "${link_cmd[@]}" --thinlto-jobs="$jobs") >"$work/link-$r.log" 2>&1; then
    echo "thinlto-stress: run $r: the link FAILED (log: $work/link-$r.log)"; return 1
  fi
  n=$(find "$rep" -name '*.json' | wc -l)
  if ! python3 "$here/utils/kfunc-report-validate.py" "$rep" >"$work/validate-$r.log" 2>&1; then
    echo "thinlto-stress: run $r: invalid reports (log: $work/validate-$r.log)"; ok=1
  fi
  python3 "$here/test/Inputs/e2e/report-findings.py" "$rep" >"$work/findings-$r.txt"
  plugin_lines "$work/link-$r.log" | sort >"$work/lines-$r.txt"
  echo "thinlto-stress: run $r: $(( $(date +%s) - t0 )) s, $n reports, $(grep -c -v '^reports:' "$work/findings-$r.txt") findings, $(wc -l <"$work/lines-$r.txt") plugin lines"
  [ "$n" -gt 0 ] || { echo "thinlto-stress: run $r wrote no report"; ok=1; }
  if [ "$r" -gt 1 ]; then
    for f in findings lines; do
      cmp -s "$work/$f-1.txt" "$work/$f-$r.txt" ||
        { echo "thinlto-stress: run $r: $f differ from run 1 (diff $work/$f-1.txt $work/$f-$r.txt)"; ok=1; }
    done
  fi
  return $ok
}

if [ -n "$kernel" ]; then kernel_link; else modules_link; fi
echo "thinlto-stress: work directory $work"
echo "thinlto-stress: ${link_cmd[*]} --thinlto-jobs=$jobs"
status=0
for ((r = 1; r <= runs; r++)); do
  run_once "$r" || status=1
done
echo "thinlto-stress: $runs runs, $( [ $status -eq 0 ] && echo PASS || echo FAIL)"
exit $status
