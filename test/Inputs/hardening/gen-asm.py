# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Write test modules whose module asm is too big or too odd to keep in a
test file. Usage: gen-asm.py flags|huge-line OUT.ll"""
import sys

kind, out = sys.argv[1], sys.argv[2]


def esc(s):
    return "".join("\\%02X" % ord(c) if c in '"\\' or not 32 <= ord(c) < 127 else c for c in s)


def entry(name, n, flags):
    return ('.pushsection .BTF_ids,"a"; __BTF_ID__func__%s__%d:; .zero 4; .long %s; .popsection'
            % (name, n, flags))


lines, funcs = [], []
if kind == "flags":
    # An unreadable flags word leaves the entry's flags unknown; the entry
    # and its kfunc stay.
    exprs = [
        "(" * 100000 + "1" + ")" * 100000,  # too deep
        "~" * 100000 + "0",                 # too deep
        "1 << 64",
        "1 << 123456789012345678901234567890",
        "18446744073709551616",
        "1 / 0",
        " | ".join("(1 << %d)" % (i % 64) for i in range(20000)),  # 200 kB, fine
        "(" * 60 + "1 << 3" + ")" * 60,                            # deep but fine
    ]
    lines.append('.pushsection .BTF_ids,"a"; s:; .popsection')
    lines.append('.pushsection .BTF_ids,"a"; __BTF_ID__set8__s:; .zero 4; .long 1; .popsection')
    for i, e in enumerate(exprs):
        lines.append(entry("kf%d" % i, i, e))
        funcs.append("kf%d" % i)
    lines.append('.pushsection .BTF_ids,"a"; .size __BTF_ID__set8__s, .-s; .popsection')
elif kind == "huge-line":
    # One module asm line of more than 1 MB: a whole set8 with 20000
    # entries, separated by ';' only. Only every 1000th entry is defined here.
    parts = ['.pushsection .BTF_ids,"a"; big:; .popsection',
             '.pushsection .BTF_ids,"a"; __BTF_ID__set8__big:; .zero 4; .long 1; .popsection']
    for i in range(20000):
        parts.append(entry("kf_%05d" % i, i, "(1 << 0) | (1 << 2)"))
        if i % 1000 == 999:
            funcs.append("kf_%05d" % i)
    parts.append('.pushsection .BTF_ids,"a"; .size __BTF_ID__set8__big, .-big; .popsection')
    line = "; ".join(parts)
    assert len(line) > 1 << 20, len(line)
    lines.append(line)
else:
    sys.exit("unknown kind " + kind)

with open(out, "w") as f:
    for l in lines:
        f.write('module asm "%s"\n' % esc(l))
    for fn in funcs:
        f.write("define void @%s() {\n  ret void\n}\n" % fn)
