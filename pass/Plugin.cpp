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
// The check that the host's LLVM is the one the plugin was built for runs
// when the library is loaded (VersionCheck.cpp).
//
//===----------------------------------------------------------------------===//

#include "kfunc/Compat.h"
#include "kfunc/Discovery.h"
#include "kfunc/KfuncAudit.h"
#include "kfunc/KfuncPreserve.h"
#include "kfunc/Options.h"
#include "kfunc/Record.h"
#include "kfunc/Version.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/Compiler.h"

#include <memory>
#include <optional>

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

  // The BTF tables, the kfuncs and the records of a module, found once for
  // both passes, and what the passes tell each other.
  PB.registerAnalysisRegistrationCallback([](ModuleAnalysisManager &MAM) {
    MAM.registerPass([] { return BtfIdsAnalysis(); });
    MAM.registerPass([] { return DiscoveryAnalysis(); });
    MAM.registerPass([] { return RecordsAnalysis(); });
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

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "KfuncPreserve", KFUNC_VERSION_STRING,
          registerCallbacks};
}
