//===- kfunc/KfuncList.h - Parse a user's kfunc list file -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// A kfunc list is text with one symbol name per line; '#' starts a comment
// that runs to the end of the line; blank lines are ignored; CRLF line ends
// are accepted. Lines that are not C identifiers (what a kfunc's name is)
// are reported with their line number and skipped. Pure text in, names out: no IR, no I/O, so
// it can be fuzzed on its own.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_KFUNCLIST_H
#define KFUNC_KFUNCLIST_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace kfunc {

struct KfuncListEntry {
  std::string Name;
  unsigned Line = 0;
};

struct KfuncListProblem {
  unsigned Line = 0; ///< 1-based; 0 for a summary of several lines.
  std::string Message;
};

struct KfuncList {
  std::vector<KfuncListEntry> Names;
  std::vector<KfuncListProblem> Problems;
};

/// Parse the contents of a list file. At most \p MaxProblems problems are
/// recorded individually; the rest are summarized in one final problem,
/// whose Line is 0 (it is about many lines).
KfuncList parseKfuncList(llvm::StringRef Text, unsigned MaxProblems = 10);

/// True if \p Name is a C identifier, [A-Za-z_][A-Za-z0-9_]*, as a kfunc
/// name must be (a kfunc is a C function, named in BTF by its C name).
bool isCIdentifier(llvm::StringRef Name);

} // namespace kfunc

#endif // KFUNC_KFUNCLIST_H
