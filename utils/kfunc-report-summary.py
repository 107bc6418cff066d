#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Merge per-module kfunc-audit reports into one summary for a whole build.

    kfunc-report-summary.py [--json] [--fail-on-findings] DIR|REPORT...

Reads every *.kfunc.json in each DIR (as written by -kfunc-report=DIR, one
file per compiled module, ThinLTO backend and LTO link) and prints:
  - how many reports, per phase (compile, thinlto-backend, lto, opt);
  - kfuncs: distinct names, how many are defined and pinned somewhere;
  - sets: each BTF table with its kind and the number of distinct kfuncs
    it lists;
  - kfuncs by set: each kfunc's name under each set that lists it (or
    "(no set)": annotated or listed), whether some module pinned it and the
    checks that found something about it;
  - findings by check: the count per phase, and the number of distinct
    findings (one finding reported by several modules or phases counts once);
  - the distinct findings themselves.

--json prints the same as one JSON object instead, with the names (each
set's "names", and "kfuncs"."names": one entry per kfunc). --fail-on-findings exits 1
when there is any finding (for CI). Reports that cannot be read, or have a
schema version other than 1, are named on stderr and skipped; the exit
status is then 1. No report at all: exit 2. Python 3 standard library only.
"""
import argparse
import json
import os
import signal
import sys

SCHEMA_VERSION = 1
CHECKS = ["lost", "inlinable", "signature-changed", "renamed",
          "missing-annotation", "not-in-set", "undefined", "conflict"]
PHASES = ["compile", "thinlto-backend", "lto", "opt"]
NO_SET = "(no set)"


def find_reports(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, names in os.walk(p):
                files += [os.path.join(dirpath, n) for n in names
                          if n.endswith(".kfunc.json")]
        else:
            files.append(p)
    return sorted(files)


def load(path):
    """The report, or an error message."""
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        return None, "cannot read: %s" % e
    if not isinstance(report, dict) or report.get("tool") != "kfunc-preserve":
        return None, "not a kfunc-audit report"
    if report.get("schema_version") != SCHEMA_VERSION:
        return None, "schema version %r, expected %d" % (
            report.get("schema_version"), SCHEMA_VERSION)
    return report, None


def summarize(reports):
    phases = {}
    kfuncs = {}   # name -> {"defined": bool, "pinned": bool, "modules": set}
    sets = {}     # name -> {"kind", "kfunc_set", "kfuncs": set}
    by_check = {c: {} for c in CHECKS}  # check -> phase -> count
    distinct = {}  # (check, function, set) -> finding summary
    for path, r in reports:
        phase = r["phase"]
        phases[phase] = phases.get(phase, 0) + 1
        for k in r["kfuncs"]:
            e = kfuncs.setdefault(k["name"], {"defined": False, "pinned": False,
                                              "modules": set()})
            e["defined"] |= k["defined"]
            e["pinned"] |= k["action"] in ("pinned", "already-pinned", "alias")
            e["modules"].add(r["module"])
            for s in k["sets"]:
                se = sets.setdefault(s["name"], {"kind": s["kind"],
                                                 "kfunc_set": s["kfunc_set"],
                                                 "kfuncs": set()})
                se["kfuncs"].add(k["name"])
        for f in r["findings"]:
            per_phase = by_check.setdefault(f["check"], {})
            per_phase[phase] = per_phase.get(phase, 0) + 1
            key = (f["check"], f["function"], f["set"] or "")
            d = distinct.setdefault(key, {"check": f["check"],
                                          "function": f["function"],
                                          "set": f["set"], "loc": f["loc"],
                                          "message": f["message"],
                                          "severity": f["severity"],
                                          "phases": set(), "reports": 0})
            d["phases"].add(phase)
            d["reports"] += 1
            if not d["loc"] and f["loc"]:
                d["loc"] = f["loc"]
            if f["severity"] == "error":
                d["severity"] = "error"
    return phases, kfuncs, sets, by_check, distinct


def names_by_set(kfuncs, sets, distinct):
    """[(set or "(no set)", [(name, defined, pinned, [checks])])]: every kfunc
    under each set that lists it, and every function a finding names."""
    checks = {}
    members = {name: set(s["kfuncs"]) for name, s in sets.items()}
    loose = set()
    for check, function, set_name in distinct:
        checks.setdefault(function, set()).add(check)
        if set_name:
            members.setdefault(set_name, set()).add(function)
        elif function not in kfuncs:
            loose.add(function)
    in_a_set = set().union(*members.values()) if members else set()
    loose |= set(kfuncs) - in_a_set
    groups = sorted(members.items())
    if loose:
        groups.append((NO_SET, loose))
    out = []
    for set_name, names in groups:
        rows = []
        for name in sorted(names):
            k = kfuncs.get(name, {"defined": False, "pinned": False})
            rows.append((name, k["defined"], k["pinned"],
                         [c for c in CHECKS if c in checks.get(name, ())] +
                         sorted(c for c in checks.get(name, ()) if c not in CHECKS)))
        out.append((set_name, rows))
    return out


def ordered_phases(phases):
    return [p for p in PHASES if p in phases] + sorted(p for p in phases if p not in PHASES)


def as_json(reports, skipped, phases, kfuncs, sets, by_check, distinct):
    cols = ordered_phases(phases)
    return {
        "reports": len(reports),
        "skipped": len(skipped),
        "phases": {p: phases[p] for p in cols},
        "kfuncs": {"distinct": len(kfuncs),
                   "defined": sum(1 for k in kfuncs.values() if k["defined"]),
                   "pinned": sum(1 for k in kfuncs.values() if k["pinned"]),
                   "names": [{"name": n, "defined": k["defined"],
                              "pinned": k["pinned"],
                              "sets": sorted(s for s in sets if n in sets[s]["kfuncs"]),
                              "findings": sorted({c for c, f, _ in distinct if f == n})}
                             for n, k in sorted(kfuncs.items())]},
        "sets": {name: {"kind": s["kind"], "kfunc_set": s["kfunc_set"],
                        "kfuncs": len(s["kfuncs"]),
                        "names": sorted(s["kfuncs"])}
                 for name, s in sorted(sets.items())},
        "findings_by_check": {
            c: dict({p: by_check[c].get(p, 0) for p in cols},
                    distinct=sum(1 for k in distinct if k[0] == c))
            for c in by_check if by_check[c] or c in CHECKS},
        "findings": [dict(d, phases=ordered_phases(d["phases"]))
                     for _, d in sorted(distinct.items())],
    }


def table(rows, header, left=(0,)):
    """Aligned lines: the columns in left flush left, the others right."""
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    out = []
    for row in [header] + rows:
        cells = []
        for i, (x, w) in enumerate(zip(row, widths)):
            cells.append(str(x).ljust(w) if i in left else str(x).rjust(w))
        out.append("  " + "  ".join(cells).rstrip())
    return out


def as_text(reports, skipped, phases, kfuncs, sets, by_check, distinct):
    cols = ordered_phases(phases)
    lines = ["kfunc report summary: %d report%s (%s)" % (
        len(reports), "" if len(reports) == 1 else "s",
        ", ".join("%s: %d" % (p, phases[p]) for p in cols))]
    if skipped:
        lines.append("skipped %d unreadable report(s)" % len(skipped))
    lines.append("")
    lines.append("kfuncs: %d distinct, %d defined, %d pinned" % (
        len(kfuncs), sum(1 for k in kfuncs.values() if k["defined"]),
        sum(1 for k in kfuncs.values() if k["pinned"])))
    lines.append("")
    lines.append("sets: %d" % len(sets))
    if sets:
        lines += table([[n, s["kind"], "yes" if s["kfunc_set"] else "no",
                         len(s["kfuncs"])] for n, s in sorted(sets.items())],
                       ["set", "kind", "kfunc set", "kfuncs"])
    lines.append("")
    lines.append("kfuncs by set:")
    rows = []
    for set_name, names in names_by_set(kfuncs, sets, distinct):
        for i, (name, defined, pinned, checks) in enumerate(names):
            rows.append([set_name if i == 0 else "", name,
                         "yes" if defined else "no", "yes" if pinned else "no",
                         ", ".join(checks) or "-"])
    lines += table(rows, ["set", "kfunc", "defined", "pinned", "findings"],
                   left=(0, 1, 4))
    lines.append("")
    total = len(distinct)
    lines.append("findings by check: %d distinct" % total)
    rows = []
    for c in list(CHECKS) + sorted(c for c in by_check if c not in CHECKS):
        if c not in by_check:
            continue
        rows.append([c] + [by_check[c].get(p, 0) for p in cols] +
                    [sum(1 for k in distinct if k[0] == c)])
    lines += table(rows, ["check"] + cols + ["distinct"])
    if distinct:
        lines.append("")
        lines.append("findings:")
        for key, d in sorted(distinct.items()):
            where = (d["loc"] + ": ") if d["loc"] else ""
            in_set = (" in set '%s'" % d["set"]) if d["set"] else ""
            lines.append("  %s%s: kfunc '%s'%s %s [%s] (%s)" % (
                where, d["severity"], d["function"], in_set, d["message"],
                d["check"], ", ".join(ordered_phases(d["phases"]))))
    return "\n".join(lines)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print JSON")
    ap.add_argument("--fail-on-findings", action="store_true",
                    help="exit 1 if there is any finding")
    ap.add_argument("paths", nargs="+", metavar="DIR|REPORT")
    args = ap.parse_args(argv)

    reports, skipped = [], []
    for path in find_reports(args.paths):
        report, err = load(path)
        if err:
            print("kfunc-report-summary: %s: %s; skipped" % (path, err), file=sys.stderr)
            skipped.append(path)
        else:
            reports.append((path, report))
    if not reports and not skipped:
        print("kfunc-report-summary: no *.kfunc.json reports in %s" % " ".join(args.paths),
              file=sys.stderr)
        return 2
    parts = summarize(reports)
    if args.json:
        print(json.dumps(as_json(reports, skipped, *parts), indent=2, sort_keys=False,
                         default=sorted))
    else:
        print(as_text(reports, skipped, *parts))
    if skipped:
        return 1
    if args.fail_on_findings and parts[4]:
        return 1
    return 0


if __name__ == "__main__":
    # Die quietly when the reader goes away (`... | head`), as Unix tools do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
