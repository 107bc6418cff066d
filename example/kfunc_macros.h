// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
/* Kernel-style BTF kfunc set macros, written for this example.
 *
 * They emit the same module-level asm as Linux 6.12's include/linux/btf_ids.h
 * (BTF_KFUNCS_START / BTF_ID_FLAGS / BTF_KFUNCS_END) with
 * CONFIG_DEBUG_INFO_BTF: the .BTF_ids section names each kfunc only inside a
 * label, so the compiler sees no use of the function.
 */
#ifndef KFUNC_EXAMPLE_MACROS_H
#define KFUNC_EXAMPLE_MACROS_H

#define ___stringify(x...) #x
#define __stringify(x...) ___stringify(x)
#define ___PASTE(a, b) a##b
#define __PASTE(a, b) ___PASTE(a, b)

#define BTF_IDS_SECTION ".BTF_ids"

#define KF_ACQUIRE (1 << 0)
#define KF_RELEASE (1 << 1)
#define KF_RET_NULL (1 << 2)
#define KF_TRUSTED_ARGS (1 << 4)
#define KF_SLEEPABLE (1 << 5)
#define KF_RCU (1 << 7)
#define BTF_SET8_KFUNCS (1 << 0)

#define __BTF_ID_LIST(name, scope)                                             \
  asm(".pushsection " BTF_IDS_SECTION ",\"a\";       \n"                       \
      "." #scope " " #name ";                        \n" #name                 \
      ":;                                      \n"                             \
      ".popsection;                                  \n");

#define ____BTF_ID(symbol, word)                                               \
  asm(".pushsection " BTF_IDS_SECTION ",\"a\";       \n"                       \
      ".local " #symbol " ;                          \n"                       \
      ".type  " #symbol ", STT_OBJECT;               \n"                       \
      ".size  " #symbol ", 4;                        \n" #symbol               \
      ":                                     \n"                               \
      ".zero 4                                       \n"                       \
      word                                                                     \
      ".popsection;                                  \n");
#define __BTF_ID(symbol, word) ____BTF_ID(symbol, word)

/* __COUNTER__ and __LINE__ pasted together, as since Linux 6.6. */
#define __ID(prefix) __PASTE(__PASTE(prefix, __COUNTER__), __LINE__)

#define ____BTF_ID_FLAGS(prefix, name, flags)                                  \
  __BTF_ID(__ID(__BTF_ID__##prefix##__##name##__),                             \
           ".long " __stringify(flags) "\n")
#define __BTF_ID_FLAGS(prefix, name, flags, ...)                               \
  ____BTF_ID_FLAGS(prefix, name, flags)
#define BTF_ID_FLAGS(prefix, name, ...)                                        \
  __BTF_ID_FLAGS(prefix, name, ##__VA_ARGS__, 0)

/* A plain BTF_ID (no flags word), as in BTF_ID_LIST tables. */
#define BTF_ID(prefix, name) __BTF_ID(__ID(__BTF_ID__##prefix##__##name##__), "")
#define BTF_ID_LIST(name) __BTF_ID_LIST(name, local)

#define __BTF_SET8_START(name, scope, flags)                                   \
  __BTF_ID_LIST(name, local)                                                   \
  asm(".pushsection " BTF_IDS_SECTION ",\"a\";       \n"                       \
      "." #scope " __BTF_ID__set8__" #name ";        \n"                       \
      "__BTF_ID__set8__" #name ":;                   \n"                       \
      ".zero 4                                       \n"                       \
      ".long " __stringify(flags) "\n"                                         \
      ".popsection;                                  \n");

#define BTF_KFUNCS_START(name) __BTF_SET8_START(name, local, BTF_SET8_KFUNCS)

#define BTF_KFUNCS_END(name)                                                   \
  asm(".pushsection " BTF_IDS_SECTION ",\"a\";      \n"                        \
      ".size __BTF_ID__set8__" #name ", .-" #name "  \n"                       \
      ".popsection;                                 \n");

/* The kernel's guard, which kfunc-preserve makes unnecessary. Define
 * KFUNC_EXAMPLE_KERNEL_GUARD to get Linux 6.12's definition. */
#ifdef KFUNC_EXAMPLE_KERNEL_GUARD
#define __bpf_kfunc __attribute__((used, retain, noinline))
#else
#define __bpf_kfunc
#endif

#endif
