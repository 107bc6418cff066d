//===- fuzz-kfunc-list.cpp - libFuzzer target for the list-file parser ----===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Every name parseKfuncList returns must be a C identifier that occurs
// in the input on the line it reports; problems are capped and printable.
//
//===----------------------------------------------------------------------===//

#include "kfunc/KfuncList.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kfunc;

static void check(bool Cond, const char *What) {
  if (!Cond) {
    fprintf(stderr, "invariant violated: %s\n", What);
    abort();
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  const unsigned Max = 4;
  KfuncList L = parseKfuncList(Text, Max);
  llvm::SmallVector<llvm::StringRef, 64> Lines;
  Text.split(Lines, '\n');
  for (const KfuncListEntry &E : L.Names) {
    check(isCIdentifier(E.Name), "invalid name returned");
    check(E.Line >= 1 && E.Line <= Lines.size(), "line out of range");
    check(Lines[E.Line - 1].contains(E.Name), "name not on its line");
  }
  check(L.Problems.size() <= Max + 1, "problems not capped");
  for (const KfuncListProblem &P : L.Problems)
    for (char C : P.Message)
      check(C >= 32 && C < 127, "unprintable character in a problem");
  return 0;
}
