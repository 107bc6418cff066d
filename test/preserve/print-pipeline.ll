; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; -print-pipeline-passes shows each pass with the parameters that give its
; options (those that differ from the defaults), as in-tree passes do, and
; the printed pipeline means the same when given back to -passes=.
; RUN: %opt -passes='kfunc-preserve<btf-ids=all;kfunc=a:b;used-list=compiler-used>,kfunc-audit<checks=lost:renamed;werror;whole-program>' \
; RUN:   -print-pipeline-passes -disable-output %s | FileCheck %s
; CHECK: kfunc-preserve<kfunc=a:b;btf-ids=all;used-list=compiler-used>,kfunc-audit<werror;checks=lost:renamed;whole-program>,
; RUN: %opt -passes='kfunc-preserve<kfunc=a:b;btf-ids=all;used-list=compiler-used>,kfunc-audit<werror;checks=lost:renamed;whole-program>' \
; RUN:   -print-pipeline-passes -disable-output %s | FileCheck %s
; Defaults print as the bare names; the command line's options show too.
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -print-pipeline-passes -disable-output %s | FileCheck %s --check-prefix=BARE
; BARE: kfunc-preserve,kfunc-audit,
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc-checks=none -print-pipeline-passes -disable-output %s | FileCheck %s --check-prefix=CL
; CL: kfunc-preserve,kfunc-audit<checks=none>,

define void @f() {
  ret void
}
