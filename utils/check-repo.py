#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Checks over the repository's tracked files that no compiler test covers.

    check-repo.py [--source DIR] [--add-spdx]

  standalone  the repository stands on its own: no file cites notes kept
              outside it (a facts file, tracker issue numbers), every
              `docs/*.md`-style path a file names exists, and every relative
              link of a markdown file resolves;
  spdx        every source, script and test file (C, C++, CMake, Python,
              shell, LLVM IR, lit and FileCheck) starts with the licence line
              "<comment> SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception"
              (the line after a "#!" line or an LLVM "//===-" title line).
              Data files are exempt: JSON, markdown, the fuzz corpus and the
              list files under test/.

--add-spdx inserts the licence line where it is missing, then checks.

Prints one line per problem ("path:line: check: what"), then
"check-repo: N files, N problems"; exits 1 when there is a problem, or when
no tracked file was found (a check that checked nothing must not pass).
Python 3 standard library and git only.
"""
import argparse
import os
import re
import subprocess
import sys

# Built from pieces so that this file does not match itself.
OUTSIDE_NOTES = re.compile(r"\b" + "FAC" + r"TS\b|\b[Ii]ssue " + "#" + r"\d+")
MD_PATH = re.compile(r"(?<![\w/.-])((?:docs|test|utils|example|cmake|include|pass)/"
                     r"[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md)\b")
MD_LINK = re.compile(r"\]\(([^)\s]+)\)")

SPDX = "SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception"
# BPF programs declare "GPL" to the kernel (which GPL-only kfuncs require),
# so they are dual-licensed, as the kernel's own BPF samples are.
SPDX_BPF = "SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 WITH LLVM-exception"


def spdx_for(rel):
    return SPDX_BPF if rel.endswith(".bpf.c") else SPDX
# (pattern on the path, comment leader); the first match decides.
SPDX_KINDS = [
    (r"(^|/)test/fuzz/corpus/|\.(json|md)$|^LICENSE$|(^|/)\.gitignore$", None),
    (r"(^|/)CMakeLists\.txt$", "#"),
    (r"^test/.*\.txt$", None),
    (r"\.(c|h|cpp|h\.in)$", "//"),
    (r"\.(ll|check)$", ";"),
    (r"\.(py|py\.in|sh|cmake|cfg|test)$|^\.ci/run$", "#"),
]


def spdx_leader(rel):
    """The comment leader of rel's licence line, or None if it needs none."""
    for pattern, leader in SPDX_KINDS:
        if re.search(pattern, rel):
            return leader
    return None


def spdx_line_index(lines):
    """Where the licence line belongs: after a #! or an LLVM title line."""
    if lines and (lines[0].startswith("#!") or lines[0].startswith("//===-")):
        return 1
    return 0


def check_spdx(rel, text):
    leader = spdx_leader(rel)
    if leader is None:
        return []
    lines = text.splitlines()
    i = spdx_line_index(lines)
    want = "%s %s" % (leader, spdx_for(rel))
    if i < len(lines) and lines[i] == want:
        return []
    return [(i + 1, "spdx", "line %d is not '%s'" % (i + 1, want))]


def add_spdx(path, rel, text):
    """Insert the licence line into a file that lacks it."""
    if not check_spdx(rel, text):
        return
    lines = text.splitlines(keepends=True)
    i = spdx_line_index(lines)
    lines.insert(i, "%s %s\n" % (spdx_leader(rel), spdx_for(rel)))
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(lines))


def tracked_files(source):
    out = subprocess.run(["git", "-C", source, "ls-files", "-z"],
                         stdout=subprocess.PIPE, check=True).stdout
    return sorted(p for p in out.decode().split("\0") if p)


def read_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (UnicodeDecodeError, OSError):
        return None  # binary or unreadable: nothing to check


def check_standalone(rel, text, exists):
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        for m in OUTSIDE_NOTES.finditer(line):
            problems.append((n, "cites '%s', which is not in the repository"
                             % m.group(0)))
        for m in MD_PATH.finditer(line):
            if not exists(m.group(1)):
                problems.append((n, "names %s, which does not exist" % m.group(1)))
        if rel.endswith(".md"):
            for m in MD_LINK.finditer(line):
                target = m.group(1).split("#")[0]
                if not target or re.match(r"[a-z]+:", target):
                    continue
                path = os.path.normpath(os.path.join(os.path.dirname(rel), target))
                if not exists(path):
                    problems.append((n, "links to %s, which does not exist" % target))
    return [(n, "standalone", what) for n, what in problems]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=os.path.join(
        os.path.dirname(os.path.realpath(__file__)), ".."))
    ap.add_argument("--add-spdx", action="store_true",
                    help="insert the licence line where it is missing")
    args = ap.parse_args(argv)
    files = tracked_files(args.source)
    names = set(files)
    dirs = {os.path.dirname(f) for f in files}

    def exists(rel):
        return rel in names or rel in dirs

    problems = 0
    for rel in files:
        text = read_text(os.path.join(args.source, rel))
        if text is None:
            continue
        if args.add_spdx:
            add_spdx(os.path.join(args.source, rel), rel, text)
            text = read_text(os.path.join(args.source, rel))
        for n, check, what in (check_standalone(rel, text, exists) +
                               check_spdx(rel, text)):
            print("%s:%d: %s: %s" % (rel, n, check, what))
            problems += 1
    print("check-repo: %d files, %d problems" % (len(files), problems))
    return 1 if problems or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
