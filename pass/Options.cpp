//===- Options.cpp - One options struct, three ways in --------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The cl::opt declarations of the plugin live here and nowhere else. They
// are only read (never written) after command-line parsing, in
// resolveOptions(), so passes built in parallel threads see a consistent copy.
//
//===----------------------------------------------------------------------===//

#include "kfunc/Options.h"
#include "kfunc/Compat.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/StringSaver.h"

#include <cstdlib>

using namespace llvm;

namespace kfunc {

static cl::OptionCategory KfuncCategory("kfunc-preserve options");

static cl::list<std::string>
    ClNames("kfunc", cl::CommaSeparated, cl::value_desc("name"),
            cl::desc("Treat these functions as kfuncs (separated by ',' "
                     "or ':'; may be repeated)"),
            cl::cat(KfuncCategory));

static cl::list<std::string> ClListFiles(
    "kfunc-list", cl::value_desc("file"),
    cl::desc("Read kfunc names from a file, one per line ('#' comments)"),
    cl::cat(KfuncCategory));

static cl::opt<std::string> ClBtfIds(
    "kfunc-btf-ids", cl::init("set8"), cl::value_desc("none|set8|all"),
    cl::desc("Which BTF_ID func entries to pin: none, those in set8 (kfunc) "
             "tables (default), or all, including plain BTF_ID lists"),
    cl::cat(KfuncCategory));

static cl::opt<std::string> ClUsedList(
    "kfunc-used-list", cl::init("used"), cl::value_desc("used|compiler-used"),
    cl::desc("Append pinned kfuncs to @llvm.used (default) or "
             "@llvm.compiler.used"),
    cl::cat(KfuncCategory));

static cl::opt<bool> ClAuto(
    "kfunc-auto", cl::init(true),
    cl::desc("Add kfunc-preserve and kfunc-audit to the default pipelines "
             "when the plugin is loaded"),
    cl::cat(KfuncCategory));

static cl::opt<bool>
    ClWerror("kfunc-werror", cl::init(false),
             cl::desc("Report kfunc-audit findings as errors"),
             cl::cat(KfuncCategory));

static cl::opt<std::string> ClChecks(
    "kfunc-checks", cl::value_desc("check,-check,..."),
    cl::desc("Select kfunc-audit checks: 'all', names to enable, '-name' to "
             "disable"),
    cl::cat(KfuncCategory));

static cl::opt<std::string> ClReport(
    "kfunc-report", cl::value_desc("file|dir"),
    cl::desc("Write a JSON report; if the path is a directory, one file per "
             "module inside it"),
    cl::cat(KfuncCategory));

static cl::opt<bool> ClWholeProgram(
    "kfunc-whole-program", cl::init(false),
    cl::desc("The module is the whole program: enable the not-in-set and "
             "undefined checks"),
    cl::cat(KfuncCategory));

namespace {

enum class OptKind { List, CommaList, String, Bool };

struct OptionSpec {
  StringLiteral CommandLine; // Spelling for cl::opt and the environment.
  StringLiteral Param;       // Spelling in pass parameters.
  OptKind Kind;
};

const OptionSpec Specs[] = {
    {"kfunc", "kfunc", OptKind::CommaList},
    {"kfunc-list", "list", OptKind::List},
    {"kfunc-btf-ids", "btf-ids", OptKind::String},
    {"kfunc-used-list", "used-list", OptKind::String},
    {"kfunc-auto", "auto", OptKind::Bool},
    {"kfunc-werror", "werror", OptKind::Bool},
    {"kfunc-checks", "checks", OptKind::String},
    {"kfunc-report", "report", OptKind::String},
    {"kfunc-whole-program", "whole-program", OptKind::Bool},
};

const OptionSpec *findSpec(StringRef Key) {
  for (const OptionSpec &S : Specs)
    if (Key == S.CommandLine || Key == S.Param)
      return &S;
  return nullptr;
}

} // namespace

bool KfuncOptions::set(StringRef Key, StringRef Value, bool HasValue,
                       StringRef Origin) {
  Key = Key.ltrim('-');
  bool Negated = false;
  const OptionSpec *Spec = findSpec(Key);
  if (!Spec && compat::startsWith(Key, "no-")) {
    Spec = findSpec(Key.drop_front(3));
    Negated = Spec && Spec->Kind == OptKind::Bool && !HasValue;
    if (!Negated)
      Spec = nullptr;
  }
  if (!Spec) {
    Problems.push_back(Origin.str() + ": unknown option '" + Key.str() + "'");
    return false;
  }
  auto Bad = [&](StringRef Expected) {
    Problems.push_back(Origin.str() + ": invalid value '" + Value.str() +
                       "' for option '" + Spec->CommandLine.str() +
                       "' (expected " + Expected.str() + ")");
    return false;
  };

  if (Spec->Kind == OptKind::Bool) {
    bool B = true;
    if (Negated)
      B = false;
    else if (HasValue) {
      std::string Lower = Value.lower();
      if (Lower == "true" || Lower == "1" || Lower == "yes")
        B = true;
      else if (Lower == "false" || Lower == "0" || Lower == "no")
        B = false;
      else
        return Bad("true or false");
    }
    StringRef N = Spec->CommandLine;
    (N == "kfunc-auto"       ? Auto
     : N == "kfunc-werror"   ? Werror
                             : WholeProgram) = B;
    return true;
  }

  if (!HasValue || Value.empty()) {
    Problems.push_back(Origin.str() + ": option '" +
                       Spec->CommandLine.str() + "' needs a value");
    return false;
  }
  StringRef N = Spec->CommandLine;
  if (N == "kfunc") {
    // ',' or ':' between names. A pass pipeline splits on ',' before the
    // plugin sees `kfunc-preserve<kfunc=a,b>`, so pass parameters need ':'.
    SmallVector<StringRef, 8> Parts;
    SplitString(Value, Parts, ",:");
    for (StringRef P : Parts)
      if (!P.trim().empty())
        Names.push_back(P.trim().str());
  } else if (N == "kfunc-list") {
    ListFiles.push_back(Value.str());
  } else if (N == "kfunc-btf-ids") {
    if (Value == "none")
      BtfIds = BtfIdsMode::None;
    else if (Value == "set8")
      BtfIds = BtfIdsMode::Set8;
    else if (Value == "all")
      BtfIds = BtfIdsMode::All;
    else
      return Bad("none, set8 or all");
  } else if (N == "kfunc-used-list") {
    if (Value == "used")
      UsedList = UsedListKind::Used;
    else if (Value == "compiler-used")
      UsedList = UsedListKind::CompilerUsed;
    else
      return Bad("used or compiler-used");
  } else if (N == "kfunc-checks") {
    Checks = Value.str();
  } else if (N == "kfunc-report") {
    ReportPath = Value.str();
  }
  return true;
}

void KfuncOptions::applyCommandLineString(StringRef Text, StringRef Origin) {
  BumpPtrAllocator Alloc;
  StringSaver Saver(Alloc);
  SmallVector<const char *, 16> Args;
  cl::TokenizeGNUCommandLine(Text, Saver, Args);
  for (const char *Arg : Args) {
    StringRef A(Arg);
    if (!compat::startsWith(A, "-")) {
      Problems.push_back(Origin.str() + ": expected an option, got '" +
                         A.str() + "'");
      continue;
    }
    size_t Eq = A.find('=');
    if (Eq == StringRef::npos)
      set(A, "", /*HasValue=*/false, Origin);
    else
      set(A.take_front(Eq), A.drop_front(Eq + 1), /*HasValue=*/true, Origin);
  }
}

void KfuncOptions::applyPassParams(StringRef Params, StringRef Origin) {
  SmallVector<StringRef, 8> Parts;
  Params.split(Parts, ';', -1, /*KeepEmpty=*/false);
  for (StringRef P : Parts) {
    P = P.trim();
    size_t Eq = P.find('=');
    if (Eq == StringRef::npos)
      set(P, "", /*HasValue=*/false, Origin);
    else
      set(P.take_front(Eq), P.drop_front(Eq + 1), /*HasValue=*/true, Origin);
  }
}

KfuncOptions resolveOptions(StringRef PassParams) {
  KfuncOptions O;
  if (const char *Env = std::getenv(OptionsEnvVar))
    O.applyCommandLineString(Env, OptionsEnvVar);

  for (const std::string &N : ClNames)
    if (!N.empty())
      O.set(ClNames.ArgStr, N, /*HasValue=*/true, "command line");
  for (const std::string &F : ClListFiles)
    O.ListFiles.push_back(F);
  auto FromCl = [&](const cl::Option &Opt, StringRef Value) {
    if (Opt.getNumOccurrences())
      O.set(Opt.ArgStr, Value, /*HasValue=*/true, "command line");
  };
  FromCl(ClBtfIds, ClBtfIds);
  FromCl(ClUsedList, ClUsedList);
  FromCl(ClAuto, ClAuto ? "true" : "false");
  FromCl(ClWerror, ClWerror ? "true" : "false");
  FromCl(ClChecks, ClChecks);
  FromCl(ClReport, ClReport);
  FromCl(ClWholeProgram, ClWholeProgram ? "true" : "false");

  if (!PassParams.empty())
    O.applyPassParams(PassParams, "pass parameters");
  return O;
}

} // namespace kfunc
