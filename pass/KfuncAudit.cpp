//===- KfuncAudit.cpp - Check that every kfunc survived -------------------===//
//
// Linear in the module: one discovery, one read of the record, one walk over
// the functions (only if some kfunc went missing, to look for renamed
// copies), hash lookups for the rest.
//
//===----------------------------------------------------------------------===//

#include "kfunc/KfuncAudit.h"
#include "kfunc/Discovery.h"
#include "kfunc/Record.h"
#include "kfunc/Report.h"

#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/Module.h"

using namespace llvm;

#define DEBUG_TYPE "kfunc-audit"

namespace kfunc {

static constexpr StringLiteral CheckNames[NumChecks] = {
    "lost",       "inlinable", "signature-changed", "renamed",
    "missing-annotation", "not-in-set", "undefined", "conflict"};

StringRef checkName(Check C) { return CheckNames[static_cast<unsigned>(C)]; }

static constexpr unsigned AllChecks = (1u << NumChecks) - 1;

unsigned parseCheckSelection(StringRef Spec, std::vector<std::string> &Problems) {
  SmallVector<StringRef, 8> Parts;
  Spec.split(Parts, ',', -1, /*KeepEmpty=*/false);
  if (Parts.empty())
    return AllChecks;
  unsigned Mask = Parts.front().trim().front() == '-' ? AllChecks : 0;
  for (StringRef P : Parts) {
    P = P.trim();
    bool Disable = !P.empty() && P.front() == '-';
    if (Disable)
      P = P.drop_front();
    if (P == "all") {
      Mask = Disable ? 0 : AllChecks;
      continue;
    }
    if (P == "none") {
      Mask = 0;
      continue;
    }
    unsigned I = 0;
    while (I < NumChecks && CheckNames[I] != P)
      ++I;
    if (I == NumChecks) {
      Problems.push_back("-kfunc-checks: unknown check '" + P.str() + "'");
      continue;
    }
    Mask = Disable ? (Mask & ~(1u << I)) : (Mask | (1u << I));
  }
  return Mask;
}

namespace {

constexpr StringLiteral PassName = "kfunc-audit";

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

/// Is \p K listed in a set8 that holds kfuncs? 6.9+ set8 tables carry the
/// BTF_SET8_KFUNCS bit; 6.0-6.8 ones have no flags word and all hold kfuncs.
bool inKfuncSet8(const std::vector<SetMembership> &Sets, std::string *SetName) {
  for (const SetMembership &S : Sets)
    if (S.Kind == SetKind::Set8 &&
        (!S.SetFlags || (*S.SetFlags & BtfSet8KfuncsFlag))) {
      if (SetName)
        *SetName = S.Set;
      return true;
    }
  return false;
}

class Auditor {
public:
  Auditor(Module &M, const KfuncOptions &Opts, StringRef Phase, bool Standalone)
      : M(M), Opts(Opts), Phase(Phase), Standalone(Standalone) {}
  void run();

private:
  Module &M;
  const KfuncOptions &Opts;
  StringRef Phase;
  bool Standalone;
  unsigned Enabled = AllChecks;
  SmallPtrSet<const GlobalValue *, 32> Used;
  bool UsedKnown = true;
  std::vector<Finding> Findings;
  StringMap<std::vector<std::string>> RenamedCopies;

  void add(Check C, StringRef Fn, StringRef Set, StringRef Loc,
           const Twine &Msg, const Function *Anchor);
  void collectRenamed(const StringSet<> &Missing);
  const Function *definition(StringRef Name, const GlobalValue **Listed) const;
};

void Auditor::add(Check C, StringRef Fn, StringRef Set, StringRef Loc,
                  const Twine &Msg, const Function *Anchor) {
  if (!(Enabled & (1u << static_cast<unsigned>(C))))
    return;
  Finding F;
  F.Check = checkName(C).str();
  F.Function = Fn.str();
  F.Set = Set.str();
  F.Loc = Loc.str();
  F.Message = Msg.str();

  std::string Text;
  if (!F.Loc.empty())
    Text += F.Loc + ": ";
  Text += "kfunc '" + F.Function + "'";
  if (!F.Set.empty())
    Text += " (set '" + F.Set + "')";
  Text += " " + F.Message + " [" + F.Check + "]";
  diagnose(M.getContext(), Opts.Werror ? DS_Error : DS_Warning, PassName,
           Text);

  // A remark needs a function to hang on: the kfunc itself, or whatever is
  // left of it, or else the module's first function.
  if (!Anchor && !M.empty())
    Anchor = &*M.begin();
  if (Anchor) {
    OptimizationRemarkEmitter ORE(Anchor);
    ORE.emit([&] {
      return OptimizationRemarkMissed(DEBUG_TYPE, checkName(C), Anchor)
             << "kfunc '" << F.Function << "'"
             << (F.Set.empty() ? "" : " (set '" + F.Set + "')") << " "
             << F.Message;
    });
  }
  Findings.push_back(std::move(F));
}

void Auditor::collectRenamed(const StringSet<> &Missing) {
  if (Missing.empty())
    return;
  for (const Function &F : M) {
    if (F.isDeclaration())
      continue;
    StringRef Name = F.getName();
    size_t Dot = Name.find('.');
    // Try every dot: names may contain dots themselves.
    while (Dot != StringRef::npos && Dot != 0) {
      StringRef Base = Name.take_front(Dot);
      if (Missing.count(Base)) {
        RenamedCopies[Base].push_back(Name.str());
        break;
      }
      Dot = Name.find('.', Dot + 1);
    }
  }
}

const Function *Auditor::definition(StringRef Name,
                                    const GlobalValue **Listed) const {
  const GlobalValue *GV = M.getNamedValue(Name);
  if (Listed)
    *Listed = GV;
  if (!GV)
    return nullptr;
  const Function *F = dyn_cast<Function>(GV);
  if (const auto *GA = dyn_cast<GlobalAlias>(GV))
    F = dyn_cast<Function>(GA->getAliasee()->stripPointerCastsAndAliases());
  if (!F || F->isDeclaration() || F->hasAvailableExternallyLinkage())
    return nullptr;
  return F;
}

void Auditor::run() {
  std::vector<std::string> Problems;
  Enabled = parseCheckSelection(Opts.Checks, Problems);
  if (Standalone)
    for (const std::string &P : Opts.Problems)
      Problems.push_back(P);

  Discovery D = discoverKfuncs(M, Opts);
  if (Standalone)
    for (const DiscoveryProblem &P : D.Problems)
      Problems.push_back(P.Message);
  for (const std::string &P : Problems)
    diagnose(M.getContext(), DS_Warning, PassName, P);

  for (StringRef ListName : {"llvm.used", "llvm.compiler.used"}) {
    const GlobalVariable *GV = M.getNamedGlobal(ListName);
    if (GV && GV->hasInitializer() && !isa<ConstantArray>(GV->getInitializer()))
      UsedKnown = false;
  }
  if (UsedKnown) {
    SmallVector<GlobalValue *, 32> Vec;
    collectUsedGlobalVariables(M, Vec, /*CompilerUsed=*/false);
    collectUsedGlobalVariables(M, Vec, /*CompilerUsed=*/true);
    Used.insert(Vec.begin(), Vec.end());
  }

  std::vector<KfuncRecord> Records = readRecords(M);
  StringMap<size_t> RecordIndex;
  for (size_t I = 0; I != Records.size(); ++I)
    RecordIndex[Records[I].Name] = I;

  // Kfuncs recorded as defined but no longer defined under their name.
  StringSet<> Missing;
  for (const KfuncRecord &R : Records)
    if (R.wasDefined() && !definition(R.Name, nullptr))
      Missing.insert(R.Name);
  collectRenamed(Missing);

  // The report lists every recorded kfunc, then every discovered one that
  // is present in the module or named by a table or annotation here.
  std::vector<ReportEntry> Entries;
  StringSet<> Seen;
  auto Visit = [&](StringRef Name, const KfuncRecord *R, const KfuncInfo *K) {
    if (!Seen.insert(Name).second)
      return;
    const GlobalValue *Listed = nullptr;
    const Function *F = definition(Name, &Listed);
    if (!R && !K->shouldPin(Opts) && !(K->Sources & SrcBtfId))
      return;
    if (!R && !Listed && K->Sources == SrcList)
      return; // A user-list name this module does not have.

    ReportEntry E;
    E.Name = Name.str();
    E.Sources = (R ? R->Sources : 0) | (K ? K->Sources : 0);
    E.Sets = R ? R->Sets : K->Sets;
    if (R && K)
      for (const SetMembership &S : K->Sets)
        if (std::find(E.Sets.begin(), E.Sets.end(), S) == E.Sets.end())
          E.Sets.push_back(S);
    E.Linkage = Listed ? linkageName(*Listed).str() : "";
    if (R)
      E.Action = pinStateName(R->State).str();
    else if (!Listed)
      E.Action = "not-found";
    else if (!F)
      E.Action = isa<Function>(Listed) && cast<Function>(Listed)->isDeclaration()
                     ? "declaration"
                     : "not-pinned";
    else
      E.Action = "not-pinned";
    E.RecordedType = R ? R->Type : "";
    const Function *Typed = F ? F : dyn_cast_or_null<Function>(Listed);
    E.CurrentType = Typed ? canonicalFunctionType(Typed->getFunctionType()) : "";
    E.Loc = F ? sourceLocation(*F) : (R ? R->Loc : "");
    if (E.Loc.empty() && R)
      E.Loc = R->Loc;

    std::string FirstSet;
    if (!E.Sets.empty())
      FirstSet = E.Sets.front().Set;
    const Function *Anchor = F ? F : dyn_cast_or_null<Function>(Listed);

    // What the front end did, judged before kfunc-preserve touched it: from
    // the record if there is one, else from the IR as it is.
    unsigned FrontEnd = 0;
    if (R && R->wasDefined()) {
      FrontEnd = R->FrontEnd;
    } else if (F) {
      if (F->hasFnAttribute(Attribute::NoInline))
        FrontEnd |= FENoInline;
      if (F->hasFnAttribute(Attribute::AlwaysInline))
        FrontEnd |= FEAlwaysInline;
      if (Used.count(Listed) || Used.count(F))
        FrontEnd |= FEUsed;
    }

    if (R && R->wasDefined()) {
      if (!F) {
        auto It = RenamedCopies.find(Name);
        if (It != RenamedCopies.end()) {
          std::string Copies;
          for (const std::string &C : It->second)
            Copies += (Copies.empty() ? "'" : ", '") + C + "'";
          add(Check::Renamed, Name, FirstSet, E.Loc,
              "was renamed: no longer defined under its name, but " + Copies +
                  " is",
              Anchor);
        } else {
          add(Check::Lost, Name, FirstSet, E.Loc,
              "was defined when pinned and is no longer defined in this "
              "module",
              Anchor);
        }
      } else {
        if (!F->hasFnAttribute(Attribute::NoInline))
          add(Check::Inlinable, Name, FirstSet, E.Loc,
              "lost its noinline attribute", F);
        else if (UsedKnown && !Used.count(Listed) && !Used.count(F))
          add(Check::Inlinable, Name, FirstSet, E.Loc,
              "is in neither @llvm.used nor @llvm.compiler.used any more", F);
        if (E.CurrentType != R->Type)
          add(Check::SignatureChanged, Name, FirstSet, E.Loc,
              "changed type from '" + R->Type + "' to '" + E.CurrentType +
                  "'",
              F);
        else if (F->getCallingConv() != R->CallingConv)
          add(Check::SignatureChanged, Name, FirstSet, E.Loc,
              "changed calling convention from " + Twine(R->CallingConv) +
                  " to " + Twine(F->getCallingConv()),
              F);
      }
    }

    std::string KfuncSet;
    if (F && inKfuncSet8(E.Sets, &KfuncSet) &&
        !(E.Sources & SrcAnnotations) && !((FrontEnd & FENoInline) &&
                                           (FrontEnd & (FEUsed | FECompilerUsed))))
      add(Check::MissingAnnotation, Name, KfuncSet, E.Loc,
          "is listed in a kfunc set but not marked __bpf_kfunc in the source "
          "(front end made it " +
              Twine(FrontEnd & FENoInline ? "noinline but not used"
                    : FrontEnd & (FEUsed | FECompilerUsed)
                        ? "used but not noinline"
                        : "neither noinline nor used") +
              ")",
          F);

    if (FrontEnd & FEAlwaysInline)
      add(Check::Conflict, Name, FirstSet, E.Loc,
          "is declared always_inline, which contradicts being a kfunc", Anchor);

    if (Opts.WholeProgram) {
      if ((E.Sources & SrcAnnotations) && E.Sets.empty() && (F || R))
        add(Check::NotInSet, Name, "", E.Loc,
            "is annotated bpf_kfunc but listed in no BTF set of this program",
            Anchor);
      bool Listable = inKfuncSet8(E.Sets, nullptr) ||
                      (Opts.BtfIds == BtfIdsMode::All && !E.Sets.empty());
      if (Listable && !F && !(R && R->wasDefined()))
        add(Check::Undefined, Name, FirstSet, E.Loc,
            "is listed in a BTF set but defined nowhere in this program "
            "(resolve_btfids will report it unresolved)",
            Anchor);
    }
    Entries.push_back(std::move(E));
  };

  for (const KfuncRecord &R : Records)
    Visit(R.Name, &R, D.Table.lookup(R.Name));
  for (const KfuncInfo &K : D.Table.entries()) {
    auto It = RecordIndex.find(K.Name);
    Visit(K.Name, It == RecordIndex.end() ? nullptr : &Records[It->second], &K);
  }

  if (!Opts.ReportPath.empty()) {
    std::string Err = writeReport(Opts.ReportPath, M.getModuleIdentifier(),
                                  Phase, Entries, Findings);
    if (!Err.empty())
      diagnose(M.getContext(), DS_Error, PassName, Err);
  }
}

} // namespace

PreservedAnalyses KfuncAuditPass::run(Module &M, ModuleAnalysisManager &) {
  Auditor(M, Opts, Phase, ReportOptionProblems).run();
  return PreservedAnalyses::all();
}

} // namespace kfunc
