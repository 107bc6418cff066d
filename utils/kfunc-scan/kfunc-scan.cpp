//===- kfunc-scan.cpp - List and verify the kfuncs of a build -------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
//   kfunc-scan [--format=list|json|ld] [--defined-only] [-o FILE] INPUT...
//   kfunc-scan --verify [--format=json] [--reference=ELF] [--btf-base=ELF]
//              LINKED-ELF...
//
// Inputs may be LLVM bitcode (.bc, or the .o files of an LTO build),
// archives and thin archives, and ELF objects (vmlinux.o, vmlinux, .ko);
// `@file` reads more arguments from a file. See docs/kfunc-scan.md.
//
// Exit status: 0 on success; 1 when an input could not be read (the others
// are still scanned and written), when --verify found a failure or checked
// nothing, or, with --undefined-is-error, when a listed kfunc is defined in
// no input.
//
//===----------------------------------------------------------------------===//

#include "Btf.h"
#include "Scan.h"
#include "kfunc/Version.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace kfunc::scan;

static cl::OptionCategory ScanCategory("kfunc-scan options");

static cl::list<std::string> Inputs(cl::Positional, cl::OneOrMore,
                                    cl::desc("<input files>"),
                                    cl::cat(ScanCategory));

static cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format"), cl::init(OutputFormat::List),
    cl::values(clEnumValN(OutputFormat::List, "list",
                          "one name per line (for -kfunc-list=)"),
               clEnumValN(OutputFormat::Json, "json",
                          "names, sets, flags, listing and defining files"),
               clEnumValN(OutputFormat::Ld, "ld",
                          "--undefined=<name> lines for `ld.lld @file`")),
    cl::cat(ScanCategory));

static cl::opt<std::string> OutputPath("o", cl::desc("Output file (default: "
                                                     "standard output)"),
                                       cl::value_desc("file"), cl::init("-"),
                                       cl::cat(ScanCategory));

static cl::opt<bool> DefinedOnly(
    "defined-only",
    cl::desc("Only output kfuncs that some input defines"),
    cl::cat(ScanCategory));

static cl::opt<EntryFilter> BtfIds(
    "btf-ids", cl::desc("Which BTF func entries name kfuncs"),
    cl::init(EntryFilter::Set8),
    cl::values(clEnumValN(EntryFilter::Set8, "set8",
                          "entries of set8 tables (kfunc sets)"),
               clEnumValN(EntryFilter::All, "all",
                          "also entries of plain sets and BTF_ID lists")),
    cl::cat(ScanCategory));

static cl::opt<bool> UndefinedIsError(
    "undefined-is-error",
    cl::desc("Exit non-zero when a listed kfunc is defined in no input"),
    cl::cat(ScanCategory));

static cl::opt<bool> NoUndefinedWarnings(
    "no-undefined-warnings",
    cl::desc("Do not warn about listed kfuncs defined in no input"),
    cl::cat(ScanCategory));

static cl::opt<bool> NoCrossFileWarnings(
    "no-cross-file-warnings",
    cl::desc("Do not warn about kfuncs defined, without __bpf_kfunc's marks, "
             "in another input than their set"),
    cl::cat(ScanCategory));

static cl::opt<bool> Verify(
    "verify",
    cl::desc("Check linked ELF objects: every kfunc set8 function is defined "
             "under its exact name, not cloned, its DWARF is intact and, in "
             "a final vmlinux or .ko, resolved in BTF with its prototype"),
    cl::cat(ScanCategory));

static cl::opt<std::string> Reference(
    "reference",
    cl::desc("With --verify: compare each kfunc's BTF prototype with the "
             "same FUNC's in this build's BTF (e.g. a stock vmlinux)"),
    cl::value_desc("elf"), cl::cat(ScanCategory));

static cl::opt<std::string> BtfBase(
    "btf-base",
    cl::desc("With --verify: read the inputs' BTF as split BTF on this "
             "file's (a module's on its vmlinux)"),
    cl::value_desc("vmlinux"), cl::cat(ScanCategory));

static int runVerify(ScanResult &Result) {
  VerifyOptions Opts;
  Opts.BtfBase = BtfBase;
  std::unique_ptr<BtfReader> Ref;
  if (!Reference.empty()) {
    Expected<std::unique_ptr<BtfReader>> R = BtfReader::read(Reference, "");
    if (!R) {
      WithColor::error(errs(), "kfunc-scan")
          << "--reference '" << Reference << "': " << toString(R.takeError())
          << "\n";
      return 1;
    }
    Ref = std::move(*R);
    Opts.Reference = Ref.get();
  }
  VerifyReport Report;
  for (const std::string &In : Inputs)
    verifyPath(In, Opts, Result, Report);
  bool Json = Format == OutputFormat::Json;
  return printVerifyReport(Report, Result, Json, outs()) ? 0 : 1;
}

int main(int argc, char **argv) {
  InitLLVM X(argc, argv);
  cl::HideUnrelatedOptions(ScanCategory);
  cl::SetVersionPrinter([](raw_ostream &OS) {
    OS << "kfunc-scan (kfunc-preserve) " KFUNC_VERSION_STRING
          "\n  built with LLVM " LLVM_VERSION_STRING "\n";
  });
  cl::ParseCommandLineOptions(
      argc, argv,
      "kfunc-scan: list the BPF kfuncs named by the BTF set tables of a build "
      "(LLVM bitcode, archives, ELF objects), or --verify a linked object\n");

  // Malformed inputs must not take the process down (see runGuarded).
  CrashRecoveryContext::Enable();
  ScanResult Result(BtfIds);
  if (Verify)
    return runVerify(Result);

  for (const std::string &In : Inputs)
    scanPath(In, Result);

  unsigned Undefined = 0;
  for (const ScannedKfunc *K : Result.kfuncs()) {
    if (K->isDefined())
      continue;
    ++Undefined;
    if (NoUndefinedWarnings)
      continue;
    const Listing &L = K->Listings.front();
    WithColor::warning(errs(), "kfunc-scan")
        << "kfunc '" << K->Name << "' (set '" << L.Entry.SetName
        << "', listed in '" << L.File << "') is defined in none of the inputs\n";
  }

  if (!NoCrossFileWarnings)
    lintCrossFile(Result);

  std::error_code EC;
  raw_fd_ostream OS(OutputPath, EC, sys::fs::OF_None);
  if (EC) {
    WithColor::error(errs(), "kfunc-scan")
        << "'" << OutputPath << "': " << EC.message() << "\n";
    return 1;
  }
  writeOutput(Result, Format, DefinedOnly, OS);
  OS.flush();
  if (OS.has_error()) {
    WithColor::error(errs(), "kfunc-scan")
        << "'" << OutputPath << "': write failed\n";
    OS.clear_error();
    return 1;
  }
  if (Result.numErrors())
    return 1;
  return UndefinedIsError && Undefined ? 1 : 0;
}
