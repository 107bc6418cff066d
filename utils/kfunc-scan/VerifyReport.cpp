//===- VerifyReport.cpp - Print what --verify found -----------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Text: one line per failure on standard output,
//   <file>: <kfunc> (set <set>): <check>: <detail>
// then `error: N kfunc checks failed` on standard error, or on success one
// summary line on standard output:
//   kfunc-scan: 145 kfuncs in 23 sets verified in 1 file; BTF checked in 1
// JSON (--format=json): {"version": 1, "verified": bool, "inputs": N,
//   "files_with_btf_ids": N, "sets": N, "kfuncs": N,
//   "btf": {"checked": N, "no_btf_section": N, "off": N},
//   "failures": [{"file", "kfunc", "set", "check", "detail"}], "errors": [...]}
//
// Either way a run fails when a check failed, an input could not be read, or
// nothing was checked (no `.BTF_ids`, or no kfunc set8 entry in it).
//
//===----------------------------------------------------------------------===//

#include "Scan.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;

namespace kfunc {
namespace scan {

static std::string count(unsigned N, StringRef One, StringRef Many) {
  return (Twine(N) + " " + (N == 1 ? One : Many)).str();
}

/// What the summary says about BTF.
static std::string btfNote(const VerifyReport &R) {
  if (R.BtfOffFiles)
    return "BTF checks off (kfunc-scan was built without libbpf)";
  if (!R.BtfFiles)
    return "BTF not checked: no .BTF section (BTF is checked on a final "
           "vmlinux or .ko, after pahole and resolve_btfids)";
  if (R.NoBtfFiles)
    return "BTF checked in " + Twine(R.BtfFiles).str() + " of " +
           Twine(R.FilesWithTables).str() + " files";
  return "BTF checked";
}

/// Say on standard error why the run failed; true if it did.
static bool diagnoseFailure(const VerifyReport &R, const ScanResult &Result) {
  if (R.BtfOffFiles)
    WithColor::warning(errs(), "kfunc-scan")
        << "BTF checks are off: kfunc-scan was built without libbpf; the "
           ".BTF of " << count(R.BtfOffFiles, "file was", "files were")
        << " not checked\n";
  if (!R.Failures.empty())
    WithColor::error(errs(), "kfunc-scan")
        << count(R.Failures.size(), "kfunc check", "kfunc checks")
        << " failed\n";
  // A verification that checked nothing must not pass.
  if (!R.FilesWithTables)
    WithColor::error(errs(), "kfunc-scan")
        << "no input has a .BTF_ids section: nothing was verified (was the "
           "kernel built with CONFIG_DEBUG_INFO_BTF?)\n";
  else if (!R.Kfuncs)
    WithColor::error(errs(), "kfunc-scan")
        << "the .BTF_ids sections hold no kfunc set8 entries: nothing was "
           "verified\n";
  return !R.Failures.empty() || !R.Kfuncs || Result.numErrors();
}

static void writeJson(const VerifyReport &R, const ScanResult &Result,
                      bool Verified, raw_ostream &OS) {
  json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("version", 1);
    J.attribute("verified", Verified);
    J.attribute("inputs", int64_t(Result.NumInputs));
    J.attribute("files_with_btf_ids", int64_t(R.FilesWithTables));
    J.attribute("sets", int64_t(R.Sets));
    J.attribute("kfuncs", int64_t(R.Kfuncs));
    J.attributeObject("btf", [&] {
      J.attribute("checked", int64_t(R.BtfFiles));
      J.attribute("no_btf_section", int64_t(R.NoBtfFiles));
      J.attribute("off", int64_t(R.BtfOffFiles));
    });
    J.attributeArray("failures", [&] {
      for (const VerifyFailure &F : R.Failures)
        J.object([&] {
          J.attribute("file", F.File);
          J.attribute("kfunc", F.Kfunc);
          J.attribute("set", F.Set);
          J.attribute("check", F.Check);
          J.attribute("detail", F.Detail);
        });
    });
    J.attributeArray("errors", [&] {
      for (const std::string &E : Result.errors())
        J.value(E);
    });
  });
  OS << "\n";
}

bool printVerifyReport(const VerifyReport &R, const ScanResult &Result,
                       bool Json, raw_ostream &OS) {
  if (!Json)
    for (const VerifyFailure &F : R.Failures)
      OS << F.File << ": " << F.Kfunc << " (set " << F.Set << "): " << F.Check
         << ": " << F.Detail << "\n";
  OS.flush();
  bool Failed = diagnoseFailure(R, Result);
  if (Json)
    writeJson(R, Result, !Failed, OS);
  else if (!Failed)
    OS << "kfunc-scan: " << count(R.Kfuncs, "kfunc", "kfuncs") << " in "
       << count(R.Sets, "set", "sets") << " verified in "
       << count(R.FilesWithTables, "file", "files") << "; " << btfNote(R)
       << "\n";
  return !Failed;
}

} // namespace scan
} // namespace kfunc
