// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// Under clang the list-file error is a normal error diagnostic and clang
// exits non-zero, at -O0 and -O2, from -mllvm and from the environment.
// REQUIRES: clang
// RUN: not clang %clang_plugin -mllvm -kfunc-list=%t.missing -O2 -c %s -o %t.o 2>&1 | FileCheck %s -DFILE=%t.missing
// RUN: not clang %clang_plugin -mllvm -kfunc-list=%t.missing -O0 -c %s -o %t.o 2>&1 | FileCheck %s -DFILE=%t.missing
// RUN: env KFUNC_PRESERVE_OPTIONS=-kfunc-list=%t.missing not clang %clang_plugin -O2 -c %s -o %t.o 2>&1 | FileCheck %s -DFILE=%t.missing
// A readable list works the same way: the static kfunc, which -O2 would
// inline into its caller and delete, survives as a local symbol. (An
// *uncalled* static function never reaches IR: clang does not emit it.)
// RUN: echo kf_listed > %t.list
// RUN: clang %clang_plugin -mllvm -kfunc-list=%t.list -O2 -c %s -o %t.o
// RUN: llvm-nm %t.o | FileCheck %s --check-prefix=NM
// RUN: clang -O2 -c %s -o %t.plain.o
// RUN: llvm-nm %t.plain.o | FileCheck %s --check-prefix=PLAIN

// CHECK: error: kfunc-preserve: cannot read kfunc list '[[FILE]]': No such file or directory
// CHECK-NOT: PLEASE submit

// NM: t kf_listed
// PLAIN-NOT: kf_listed

static int kf_listed(int x) { return x * 3; }
int caller(int x) { return kf_listed(x) + 1; }
