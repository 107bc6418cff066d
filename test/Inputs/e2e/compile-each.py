#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""compile-each.py OUTDIR COMPILER-ARGS... -- SOURCES...

Run `COMPILER-ARGS... -c SRC -o OUTDIR/<base>.o` for each source, in order;
stop at the first failure (its exit status). Diagnostics go to stderr."""
import os
import subprocess
import sys

out, rest = sys.argv[1], sys.argv[2:]
sep = rest.index("--")
cmd, sources = rest[:sep], rest[sep + 1:]
os.makedirs(out, exist_ok=True)
for src in sources:
    obj = os.path.join(out, os.path.splitext(os.path.basename(src))[0] + ".o")
    rc = subprocess.call(cmd + ["-c", src, "-o", obj])
    if rc:
        sys.exit(rc)
