#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Validate kfunc-audit JSON reports against the documented schema.

    kfunc-report-validate.py [--schema docs/report-schema.md] REPORT|DIR...

The schema is the JSON Schema in the first ```json block of
docs/report-schema.md (so the document and the check cannot drift apart).
Only the keywords that document uses are implemented: type, enum, const,
properties, required, additionalProperties, items, minimum, pattern, and $ref
to "#/$defs/<name>". Then the cross-field rules the schema cannot express are
checked (see the end of docs/report-schema.md).

Prints "<file>: ok (...)" per valid report and "<file>: <path>: <problem>"
per problem; exits 1 if any report is invalid, 2 on usage errors.
Python 3 standard library only.
"""
import argparse
import json
import os
import re
import signal
import sys

# realpath: the command on PATH is a symbolic link to this file.
HERE = os.path.dirname(os.path.realpath(__file__))
DEFAULT_SCHEMA = os.path.join(HERE, "..", "docs", "report-schema.md")

JSON_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "null": lambda v: v is None,
}


def load_schema(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^```json\n(.*?)^```", text, re.S | re.M)
    if not m:
        raise ValueError("%s: no ```json block holding the schema" % path)
    return json.loads(m.group(1))


def validate(value, schema, root, path, problems):
    """Append (path, message) to problems for each violation."""
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError("unsupported $ref %r" % ref)
        schema = root["$defs"][ref[len("#/$defs/"):]]
    if "const" in schema and value != schema["const"]:
        problems.append((path, "expected %r, got %r" % (schema["const"], value)))
        return
    if "enum" in schema and value not in schema["enum"]:
        problems.append((path, "%r is not one of %s" % (value, schema["enum"])))
        return
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(JSON_TYPES[t](value) for t in types):
            problems.append((path, "expected %s, got %s" % (
                " or ".join(types), type(value).__name__)))
            return
    if "minimum" in schema and JSON_TYPES["number"](value) and value < schema["minimum"]:
        problems.append((path, "%r is less than %r" % (value, schema["minimum"])))
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        problems.append((path, "%r does not match %r" % (value, schema["pattern"])))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                problems.append((path, "missing required field %r" % key))
        for key, sub in value.items():
            if key in props:
                validate(sub, props[key], root, "%s.%s" % (path, key), problems)
            elif schema.get("additionalProperties", True) is False:
                problems.append((path, "unexpected field %r" % key))
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], root, "%s[%d]" % (path, i), problems)


def cross_check(report, problems):
    """Rules across fields that the JSON Schema does not express."""
    kfuncs = report["kfuncs"]
    findings = report["findings"]
    summary = report["summary"]
    if summary["kfuncs"] != len(kfuncs):
        problems.append(("$.summary.kfuncs", "is %d, but %d kfuncs are listed"
                         % (summary["kfuncs"], len(kfuncs))))
    if summary["findings"] != len(findings):
        problems.append(("$.summary.findings", "is %d, but %d findings are listed"
                         % (summary["findings"], len(findings))))
    tally = {}
    for f in findings:
        tally[f["check"]] = tally.get(f["check"], 0) + 1
    if tally != summary["by_check"]:
        problems.append(("$.summary.by_check", "is %r, but the findings give %r"
                         % (summary["by_check"], tally)))
    names = [k["name"] for k in kfuncs]
    if names != sorted(names):
        problems.append(("$.kfuncs", "not sorted by name"))
    by_name = {}
    for i, k in enumerate(kfuncs):
        if k["name"] in by_name:
            problems.append(("$.kfuncs[%d]" % i, "%r listed twice" % k["name"]))
        by_name[k["name"]] = k
    for i, f in enumerate(findings):
        where = "$.findings[%d]" % i
        k = by_name.get(f["function"])
        if k is None:
            problems.append((where, "names %r, which is not among the kfuncs" % f["function"]))
        elif f["check"] not in k["findings"]:
            problems.append((where, "kfunc %r does not list check %r" % (f["function"], f["check"])))
        if f["check"] not in report["checks"]:
            problems.append((where, "check %r was not enabled" % f["check"]))
        if f["check"] in ("not-in-set", "undefined") and not report["whole_program"]:
            problems.append((where, "%r outside a whole-program report" % f["check"]))
    for k in kfuncs:
        mine = sorted(f["check"] for f in findings if f["function"] == k["name"])
        if sorted(k["findings"]) != mine:
            problems.append(("$.kfuncs[%r].findings" % k["name"],
                             "is %r, the findings give %r" % (k["findings"], mine)))
        if k["recorded"] != (k["recorded_type"] is not None):
            problems.append(("$.kfuncs[%r]" % k["name"], "recorded_type disagrees with recorded"))


def check_file(path, schema):
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        return ["%s: %s" % (path, e)], None
    problems = []
    validate(report, schema, schema, "$", problems)
    if not problems:
        cross_check(report, problems)
    return ["%s: %s: %s" % (path, p, msg) for p, msg in problems], report


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schema", default=DEFAULT_SCHEMA,
                    help="markdown file holding the schema (default: docs/report-schema.md)")
    ap.add_argument("paths", nargs="+", metavar="REPORT|DIR")
    args = ap.parse_args(argv)
    try:
        schema = load_schema(args.schema)
    except (OSError, ValueError) as e:
        print("kfunc-report-validate: %s" % e, file=sys.stderr)
        return 2
    files = []
    for p in args.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, n) for n in os.listdir(p) if n.endswith(".kfunc.json"))
        else:
            files.append(p)
    if not files:
        print("kfunc-report-validate: no reports found", file=sys.stderr)
        return 2
    bad = 0
    for path in files:
        problems, report = check_file(path, schema)
        if problems:
            bad += 1
            for p in problems:
                print(p)
        else:
            print("%s: ok (schema %d, %d kfuncs, %d findings)" % (
                path, report["schema_version"], len(report["kfuncs"]), len(report["findings"])))
    return 1 if bad else 0


if __name__ == "__main__":
    # Die quietly when the reader goes away (`... | head`), as Unix tools do.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
