//===- kfunc/Diagnostic.h - What the plugin tells its user ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Diagnostics of kfunc-preserve and kfunc-audit: a DiagnosticInfo of a plugin
// kind, which clang prints as a warning or error under -Wbackend-plugin, and
// opt and ld.lld print as "warning:"/"error:".
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_DIAGNOSTIC_H
#define KFUNC_DIAGNOSTIC_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/IR/DiagnosticInfo.h"

#include <string>

namespace llvm {
class LLVMContext;
} // namespace llvm

namespace kfunc {

/// A diagnostic from kfunc-preserve or kfunc-audit.
class KfuncDiagnostic : public llvm::DiagnosticInfo {
public:
  KfuncDiagnostic(llvm::DiagnosticSeverity Severity, const llvm::Twine &Msg);
  void print(llvm::DiagnosticPrinter &DP) const override;
  static bool classof(const llvm::DiagnosticInfo *DI);
  /// The plugin diagnostic kind, allocated once (thread-safe).
  static int kindID();

private:
  std::string Message;
};

/// Emit "<Pass>: <Msg>" with \p Severity through \p Ctx.
void diagnose(llvm::LLVMContext &Ctx, llvm::DiagnosticSeverity Severity,
              llvm::StringRef Pass, const llvm::Twine &Msg);

} // namespace kfunc

#endif // KFUNC_DIAGNOSTIC_H
