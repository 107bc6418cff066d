; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; An unreadable list file is an error naming the file and the OS reason, and
; opt exits non-zero: a missing file, a directory. Never a crash, never a
; silent skip.
; RUN: not %opt -passes=kfunc-preserve -kfunc-list=%t.does-not-exist -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING -DFILE=%t.does-not-exist
; RUN: rm -rf %t.dir && mkdir %t.dir
; RUN: not %opt -passes=kfunc-preserve -kfunc-list=%t.dir -disable-output %s 2>&1 | FileCheck %s --check-prefix=DIR -DFILE=%t.dir
; The same through pass parameters and the environment variable.
; RUN: not %opt -passes='kfunc-preserve<list=%t.does-not-exist>' -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING -DFILE=%t.does-not-exist
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-list=%t.does-not-exist" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING -DFILE=%t.does-not-exist
; A good list file next to a bad one does not hide the error.
; RUN: echo kf > %t.good.txt
; RUN: not %opt -passes=kfunc-preserve -kfunc-list=%t.good.txt -kfunc-list=%t.does-not-exist -disable-output %s 2>&1 | FileCheck %s --check-prefix=MISSING -DFILE=%t.does-not-exist

; MISSING: error: kfunc-preserve: cannot read kfunc list '[[FILE]]': No such file or directory
; MISSING-NOT: PLEASE submit a bug report
; DIR: error: kfunc-preserve: cannot read kfunc list '[[FILE]]': Is a directory
; DIR-NOT: PLEASE submit a bug report

define void @kf() {
  ret void
}
