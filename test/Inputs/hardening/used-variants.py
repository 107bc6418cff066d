# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Write modules with malformed used lists into DIR (argv[1])."""
import os
import sys

d = sys.argv[1]
tail = "@g = global i32 0\ndefine void @kf() {\n  ret void\n}\n"
variants = {
    "not-array": '@llvm.used = appending global i32 0, section "llvm.metadata"\n',
    "wrong-linkage": '@llvm.used = global [1 x ptr] [ptr @g], section "llvm.metadata"\n',
    "not-global": '@llvm.used = appending global [1 x ptr] [ptr inttoptr (i64 1 to ptr)], section "llvm.metadata"\n',
    "wrong-element": '@llvm.used = appending global [1 x i32] [i32 1], section "llvm.metadata"\n',
    "compiler-used-not-array": '@llvm.compiler.used = appending global i32 0, section "llvm.metadata"\n',
}
for name, text in variants.items():
    with open(os.path.join(d, name + ".ll"), "w") as f:
        f.write(text + tail)
