// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
// The asm of the kernel's own BTF macros, as clang really emits it (a copy of
// 6.12's btf_ids.h plus the 6.1 set8 form, in Inputs/preserve/btf_ids.h),
// parsed by kfunc-preserve: every kind of table, names with "__" and leading
// underscores, flags through macros. clang emits typed IR on LLVM 14, hence
// %opt_typed.
// REQUIRES: clang
// RUN: clang -O2 -Xclang -disable-llvm-passes -S -emit-llvm -I %S/../Inputs/preserve %s -o %t.ll
// RUN: %opt_typed -passes=kfunc-preserve -S %t.ll 2>%t.err | FileCheck %s
// RUN: count 0 < %t.err
// RUN: %opt_typed -passes=kfunc-preserve -kfunc-btf-ids=all -S %t.ll | FileCheck %s --check-prefix=ALL

#include "btf_ids.h"

int bpf_obj_new(int x) { return x; }
void bpf_obj_drop(int *p) { }
int bpf_iter_num__new(int x) { return x; }
int _leading_kfunc(int x) { return x; }
int fmod_ret_target(int x) { return x; }
int old_kfunc(int x) { return x; }
int hot_kernel_fn(int x) { return x; }
int in_plain_set(int x) { return x; }
int not_listed(int x) { return x; }

BTF_KFUNCS_START(generic_btf_ids)
BTF_ID_FLAGS(func, bpf_obj_new, KF_ACQUIRE | KF_RET_NULL)
BTF_ID_FLAGS(func, bpf_obj_drop, KF_RELEASE)
BTF_ID_FLAGS(func, bpf_iter_num__new)
BTF_ID_FLAGS(func, _leading_kfunc, KF_TRUSTED_ARGS | KF_RCU | KF_SLEEPABLE)
BTF_KFUNCS_END(generic_btf_ids)

BTF_SET8_START(fmodret_ids)
BTF_ID_FLAGS(func, fmod_ret_target)
BTF_SET8_END(fmodret_ids)

OLD_BTF_SET8_START(old_ids)
OLD_BTF_ID_FLAGS(func, old_kfunc, KF_ACQUIRE)
BTF_SET8_END(old_ids)

BTF_ID_LIST(allow_list)
BTF_ID(func, hot_kernel_fn)
BTF_ID_UNUSED
BTF_ID(struct, task_struct)

BTF_SET_START(plain_ids)
BTF_ID(func, in_plain_set)
BTF_ID(typedef, not_listed)
BTF_SET_END(plain_ids)

// CHECK: @llvm.used = appending global [6 x {{.*}}] [{{.*}}@bpf_obj_new{{.*}}, {{.*}}@bpf_obj_drop{{.*}}, {{.*}}@bpf_iter_num__new{{.*}}, {{.*}}@_leading_kfunc{{.*}}, {{.*}}@fmod_ret_target{{.*}}, {{.*}}@old_kfunc{{.*}}], section "llvm.metadata"
// CHECK-DAG: !{!"generic_btf_ids", !"set8", i64 1, i64 5, !"(1 << 0) | (1 << 2)"}
// CHECK-DAG: !{!"generic_btf_ids", !"set8", i64 1, i64 2, !"(1 << 1)"}
// CHECK-DAG: !{!"generic_btf_ids", !"set8", i64 1, i64 0, !"0"}
// CHECK-DAG: !{!"generic_btf_ids", !"set8", i64 1, i64 176, !"(1 << 4) | (1 << 7) | (1 << 5)"}
// CHECK-DAG: !{!"fmodret_ids", !"set8", i64 0, i64 0, !"0"}
// CHECK-DAG: !{!"old_ids", !"set8", !"", i64 1, !"(1 << 0)"}
// CHECK-NOT: !"name", !"hot_kernel_fn"
// CHECK-NOT: !"name", !"in_plain_set"
// CHECK-NOT: !"name", !"not_listed"

// ALL: @llvm.used = appending global [8 x {{.*}}] [{{.*}}@hot_kernel_fn{{.*}}, {{.*}}@in_plain_set{{.*}}], section "llvm.metadata"
// ALL-DAG: !{!"allow_list", !"list", !"", !"", !""}
// ALL-DAG: !{!"plain_ids", !"set", !"", !"", !""}
// ALL-NOT: !"name", !"not_listed"
