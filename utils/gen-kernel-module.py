#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Generate a synthetic kernel-scale LLVM module for benchmarking kfunc-preserve.

The module looks like what the kernel gives the compiler, at the scale of a
large translation unit or of an LTO-merged vmlinux:

  * N functions with small bodies that call each other (about 10 % internal,
    a few of those unreferenced so GlobalDCE has work to do), each with a
    DISubprogram (the kernel always builds with debug info for BTF);
  * K kfuncs spread over S set8 tables in module asm, in the exact form
    clang emits for Linux 6.12's BTF_KFUNCS_START / BTF_ID_FLAGS /
    BTF_KFUNCS_END (docs/internals.md, section 2), with entry flags expressions;
    some kfuncs are static, some are only declared here;
  * plain BTF_ID_LIST tables naming ordinary functions, and a few plain
    __BTF_ID__set__ tables;
  * llvm.global.annotations entries (annotate("bpf_kfunc") on some kfuncs and
    other annotations on ordinary functions), btf_decl_tag("bpf_kfunc") on
    some kfuncs' DISubprograms;
  * existing @llvm.used / @llvm.compiler.used entries: half the kfuncs are
    already `__used noinline` as 6.12's __bpf_kfunc makes them, plus ordinary
    __used functions and variables.

Everything is derived from --seed: the same arguments give the same bytes.
The output is textual IR (opaque pointers) piped through llvm-as unless the
output name ends in .ll.

  utils/gen-kernel-module.py -n 100000 -k 5000 -s 50 --seed 1 -o m.bc
"""

import argparse
import os
import random
import subprocess
import sys


def asm_escape(s):
    """Escape a string for a `module asm "..."` line."""
    out = []
    for ch in s:
        if ch == '"' or ch == "\\" or not (32 <= ord(ch) < 127):
            out.append("\\%02X" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def c_string(s):
    """An LLVM c"..." constant body for s plus the NUL."""
    return asm_escape(s) + "\\00"


FLAG_BITS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11]


class Gen:
    def __init__(self, a):
        self.a = a
        self.rng = random.Random(a.seed)
        self.lines = []
        self.md = []  # metadata lines, appended after everything else
        self.next_md = 0

    def mdnode(self, text):
        n = self.next_md
        self.next_md += 1
        self.md.append("!%d = %s" % (n, text))
        return n

    def run(self):
        a, rng = self.a, self.rng
        n = a.functions
        k = min(a.kfuncs, n)
        # Which functions are kfuncs: a deterministic sample, spread out.
        kf_idx = sorted(rng.sample(range(n), k))
        kf_set = set(kf_idx)
        names = []
        for i in range(n):
            names.append(("bpf_kfunc_%d" % i) if i in kf_set else ("kfn_%d" % i))

        # Per-function properties.
        internal = [False] * n
        for i in range(n):
            if i in kf_set:
                internal[i] = rng.random() < 0.05  # static kfuncs (tcp_cubic...)
            else:
                internal[i] = rng.random() < 0.10
        # Kfuncs only declared in this module (defined in another file).
        declared = set(rng.sample(kf_idx, max(0, k // 50)))
        # Front end already pinned (6.12 __bpf_kfunc = __used __retain noinline).
        fe_pinned = set(i for i in kf_idx if rng.random() < 0.5 and i not in declared)
        annotated = set(i for i in kf_idx if rng.random() < a.annotate_fraction and i not in declared)
        decltag = set(i for i in kf_idx if rng.random() < a.decltag_fraction and i not in declared)
        # A kfunc the front end did not pin carries an annotation (else the
        # audit reports missing-annotation), except for a chosen fraction:
        # of a kind whose fraction is not 0 (either, when both are or neither
        # is), so that --decltag-fraction 0 makes a module without decl tags.
        kinds = [s for s, f in ((annotated, a.annotate_fraction),
                                (decltag, a.decltag_fraction)) if f > 0]
        for i in kf_idx:
            if (i not in declared and i not in fe_pinned and i not in annotated
                    and i not in decltag and rng.random() >= a.unannotated_fraction):
                if len(kinds) == 1:
                    kinds[0].add(i)
                else:
                    (annotated if rng.random() < 0.5 else decltag).add(i)

        # Calls: each function calls one or two others. Internal functions are
        # called by someone except for ~2 % of them (dead code for GlobalDCE).
        callees = [[] for _ in range(n)]
        for i in range(n):
            for _ in range(1 + (rng.random() < 0.3)):
                j = rng.randrange(n)
                if j != i:
                    callees[i].append(j)
        called = set(j for cs in callees for j in cs)
        for i in range(n):
            if internal[i] and i not in called and rng.random() > 0.02:
                c = rng.randrange(n)
                if c != i:
                    callees[c].append(i)

        L = self.lines
        L.append("; Generated by utils/gen-kernel-module.py %s" %
                 " ".join("--%s=%s" % kv for kv in sorted(vars(a).items())
                          if kv[0] not in ("output", "llvm_as")))
        L.append('source_filename = "synthetic/vmlinux-%d.c"' % n)
        L.append('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"')
        L.append('target triple = "x86_64-unknown-linux-gnu"')
        L.append("")

        # ---- module asm: set8 tables, plain sets, BTF_ID lists ----------
        asm = []
        counter = [1000]

        def entry(kind, name, flags=None):
            counter[0] += 1
            lab = "__BTF_ID__%s__%s__%d" % (kind, name, counter[0])
            asm.append('.pushsection .BTF_ids,"a";')
            asm.append(".local %s ;" % lab)
            asm.append(".type  %s, STT_OBJECT;" % lab)
            asm.append(".size  %s, 4;" % lab)
            asm.append("%s:" % lab)
            asm.append(".zero 4")
            if flags is not None:
                asm.append(".long %s" % flags)
            asm.append(".popsection;")

        def flags_expr():
            bits = sorted(rng.sample(FLAG_BITS, rng.randrange(0, 4)))
            return " | ".join("(1 << %d)" % b for b in bits) if bits else "0"

        s = max(1, a.sets)
        shuffled = kf_idx[:]
        rng.shuffle(shuffled)
        for si in range(s):
            members = shuffled[si::s]
            set_name = "synth%d_kfunc_btf_ids" % si
            asm.append('.pushsection .BTF_ids,"a";')
            asm.append(".local %s;" % set_name)
            asm.append("%s:;" % set_name)
            asm.append(".popsection;")
            asm.append('.pushsection .BTF_ids,"a";')
            asm.append(".local __BTF_ID__set8__%s;" % set_name)
            asm.append("__BTF_ID__set8__%s:;" % set_name)
            asm.append(".zero 4")
            # One set in 6.12 is a set8 without BTF_SET8_KFUNCS (mptcp).
            asm.append(".long (1 << 0)" if si != s - 1 or s == 1 else ".long 0")
            asm.append(".popsection;")
            for i in members:
                entry("func", names[i], flags_expr())
            asm.append('.pushsection .BTF_ids,"a";')
            asm.append(".size __BTF_ID__set8__%s, .-%s" % (set_name, set_name))
            asm.append(".popsection;")
        # Plain BTF_ID_LISTs naming ordinary functions and types.
        ordinary = [i for i in range(n) if i not in kf_set]
        for li in range(a.lists):
            lname = "synth_btf_id_list_%d" % li
            asm.append('.pushsection .BTF_ids,"a";')
            asm.append(".local %s;" % lname)
            asm.append("%s:;" % lname)
            asm.append(".popsection;")
            for _ in range(a.list_entries):
                if rng.random() < 0.7 and ordinary:
                    entry("func", names[rng.choice(ordinary)])
                else:
                    entry("struct", "synth_struct_%d" % rng.randrange(1000))
        # A couple of plain (4-byte) sets, as BTF_SET_START makes.
        for si in range(max(1, a.lists // 10)):
            sname = "synth_plain_set_%d" % si
            asm.append('.pushsection .BTF_ids,"a";')
            asm.append(".local __BTF_ID__set__%s; __BTF_ID__set__%s:; .zero 4;" % (sname, sname))
            asm.append(".popsection;")
            for _ in range(5):
                if ordinary:
                    entry("func", names[rng.choice(ordinary)])
            asm.append('.pushsection .BTF_ids,"a"; .size __BTF_ID__set__%s, .-__BTF_ID__set__%s; .popsection;' % (sname, sname))
        # Some ordinary asm that is not ours (kernel modules have plenty).
        for ai in range(a.lists):
            asm.append(".pushsection .discard.addressable,\"aw\"; .quad kfn_%d; .popsection" % rng.randrange(n))
        for line in asm:
            L.append('module asm "%s"' % asm_escape(line))
        L.append("")

        # ---- debug info skeleton ---------------------------------------
        cu = self.mdnode('distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "gen-kernel-module", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)')
        self.mdnode('!DIFile(filename: "synthetic/vmlinux.c", directory: "/src")')
        tag = self.mdnode('!{!"btf_decl_tag", !"bpf_kfunc"}')
        tags = self.mdnode("!{!%d}" % tag)
        i64t = self.mdnode('!DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)')
        sty = self.mdnode("!DISubroutineType(types: !{!%d, null, !%d})" % (i64t, i64t))
        flags_md = self.mdnode('!{i32 7, !"Dwarf Version", i32 5}')
        dbgv = self.mdnode('!{i32 2, !"Debug Info Version", i32 3}')

        # ---- globals ------------------------------------------------------
        L.append("@jiffies = global i64 0, align 8")
        L.append("@synth_used_var = internal global i64 1, align 8")
        anno_strs = {}

        def anno_str(s):
            if s not in anno_strs:
                anno_strs[s] = "@.anno.%d" % len(anno_strs)
                L.append('%s = private unnamed_addr constant [%d x i8] c"%s", section "llvm.metadata"'
                         % (anno_strs[s], len(s) + 1, c_string(s)))
            return anno_strs[s]

        anno_file = anno_str("synthetic/vmlinux.c")
        anno_entries = []
        for i in sorted(annotated):
            anno_entries.append((i, anno_str("bpf_kfunc")))
        for i in ordinary[: a.other_annotations]:
            anno_entries.append((i, anno_str("synth_other_annotation")))
        L.append("")

        # ---- functions ----------------------------------------------------
        # #0: ordinary, #1: noinline (front-end pinned kfuncs and some others).
        used = []
        compiler_used = []
        for i in range(n):
            if i in declared:
                L.append("declare i64 @%s(ptr, i64)" % names[i])
                continue
            sp = self.next_md
            annotations = ", annotations: !%d" % tags if i in decltag else ""
            self.mdnode('distinct !DISubprogram(name: "%s", scope: !1, file: !1, line: %d, type: !%d, scopeLine: %d, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized%s, unit: !%d)'
                        % (names[i], i + 1, sty, i + 1, ("" if not internal[i] else " | DISPFlagLocalToUnit") + annotations, cu))
            loc = self.mdnode("!DILocation(line: %d, column: 3, scope: !%d)" % (i + 1, sp))
            attr = "#1" if (i in fe_pinned or rng.random() < 0.02) else "#0"
            link = "internal " if internal[i] else ""
            body = ["entry:", "  %%a = add i64 %%x, %d" % (i * 7 % 1000)]
            prev = "%a"
            for ci, j in enumerate(callees[i]):
                body.append("  %%c%d = call i64 @%s(ptr %%p, i64 %s), !dbg !%d" % (ci, names[j], prev, loc))
                body.append("  %%v%d = xor i64 %%c%d, %%a" % (ci, ci))
                prev = "%%v%d" % ci
            body.append("  store i64 %s, ptr %%p, align 8" % prev)
            body.append("  ret i64 %s" % prev)
            L.append("define %si64 @%s(ptr %%p, i64 %%x) %s !dbg !%d {" % (link, names[i], attr, sp))
            L.extend(body)
            L.append("}")
            if i in fe_pinned:
                used.append("@" + names[i])
            elif i not in kf_set and rng.random() < a.used_fraction:
                (used if rng.random() < 0.5 else compiler_used).append("@" + names[i])
        L.append("")
        used.append("@synth_used_var")
        compiler_used.append("@jiffies")
        L.append("@llvm.used = appending global [%d x ptr] [%s], section \"llvm.metadata\""
                 % (len(used), ", ".join("ptr " + u for u in used)))
        L.append("@llvm.compiler.used = appending global [%d x ptr] [%s], section \"llvm.metadata\""
                 % (len(compiler_used), ", ".join("ptr " + u for u in compiler_used)))
        if anno_entries:
            items = ", ".join("{ ptr, ptr, ptr, i32, ptr } { ptr @%s, ptr %s, ptr %s, i32 %d, ptr null }"
                              % (names[i], s, anno_file, i + 1) for i, s in anno_entries)
            L.append("@llvm.global.annotations = appending global [%d x { ptr, ptr, ptr, i32, ptr }] [%s], section \"llvm.metadata\""
                     % (len(anno_entries), items))
        L.append("")
        L.append("attributes #0 = { nounwind }")
        L.append("attributes #1 = { noinline nounwind }")
        L.append("")
        L.append("!llvm.dbg.cu = !{!%d}" % cu)
        L.append("!llvm.module.flags = !{!%d, !%d}" % (flags_md, dbgv))
        L.extend(self.md)
        L.append("")
        return "\n".join(L)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("-n", "--functions", type=int, default=100000)
    p.add_argument("-k", "--kfuncs", type=int, default=5000)
    p.add_argument("-s", "--sets", type=int, default=50, help="set8 tables")
    p.add_argument("--lists", type=int, default=40, help="plain BTF_ID_LISTs")
    p.add_argument("--list-entries", type=int, default=20)
    p.add_argument("--annotate-fraction", type=float, default=0.3)
    p.add_argument("--decltag-fraction", type=float, default=0.3,
                   help="kfuncs with btf_decl_tag (0: none in the module, as "
                   "in a kernel compile)")
    p.add_argument("--used-fraction", type=float, default=0.02,
                   help="ordinary functions already in a used list")
    p.add_argument("--other-annotations", type=int, default=100)
    p.add_argument("--unannotated-fraction", type=float, default=0.0,
                   help="kfuncs neither pinned by the front end nor annotated "
                        "(each is a missing-annotation finding)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--llvm-as", default="llvm-as",
                   help="llvm-as to use (bitcode output)")
    p.add_argument("-o", "--output", required=True,
                   help="output file: .ll for text, anything else bitcode")
    a = p.parse_args()
    if a.functions < 1 or a.kfuncs < 0 or a.sets < 1:
        p.error("need -n >= 1, -k >= 0, -s >= 1")
    text = Gen(a).run()
    if a.output.endswith(".ll"):
        with open(a.output, "w") as f:
            f.write(text)
        return 0
    cmd = [a.llvm_as, "-o", a.output, "-"]
    # LLVM 14 reads opaque-pointer IR only with -opaque-pointers.
    try:
        ver = subprocess.run([a.llvm_as, "--version"], capture_output=True, text=True).stdout
    except OSError as e:
        sys.exit("gen-kernel-module: cannot run %s: %s" % (a.llvm_as, e))
    if "LLVM version 14." in ver:
        cmd.insert(1, "-opaque-pointers")
    r = subprocess.run(cmd, input=text, text=True)
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
