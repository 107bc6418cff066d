//===- Diagnostic.cpp - What the plugin tells its user --------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/Diagnostic.h"

#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/LLVMContext.h"

using namespace llvm;

namespace kfunc {

int KfuncDiagnostic::kindID() {
  // Function-local static: initialized once, thread-safe (C++11).
  static const int Kind = getNextAvailablePluginDiagnosticKind();
  return Kind;
}

KfuncDiagnostic::KfuncDiagnostic(DiagnosticSeverity Severity, const Twine &Msg)
    : DiagnosticInfo(kindID(), Severity), Message(Msg.str()) {}

void KfuncDiagnostic::print(DiagnosticPrinter &DP) const { DP << Message; }

bool KfuncDiagnostic::classof(const DiagnosticInfo *DI) {
  return DI->getKind() == kindID();
}

void diagnose(LLVMContext &Ctx, DiagnosticSeverity Severity, StringRef Pass,
              const Twine &Msg) {
  Ctx.diagnose(KfuncDiagnostic(Severity, Pass + ": " + Msg));
}

} // namespace kfunc
