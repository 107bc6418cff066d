//===- Plugin.cpp - Plugin entry point and pipeline registration ----------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Registers:
//   -passes=kfunc-preserve[<params>] and -passes=kfunc-audit[<params>];
//   kfunc-preserve at PipelineStart (every pre-link and non-LTO pipeline,
//     -O0 included) and at the start of the full-LTO link (LLVM 15+);
//   kfunc-audit at OptimizerLast (pre-link pipelines and ThinLTO backends)
//     and at the end of the full-LTO link (LLVM 15+, whole program).
// -kfunc-auto=false (or auto=false in KFUNC_PRESERVE_OPTIONS) turns off the
// automatic registration.
//
// Options are resolved when the pipeline is built; each pass owns its copy.
//
//===----------------------------------------------------------------------===//

#include "kfunc/Compat.h"
#include "kfunc/Discovery.h"
#include "kfunc/KfuncAudit.h"
#include "kfunc/KfuncPreserve.h"
#include "kfunc/Options.h"
#include "kfunc/Version.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/Compiler.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

using namespace llvm;
using namespace kfunc;

/// Match `Pass` or `Pass<params>`; on success set \p Params.
static bool matchPass(StringRef Name, StringRef Pass, StringRef &Params) {
  if (Name == Pass) {
    Params = "";
    return true;
  }
  if (!compat::startsWith(Name, Pass) || Name.size() < Pass.size() + 2 ||
      Name[Pass.size()] != '<' || Name.back() != '>')
    return false;
  // "kfunc-preserve<>" gives empty parameters, like the bare name.
  Params = Name.slice(Pass.size() + 1, Name.size() - 1);
  return true;
}

namespace {

/// What the callbacks of one PassBuilder share while it builds pipelines.
/// A PassBuilder builds its pipelines in one thread (each ThinLTO backend
/// thread makes its own), so this needs no lock.
struct PipelineState {
  /// The environment and command line, resolved at the first pass built.
  std::optional<KfuncOptions> Base;
  /// PipelineStart ran since the last OptimizerLast: this is a pre-link or
  /// non-LTO pipeline, not a ThinLTO backend (which has no PipelineStart).
  bool StartSeen = false;

  const KfuncOptions &base() {
    if (!Base)
      Base = resolveBaseOptions();
    return *Base;
  }

  /// Options for a pass of kind \p P with pass parameters \p Params.
  KfuncOptions optionsFor(KfuncPass P, StringRef Params = "") {
    return withPassParams(base(), Params, P);
  }
};

} // namespace

static void registerParsing(PassBuilder &PB,
                            std::shared_ptr<PipelineState> State) {
  PB.registerPipelineParsingCallback(
      [State](StringRef Name, ModulePassManager &MPM,
              ArrayRef<PassBuilder::PipelineElement>) -> bool {
        StringRef Params;
        if (matchPass(Name, KfuncPreservePass::name(), Params)) {
          MPM.addPass(
              KfuncPreservePass(State->optionsFor(KfuncPass::Preserve, Params)));
          return true;
        }
        if (matchPass(Name, KfuncAuditPass::name(), Params)) {
          MPM.addPass(
              KfuncAuditPass(State->optionsFor(KfuncPass::Audit, Params), "opt"));
          return true;
        }
        return false;
      });
}

static void registerCallbacks(PassBuilder &PB) {
  auto State = std::make_shared<PipelineState>();

  // The BTF tables of a module, parsed once for both passes, and what the
  // passes tell each other.
  PB.registerAnalysisRegistrationCallback([](ModuleAnalysisManager &MAM) {
    MAM.registerPass([] { return BtfIdsAnalysis(); });
    MAM.registerPass([] { return ProblemsReported(); });
    MAM.registerPass([] { return PreserveRan(); });
  });
  registerParsing(PB, State);

  PB.registerPipelineStartEPCallback(
      [State](ModulePassManager &MPM, OptimizationLevel) {
        State->StartSeen = true;
        if (State->base().Auto)
          MPM.addPass(KfuncPreservePass(State->optionsFor(KfuncPass::Preserve)));
      });

  // A ThinLTO backend is told by the callback from LLVM 20; before, by the
  // missing PipelineStart (LLVM's ThinLTO backend pipeline is the only one
  // that runs OptimizerLast without it).
  compat::registerOptimizerLast(PB, [State](ModulePassManager &MPM,
                                            OptimizationLevel,
                                            std::optional<bool> IsPostLink) {
    bool PostLink = IsPostLink ? *IsPostLink : !State->StartSeen;
    State->StartSeen = false;
    if (!State->base().Auto)
      return;
    // The asm was checked at compile time, or by kfunc-preserve before.
    MPM.addPass(KfuncAuditPass(State->optionsFor(KfuncPass::Audit),
                               PostLink ? "thinlto-backend" : "compile",
                               /*ReportAsmProblems=*/false));
  });

  compat::registerFullLTOEarly(
      PB, [State](ModulePassManager &MPM, OptimizationLevel) {
        if (State->base().Auto)
          MPM.addPass(KfuncPreservePass(State->optionsFor(KfuncPass::Preserve)));
      });

  compat::registerFullLTOLast(PB, [State](ModulePassManager &MPM,
                                          OptimizationLevel) {
    if (!State->base().Auto)
      return;
    KfuncOptions Opts = State->optionsFor(KfuncPass::Audit);
    Opts.WholeProgram = true; // The full-LTO module is the whole program.
    MPM.addPass(KfuncAuditPass(std::move(Opts), "lto",
                               /*ReportAsmProblems=*/false));
  });
}

//===----------------------------------------------------------------------===//
// Load-time check of the host's LLVM major version.
//
// LLVM has no stable C++ ABI: a plugin built for another major crashes in the
// host -- already while its own static constructors register cl::opts, before
// the host calls llvmGetPassPluginInfo and checks LLVM_PLUGIN_API_VERSION (1
// in 14 to 21, 2 in 22). So the check runs as this library's first constructor, with
// nothing but the C library: it finds the host's major from LLVMGetVersion
// (LLVM 16+, looked up weakly) or else from the file name of the libLLVM that
// defines LLVMContextCreate (libLLVM-14.so.1, libLLVM.so.19.1). On a mismatch
// it names both versions and ends the process (status 1) instead of letting
// it crash. When the host's version cannot be told, nothing happens.
//===----------------------------------------------------------------------===//

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

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "KfuncPreserve", KFUNC_VERSION_STRING,
          registerCallbacks};
}
