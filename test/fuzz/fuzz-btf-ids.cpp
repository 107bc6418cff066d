//===- fuzz-btf-ids.cpp - libFuzzer target for the .BTF_ids parser --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Feeds arbitrary bytes to parseBtfIds (and every `.long` operand to
// evaluateFlagExpr) and checks the invariants the plugin relies on:
// entries have a kind and a non-empty name, set8 entries name their set,
// lines are within the input, and parsing is deterministic.
//
//===----------------------------------------------------------------------===//

#include "kfunc/BtfIds.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace kfunc;

static void check(bool Cond, const char *What) {
  if (!Cond) {
    fprintf(stderr, "invariant violated: %s\n", What);
    abort();
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Asm(reinterpret_cast<const char *>(Data), Size);
  BtfIdTables T = parseBtfIds(Asm);
  unsigned Lines = 1 + static_cast<unsigned>(std::count(Asm.begin(), Asm.end(), '\n'));
  for (const BtfIdEntry &E : T.Entries) {
    check(!E.Kind.empty(), "entry kind is empty");
    check(!E.Name.empty(), "entry name is empty");
    check(E.Line >= 1 && E.Line <= Lines, "entry line out of range");
    check(E.InSet == SetKind::None || !E.SetName.empty(),
          "entry in a set without a set name");
    check(!E.Flags || !E.FlagsText.empty(), "flags without text");
    std::string K, N;
    check(splitBtfIdLabel("__BTF_ID__" + E.Kind + "__" + E.Name + "__1", K, N) &&
              K == E.Kind && N == E.Name,
          "entry does not round-trip through splitBtfIdLabel");
    if (E.Flags)
      (void)kfFlagNames(*E.Flags);
  }
  for (const BtfIdProblem &P : T.Problems) {
    check(P.Line >= 1 && P.Line <= Lines, "problem line out of range");
    check(!P.Message.empty(), "empty problem message");
  }
  // Deterministic.
  BtfIdTables U = parseBtfIds(Asm);
  check(U.Entries.size() == T.Entries.size() &&
            U.Problems.size() == T.Problems.size(),
        "parse is not deterministic");
  // The whole input as one flag expression too.
  (void)evaluateFlagExpr(Asm);
  return 0;
}
