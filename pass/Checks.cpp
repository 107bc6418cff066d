//===- Checks.cpp - The names of kfunc-audit's checks ---------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/Checks.h"
#include "kfunc/Compat.h"

#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <optional>

using namespace llvm;

namespace kfunc {

static constexpr StringLiteral CheckNames[NumChecks] = {
    "lost",       "inlinable",          "signature-changed", "renamed",
    "missing-annotation", "not-in-set", "undefined",         "conflict"};

StringRef checkName(Check C) { return CheckNames[static_cast<unsigned>(C)]; }

/// The bit of check \p Name, 0 for "none", AllChecks for "all", or nullopt.
static std::optional<unsigned> selectionBits(StringRef Name) {
  if (Name == "all")
    return AllChecks;
  if (Name == "none")
    return 0u;
  for (unsigned I = 0; I != NumChecks; ++I)
    if (CheckNames[I] == Name)
      return 1u << I;
  return std::nullopt;
}

static std::string knownNames() {
  std::string Out = "all, none";
  for (StringRef N : CheckNames)
    Out += ", " + N.str();
  return Out;
}

unsigned parseCheckSelection(StringRef Spec, std::vector<std::string> &Problems) {
  // ',' or ':' between items, as for -kfunc: a pass pipeline splits on ','
  // before the plugin sees `kfunc-audit<checks=lost:renamed>`.
  std::string Normalized = Spec.str();
  std::replace(Normalized.begin(), Normalized.end(), ':', ',');
  SmallVector<StringRef, 8> Parts;
  StringRef(Normalized).split(Parts, ',', -1, /*KeepEmpty=*/false);
  unsigned Mask = AllChecks;
  bool SawValid = false;
  for (StringRef P : Parts) {
    P = P.trim();
    bool Disable = compat::startsWith(P, "-");
    if (Disable)
      P = P.drop_front();
    if (P.empty())
      continue;
    std::optional<unsigned> Bits = selectionBits(P);
    if (!Bits) {
      Problems.push_back("unknown check '" + P.str() + "' (known: " +
                         knownNames() + ")");
      continue;
    }
    // The first valid item sets the start: a name enables only what the
    // list names, "-name" starts from all checks.
    if (!SawValid && !Disable)
      Mask = 0;
    SawValid = true;
    if (P == "none")
      Mask = 0; // "none" and "-none" both clear.
    else
      Mask = Disable ? (Mask & ~*Bits) : (Mask | *Bits);
  }
  return Mask;
}

} // namespace kfunc
