//===- CrossFile.cpp - Kfuncs listed in one input, defined in another -----===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The plugin pins the kfuncs of the sets it sees, which are those of the
// module it compiles. A kfunc whose set is in another file is kept only by
// the marks its own source gives it (__bpf_kfunc: used, noinline). Across the
// inputs of a build, a definition is cross-file when no input that defines
// it also lists it in a set.
//
//   bitcode  each cross-file definition without both marks (`noinline`, and
//            @llvm.used or @llvm.compiler.used) is a warning, naming the
//            kfunc, its set, the listing file, the defining file and the
//            missing marks;
//   ELF      compiled code does not show the marks (noinline and used leave
//            nothing in an object file): only that some input defines it is
//            checked; one note counts these definitions. `--verify` on the
//            linked result checks what became of them.
//
//===----------------------------------------------------------------------===//

#include "Scan.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;

namespace kfunc {
namespace scan {

static bool listedIn(const ScannedKfunc &K, StringRef File) {
  return any_of(K.Listings, [&](const Listing &L) { return L.File == File; });
}

std::vector<CrossFileKfunc> crossFileKfuncs(const ScanResult &Result) {
  std::vector<CrossFileKfunc> Out;
  for (const ScannedKfunc *K : Result.kfuncs()) {
    // Only kfuncs carry __bpf_kfunc.
    if (none_of(K->Listings,
                [](const Listing &L) { return L.Entry.isInKfuncSet8(); }))
      continue;
    // A name defined next to one of its sets is that file's kfunc; other
    // definitions of the name are other functions (statics).
    if (any_of(K->Definitions,
               [&](const Definition &D) { return listedIn(*K, D.File); }))
      continue;
    for (const Definition &D : K->Definitions)
      Out.push_back({K, &D});
  }
  return Out;
}

static std::string missingMarks(const KfuncMarks &M) {
  if (!M.NoInline && !M.Used)
    return "not noinline, in no used list";
  return M.NoInline ? "in no used list" : "not noinline";
}

unsigned lintCrossFile(const ScanResult &Result) {
  unsigned Warnings = 0, InElf = 0;
  for (const CrossFileKfunc &C : crossFileKfuncs(Result)) {
    if (!C.Def->Marks) {
      ++InElf;
      continue;
    }
    if (C.Def->Marks->complete())
      continue;
    ++Warnings;
    const Listing &L = C.Kfunc->Listings.front();
    WithColor::warning(errs(), "kfunc-scan")
        << "kfunc '" << C.Kfunc->Name << "' (set '" << L.Entry.SetName
        << "', listed in '" << L.File << "') is defined in '" << C.Def->File
        << "' without __bpf_kfunc's marks (" << missingMarks(*C.Def->Marks)
        << "): compiling it, the plugin does not see the set; feed "
           "kfunc-scan --format=list to its -kfunc-list, or kfunc-scan "
           "--format=ld to the final link\n";
  }
  if (InElf)
    WithColor::note(errs(), "kfunc-scan")
        << InElf << " kfunc definition" << (InElf == 1 ? " is" : "s are")
        << " in ELF objects other than their sets': compiled code does not "
           "show __bpf_kfunc's marks, so only that they are defined was "
           "checked; --verify the linked result\n";
  return Warnings;
}

} // namespace scan
} // namespace kfunc
