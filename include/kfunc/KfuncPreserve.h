//===- kfunc/KfuncPreserve.h - Pin kfuncs at compile time -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-preserve discovers the kfuncs of a module (see Discovery.h) and pins
// every one defined here: `noinline` (dropping alwaysinline/inlinehint), and
// membership in @llvm.used (or @llvm.compiler.used), appended in one batched
// update. It records what it did in !kfunc.preserve (see Record.h). Running
// it twice is the same as running it once.
//
// Remarks (-pass-remarks=kfunc-preserve): one per pinned kfunc, saying what
// was done. Analysis remarks (-pass-remarks-analysis=kfunc-preserve): one
// per function defined here that a BTF table names but the options leave
// alone (`btf-id` entries unless -kfunc-btf-ids=all; everything under none).
// In compiler-used mode a function already in @llvm.used is not added to
// @llvm.compiler.used as well.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_KFUNCPRESERVE_H
#define KFUNC_KFUNCPRESERVE_H

#include "kfunc/Options.h"

#include "llvm/IR/PassManager.h"

namespace kfunc {

class KfuncPreservePass : public llvm::PassInfoMixin<KfuncPreservePass> {
public:
  explicit KfuncPreservePass(KfuncOptions Opts) : Opts(std::move(Opts)) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; } // Runs at -O0 and under optnone.
  /// `kfunc-preserve<params>`, the parameters that give its options (as
  /// GlobalDCE prints its own), for -print-pipeline-passes.
  void printPipeline(llvm::raw_ostream &OS,
                     llvm::function_ref<llvm::StringRef(llvm::StringRef)>
                         MapClassName2PassName);
  static llvm::StringRef name() { return PreservePassName; }

private:
  KfuncOptions Opts;
};

} // namespace kfunc

#endif // KFUNC_KFUNCPRESERVE_H
