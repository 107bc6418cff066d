; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; KFUNC_PRESERVE_OPTIONS with unknown options, bad values and stray words:
; an error naming the variable and the problem, and a non-zero exit -- never
; a crash, never silently ignored. (opt stops at the first error; clang
; would list them all.)
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-bogus --kfunc=kf" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
; UNKNOWN: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: unknown option 'kfunc-bogus'
; UNKNOWN-NOT: PLEASE
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-btf-ids=maybe" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=VALUE
; VALUE: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: invalid value 'maybe' for option 'kfunc-btf-ids' (expected none, set8 or all)
; RUN: env KFUNC_PRESERVE_OPTIONS="stray" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=STRAY
; STRAY: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: expected an option, got 'stray'
; RUN: env KFUNC_PRESERVE_OPTIONS="-no-kfunc-list" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=NEG
; NEG: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: unknown option 'no-kfunc-list'

; Unbalanced quotes, an '=' with nothing, option names only dashes.
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-list= -- --- '-kfunc=kf" not %opt -passes=kfunc-preserve -disable-output %s 2>&1 | FileCheck %s --check-prefix=ODD
; ODD: error: kfunc-preserve: KFUNC_PRESERVE_OPTIONS: option 'kfunc-list' needs a value
; ODD-NOT: PLEASE

; The audit alone reports the same problems as errors, as kfunc-preserve
; does; the valid -kfunc=kf from the variable is still taken.
; RUN: env KFUNC_PRESERVE_OPTIONS="-kfunc-bogus" not %opt -passes=kfunc-audit -disable-output %s 2>&1 | FileCheck %s --check-prefix=AUDIT
; AUDIT: error: kfunc-audit: KFUNC_PRESERVE_OPTIONS: unknown option 'kfunc-bogus'
; RUN: env KFUNC_PRESERVE_OPTIONS="--kfunc=kf" %opt -passes=kfunc-preserve -S %s | FileCheck %s --check-prefix=IR
; IR: @llvm.used = appending global [1 x ptr] [ptr @kf]

define void @kf() {
  ret void
}
