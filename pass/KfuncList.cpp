//===- KfuncList.cpp - Parse a user's kfunc list file ---------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/KfuncList.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace kfunc {

bool isCIdentifier(StringRef Name) {
  if (Name.empty() || isDigit(Name.front()))
    return false;
  for (char C : Name)
    if (!isAlnum(C) && C != '_')
      return false;
  return true;
}

KfuncList parseKfuncList(StringRef Text, unsigned MaxProblems) {
  KfuncList Out;
  unsigned Suppressed = 0;
  unsigned LineNo = 0;
  while (!Text.empty()) {
    StringRef Line;
    std::tie(Line, Text) = Text.split('\n');
    ++LineNo;
    Line = Line.split('#').first.trim(); // trim() also drops a CR.
    if (Line.empty())
      continue;
    if (!isCIdentifier(Line)) {
      if (Out.Problems.size() < MaxProblems) {
        std::string Shown = Line.take_front(64).str();
        for (char &C : Shown)
          if (!isPrint(C))
            C = '?';
        Out.Problems.push_back(
            {LineNo, "'" + Shown + (Line.size() > 64 ? "...'" : "'") +
                         " is not a C identifier, as a kfunc name must be; "
                         "ignored"});
      } else {
        ++Suppressed;
      }
      continue;
    }
    Out.Names.push_back({Line.str(), LineNo});
  }
  if (Suppressed)
    Out.Problems.push_back(
        {0, std::to_string(Suppressed) + " more invalid lines ignored"});
  return Out;
}

} // namespace kfunc
