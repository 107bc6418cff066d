//===- Plugin.cpp - Plugin entry point and pipeline registration ----------===//
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
#include "kfunc/KfuncAudit.h"
#include "kfunc/KfuncPreserve.h"
#include "kfunc/Options.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Support/Compiler.h"

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
  Params = Name.slice(Pass.size() + 1, Name.size() - 1);
  // An empty parameter list would resolve to "no parameters"; keep it
  // distinguishable so "kfunc-preserve<>" is accepted like the bare name.
  return true;
}

static void registerCallbacks(PassBuilder &PB) {
  PB.registerPipelineParsingCallback(
      [](StringRef Name, ModulePassManager &MPM,
         ArrayRef<PassBuilder::PipelineElement>) -> bool {
        StringRef Params;
        if (matchPass(Name, KfuncPreservePass::name(), Params)) {
          MPM.addPass(KfuncPreservePass(resolveOptions(Params)));
          return true;
        }
        if (matchPass(Name, KfuncAuditPass::name(), Params)) {
          MPM.addPass(KfuncAuditPass(resolveOptions(Params), "opt"));
          return true;
        }
        return false;
      });

  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        KfuncOptions Opts = resolveOptions();
        if (Opts.Auto)
          MPM.addPass(KfuncPreservePass(std::move(Opts)));
      });

  compat::registerOptimizerLast(
      PB, [](ModulePassManager &MPM, OptimizationLevel, bool IsPostLink) {
        KfuncOptions Opts = resolveOptions();
        if (Opts.Auto)
          MPM.addPass(KfuncAuditPass(std::move(Opts),
                                     IsPostLink ? "thinlto-backend" : "compile",
                                     /*ReportOptionProblems=*/false));
      });

  compat::registerFullLTOEarly(PB,
                               [](ModulePassManager &MPM, OptimizationLevel) {
                                 KfuncOptions Opts = resolveOptions();
                                 if (Opts.Auto)
                                   MPM.addPass(KfuncPreservePass(Opts));
                               });

  compat::registerFullLTOLast(PB, [](ModulePassManager &MPM,
                                     OptimizationLevel) {
    KfuncOptions Opts = resolveOptions();
    if (!Opts.Auto)
      return;
    Opts.WholeProgram = true; // The full-LTO module is the whole program.
    MPM.addPass(KfuncAuditPass(std::move(Opts), "lto",
                               /*ReportOptionProblems=*/false));
  });
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "KfuncPreserve", LLVM_VERSION_STRING,
          registerCallbacks};
}
