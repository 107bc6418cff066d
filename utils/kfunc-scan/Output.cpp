//===- Output.cpp - kfunc-scan's output formats ---------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//   list  one name per line, the format of the plugin's -kfunc-list=;
//   json  one object: {"version":1, "inputs":N, "kfuncs":[...],
//         "errors":[...]} with, per kfunc, its sets, flags, the files that
//         list it and the files that define it (whether each definition is
//         cross-file, and in bitcode its noinline and used marks);
//   ld    a response file for `ld.lld @file`: one --undefined=<name> per kfunc
//         defined with external linkage (or not defined in the inputs), which
//         keeps it through LTO liveness in a final link. A kfunc defined only
//         as a static function cannot be named from the link; the compile-
//         time plugin keeps those (their set table is in the same file).
//
//===----------------------------------------------------------------------===//

#include "Scan.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/Support/JSON.h"

using namespace llvm;

namespace kfunc {
namespace scan {

static void writeJson(const ScanResult &Result, bool DefinedOnly,
                      raw_ostream &OS) {
  SmallPtrSet<const Definition *, 16> CrossFile;
  for (const CrossFileKfunc &C : crossFileKfuncs(Result))
    CrossFile.insert(C.Def);
  json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("version", 1);
    J.attribute("inputs", int64_t(Result.NumInputs));
    J.attributeArray("kfuncs", [&] {
      for (const ScannedKfunc *K : Result.kfuncs()) {
        if (DefinedOnly && !K->isDefined())
          continue;
        J.object([&] {
          J.attribute("name", K->Name);
          J.attribute("defined", K->isDefined());
          J.attributeArray("defined_in", [&] {
            for (const Definition &D : K->Definitions)
              J.object([&] {
                J.attribute("file", D.File);
                J.attribute("static", D.Local);
                J.attribute("cross_file", CrossFile.count(&D) != 0);
                if (D.Marks) {
                  J.attribute("noinline", D.Marks->NoInline);
                  J.attribute("used", D.Marks->Used);
                }
              });
          });
          J.attributeArray("sets", [&] {
            for (const Listing &L : K->Listings)
              J.object([&] {
                const BtfIdEntry &E = L.Entry;
                J.attribute("set", E.SetName);
                J.attribute("kind", setKindName(E.InSet));
                if (E.SetFlags)
                  J.attribute("set_flags", int64_t(*E.SetFlags));
                if (E.Flags) {
                  J.attribute("flags", int64_t(*E.Flags));
                  J.attributeArray("flag_names", [&] {
                    for (const std::string &N : kfFlagNames(*E.Flags))
                      J.value(N);
                  });
                }
                J.attribute("listed_in", L.File);
              });
          });
        });
      }
    });
    J.attributeArray("errors", [&] {
      for (const std::string &E : Result.errors())
        J.value(E);
    });
  });
  OS << "\n";
}

void writeOutput(const ScanResult &Result, OutputFormat Format,
                 bool DefinedOnly, raw_ostream &OS) {
  if (Format == OutputFormat::Json) {
    writeJson(Result, DefinedOnly, OS);
    return;
  }
  for (const ScannedKfunc *K : Result.kfuncs()) {
    if (DefinedOnly && !K->isDefined())
      continue;
    if (Format == OutputFormat::List) {
      OS << K->Name << "\n";
      continue;
    }
    if (K->isDefined() && !K->hasGlobalDefinition())
      continue;
    OS << "--undefined=" << K->Name << "\n";
  }
}

} // namespace scan
} // namespace kfunc
