//===- KfuncAudit.cpp - Check that every kfunc survived -------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Linear in the module: one discovery (shared with kfunc-preserve when
// nothing between them may have changed it), one read of the record, one
// walk over the functions (only if some kfunc went missing, to look for
// renamed copies), hash lookups for the rest. The report's fields that no
// check needs are read only when a report is written.
//
//===----------------------------------------------------------------------===//

#include "kfunc/KfuncAudit.h"
#include "kfunc/Compat.h"
#include "kfunc/Diagnostic.h"
#include "kfunc/Discovery.h"
#include "kfunc/FunctionFacts.h"
#include "kfunc/Record.h"
#include "kfunc/Report.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"

#include <algorithm>
#include <optional>

using namespace llvm;

#define DEBUG_TYPE kfunc::AuditPassName

namespace kfunc {

namespace {

StringRef linkageName(const GlobalValue &GV) {
  switch (GV.getLinkage()) {
  case GlobalValue::ExternalLinkage: return "external";
  case GlobalValue::AvailableExternallyLinkage: return "available_externally";
  case GlobalValue::LinkOnceAnyLinkage: return "linkonce";
  case GlobalValue::LinkOnceODRLinkage: return "linkonce_odr";
  case GlobalValue::WeakAnyLinkage: return "weak";
  case GlobalValue::WeakODRLinkage: return "weak_odr";
  case GlobalValue::AppendingLinkage: return "appending";
  case GlobalValue::InternalLinkage: return "internal";
  case GlobalValue::PrivateLinkage: return "private";
  case GlobalValue::ExternalWeakLinkage: return "extern_weak";
  case GlobalValue::CommonLinkage: return "common";
  }
  return "unknown";
}

using SetList = SmallVector<const SetMembership *, 2>;

/// Is \p Sets non-empty with a set or set8 (not only BTF_ID lists)?
bool inAnySet(const SetList &Sets) {
  for (const SetMembership *S : Sets)
    if (S->Kind != SetKind::None)
      return true;
  return false;
}

/// One kfunc under audit: what the checks look at, and its report entry.
/// The entry's Name, Sources, FrontEnd and CurrentType are always set; the
/// rest only when a report is written (fillReportEntry).
struct Subject {
  ReportEntry E;
  const KfuncRecord *R = nullptr; ///< Its record, if this module has one.
  const KfuncInfo *K = nullptr;   ///< What discovery found here, if anything.
  const Function *F = nullptr;    ///< Its definition here, or null.
  const GlobalValue *Listed = nullptr; ///< The global of its name, or null.
  const Function *Typed = nullptr;     ///< F, or a declaration of the name.
  bool DefinedRecord = false; ///< R says the kfunc was defined when recorded.
  /// The sets that list it: those found in this module's asm first (they
  /// know their asm line), then those only the record remembers (their asm
  /// went elsewhere). They live in K and R.
  SetList Sets;
  /// Index in Sets of the first kfunc set8 listing it, or -1.
  int KfuncSet = -1;

  StringRef firstSet() const {
    return Sets.empty() ? StringRef() : StringRef(Sets.front()->Set);
  }
  const SetMembership *kfuncSet() const {
    return KfuncSet < 0 ? nullptr : Sets[KfuncSet];
  }
};

class Auditor {
public:
  /// \p ReportShared: report the options' shared problems; \p ReportAsm:
  /// and the asm's; \p PreserveRan: kfunc-preserve ran in this pipeline.
  Auditor(Module &M, const KfuncOptions &Opts, StringRef Phase,
          bool ReportShared, bool ReportAsm, bool PreserveRan,
          const BtfIdTables &Tables, const Discovery &Found,
          RecordsAnalysis::Result &Recorded)
      : M(M), Opts(Opts), Phase(Phase), ReportShared(ReportShared),
        ReportAsm(ReportAsm), PreserveHere(PreserveRan), Tables(Tables),
        Found(Found), Recorded(Recorded) {}
  void run();

private:
  Module &M;
  const KfuncOptions &Opts;
  StringRef Phase;
  bool ReportShared, ReportAsm, PreserveHere;
  const BtfIdTables &Tables;
  const Discovery &Found; ///< What DiscoveryAnalysis found in M.
  RecordsAnalysis::Result &Recorded; ///< The records in M.
  UsedLists Lists;
  bool UsedKnown = true;
  /// The module shows that its kernel tree has `__bpf_kfunc` (see
  /// checkMissingAnnotation).
  bool TreeHasBpfKfunc = false;
  Report Rep;
  /// Where each finding's remark is attached (parallel to Rep.Findings).
  std::vector<const Function *> Anchors;
  StringMap<std::vector<std::string>> RenamedCopies;
  CanonicalTypes Types;

  bool enabled(Check C) const { return Opts.Checks & checkBit(C); }
  bool wantReport() const { return !Opts.ReportPath.empty(); }
  void add(Check C, const Subject &S, StringRef Set, const Twine &Msg,
           const Function *Anchor);
  void collectRenamed(const StringSet<> &Missing);
  const Function *definition(const GlobalValue *GV) const;
  bool inUsedList(const Function &F, const GlobalValue &Listed) const {
    return currentMarks(F, Listed, Lists) & (FEUsed | FECompilerUsed);
  }
  Subject lookUp(StringRef Name, const GlobalValue *GV, const KfuncRecord *R,
                 const KfuncInfo *K) const;
  bool buildSubject(Subject &S);
  void fillReportEntry(Subject &S) const;
  std::string location(const Subject &S) const;
  bool showsBpfKfunc(const std::vector<Subject> &Subjects) const;
  void checkPromise(const Subject &S);
  bool checkRenamedUnpinned(const Subject &S);
  void checkMissingAnnotation(const Subject &S);
  void checkConflict(const Subject &S);
  void checkWholeProgram(const Subject &S, bool RenamedUnpinned);
  void remarkNotJudged(const Subject &S);
  const std::vector<KfuncRecord> &ownRecords();
  std::vector<Subject> collectSubjects(const std::vector<KfuncRecord> &Records,
                                       const KfuncTable &Table);
  void writeReportFile();
  void emit();
};

void Auditor::add(Check C, const Subject &S, StringRef Set,
                  const Twine &Msg, const Function *Anchor) {
  if (!enabled(C))
    return;
  Finding F;
  F.Check = checkName(C).str();
  F.Function = S.E.Name;
  F.Set = Set.str();
  F.Loc = location(S);
  F.Message = Msg.str();
  F.IsError = Opts.Werror;
  Rep.Findings.push_back(std::move(F));
  Anchors.push_back(Anchor);
}

/// Diagnostics and remarks, after the report is on disk: opt exits at the
/// first error diagnostic, and the report must not be lost.
void Auditor::emit() {
  // A remark hangs on a function definition: the kfunc's own, or else the
  // module's first definition -- then without a source location, which
  // would be that function's, not the kfunc's. A module that defines
  // nothing gets no remarks (the warnings and the report still say it all).
  const Function *Fallback = nullptr;
  for (const Function &F : M)
    if (!F.isDeclaration()) {
      Fallback = &F;
      break;
    }

  for (size_t I = 0; I != Rep.Findings.size(); ++I) {
    const Finding &F = Rep.Findings[I];
    const Function *Anchor = Anchors[I];
    if (Anchor && Anchor->isDeclaration())
      Anchor = nullptr;
    if (!Anchor && !Fallback)
      continue;
    OptimizationRemarkMissed Rem =
        Anchor ? OptimizationRemarkMissed(DEBUG_TYPE, F.Check, Anchor)
               : OptimizationRemarkMissed(DEBUG_TYPE, F.Check,
                                          DiagnosticLocation(),
                                          &Fallback->front());
    // The same text as the warning, with the names as YAML arguments.
    Rem << "kfunc '" << ore::NV("Kfunc", F.Function);
    if (!F.Set.empty())
      Rem << "' in set '" << ore::NV("Set", F.Set);
    if (!F.Loc.empty())
      Rem << "' (" << ore::NV("Loc", F.Loc) << ") " + F.Message + " [";
    else
      Rem << "' " + F.Message + " [";
    Rem << ore::NV("Check", F.Check) << "]";
    M.getContext().diagnose(Rem);
  }
  // Every finding is a warning, so that every host shows all of them (opt
  // exits at its first error); -kfunc-werror adds one error that counts
  // them. clang's -Werror still turns each warning into an error.
  // In an LTO build one kfunc is audited at compile time and again at link
  // time: the automatic pipelines say which audit speaks.
  std::string Speaker = AuditPassName;
  if (Phase != "opt")
    Speaker += " (" + Phase.str() + ")";
  for (const Finding &F : Rep.Findings)
    diagnose(M.getContext(), DS_Warning, Speaker, F.text());
  if (Opts.Werror && !Rep.Findings.empty())
    diagnose(M.getContext(), DS_Error, Speaker,
             Twine(Rep.Findings.size()) +
                 (Rep.Findings.size() == 1 ? " finding" : " findings") +
                 " in '" + M.getModuleIdentifier() +
                 "', and -kfunc-werror makes them errors");
}

/// One part of a name suffix that compilers make: `.llvm.N` and the rest.
struct SuffixKind {
  StringLiteral Word;
  bool Number; ///< Followed by `.N`.
  bool OptionalNumber;
  StringLiteral Made; ///< What makes it.
};

const SuffixKind SuffixKinds[] = {
    {"llvm", true, false, "ThinLTO promotion of a static"},
    {"isra", true, false, "GCC's IPA-SRA"},
    {"constprop", true, false, "constant propagation into a clone"},
    {"part", true, false, "GCC's partial inlining"},
    {"cold", false, true, "hot/cold splitting"},
    {"clone", true, false, "a compiler's clone"},
    {"lto_priv", true, false, "GCC's LTO privatization"},
    {"specialized", true, false, "LLVM's function specialization"},
    {"argelim", false, false, "dead-argument elimination"},
    {"argprom", false, false, "argument promotion"},
    {"__uniq", true, false, "-funique-internal-linkage-names"},
};

/// If \p Suffix (".llvm.42", ".constprop.0.isra.0") is made only of parts
/// compilers make, what made its first part; else "".
StringRef compilerSuffixMaker(StringRef Suffix) {
  StringRef First;
  while (!Suffix.empty()) {
    if (!Suffix.consume_front("."))
      return "";
    StringRef Word = Suffix.take_until([](char C) { return C == '.'; });
    const SuffixKind *Kind = nullptr;
    for (const SuffixKind &K : SuffixKinds)
      if (K.Word == Word)
        Kind = &K;
    if (!Kind)
      return "";
    Suffix = Suffix.drop_front(Word.size());
    if (Kind->Number || Kind->OptionalNumber) {
      StringRef Rest = Suffix;
      unsigned long long N;
      StringRef Digits = Rest.consume_front(".")
                             ? Rest.take_while([](char C) { return isDigit(C); })
                             : StringRef();
      if (!Digits.empty() && !Digits.getAsInteger(10, N))
        Suffix = Rest.drop_front(Digits.size());
      else if (Kind->Number)
        return "";
    }
    if (First.empty())
      First = Kind->Made;
  }
  return First;
}

/// 'a' (suffix '.llvm.1': ThinLTO promotion of a static), 'b' (...)
std::string describeCopies(StringRef Base,
                                  const std::vector<std::string> &Names) {
  std::string Out;
  for (const std::string &N : Names) {
    StringRef Suffix = StringRef(N).drop_front(Base.size());
    Out += (Out.empty() ? "'" : ", '") + N + "' (suffix '" + Suffix.str() +
           "': " + compilerSuffixMaker(Suffix).str() + ")";
  }
  return Out;
}

void Auditor::collectRenamed(const StringSet<> &Missing) {
  if (Missing.empty())
    return;
  for (const Function &F : M) {
    if (F.isDeclaration())
      continue;
    StringRef Name = F.getName();
    // Try every dot, the longest base first: `k.constprop.0.isra.0` is a
    // copy of `k` (and of `k.constprop.0`, were that the kfunc).
    size_t Dot = Name.rfind('.');
    while (Dot != StringRef::npos && Dot != 0) {
      StringRef Base = Name.take_front(Dot);
      if (Missing.count(Base) &&
          !compilerSuffixMaker(Name.drop_front(Dot)).empty()) {
        RenamedCopies[Base].push_back(Name.str());
        break;
      }
      Dot = Base.rfind('.');
    }
  }
}

/// The function \p GV (a global of a kfunc's name) defines here, or null.
const Function *Auditor::definition(const GlobalValue *GV) const {
  if (!GV)
    return nullptr;
  const Function *F = dyn_cast<Function>(GV);
  if (const auto *GA = dyn_cast<GlobalAlias>(GV))
    F = dyn_cast<Function>(GA->getAliasee()->stripPointerCastsAndAliases());
  if (!F || F->isDeclaration() || F->hasAvailableExternallyLinkage())
    return nullptr;
  return F;
}

/// lost, renamed, inlinable, signature-changed: was the promise kept?
void Auditor::checkPromise(const Subject &S) {
  const KfuncRecord &R = *S.R;
  const ReportEntry &E = S.E;
  const Function *F = S.F;
  StringRef FirstSet = S.firstSet();
  if (!F) {
    auto It = RenamedCopies.find(R.Name);
    if (It != RenamedCopies.end()) {
      add(Check::Renamed, S, FirstSet,
          "was renamed to " + describeCopies(R.Name, It->second) +
              " and is no longer defined under its own name",
          S.Typed);
    } else {
      add(Check::Lost, S, FirstSet,
          Opts.WholeProgram ? "was defined when pinned and is no longer "
                              "defined in this program"
                            : "was defined when pinned and is no longer "
                              "defined in this module",
          S.Typed);
    }
    return;
  }
  if (!F->hasFnAttribute(Attribute::NoInline))
    add(Check::Inlinable, S, FirstSet, "lost its noinline attribute", F);
  if (UsedKnown && !inUsedList(*F, *S.Listed))
    add(Check::Inlinable, S, FirstSet,
        "is in neither @llvm.used nor @llvm.compiler.used any more", F);
  if (E.CurrentType != R.Type)
    add(Check::SignatureChanged, S, FirstSet,
        "changed type from '" + R.Type + "' to '" + E.CurrentType + "'", F);
  if (F->getCallingConv() != R.CallingConv)
    add(Check::SignatureChanged, S, FirstSet,
        "changed calling convention from " + callingConvName(R.CallingConv) +
            " to " + callingConvName(F->getCallingConv()),
        F);
}

/// \p Name, with \p GV, the global of its name in the module, its record
/// \p R and what discovery found of it \p K (each may be null).
Subject Auditor::lookUp(StringRef Name, const GlobalValue *GV,
                        const KfuncRecord *R, const KfuncInfo *K) const {
  Subject S;
  S.R = R;
  S.K = K;
  S.Listed = GV;
  S.F = definition(GV);
  S.E.Name = Name.str();
  return S;
}

/// Fill in what the checks need of \p S (from lookUp), and its report entry
/// if a report is written. False for a name only the user's lists give that
/// this module does not have (every module of a build gets the same list,
/// most define none of it).
bool Auditor::buildSubject(Subject &S) {
  const KfuncRecord *R = S.R;
  const KfuncInfo *K = S.K;
  unsigned Sources = (R ? R->Sources : 0) | (K ? K->Sources : 0);
  if (!R && !S.Listed && !(Sources & ~SrcList))
    return false;

  ReportEntry &E = S.E;
  E.Sources = Sources;
  if (K)
    for (const SetMembership &Set : K->Sets)
      S.Sets.push_back(&Set);
  if (R)
    for (const SetMembership &Set : R->Sets)
      if (none_of(S.Sets, [&](const SetMembership *In) { return *In == Set; }))
        S.Sets.push_back(&Set);
  for (size_t I = 0; I != S.Sets.size() && S.KfuncSet < 0; ++I)
    if (isKfuncSet8(S.Sets[I]->Kind, S.Sets[I]->SetFlags))
      S.KfuncSet = static_cast<int>(I);
  S.Typed = S.F ? S.F : dyn_cast_or_null<Function>(S.Listed);
  if (S.Typed) {
    E.CurrentType = Types.get(S.Typed->getFunctionType());
    E.CurrentCC = S.Typed->getCallingConv();
  }

  // What the front end did, judged before kfunc-preserve touched it: from
  // the record made where it was defined, else from the IR as it is (no
  // kfunc-preserve ran, so nothing was pinned).
  S.DefinedRecord = R && R->wasDefined();
  if (S.DefinedRecord)
    E.FrontEnd = R->FrontEnd;
  else if (S.F)
    E.FrontEnd = currentMarks(*S.F, *S.Listed, Lists);
  if (wantReport())
    fillReportEntry(S);
  return true;
}

/// What only the report says of \p S.
void Auditor::fillReportEntry(Subject &S) const {
  const KfuncRecord *R = S.R;
  ReportEntry &E = S.E;
  for (const SetMembership *Set : S.Sets)
    E.Sets.push_back(*Set);
  E.Linkage = S.Listed ? linkageName(*S.Listed).str() : "";
  E.Defined = S.F != nullptr;
  E.HasRecord = R != nullptr;
  if (R) {
    E.Action = pinStateName(R->State).str();
    E.RecordedType = R->Type;
    E.RecordedCC = R->CallingConv;
  } else if (!S.Listed) {
    E.Action = "not-found";
  } else if (!S.F && S.Typed && S.Typed->isDeclaration()) {
    E.Action = "declaration";
  } else if (!S.F && S.Typed && S.Typed->hasAvailableExternallyLinkage()) {
    E.Action = "available-externally";
  } else {
    E.Action = "not-pinned";
  }
  E.Loc = location(S);
}

/// "file:line" of \p S: of its definition here, else the recorded one.
std::string Auditor::location(const Subject &S) const {
  std::string Loc = S.F ? sourceLocation(*S.F) : "";
  if (Loc.empty() && S.R)
    Loc = S.R->Loc;
  return Loc;
}

/// renamed, without a promise: a kfunc nothing pinned, gone under its name
/// but present as a copy (e.g. a ThinLTO-promoted static, `name.llvm.N`).
bool Auditor::checkRenamedUnpinned(const Subject &S) {
  if (S.DefinedRecord || S.F)
    return false;
  auto It = RenamedCopies.find(S.E.Name);
  if (It == RenamedCopies.end())
    return false;
  // Why nothing pinned it: in this pipeline kfunc-preserve ran and saw no
  // such kfunc under its name (or was told not to pin it); elsewhere, the
  // likely cause is a compile without the plugin.
  StringRef Why = PreserveHere
                      ? "it was renamed before kfunc-preserve ran, or "
                        "kfunc-preserve was told not to pin it"
                      : "was it compiled without kfunc-preserve?";
  add(Check::Renamed, S, S.firstSet(),
      "was renamed to " + describeCopies(S.E.Name, It->second) +
          " and is not defined under its own name (it was never pinned: " +
          Why + ")",
      M.getFunction(It->second.front()));
  return true;
}

/// Whether the module shows that its kernel tree has `__bpf_kfunc` (Linux
/// 6.3+): a set8 with a flags word (6.9+), or a kfunc defined here that
/// carries the macro's marks.
bool Auditor::showsBpfKfunc(const std::vector<Subject> &Subjects) const {
  for (const BtfIdEntry &Entry : Tables.Entries)
    if (Entry.isInSet8() && Entry.SetFlags &&
        (*Entry.SetFlags & BtfSet8KfuncsFlag))
      return true;
  for (const Subject &S : Subjects)
    if (S.KfuncSet >= 0 && (S.F || S.DefinedRecord) &&
        hasBpfKfuncMarks(S.E.FrontEnd))
      return true;
  return false;
}

/// Describe the front end's marks \p M of a kfunc that lacks some of
/// `__bpf_kfunc`'s.
static StringRef describeMarks(unsigned M) {
  bool Used = M & (FEUsed | FECompilerUsed);
  if (M & FEOptNone)
    return "not used (at -O0 every function is noinline)";
  if (M & FENoInline)
    return "noinline but not used";
  return Used ? "used but not noinline" : "neither noinline nor used";
}

/// missing-annotation: listed in a kfunc set, defined here, and the source
/// neither annotates it nor does what __bpf_kfunc does. A set8 without a
/// flags word (Linux 6.0-6.8) is judged only when the module shows that the
/// tree has __bpf_kfunc: Linux 6.0-6.2 have no such macro to ask for.
void Auditor::checkMissingAnnotation(const Subject &S) {
  const SetMembership *KSet = S.kfuncSet();
  if (!S.F || !KSet || (S.E.Sources & SrcAnnotations) ||
      hasBpfKfuncMarks(S.E.FrontEnd))
    return;
  if (!KSet->SetFlags && !TreeHasBpfKfunc) {
    remarkNotJudged(S);
    return;
  }
  add(Check::MissingAnnotation, S, KSet->Set,
      "is listed in a kfunc set but not marked __bpf_kfunc in the source "
      "(the front end made it " +
          describeMarks(S.E.FrontEnd) + ")",
      S.F);
}

/// Why a kfunc without __bpf_kfunc's marks was not reported.
void Auditor::remarkNotJudged(const Subject &S) {
  if (!enabled(Check::MissingAnnotation))
    return;
  OptimizationRemarkAnalysis Rem(DEBUG_TYPE, "MissingAnnotationNotJudged",
                                 S.F);
  Rem << "kfunc '" << ore::NV("Kfunc", S.E.Name) << "' in set '"
      << ore::NV("Set", S.kfuncSet()->Set)
      << "' is not marked __bpf_kfunc, not reported: the set has the Linux "
         "6.0-6.8 form and no kfunc of this module carries __bpf_kfunc's "
         "marks (Linux before 6.3 has no __bpf_kfunc)";
  M.getContext().diagnose(Rem);
}

/// conflict: a kfunc whose source asks for it to be inlined. Only the audit
/// reports it; kfunc-preserve, which resolves it, records what the front end
/// wrote.
void Auditor::checkConflict(const Subject &S) {
  unsigned Sources = S.E.Sources;
  bool IsKfunc = S.R || (Sources & (SrcAnnotations | SrcList)) ||
                 S.KfuncSet >= 0 || (S.K && S.K->shouldPin(Opts));
  if (!IsKfunc || !(S.E.FrontEnd & FEAlwaysInline))
    return;
  add(Check::Conflict, S, S.firstSet(),
      S.DefinedRecord
          ? "is declared always_inline, which contradicts being a kfunc; "
            "kfunc-preserve dropped always_inline so that it stays out of line"
          : "is declared always_inline, which contradicts being a kfunc (it "
            "must stay out of line)",
      S.Typed);
}

/// not-in-set and undefined: only the whole program can tell.
void Auditor::checkWholeProgram(const Subject &S, bool RenamedUnpinned) {
  const ReportEntry &E = S.E;
  if ((E.Sources & SrcAnnotations) && !inAnySet(S.Sets) &&
      (S.F || S.DefinedRecord))
    add(Check::NotInSet, S, "",
        "is annotated bpf_kfunc but listed in no BTF set of this program",
        S.Typed);
  // Which tables must name defined functions: kfunc sets, and with
  // -kfunc-btf-ids=all every table.
  const SetMembership *Table =
      S.kfuncSet() ? S.kfuncSet()
      : Opts.BtfIds == BtfIdsMode::All && !S.Sets.empty() ? S.Sets.front()
                                                           : nullptr;
  // No record says it was defined (that would be `lost`), and nothing shows
  // whether an input did: LTO drops an unreferenced definition before any
  // pass of the link runs, and leaves no trace of it.
  if (Table && !S.F && !S.DefinedRecord && !RenamedUnpinned)
    add(Check::Undefined, S, Table->Set,
        "is listed in a BTF set but not defined in this program: no input "
        "defines it, or LTO dropped an unreferenced definition that nothing "
        "pinned (an input compiled without kfunc-preserve); resolve_btfids "
        "will report it as an unresolved symbol",
        S.Typed);
}

/// The records this module may audit: ThinLTO function import copies the
/// exporting module's records into the importing one; their kfuncs are not
/// defined there, and auditing them would report them all lost. A
/// whole-program module (the full-LTO link merged every module's records)
/// audits them all.
const std::vector<KfuncRecord> &Auditor::ownRecords() {
  return Opts.WholeProgram ? Recorded.all(M) : Recorded.own(M);
}

/// Every recorded kfunc, then every discovered one not recorded; and the
/// renamed copies of those that went missing.
std::vector<Subject>
Auditor::collectSubjects(const std::vector<KfuncRecord> &Records,
                         const KfuncTable &Table) {
  StringMap<size_t> RecordIndex;
  for (size_t I = 0; I != Records.size(); ++I)
    RecordIndex[Records[I].Name] = I;

  // The names, records and discoveries to judge; their globals are looked
  // up in a row.
  std::vector<StringRef> Names;
  std::vector<std::pair<const KfuncRecord *, const KfuncInfo *>> Of;
  for (const KfuncRecord &R : Records) {
    Names.push_back(R.Name);
    Of.push_back({&R, Table.lookup(R.Name)});
  }
  for (const KfuncInfo &K : Table.entries())
    if (!RecordIndex.count(K.Name)) {
      Names.push_back(K.Name);
      Of.push_back({nullptr, &K});
    }
  std::vector<GlobalValue *> Globals = lookUpGlobals(M, Names);

  // Kfuncs recorded as defined but no longer defined under their name.
  // Also kfuncs that nothing pinned (no record: compiled without the
  // plugin), so that a ThinLTO `.llvm.N` rename of those is caught too.
  StringSet<> Missing;
  std::vector<Subject> Subjects;
  Subjects.reserve(Names.size());
  for (size_t I = 0; I != Names.size(); ++I) {
    const KfuncRecord *R = Of[I].first;
    const KfuncInfo *K = Of[I].second;
    Subject S = lookUp(Names[I], Globals[I], R, K);
    if (!S.F && (R ? R->wasDefined() : K->shouldPin(Opts)))
      Missing.insert(Names[I]);
    if (buildSubject(S))
      Subjects.push_back(std::move(S));
  }
  collectRenamed(Missing);
  return Subjects;
}

void Auditor::writeReportFile() {
  // By name: reports of one module are stable and easy to compare.
  std::stable_sort(Rep.Entries.begin(), Rep.Entries.end(),
                   [](const ReportEntry &A, const ReportEntry &B) {
                     return A.Name < B.Name;
                   });
  Rep.ModuleId = M.getModuleIdentifier();
  Rep.SourceFile = M.getSourceFileName();
  Rep.Phase = Phase.str();
  Rep.WholeProgram = Opts.WholeProgram;
  for (unsigned I = 0; I != NumChecks; ++I)
    if (Opts.Checks & (1u << I))
      Rep.Checks.push_back(checkName(static_cast<Check>(I)).str());
  // Tell apart modules that share an identifier (all full-LTO modules are
  // "ld-temp.o") by what they define.
  for (const Function &F : M)
    if (!F.isDeclaration()) {
      Rep.Salt += F.getName();
      Rep.Salt += '\n';
    }
  std::string Err = writeReport(Opts.ReportPath, Rep);
  if (!Err.empty())
    diagnose(M.getContext(), DS_Error, AuditPassName, Err);
}

void Auditor::run() {
  for (const OptionProblem &P : Opts.Problems)
    if (P.FromParams || ReportShared)
      diagnose(M.getContext(), P.IsError ? DS_Error : DS_Warning, AuditPassName,
               P.Message);
  KfuncTable Storage;
  const KfuncTable &Table = withListNames(Found.Table, Opts, Storage);
  if (ReportShared && ReportAsm)
    for (const DiscoveryProblem &P : Found.Problems)
      diagnose(M.getContext(), DS_Warning, AuditPassName, P.Message);

  UsedKnown = Lists.collect(M).empty();
  const std::vector<KfuncRecord> &Records = ownRecords();
  std::vector<Subject> Subjects = collectSubjects(Records, Table);
  TreeHasBpfKfunc = showsBpfKfunc(Subjects);
  for (Subject &S : Subjects) {
    if (S.DefinedRecord)
      checkPromise(S);
    bool RenamedUnpinned = checkRenamedUnpinned(S);
    checkMissingAnnotation(S);
    checkConflict(S);
    if (Opts.WholeProgram)
      checkWholeProgram(S, RenamedUnpinned);
    if (wantReport())
      Rep.Entries.push_back(std::move(S.E));
  }
  if (wantReport())
    writeReportFile();
  emit();
}

} // namespace

PreservedAnalyses KfuncAuditPass::run(Module &M, ModuleAnalysisManager &MAM) {
  bool ReportShared = !ProblemsReported::testAndSet(M, MAM);
  Auditor(M, Opts, Phase, ReportShared, ReportAsmProblems,
          PreserveRan::isSet(M, MAM), MAM.getResult<BtfIdsAnalysis>(M).Tables,
          MAM.getResult<DiscoveryAnalysis>(M).D,
          MAM.getResult<RecordsAnalysis>(M))
      .run();
  return PreservedAnalyses::all();
}

void KfuncAuditPass::printPipeline(
    raw_ostream &OS, function_ref<StringRef(StringRef)> MapClassName2PassName) {
  static_cast<PassInfoMixin<KfuncAuditPass> *>(this)->printPipeline(
      OS, MapClassName2PassName);
  Opts.printPassParams(OS, KfuncPass::Audit);
}

} // namespace kfunc
