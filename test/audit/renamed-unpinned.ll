; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; renamed, without a record: a set-listed kfunc compiled without
; kfunc-preserve (so nothing promised anything) that a ThinLTO backend
; promoted and renamed to <name>.llvm.N is still reported as renamed -- and
; not also as undefined. A kfunc that is simply absent stays quiet outside
; whole-program mode.
; RUN: %opt -passes=kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --implicit-check-not=warning:
; RUN: %opt -passes=kfunc-audit -kfunc-whole-program -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefixes=CHECK,WP --implicit-check-not=warning:
; With kfunc-preserve in the same pipeline, the hint does not ask whether it
; ran: it did, and the kfunc was already renamed.
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=PRESERVED --implicit-check-not=warning:
; PRESERVED: warning: kfunc-audit: kfunc 'ru_static' in set 'ru_ids' was renamed to 'ru_static.llvm.123' {{.*}}(it was never pinned: it was renamed before kfunc-preserve ran, or kfunc-preserve was told not to pin it) [renamed]
; PRESERVED-NOT: compiled without
; RUN: %opt -passes=kfunc-audit -kfunc-checks=-renamed -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=OFF --allow-empty

; CHECK: warning: kfunc-audit: kfunc 'ru_static' in set 'ru_ids' was renamed to 'ru_static.llvm.123' (suffix '.llvm.123': ThinLTO promotion of a static) and is not defined under its own name (it was never pinned: was it compiled without kfunc-preserve?) [renamed]
; WP: warning: kfunc-audit: kfunc 'ru_absent' in set 'ru_ids' is listed in a BTF set but not defined in this program: {{.*}} [undefined]
; OFF-NOT: [renamed]

module asm ".pushsection .BTF_ids,\22a\22;"
module asm "__BTF_ID__set8__ru_ids:;"
module asm ".zero 4"
module asm ".long (1 << 0)"
module asm "__BTF_ID__func__ru_static__1:"
module asm ".zero 4"
module asm ".long 0"
module asm "__BTF_ID__func__ru_absent__2:"
module asm ".zero 4"
module asm ".long 0"
module asm ".size __BTF_ID__set8__ru_ids, .-ru_ids"
module asm ".popsection;"

@llvm.used = appending global [1 x ptr] [ptr @ru_static.llvm.123], section "llvm.metadata"

define hidden i32 @ru_static.llvm.123(i32 %x) noinline {
  ret i32 %x
}
