#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Benchmark kfunc-preserve and kfunc-audit on synthetic kernel-scale modules.

For each N (functions; K = N/20 kfuncs over 50 set8 tables by default) this
generates a module with utils/gen-kernel-module.py and runs `opt` on it:

  round trip   -passes=no-op-module      read bitcode, verify, write bitcode
  preserve     -passes=kfunc-preserve
  audit        -passes=kfunc-audit       (on the already pinned module, as in
                                          a real pipeline)
  both         -passes=kfunc-preserve,kfunc-audit
  globaldce    -passes=globaldce         a linear IPO pass, for reference

How time is measured, and why:
  * Pass cost: the "User+System" column of `-time-passes` for the pass
    itself. Whole-process timing would bury a pass of a few ms under
    seconds of bitcode reading and writing, whose own run-to-run noise is
    larger than the pass; -time-passes times exactly the pass's run().
    CPU time rather than wall time, because the machine is shared and wall
    time includes waiting for a core.
  * Round trip: CPU time (user+sys, from os.wait4) of the whole
    `opt -passes=no-op-module` process -- what every compile pays anyway.
  * --runs runs of every mode, taken round robin (one of each mode, then
    the next round), so that a slower minute of a shared machine falls on
    every mode alike; medians and minima. Noise only adds CPU time, so the
    minimum is the least disturbed figure; the median says how much a
    typical run pays.
  * Growth: instruction counts from valgrind --tool=callgrind (optional,
    --callgrind), plugin run minus no-op run, plus the inclusive count of
    the two passes' run() alone; deterministic, unlike time.

  utils/bench.py --plugin build/llvm-19/pass/KfuncPreserve.so [--llvm 19]
                 [-n 25000,50000,100000,200000] [--runs 5] [--callgrind]
                 [--scan build/utils/kfunc-scan/kfunc-scan]
Exit status is non-zero only if a run fails (the numbers are not a gate).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "gen-kernel-module.py")

MODES = [
    ("roundtrip", "no-op-module", []),
    ("preserve", "kfunc-preserve", ["kfunc-preserve"]),
    ("audit", "kfunc-audit", ["kfunc-audit"]),
    ("both", "kfunc-preserve,kfunc-audit", ["kfunc-preserve", "kfunc-audit"]),
    ("globaldce", "globaldce", ["GlobalDCEPass"]),
]


def run_cpu(cmd, **kw):
    """Run cmd; return (cpu seconds of the child, stderr text)."""
    with tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, **kw)
        _, status, ru = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode(errors="replace")
    if p.returncode != 0:
        raise RuntimeError("failed (%d): %s\n%s" % (p.returncode, " ".join(cmd), text[-2000:]))
    return ru.ru_utime + ru.ru_stime, text


def pass_times(text):
    """Map pass name -> User+System seconds from a -time-passes report."""
    out = {}
    in_pass_report = False
    cols = None
    for line in text.splitlines():
        if "Pass execution timing report" in line:
            in_pass_report = True
            cols = None
            continue
        if not in_pass_report:
            continue
        if "--- Name ---" in line:
            cols = re.findall(r"-+\s*([A-Za-z+ ]+?)\s*-+", line)
            continue
        if cols is None:
            continue
        if line.startswith("===") and out:
            break
        nums = re.findall(r"(\d+\.\d+) \(\s*[\d.]+%\)", line)
        if not nums:
            continue
        name = re.sub(r"^(\s*\d+\.\d+ \(\s*[\d.]+%\))+\s*", "", line).strip()
        vals = dict(zip(cols, map(float, nums)))
        v = vals.get("User+System")
        if v is None:
            v = vals.get("User Time", 0.0) + vals.get("System Time", 0.0)
        out[name] = out.get(name, 0.0) + v
    return out


def callgrind(cmd, out_file, functions=()):
    """Total instructions of cmd, and the inclusive instructions of the
    named functions (summed), from one callgrind run."""
    run_cpu(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out_file] + list(cmd))
    total = _cg_total(out_file)
    if not functions:
        return total, None
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out_file],
                         capture_output=True, text=True).stdout
    inside = 0
    for fn in functions:
        best = 0
        for line in ann.splitlines():
            m = re.match(r"\s*([\d,]+)\s.*:(\S*%s)\(" % re.escape(fn), line)
            if m:
                best = max(best, int(m.group(1).replace(",", "")))
        inside += best
    return total, inside


def _cg_total(path):
    with open(path, errors="replace") as f:
        for line in f:
            if line.startswith("totals:") or line.startswith("summary:"):
                return int(line.split()[1])
    raise RuntimeError("no totals in " + path)


def fmt_ms(s):
    return "%.1f" % (s * 1000.0)


def print_table(rows):
    """rows: (n, kfuncs, {mode: seconds})."""
    print("| N | kfuncs | round trip (s) | preserve (ms) | audit (ms) | both (ms) | globaldce (ms) "
          "| both / round trip | both / globaldce | growth of both |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    prev = None
    for n, k, r in rows:
        growth = ""
        if prev and prev[2]["both"] > 0:
            growth = "%.2fx per %.1fx N" % (r["both"] / prev[2]["both"], n / prev[0])
        print("| %d | %d | %.3f | %s | %s | %s | %s | %.2f %% | %.2f | %s |" % (
            n, k, r["roundtrip"], fmt_ms(r["preserve"]), fmt_ms(r["audit"]), fmt_ms(r["both"]),
            fmt_ms(r["globaldce"]), 100.0 * r["both"] / r["roundtrip"],
            r["both"] / r["globaldce"] if r["globaldce"] else float("nan"), growth))
        prev = (n, k, r)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plugin", required=True)
    ap.add_argument("--llvm", default="19", help="LLVM major (tools from /usr/lib/llvm-N/bin)")
    ap.add_argument("-n", "--sizes", default="25000,50000,100000,200000")
    ap.add_argument("--kfunc-ratio", type=int, default=20, help="K = N / ratio")
    ap.add_argument("--sets", type=int, default=50)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", default=None, help="directory for generated modules (kept)")
    ap.add_argument("--callgrind", action="store_true",
                    help="also count instructions at the smallest size and at 4x it")
    ap.add_argument("--scan", default=None, help="kfunc-scan binary: measure files/s")
    ap.add_argument("--scan-files", type=int, default=200)
    a = ap.parse_args()

    bindir = "/usr/lib/llvm-%s/bin" % a.llvm
    opt = os.path.join(bindir, "opt")
    llvm_as = os.path.join(bindir, "llvm-as")
    plugin = os.path.abspath(a.plugin)
    load = ["-load-pass-plugin=" + plugin]
    if int(a.llvm) < 15:
        load += ["-load=" + plugin]
    work = a.work or tempfile.mkdtemp(prefix="kfunc-bench-")
    os.makedirs(work, exist_ok=True)
    sizes = [int(x) for x in a.sizes.split(",") if x]

    ver = subprocess.run([opt, "--version"], capture_output=True, text=True).stdout
    m = re.search(r"LLVM version (\S+)", ver)
    print("# opt %s (%s), plugin %s" % (m.group(1) if m else "?", opt, plugin))
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    print("# machine: %s, %d cpus; %d runs per cell, round robin" % (cpu, os.cpu_count() or 0, a.runs))

    def module(n):
        k = max(1, n // a.kfunc_ratio)
        path = os.path.join(work, "synth-n%d-k%d-s%d-seed%d.bc" % (n, k, a.sets, a.seed))
        if not os.path.exists(path):
            subprocess.run([sys.executable, GEN, "-n", str(n), "-k", str(k), "-s", str(a.sets),
                            "--seed", str(a.seed), "--llvm-as", llvm_as, "-o", path], check=True)
        pinned = path[:-3] + ".pinned.bc"
        if not os.path.exists(pinned):
            run_cpu([opt] + load + ["-passes=kfunc-preserve", path, "-o", pinned])
        return k, path, pinned

    out_bc = os.path.join(work, "out.bc")

    def sample(name, passes, timed, path, pinned):
        """One run of one mode: CPU seconds of the process or of its passes."""
        src = pinned if name == "audit" else path
        cmd = [opt] + (load if timed and name != "globaldce" else []) + \
              ["-passes=" + passes, src, "-o", out_bc]
        if not timed:
            return run_cpu(cmd)[0]
        _, text = run_cpu(cmd[:1] + ["-time-passes"] + cmd[1:])
        t = pass_times(text)
        missing = [p for p in timed if p not in t]
        if missing:
            raise RuntimeError("no -time-passes line for %s in:\n%s" % (missing, text))
        return sum(t[p] for p in timed)

    rows = []  # (n, k, medians, minima)
    for n in sizes:
        k, path, pinned = module(n)
        samples = {name: [] for name, _, _ in MODES}
        # Round robin: a slower minute of the machine falls on every mode.
        for _ in range(a.runs):
            for name, passes, timed in MODES:
                samples[name].append(sample(name, passes, timed, path, pinned))
        med = {name: statistics.median(v) for name, v in samples.items()}
        rows.append((n, k, med, {name: min(v) for name, v in samples.items()}))
        print("# N=%d done: %s" % (n, ", ".join("%s %.4f" % kv for kv in med.items())))
        sys.stdout.flush()

    for title, col in (("Medians", 2), ("Minima", 3)):
        print()
        print("%s of %d runs:" % (title, a.runs))
        print_table([(r[0], r[1], r[col]) for r in rows])

    if a.callgrind:
        if not shutil.which("valgrind"):
            print("\n(valgrind not found: no instruction counts)")
        else:
            n0 = sizes[0]
            print("\nInstructions (callgrind), N = %d and %d:" % (n0, 4 * n0))
            print("| N | no-op run | both run | both - no-op | inside both passes | inside globaldce |")
            print("|---:|---:|---:|---:|---:|---:|")
            got = []
            for n in (n0, 4 * n0):
                k, path, _ = module(n)
                cg = os.path.join(work, "cg")
                noop, _ = callgrind([opt, "-passes=no-op-module", path, "-o", out_bc], cg + ".noop")
                both, inside = callgrind([opt] + load + ["-passes=kfunc-preserve,kfunc-audit", path, "-o", out_bc],
                                         cg + ".both", ["kfunc::KfuncPreservePass::run", "kfunc::KfuncAuditPass::run"])
                _, gdce = callgrind([opt, "-passes=globaldce", path, "-o", out_bc], cg + ".gdce",
                                    ["llvm::GlobalDCEPass::run"])
                got.append((both - noop, inside))
                print("| %d | %d | %d | %d | %d | %d |" % (n, noop, both, both - noop, inside, gdce))
            print("growth for 4x N: both - no-op %.2fx, inside the passes %.2fx (target <= 4.4x)"
                  % (got[1][0] / got[0][0], got[1][1] / got[0][1]))

    if a.scan:
        d = os.path.join(work, "scan-dir")
        os.makedirs(d, exist_ok=True)
        for i in range(a.scan_files):
            p = os.path.join(d, "unit%04d.bc" % i)
            if not os.path.exists(p):
                subprocess.run([sys.executable, GEN, "-n", "400", "-k", "20", "-s", "2", "--lists", "2",
                                "--seed", str(1000 + i), "--llvm-as", llvm_as, "-o", p], check=True)
        files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".bc"))[: a.scan_files]
        samples = []
        for _ in range(a.runs):
            t0 = time.monotonic()
            c, _ = run_cpu([a.scan, "--format=json", "-o", os.devnull] + files)
            samples.append((time.monotonic() - t0, c))
        wall = statistics.median(s[0] for s in samples)
        c = statistics.median(s[1] for s in samples)
        size = sum(os.path.getsize(f) for f in files)
        print("\nkfunc-scan over %d bitcode files (%.1f MB, 400 functions / 20 kfuncs each): "
              "%.0f files/s CPU (%.3f s CPU, %.3f s wall)" % (len(files), size / 1e6, len(files) / c, c, wall))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (RuntimeError, subprocess.CalledProcessError) as e:
        print("bench: %s" % e, file=sys.stderr)
        sys.exit(1)
