//===- Options.cpp - One options struct, three ways in --------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The cl::opt declarations of the plugin live here and nowhere else. They
// are only read (never written) after command-line parsing, in
// resolveBaseOptions(), so passes built in parallel threads see a consistent copy.
//
//===----------------------------------------------------------------------===//

#include "kfunc/Options.h"
#include "kfunc/Compat.h"
#include "kfunc/KfuncList.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"

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
             "tables and destructor lists (default), or all, including "
             "plain BTF_ID lists"),
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
             "disable ('all' leaves not-in-set and undefined to "
             "-kfunc-whole-program)"),
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

/// Which passes take an option as a pass parameter.
enum PassMask : unsigned {
  NoPass = 0,
  PreservePass = 1u << 0,
  AuditPass = 1u << 1,
  BothPasses = PreservePass | AuditPass,
};

struct OptionSpec {
  StringLiteral CommandLine; // Spelling for cl::opt and the environment.
  StringLiteral Param;       // Spelling in pass parameters.
  OptKind Kind;
  unsigned Passes; // PassMask: which passes take it as a parameter.
};

const OptionSpec Specs[] = {
    {"kfunc", "kfunc", OptKind::CommaList, BothPasses},
    {"kfunc-list", "list", OptKind::List, BothPasses},
    {"kfunc-btf-ids", "btf-ids", OptKind::String, BothPasses},
    {"kfunc-used-list", "used-list", OptKind::String, PreservePass},
    {"kfunc-auto", "auto", OptKind::Bool, NoPass},
    {"kfunc-werror", "werror", OptKind::Bool, AuditPass},
    {"kfunc-checks", "checks", OptKind::String, AuditPass},
    {"kfunc-report", "report", OptKind::String, AuditPass},
    {"kfunc-whole-program", "whole-program", OptKind::Bool, AuditPass},
};

const OptionSpec *findSpec(StringRef Key, bool IsParam) {
  for (const OptionSpec &S : Specs)
    if (Key == (IsParam ? S.Param : S.CommandLine))
      return &S;
  return nullptr;
}

unsigned passBit(KfuncPass P) {
  return P == KfuncPass::Preserve ? PreservePass : AuditPass;
}

/// The option \p Key names, also as `no-<bool option>` (then \p Negated).
const OptionSpec *findOption(StringRef Key, bool HasValue, bool IsParam,
                             bool &Negated) {
  Negated = false;
  if (const OptionSpec *Spec = findSpec(Key, IsParam))
    return Spec;
  if (!compat::startsWith(Key, "no-"))
    return nullptr;
  const OptionSpec *Spec = findSpec(Key.drop_front(3), IsParam);
  Negated = Spec && Spec->Kind == OptKind::Bool && !HasValue;
  return Negated ? Spec : nullptr;
}

/// A boolean's value: none (true, or false for `no-x`), true/false/1/0/yes/no.
std::optional<bool> parseBool(StringRef Value, bool HasValue, bool Negated) {
  if (!HasValue)
    return !Negated;
  std::string Lower = Value.lower();
  if (Lower == "true" || Lower == "1" || Lower == "yes")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "no")
    return false;
  return std::nullopt;
}

} // namespace

StringRef passName(KfuncPass P) {
  return P == KfuncPass::Preserve ? PreservePassName : AuditPassName;
}

/// Why option \p Spec is no parameter of pass \p P.
static std::string notAParameterOf(const OptionSpec &Spec, KfuncPass P) {
  if (Spec.Passes == NoPass)
    return ("'" + Spec.Param + "' is not a pass parameter (use -" +
            Spec.CommandLine + ")")
        .str();
  KfuncPass Other = P == KfuncPass::Preserve ? KfuncPass::Audit
                                             : KfuncPass::Preserve;
  return ("'" + Spec.Param + "' is a parameter of " + passName(Other) +
          ", not of " + passName(P))
      .str();
}

bool KfuncOptions::set(StringRef Key, StringRef Value, bool HasValue,
                       const Channel &C) {
  bool IsParam = C.Params.has_value();
  if (!IsParam)
    Key = Key.ltrim('-');
  StringRef What = IsParam ? "parameter" : "option";
  auto Fail = [&](const Twine &Msg) {
    Problems.push_back({true, (C.Origin + ": " + Msg).str()});
    return false;
  };
  bool Negated = false;
  const OptionSpec *Spec = findOption(Key, HasValue, IsParam, Negated);
  if (!Spec)
    return Fail("unknown " + What + " '" + Key + "'");
  StringRef Spelled = IsParam ? Spec->Param : Spec->CommandLine;
  if (IsParam && !(Spec->Passes & passBit(*C.Params)))
    return Fail(notAParameterOf(*Spec, *C.Params));
  auto Bad = [&](StringRef Expected) {
    return Fail("invalid value '" + Value + "' for " + What + " '" + Spelled +
                "' (expected " + Expected + ")");
  };

  if (Spec->Kind == OptKind::Bool) {
    std::optional<bool> B = parseBool(Value, HasValue, Negated);
    if (!B)
      return Bad("true or false");
    StringRef N = Spec->CommandLine;
    (N == "kfunc-auto"       ? Auto
     : N == "kfunc-werror"   ? Werror
                             : WholeProgram) = *B;
    return true;
  }

  if (!HasValue || Value.empty())
    return Fail(What + " '" + Spelled + "' needs a value");
  if (!setValue(Spec->CommandLine, Value, Bad))
    return false;
  if (Spec->CommandLine == "kfunc-checks") {
    std::vector<std::string> Unknown;
    Checks = parseCheckSelection(Value, Unknown);
    for (const std::string &U : Unknown)
      Fail(What + " '" + Spelled + "': " + U);
    return Unknown.empty();
  }
  if (Spec->CommandLine == "kfunc")
    addNames(Value, (C.Origin + ": " + What + " '" + Spelled + "'").str());
  return true;
}

void KfuncOptions::addNames(StringRef Value, const std::string &Where) {
  // ',' or ':' between names. A pass pipeline splits on ',' before the
  // plugin sees `kfunc-preserve<kfunc=a,b>`, so pass parameters need ':'.
  SmallVector<StringRef, 8> Parts;
  SplitString(Value, Parts, ",:");
  for (StringRef P : Parts) {
    P = P.trim();
    if (isCIdentifier(P))
      Names.push_back(P.str());
    else if (!P.empty())
      Problems.push_back({false, Where + ": '" + P.str() +
                                     "' is not a C identifier, as a kfunc "
                                     "name must be; ignored"});
  }
}

/// The string-valued options other than -kfunc and -kfunc-checks.
bool KfuncOptions::setValue(StringRef N, StringRef Value,
                            const std::function<bool(StringRef)> &Bad) {
  if (N == "kfunc-list") {
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
  Channel C{Origin, std::nullopt};
  for (size_t I = 0; I != Args.size(); ++I) {
    StringRef A(Args[I]);
    if (!compat::startsWith(A, "-")) {
      Problems.push_back(
          {true, (Origin + ": expected an option, got '" + A + "'").str()});
      continue;
    }
    size_t Eq = A.find('=');
    if (Eq != StringRef::npos) {
      set(A.take_front(Eq), A.drop_front(Eq + 1), /*HasValue=*/true, C);
      continue;
    }
    // `-kfunc-list FILE`, as a command line takes it: an option that needs
    // a value takes the next word.
    const OptionSpec *Spec = findSpec(A.ltrim('-'), /*IsParam=*/false);
    if (Spec && Spec->Kind != OptKind::Bool && I + 1 != Args.size()) {
      ++I;
      set(A, Args[I], /*HasValue=*/true, C);
      continue;
    }
    set(A, "", /*HasValue=*/false, C);
  }
}

void KfuncOptions::applyPassParams(StringRef Params, KfuncPass P) {
  SmallVector<StringRef, 8> Parts;
  Params.split(Parts, ';', -1, /*KeepEmpty=*/false);
  Channel C{"pass parameters", P};
  for (StringRef Part : Parts) {
    Part = Part.trim();
    size_t Eq = Part.find('=');
    if (Eq == StringRef::npos)
      set(Part, "", /*HasValue=*/false, C);
    else
      set(Part.take_front(Eq), Part.drop_front(Eq + 1), /*HasValue=*/true, C);
  }
}

void KfuncOptions::readListFiles() {
  for (; ListFilesRead != ListFiles.size(); ++ListFilesRead) {
    const std::string &Path = ListFiles[ListFilesRead];
    ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
        MemoryBuffer::getFile(Path, /*IsText=*/true);
    if (!Buf) {
      Problems.push_back({true, "cannot read kfunc list '" + Path +
                                    "': " + Buf.getError().message()});
      continue;
    }
    KfuncList L = parseKfuncList((*Buf)->getBuffer());
    for (const KfuncListProblem &P : L.Problems)
      Problems.push_back(
          {false, Path + (P.Line ? ":" + std::to_string(P.Line) : "") + ": " +
                      P.Message});
    for (const KfuncListEntry &E : L.Names)
      ListNames.push_back(E.Name);
  }
}

/// The -kfunc-checks value that selects \p Mask.
static std::string checkSelection(unsigned Mask) {
  if (Mask == 0)
    return "none";
  std::string Out;
  for (unsigned I = 0; I != NumChecks; ++I)
    if (Mask & (1u << I))
      Out += (Out.empty() ? "" : ":") + checkName(static_cast<Check>(I)).str();
  return Out;
}

void KfuncOptions::printPassParams(raw_ostream &OS, KfuncPass P) const {
  std::vector<std::string> Out;
  auto Add = [&](StringRef CommandLine, const std::string &Text) {
    const OptionSpec *Spec = findSpec(CommandLine, /*IsParam=*/false);
    if (Spec->Passes & passBit(P))
      Out.push_back(Text.empty() ? Spec->Param.str()
                                 : Spec->Param.str() + "=" + Text);
  };
  if (!Names.empty())
    Add("kfunc", llvm::join(Names, ":"));
  for (const std::string &F : ListFiles)
    Add("kfunc-list", F);
  if (BtfIds != BtfIdsMode::Set8)
    Add("kfunc-btf-ids", BtfIds == BtfIdsMode::None ? "none" : "all");
  if (UsedList != UsedListKind::Used)
    Add("kfunc-used-list", "compiler-used");
  if (Werror)
    Add("kfunc-werror", "");
  if (Checks != AllChecks)
    Add("kfunc-checks", checkSelection(Checks));
  if (!ReportPath.empty())
    Add("kfunc-report", ReportPath);
  if (WholeProgram)
    Add("kfunc-whole-program", "");
  if (!Out.empty())
    OS << '<' << llvm::join(Out, ";") << '>';
}

KfuncOptions resolveBaseOptions() {
  KfuncOptions O;
  if (const char *Env = std::getenv(OptionsEnvVar))
    O.applyCommandLineString(Env, OptionsEnvVar);

  KfuncOptions::Channel CommandLine{"command line", std::nullopt};
  for (const std::string &N : ClNames)
    if (!N.empty())
      O.set(ClNames.ArgStr, N, /*HasValue=*/true, CommandLine);
  for (const std::string &F : ClListFiles)
    O.ListFiles.push_back(F);
  auto FromCl = [&](const cl::Option &Opt, StringRef Value) {
    if (Opt.getNumOccurrences())
      O.set(Opt.ArgStr, Value, /*HasValue=*/true, CommandLine);
  };
  FromCl(ClBtfIds, ClBtfIds);
  FromCl(ClUsedList, ClUsedList);
  FromCl(ClAuto, ClAuto ? "true" : "false");
  FromCl(ClWerror, ClWerror ? "true" : "false");
  FromCl(ClChecks, ClChecks);
  FromCl(ClReport, ClReport);
  FromCl(ClWholeProgram, ClWholeProgram ? "true" : "false");
  O.readListFiles();
  return O;
}

KfuncOptions withPassParams(KfuncOptions Base, StringRef Params, KfuncPass P) {
  if (Params.empty())
    return Base;
  size_t Shared = Base.Problems.size();
  Base.applyPassParams(Params, P);
  Base.readListFiles();
  for (size_t I = Shared; I != Base.Problems.size(); ++I)
    Base.Problems[I].FromParams = true;
  return Base;
}

} // namespace kfunc
