//===- VersionCheck.cpp - Refuse a host of another LLVM major -------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// LLVM has no stable C++ ABI: a plugin built for another major crashes in the
// host -- already while its own static constructors register cl::opts, before
// the host calls llvmGetPassPluginInfo and checks LLVM_PLUGIN_API_VERSION (1
// in 14 to 21, 2 in 22). So the check runs as this library's first
// constructor, with nothing but the C library: it finds the host's major
// from LLVMGetVersion (LLVM 16+, looked up weakly) or else from the file name
// of the libLLVM that defines LLVMContextCreate (libLLVM-14.so.1,
// libLLVM.so.19.1). On a mismatch it names both versions and ends the process
// (status 1) instead of letting it crash. When the host's version cannot be told, nothing happens.
//===----------------------------------------------------------------------===//

#include "kfunc/Compat.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

using namespace kfunc;

extern "C" {
void LLVMGetVersion(unsigned *Major, unsigned *Minor, unsigned *Patch)
    __attribute__((weak));
struct LLVMOpaqueContext *LLVMContextCreate(void) __attribute__((weak));
}

static unsigned hostLLVMMajor() {
  if (LLVMGetVersion) {
    unsigned Major = 0, Minor = 0, Patch = 0;
    LLVMGetVersion(&Major, &Minor, &Patch);
    return Major;
  }
  Dl_info Info;
  if (!LLVMContextCreate ||
      !dladdr(reinterpret_cast<void *>(LLVMContextCreate), &Info) ||
      !Info.dli_fname)
    return 0;
  const char *Base = std::strrchr(Info.dli_fname, '/');
  Base = Base ? Base + 1 : Info.dli_fname;
  if (std::strncmp(Base, "libLLVM", 7) != 0)
    return 0; // A statically linked host: unknown.
  const char *P = Base + 7;
  while (*P && (*P < '0' || *P > '9'))
    ++P;
  return static_cast<unsigned>(std::strtoul(P, nullptr, 10));
}

__attribute__((constructor(101))) static void checkHostLLVMMajor() {
  unsigned Host = hostLLVMMajor();
  if (Host == 0 || Host == compat::LLVMMajor)
    return;
  std::fprintf(stderr,
               "KfuncPreserve: error: this plugin was built for LLVM %u, but "
               "the program loading it uses LLVM %u; load the plugin built "
               "for LLVM %u (lib/kfunc-preserve/llvm-%u/KfuncPreserve.so)\n",
               compat::LLVMMajor, Host, Host, Host);
  std::fflush(stderr);
  _exit(1);
}
