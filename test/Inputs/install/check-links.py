# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Check that every relative docs/... link of a markdown file resolves next
to it; print "N links to docs/, all present", or each broken one (exit 1).

    check-links.py FILE.md
"""
import os
import re
import sys

path = sys.argv[1]
here = os.path.dirname(path)
with open(path, encoding="utf-8") as f:
    links = re.findall(r"\]\((docs/[^)#]+)", f.read())
broken = [l for l in links if not os.path.exists(os.path.join(here, l))]
for l in broken:
    print("broken link: %s" % l)
if not links:
    print("no links to docs/")
if broken or not links:
    sys.exit(1)
print("%d links to docs/, all present" % len(links))
