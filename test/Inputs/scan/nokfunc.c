// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* .BTF_ids without a kfunc set: a BTF_ID_LIST only. With WITH_KFUNCS, also
 * a kfunc set (BTF_SET8_KFUNCS) and a set8 without that flag. */
#include "kfunc_macros.h"

int nk_func(void) { return 0; }

BTF_ID_LIST(nk_list)
BTF_ID(func, nk_func)

#ifdef WITH_KFUNCS
__BTF_SET8_START(nk_fmodret, local, 0)
BTF_ID_FLAGS(func, nk_func)
BTF_KFUNCS_END(nk_fmodret)

BTF_KFUNCS_START(nk_kfuncs)
BTF_ID_FLAGS(func, nk_func)
BTF_KFUNCS_END(nk_kfuncs)
#endif
