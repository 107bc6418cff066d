// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// missing-annotation through clang itself: the plugin pins at the start of
// the pipeline and audits at its end; the audit judges what the front end
// made of each function, whatever the pipeline did since.
// REQUIRES: clang
// RUN: clang -target x86_64-linux-gnu -O2 -c %clang_plugin -I%example_dir \
// RUN:   %S/../Inputs/audit/missing-annotation.c -o /dev/null 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: clang -target x86_64-linux-gnu -O2 -flto -c %clang_plugin -I%example_dir \
// RUN:   %S/../Inputs/audit/missing-annotation.c -o /dev/null 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: clang -target x86_64-linux-gnu -O2 -c %clang_plugin -I%example_dir \
// RUN:   -mllvm -kfunc-checks=-missing-annotation \
// RUN:   %S/../Inputs/audit/missing-annotation.c -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=OFF --allow-empty
// -kfunc-werror makes clang fail: every finding is shown as a warning, then
// one error counts them. clang's own -Werror makes each warning an error.
// RUN: not clang -target x86_64-linux-gnu -O2 -c %clang_plugin -I%example_dir \
// RUN:   -mllvm -kfunc-werror %S/../Inputs/audit/missing-annotation.c -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=ERR
// RUN: not clang -target x86_64-linux-gnu -O2 -c %clang_plugin -I%example_dir \
// RUN:   -Werror %S/../Inputs/audit/missing-annotation.c -o /dev/null 2>&1 \
// RUN:   | FileCheck %s --check-prefix=WERROR

// CHECK: warning: kfunc-audit (compile): kfunc 'k_bare' in set 'ma_ids' is listed in a kfunc set but not marked __bpf_kfunc in the source (the front end made it neither noinline nor used) [missing-annotation]
// CHECK: warning: kfunc-audit (compile): kfunc 'k_noinline_only' in set 'ma_ids' {{.*}}(the front end made it noinline but not used) [missing-annotation]
// CHECK: warning: kfunc-audit (compile): kfunc 'k_used_only' in set 'ma_ids' {{.*}}(the front end made it used but not noinline) [missing-annotation]
// CHECK-NOT: 'k_used'
// CHECK-NOT: 'k_retain'
// OFF-NOT: kfunc-audit
// ERR: warning: kfunc-audit{{.*}}: kfunc 'k_bare' in set 'ma_ids' {{.*}} [missing-annotation]
// ERR: warning: kfunc-audit{{.*}}: kfunc 'k_noinline_only' in set 'ma_ids' {{.*}} [missing-annotation]
// ERR: warning: kfunc-audit{{.*}}: kfunc 'k_used_only' in set 'ma_ids' {{.*}} [missing-annotation]
// ERR: error: kfunc-audit{{.*}}: 3 findings in '{{.*}}missing-annotation.c', and -kfunc-werror makes them errors
// ERR-NOT: error:
// WERROR: error: kfunc-audit{{.*}}: kfunc 'k_bare' in set 'ma_ids' {{.*}} [-Werror,-Wbackend-plugin]
// WERROR: error: kfunc-audit{{.*}}: kfunc 'k_noinline_only' in set 'ma_ids' {{.*}} [-Werror,-Wbackend-plugin]
// WERROR: error: kfunc-audit{{.*}}: kfunc 'k_used_only' in set 'ma_ids' {{.*}} [-Werror,-Wbackend-plugin]
