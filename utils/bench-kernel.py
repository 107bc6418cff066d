#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""The plugin's share of a kernel build's compiles, measured inside clang.

Whole-build CPU times with and without the plugin differ by more than the
plugin costs on a shared machine (two 6.12 builds here: 1041 s without,
978 s with). So this measures the share where it is exact: it replays
compile commands that kbuild saved in a build directory made with the
plugin (utils/kernel-build.sh --plugin P), each with -ftime-report added
and its outputs redirected to a scratch directory (the build is not
touched), and compares, in the same process, the time of the plugin's
passes and analyses (the "kfunc-..." lines of clang's pass and analysis
timing reports) with the CPU time of the whole compile (user+sys).

  utils/bench-kernel.py BUILD_DIR [--every 10] [--runs 1]

--every N replays every Nth C object (sorted by path; all with 1).
Prints one summary line and the objects where the plugin took longest;
exits non-zero when there was no command to replay, one failed, or no
timing report showed a kfunc pass.
"""

import argparse
import os
import re
import shlex
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import run_cpu  # noqa: E402

SAVED = re.compile(r"^(?:saved)?cmd_(\S+\.o) := (.*)$")
TIMING_LINE = re.compile(r"^\s*(?:\d+\.\d+ \(\s*[\d.]+%\)\s+){2}(\d+\.\d+) \(\s*[\d.]+%\)\s+.*?(\S+)\s*$")


def compile_commands(build, every):
    """(object, argv) of every `every`-th single clang compile of a .c file
    with the plugin that kbuild saved in BUILD/**/.*.o.cmd, sorted by
    object (host tools, built without KCFLAGS, are left out)."""
    found = []
    for root, _, files in os.walk(build):
        for f in files:
            if not (f.startswith(".") and f.endswith(".o.cmd")):
                continue
            with open(os.path.join(root, f), errors="replace") as fh:
                m = SAVED.match(fh.readline().rstrip("\n"))
            if not m or any(s in m.group(2) for s in (";", "&&", "|")):
                continue
            argv = shlex.split(m.group(2))
            if (argv and os.path.basename(argv[0]).startswith("clang") and "-c" in argv
                    and argv[-1].endswith(".c") and any(x.startswith("-fpass-plugin=") for x in argv)):
                found.append((m.group(1), argv))
    found.sort()
    return found[::every]


def redirected(argv, scratch):
    """argv with -o and the -MMD dependency file moved into scratch."""
    out = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "-o":
            out += ["-o", os.path.join(scratch, "out.o")]
            i += 2
            continue
        if a.startswith("-Wp,-MMD,"):
            a = "-Wp,-MMD," + os.path.join(scratch, "out.d")
        out.append(a)
        i += 1
    return out + ["-ftime-report"]


def plugin_seconds(report):
    """(User+System seconds, number of lines) of the kfunc passes and
    analyses in a -ftime-report text (pass and analysis reports; a pass's
    time excludes the analyses it asked for). Each line is rounded to
    0.1 ms."""
    total, lines = 0.0, 0
    for line in report.splitlines():
        m = TIMING_LINE.match(line)
        if m and m.group(2).startswith(("kfunc-", "kfunc::")):
            total += float(m.group(1))
            lines += 1
    return total, lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build")
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--runs", type=int, default=1, help="median of this many runs per object")
    a = ap.parse_args()
    cmds = compile_commands(a.build, max(1, a.every))
    if not cmds:
        print("bench-kernel: no compile command with -fpass-plugin= in %s" % a.build)
        return 1
    rows = []
    with tempfile.TemporaryDirectory(prefix="kfunc-bench-kernel-") as scratch:
        for obj, argv in cmds:
            cpu, plug = [], []
            for _ in range(a.runs):
                c, text = run_cpu(redirected(argv, scratch), cwd=a.build)
                t, n = plugin_seconds(text)
                cpu.append(c)
                plug.append(t)
            rows.append((obj, statistics.median(cpu), statistics.median(plug), n))
    cpu = sum(r[1] for r in rows)
    plug = sum(r[2] for r in rows)
    if not any(r[3] for r in rows):
        print("bench-kernel: clang's -ftime-report showed no kfunc pass: was the plugin loaded?")
        return 1
    # The most that rounding each line to 0.1 ms can have hidden.
    bound = plug + sum(r[3] for r in rows) * 0.00005
    print("bench-kernel: %d compiles (every %d of %s): compile CPU %.1f s, plugin %.3f s "
          "= %.3f %% of it (at most %.3f %% with each timing line's rounding)"
          % (len(rows), a.every, a.build, cpu, plug, 100.0 * plug / cpu, 100.0 * bound / cpu))
    print("largest plugin times:")
    for obj, c, p, _ in sorted(rows, key=lambda r: -r[2])[:5]:
        print("  %-40s %7.1f ms of %6.2f s (%.2f %%)" % (obj, 1000 * p, c, 100 * p / c))
    return 0


if __name__ == "__main__":
    sys.exit(main())
