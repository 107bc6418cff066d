#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Report what a final object (executable, `ld -r` output or .o) did to kfuncs.

Usage: check-kfuncs.py OBJECT NAME...

For each NAME it prints four lines, meant for FileCheck:

  NAME: symbol T                  defined function symbol under the exact name
                                  (T/t/W/w), or `symbol missing`, or
                                  `symbol renamed NAME.llvm.123,...`
  NAME: dwarf out-of-line         a DW_TAG_subprogram for NAME with code
                                  (low_pc or ranges); `dwarf no-code` if only
                                  abstract/declaration DIEs; `dwarf none`
  NAME: cc normal                 or `cc nocall` if any of its subprogram DIEs
                                  has DW_AT_calling_convention DW_CC_nocall
  NAME: inlined-into none         or the functions holding a
                                  DW_TAG_inlined_subroutine of NAME
  NAME: called-by F,G             functions whose code calls or tail-calls
                                  NAME (llvm-objdump -dr), or `called-by none`

and then one summary line, `intact: N of M` (symbol under the exact name,
out-of-line code, no nocall, never inlined) followed by `broken: ...` naming
the others, if any. Uses llvm-nm, llvm-dwarfdump and llvm-objdump from PATH
(lit puts the chosen LLVM's tools first).
"""

import re
import subprocess
import sys


def run(*args):
    return subprocess.run(args, check=True, stdout=subprocess.PIPE,
                          universal_newlines=True).stdout


def symbols(obj):
    """name -> nm type letter, for defined symbols."""
    out = {}
    for line in run("llvm-nm", "--defined-only", obj).splitlines():
        parts = line.split()
        if len(parts) == 3:
            out.setdefault(parts[2], parts[1])
    return out


DIE_RE = re.compile(r"^0x[0-9a-f]+:(\s+)(DW_TAG_\w+|NULL)")
ATTR_RE = re.compile(r"^\s+(DW_AT_\w+)\s+\((.*)\)\s*$")
QUOTED_RE = re.compile(r'"([^"]*)"')


def dies(obj):
    """Yield (tag, attrs, parents) for every DIE; parents are (tag, attrs)."""
    stack = []  # (depth, tag, attrs)
    current = None
    for line in run("llvm-dwarfdump", "--debug-info", obj).splitlines():
        m = DIE_RE.match(line)
        if m:
            if current:
                yield current
            depth = len(m.group(1))
            tag = m.group(2)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            if tag == "NULL":
                current = None
                continue
            attrs = {}
            parents = [(t, a) for _, t, a in stack]
            stack.append((depth, tag, attrs))
            current = (tag, attrs, parents)
            continue
        m = ATTR_RE.match(line)
        if m and current:
            current[1][m.group(1)] = m.group(2)
    if current:
        yield current


def die_name(attrs):
    """The DIE's own name, or the name of its abstract origin/specification."""
    if "DW_AT_name" in attrs:
        m = QUOTED_RE.search(attrs["DW_AT_name"])
        return m.group(1) if m else None
    for ref in ("DW_AT_abstract_origin", "DW_AT_specification"):
        if ref in attrs:
            m = QUOTED_RE.search(attrs[ref])
            if m:
                return m.group(1)
    return None


FUNC_RE = re.compile(r"^[0-9a-f]+ <(.+)>:$")
BRANCH_RE = re.compile(r"\s(call|callq|jmp|jmpq)\s+\S*\s*<([^>+]+)>")
RELOC_RE = re.compile(r"R_X86_64_(?:PLT32|PC32)\s+(\S+?)(?:[-+]0x[0-9a-f]+)?$")


def callers(obj):
    """callee name -> set of functions that call or tail-call it."""
    out = {}
    func = None
    last_is_branch = False
    for line in run("llvm-objdump", "-dr", "--no-show-raw-insn", obj).splitlines():
        m = FUNC_RE.match(line)
        if m:
            func = m.group(1)
            last_is_branch = False
            continue
        if func is None:
            continue
        m = RELOC_RE.search(line)
        if m:
            if last_is_branch:
                target = m.group(1)
                if target.startswith(".text."):
                    target = target[len(".text."):]
                out.setdefault(target, set()).add(func)
            continue
        last_is_branch = bool(re.search(r"\s(call|callq|jmp|jmpq)\s", line))
        m = BRANCH_RE.search(line)
        if m:
            out.setdefault(m.group(2), set()).add(func)
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    obj, names = sys.argv[1], sys.argv[2:]
    syms = symbols(obj)
    calls = callers(obj)

    info = {n: {"code": False, "decl": False, "nocall": False, "inlined": set()}
            for n in names}
    for tag, attrs, parents in dies(obj):
        name = die_name(attrs)
        if name not in info:
            continue
        i = info[name]
        if tag == "DW_TAG_subprogram":
            i["decl"] = True
            if "DW_AT_low_pc" in attrs or "DW_AT_ranges" in attrs:
                i["code"] = True
            if "DW_CC_nocall" in attrs.get("DW_AT_calling_convention", ""):
                i["nocall"] = True
        elif tag == "DW_TAG_inlined_subroutine":
            holder = "?"
            for ptag, pattrs in reversed(parents):
                if ptag == "DW_TAG_subprogram":
                    holder = die_name(pattrs) or "?"
                    break
            i["inlined"].add(holder)

    broken = []
    for n in names:
        t = syms.get(n)
        if t and t in "TtWw":
            print("%s: symbol %s" % (n, t))
        else:
            renamed = sorted(s for s, st in syms.items()
                             if s.startswith(n + ".") and st in "TtWw")
            print("%s: symbol %s" % (n, ("renamed " + ",".join(renamed))
                                     if renamed else "missing"))
        i = info[n]
        print("%s: dwarf %s" % (n, "out-of-line" if i["code"] else
                               "no-code" if i["decl"] else "none"))
        print("%s: cc %s" % (n, "nocall" if i["nocall"] else "normal"))
        print("%s: inlined-into %s" % (n, ",".join(sorted(i["inlined"])) or "none"))
        by = sorted(calls.get(n, set()) - {n})
        print("%s: called-by %s" % (n, ",".join(by) or "none"))
        if not (t and t in "TtWw" and i["code"] and not i["nocall"]
                and not i["inlined"]):
            broken.append(n)
    print("intact: %d of %d" % (len(names) - len(broken), len(names)))
    if broken:
        print("broken: " + " ".join(broken))


if __name__ == "__main__":
    main()
