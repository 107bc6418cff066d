//===- kfunc/Checks.h - The names of kfunc-audit's checks -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The audit's checks, their stable names (diagnostics, remarks, the JSON
// report, -kfunc-checks) and the parser of a check selection. Options.cpp
// resolves -kfunc-checks into a mask once; kfunc-audit reads the mask. What
// each check judges is documented in KfuncAudit.h and docs/checks.md.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_CHECKS_H
#define KFUNC_CHECKS_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace kfunc {

/// The audit checks, in report order.
enum class Check : unsigned {
  Lost,
  Inlinable,
  SignatureChanged,
  Renamed,
  MissingAnnotation,
  NotInSet,
  Undefined,
  Conflict,
  Last = Conflict,
};
constexpr unsigned NumChecks = static_cast<unsigned>(Check::Last) + 1;
constexpr unsigned AllChecks = (1u << NumChecks) - 1;

constexpr unsigned checkBit(Check C) { return 1u << static_cast<unsigned>(C); }

llvm::StringRef checkName(Check C);

/// Parse a check selection: "all", "none", names to enable, "-name" to
/// disable, separated by ',' or ':', applied left to right. A list whose
/// first valid item is a name enables only what it names; one that starts
/// with "-name" starts from all. Each unknown name is described in
/// \p Problems and ignored. Returns the enabled checks as a mask of
/// checkBit()s.
unsigned parseCheckSelection(llvm::StringRef Spec,
                             std::vector<std::string> &Problems);

} // namespace kfunc

#endif // KFUNC_CHECKS_H
