//===- kfunc/Compat.h - The one place that knows LLVM versions --*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-preserve builds from one source tree against LLVM 14 to 22. Every
// difference between those versions is absorbed here, and this is the only
// file that may test LLVM_VERSION_MAJOR. Keep each shim small and say which
// release changed what.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_COMPAT_H
#define KFUNC_COMPAT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/PassManager.h"
#include "llvm/Passes/OptimizationLevel.h"
#include "llvm/Passes/PassBuilder.h"

// LLVM 22 moved PassPlugin.h from llvm/Passes/ to llvm/Plugins/.
#if __has_include("llvm/Plugins/PassPlugin.h")
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif

#include <functional>
#include <optional>

namespace kfunc {
namespace compat {

/// StringRef::startswith was renamed starts_with in 16 and removed in 19.
inline bool startsWith(llvm::StringRef S, llvm::StringRef Prefix) {
  return S.size() >= Prefix.size() && S.substr(0, Prefix.size()) == Prefix;
}

/// StringRef::endswith likewise.
inline bool endsWith(llvm::StringRef S, llvm::StringRef Suffix) {
  return S.size() >= Suffix.size() &&
         S.substr(S.size() - Suffix.size()) == Suffix;
}

/// The LLVM major version this plugin was compiled against.
constexpr unsigned LLVMMajor = LLVM_VERSION_MAJOR;

/// Register \p CB at the OptimizerLast extension point. LLVM 20 added a
/// ThinOrFullLTOPhase argument to the callback, from which IsPostLink is
/// told; older versions pass nullopt (the caller must tell another way).
using OptimizerLastCallback =
    std::function<void(llvm::ModulePassManager &, llvm::OptimizationLevel,
                       std::optional<bool> IsPostLink)>;

inline void registerOptimizerLast(llvm::PassBuilder &PB,
                                  OptimizerLastCallback CB) {
#if LLVM_VERSION_MAJOR >= 20
  PB.registerOptimizerLastEPCallback(
      [CB](llvm::ModulePassManager &MPM, llvm::OptimizationLevel Level,
           llvm::ThinOrFullLTOPhase Phase) {
        bool PostLink = Phase == llvm::ThinOrFullLTOPhase::ThinLTOPostLink ||
                        Phase == llvm::ThinOrFullLTOPhase::FullLTOPostLink;
        CB(MPM, Level, PostLink);
      });
#else
  PB.registerOptimizerLastEPCallback(
      [CB](llvm::ModulePassManager &MPM, llvm::OptimizationLevel Level) {
        CB(MPM, Level, /*IsPostLink=*/std::nullopt);
      });
#endif
}

using ModuleEPCallback =
    std::function<void(llvm::ModulePassManager &, llvm::OptimizationLevel)>;

/// Register \p CB at the start of the full-LTO link pipeline (LLVM 15+).
/// Returns false (and registers nothing) on older LLVM.
inline bool registerFullLTOEarly(llvm::PassBuilder &PB, ModuleEPCallback CB) {
#if LLVM_VERSION_MAJOR >= 15
  PB.registerFullLinkTimeOptimizationEarlyEPCallback(CB);
  return true;
#else
  (void)PB;
  (void)CB;
  return false;
#endif
}

/// Register \p CB at the end of the full-LTO link pipeline (LLVM 15+).
inline bool registerFullLTOLast(llvm::PassBuilder &PB, ModuleEPCallback CB) {
#if LLVM_VERSION_MAJOR >= 15
  PB.registerFullLinkTimeOptimizationLastEPCallback(CB);
  return true;
#else
  (void)PB;
  (void)CB;
  return false;
#endif
}

} // namespace compat
} // namespace kfunc

#endif // KFUNC_COMPAT_H
