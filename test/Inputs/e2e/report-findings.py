#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Print one line per finding of every kfunc report in DIR, sorted:
"<source_file> <phase> <check> <function>", then "reports: N findings: M".
Two runs of one build give the same output iff they found the same."""
import json
import os
import sys

lines = []
reports = 0
for name in sorted(os.listdir(sys.argv[1])):
    if not name.endswith(".kfunc.json"):
        continue
    with open(os.path.join(sys.argv[1], name)) as f:
        r = json.load(f)
    reports += 1
    for x in r["findings"]:
        lines.append("%s %s %s %s" % (r["source_file"], r["phase"], x["check"],
                                      x["function"]))
for l in sorted(lines):
    print(l)
print("reports: %d findings: %d" % (reports, len(lines)))
