; SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
; Source `list` from files: -kfunc-list=FILE, one name per line, '#'
; comments, blank lines, leading/trailing blanks, CRLF line ends; the option
; may be repeated and combines with -kfunc=. Invalid lines warn with
; file:line and are skipped; the valid names around them still count.
; RUN: %opt -passes=kfunc-preserve -kfunc-list=%S/../Inputs/preserve/kfuncs.txt -kfunc-list=%S/../Inputs/preserve/kfuncs-more.txt -kfunc=kf_opt -S %s 2>%t.err | FileCheck %s
; RUN: FileCheck %s --check-prefix=WARN < %t.err
;
; Both passes in one pipeline: the files are read once, when the options are
; resolved, and each warning is given once.
; RUN: %opt -passes=kfunc-preserve,kfunc-audit -kfunc-list=%S/../Inputs/preserve/kfuncs.txt -disable-output %s 2>&1 \
; RUN:   | FileCheck %s --check-prefix=ONCE
; ONCE-COUNT-1: kfuncs.txt:5: 'not a name'
; ONCE-NOT: kfuncs.txt:5:
;
; CRLF: the same names, with \r\n line ends.
; RUN: printf 'list_a\r\n# comment\r\n\r\n  list_b \r\nlist_c\r\n' > %t.crlf.txt
; RUN: %opt -passes=kfunc-preserve -kfunc-list=%t.crlf.txt -kfunc=kf_opt -S %s 2>%t.crlf.err | FileCheck %s
; RUN: count 0 < %t.crlf.err
;
; An empty file (and one with only comments) is fine: nothing is pinned.
; RUN: printf '# nothing here\n\n' > %t.comments.txt
; RUN: %opt -passes=kfunc-preserve -kfunc-list=%S/../Inputs/preserve/empty.txt -kfunc-list=%t.comments.txt -S %s 2>%t.empty.err | FileCheck %s --check-prefix=EMPTY
; RUN: count 0 < %t.empty.err

; A file of garbage (here 13 bad lines) gets at most 10 warnings and a summary.
; RUN: printf 'bad-1\nbad-2\nbad-3\nbad-4\nbad-5\nbad-6\nbad-7\nbad-8\nbad-9\nbad-10\nbad-11\nlist_a\nbad-12\nbad-13\n' > %t.garbage.txt
; RUN: %opt -passes=kfunc-preserve -kfunc-list=%t.garbage.txt -S %s 2>%t.garbage.err | FileCheck %s --check-prefix=GARBAGE
; RUN: FileCheck %s --check-prefix=GARBAGE-WARN < %t.garbage.err

; CHECK: @llvm.used = appending global [4 x ptr] [ptr @kf_opt, ptr @list_a, ptr @list_b, ptr @list_c], section "llvm.metadata"
; CHECK: define void @list_a() #[[PIN:[0-9]+]] {
; CHECK: define void @list_b() #[[PIN]] {
; CHECK: define void @list_c() #[[PIN]] {
; CHECK: define void @kf_opt() #[[PIN]] {
; A valid LLVM symbol but no C identifier, so no kfunc name: not pinned.
; CHECK: define void @"{{\.}}dotted.name$1"() {
; CHECK: define void @not_listed() {
; CHECK: attributes #[[PIN]] = { noinline }
; CHECK-NOT: not_listed
; CHECK-NOT: list_missing_here

; WARN: warning: kfunc-preserve: {{.*}}kfuncs.txt:5: 'not a name' is not a C identifier, as a kfunc name must be; ignored
; WARN-NEXT: warning: kfunc-preserve: {{.*}}kfuncs.txt:8: '9starts_with_digit' is not a C identifier, as a kfunc name must be; ignored
; WARN-NEXT: warning: kfunc-preserve: {{.*}}kfuncs.txt:9: '.dotted.name$1' is not a C identifier, as a kfunc name must be; ignored
; WARN-NOT: warning
; WARN-NOT: error

; GARBAGE: @llvm.used = appending global [1 x ptr] [ptr @list_a], section "llvm.metadata"
; GARBAGE-WARN-COUNT-10: warning: kfunc-preserve: {{.*}}garbage.txt:{{[0-9]+}}: 'bad-{{[0-9]+}}' is not a C identifier, as a kfunc name must be; ignored
; The summary is about several lines: it names the file, not one line.
; GARBAGE-WARN-NEXT: warning: kfunc-preserve: {{.*}}garbage.txt: 3 more invalid lines ignored
; GARBAGE-WARN-NOT: warning

; EMPTY-NOT: @llvm.used
; EMPTY-NOT: noinline
; EMPTY-NOT: !kfunc.preserve

define void @list_a() {
  ret void
}
define void @list_b() {
  ret void
}
define void @list_c() {
  ret void
}
define void @kf_opt() {
  ret void
}
define void @".dotted.name$1"() {
  ret void
}
define void @not_listed() {
  ret void
}
