//===- KfuncPreserve.cpp - Pin kfuncs at compile time ---------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Pinning: for each discovered kfunc defined in this module, drop
// alwaysinline/inlinehint, add noinline, and append it (or, for an alias, the
// alias) to the used list -- all appends in one appendToUsed call, since each
// call rebuilds the whole array. Then record the promise (Record.h).
//
//===----------------------------------------------------------------------===//

#include "kfunc/KfuncPreserve.h"
#include "kfunc/Diagnostic.h"
#include "kfunc/Discovery.h"
#include "kfunc/FunctionFacts.h"
#include "kfunc/Record.h"
#include "kfunc/Report.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalAlias.h"
#include "llvm/IR/Module.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

#define DEBUG_TYPE kfunc::PreservePassName

namespace kfunc {

namespace {

/// Make \p F out of line. Returns true if anything changed.
bool makeNoInline(Function &F) {
  bool Changed = false;
  if (F.hasFnAttribute(Attribute::AlwaysInline)) {
    F.removeFnAttr(Attribute::AlwaysInline);
    Changed = true;
  }
  if (F.hasFnAttribute(Attribute::InlineHint)) {
    F.removeFnAttr(Attribute::InlineHint);
    Changed = true;
  }
  if (!F.hasFnAttribute(Attribute::NoInline)) {
    F.addFnAttr(Attribute::NoInline);
    Changed = true;
  }
  return Changed;
}

class Pinner {
public:
  /// \p Found: what DiscoveryAnalysis found in \p M.
  Pinner(Module &M, const KfuncOptions &Opts, const Discovery &Found,
         RecordsAnalysis::Result &Recorded, bool ReportShared)
      : M(M), Opts(Opts), Found(Found), Recorded(Recorded),
        ReportShared(ReportShared) {}
  bool run();

private:
  Module &M;
  const KfuncOptions &Opts;
  const Discovery &Found;
  /// The records in M (RecordsAnalysis), rewritten through it.
  RecordsAnalysis::Result &Recorded;
  /// Report the options' shared problems and the asm's (ProblemsReported).
  bool ReportShared;
  bool Changed = false;
  UsedLists Lists;
  bool ListsUsable = true;
  std::vector<KfuncRecord> Records;
  StringMap<size_t> RecordIndex;
  std::vector<GlobalValue *> ToAppend;
  CanonicalTypes Types;
  /// inlineMarks() of each function before this run first changed it: two
  /// aliases of one function must both see what the front end wrote.
  DenseMap<const Function *, unsigned> OriginalInlineMarks;

  void warn(const Twine &Msg) {
    diagnose(M.getContext(), DS_Warning, PreservePassName, Msg);
  }
  void error(const Twine &Msg) {
    diagnose(M.getContext(), DS_Error, PreservePassName, Msg);
  }

  /// Whether \p GV already has the protection the options ask for.
  /// @llvm.used implies everything @llvm.compiler.used gives, so in
  /// compiler-used mode a member of either list is left alone.
  bool inTargetList(const GlobalValue *GV) const {
    return Opts.UsedList == UsedListKind::Used
               ? Lists.Used.count(GV)
               : Lists.Used.count(GV) || Lists.CompilerUsed.count(GV);
  }
  void pin(const KfuncInfo &K, GlobalValue *GV);
  void pinFunction(const KfuncInfo &K, Function &F, GlobalValue &Listed,
                   KfuncRecord &R);
  void remarkNotPinned(const KfuncInfo &K, GlobalValue *GV);
  void reportProblems();
  void readUsedLists();
  void updateRecord(const std::vector<KfuncRecord> &Before,
                    unsigned Malformed);
  void remark(Function &F, const GlobalValue &Listed, const KfuncRecord &R,
              bool AttrChanged, bool DidAppend, bool DroppedAlwaysInline);
};

void Pinner::remark(Function &F, const GlobalValue &Listed,
                    const KfuncRecord &R, bool AttrChanged, bool DidAppend,
                    bool DroppedAlwaysInline) {
  OptimizationRemarkEmitter ORE(&F);
  ORE.emit([&] {
    OptimizationRemark Rem(DEBUG_TYPE, "Pinned", &F);
    Rem << "kfunc '" << R.Name << "' found by " << sourceNames(R.Sources);
    for (const SetMembership &S : R.Sets)
      Rem << ", in " << setKindName(S.Kind) << " '" << S.Set << "'";
    Rem << ": ";
    if (&Listed != &F)
      Rem << "alias of '" << F.getName() << "'; ";
    if (!AttrChanged && !DidAppend) {
      Rem << "already noinline and used";
      return Rem;
    }
    if (DroppedAlwaysInline)
      Rem << "dropped always_inline (the audit reports the conflict), ";
    if (AttrChanged)
      Rem << (&Listed != &F ? "made aliasee noinline" : "made noinline");
    if (DidAppend)
      Rem << (AttrChanged ? ", added to " : "added to ")
          << usedListName(Opts.UsedList);
    return Rem;
  });
}

void Pinner::remarkNotPinned(const KfuncInfo &K, GlobalValue *GV) {
  auto *F = dyn_cast_or_null<Function>(GV);
  if (!F || F->isDeclaration())
    return;
  OptimizationRemarkEmitter ORE(F);
  ORE.emit([&] {
    OptimizationRemarkAnalysis Rem(DEBUG_TYPE, "NotPinned", F);
    Rem << "'" << K.Name << "' found by " << sourceNames(K.Sources);
    for (const SetMembership &S : K.Sets)
      Rem << ", in " << setKindName(S.Kind) << " '" << S.Set << "'";
    Rem << ": not pinned (-kfunc-btf-ids="
        << (Opts.BtfIds == BtfIdsMode::None ? "none" : "set8") << ")";
    return Rem;
  });
}

void Pinner::pinFunction(const KfuncInfo &K, Function &F, GlobalValue &Listed,
                         KfuncRecord &R) {
  auto Existing = RecordIndex.find(K.Name);
  bool HaveDefinedRecord = Existing != RecordIndex.end() &&
                           Records[Existing->second].wasDefined();
  unsigned Original =
      OriginalInlineMarks.try_emplace(&F, inlineMarks(F)).first->second;
  // The used lists are only appended to at the end of the run, so their
  // membership is still the front end's; F's attributes may not be (a first
  // alias of F may have pinned it already), hence Original.
  unsigned Marks =
      HaveDefinedRecord
          ? Records[Existing->second].FrontEnd
          : Original | (currentMarks(F, Listed, Lists) &
                        (FEUsed | FECompilerUsed));
  // An always_inline kfunc contradicts itself; pinning resolves it, and
  // kfunc-audit reports the `conflict` from the record.
  bool DroppedAlwaysInline = F.hasFnAttribute(Attribute::AlwaysInline);
  bool AttrChanged = makeNoInline(F);
  bool DidAppend = false;
  if (ListsUsable && !inTargetList(&Listed)) {
    ToAppend.push_back(&Listed);
    DidAppend = true;
  }
  Changed |= AttrChanged || DidAppend;

  if (HaveDefinedRecord) {
    R = Records[Existing->second];
  } else {
    R.FrontEnd = Marks;
    R.Type = Types.get(F.getFunctionType());
    R.CallingConv = F.getCallingConv();
    R.Loc = sourceLocation(F);
    if (&Listed != &F)
      R.State = PinState::Alias;
    else if (!AttrChanged && !DidAppend)
      R.State = PinState::AlreadyPinned;
    else
      R.State = PinState::Pinned;
  }
  remark(F, Listed, R, AttrChanged, DidAppend, DroppedAlwaysInline);
}

void Pinner::pin(const KfuncInfo &K, GlobalValue *GV) {
  KfuncRecord R;
  R.Name = K.Name;
  R.Sources = K.Sources;
  R.Sets = K.Sets;

  if (!GV)
    return; // Not in this module: nothing to pin or record.

  if (auto *F = dyn_cast<Function>(GV)) {
    if (F->isDeclaration() || F->hasAvailableExternallyLinkage()) {
      R.State = F->isDeclaration() ? PinState::Declaration
                                   : PinState::AvailableExternally;
      R.Type = Types.get(F->getFunctionType());
      R.CallingConv = F->getCallingConv();
      R.Loc = sourceLocation(*F);
    } else {
      pinFunction(K, *F, *F, R);
    }
  } else if (auto *GA = dyn_cast<GlobalAlias>(GV)) {
    auto *F = dyn_cast<Function>(GA->getAliasee()->stripPointerCastsAndAliases());
    if (!F || F->isDeclaration()) {
      warn("kfunc '" + K.Name +
           "' is an alias of something that is not a function defined in "
           "this module; not pinned");
      return;
    }
    pinFunction(K, *F, *GA, R);
  } else {
    StringRef What = isa<GlobalVariable>(GV) ? "a global variable"
                     : isa<GlobalIFunc>(GV)  ? "an ifunc"
                                             : "not a function";
    warn("kfunc '" + K.Name + "' (found by " + sourceNames(K.Sources) +
         ") names " + What + " in this module; not pinned");
    return;
  }

  // Merge with an existing record of this name (idempotence: a second run
  // keeps what the first one saw of the front end).
  auto Ins = RecordIndex.try_emplace(R.Name, Records.size());
  if (Ins.second) {
    Records.push_back(std::move(R));
    return;
  }
  mergeRecord(Records[Ins.first->second], R);
}

/// The options' and the asm's problems.
void Pinner::reportProblems() {
  for (const OptionProblem &P : Opts.Problems) {
    if (!P.FromParams && !ReportShared)
      continue;
    if (P.IsError)
      error(P.Message);
    else
      warn(P.Message);
  }
  if (ReportShared)
    for (const DiscoveryProblem &P : Found.Problems) {
      if (P.IsError)
        error(P.Message);
      else
        warn(P.Message);
    }
}

/// Read both used lists, or say why they cannot be read or extended safely.
/// appendToUsed assumes a well-formed list (the verifier's rules); a module
/// that breaks them gets a diagnostic here instead of a crash there.
/// Extending a list also needs appending linkage.
void Pinner::readUsedLists() {
  StringRef Target = usedListName(Opts.UsedList);
  for (UsedListKind K : UsedListKinds) {
    StringRef Name = usedListName(K);
    const GlobalVariable *GV = M.getNamedGlobal(Name);
    std::string Why =
        GV && GV->hasInitializer() && !GV->hasAppendingLinkage()
            ? "@" + Name.str() + " does not have appending linkage"
            : Lists.read(M, K);
    if (Why.empty())
      continue;
    error(Why + "; kfuncs cannot be added to @" + Target.str() +
          " (only made noinline)");
    ListsUsable = false;
  }
  if (!ListsUsable)
    Lists = UsedLists();
}

/// Rewrite the record only if it says something new, so that a second run
/// leaves the module byte-for-byte unchanged.
void Pinner::updateRecord(const std::vector<KfuncRecord> &Before,
                          unsigned Malformed) {
  bool RecordChanged = Malformed || Before != Records;
  const NamedMDNode *NMD = M.getNamedMetadata(RecordMDName);
  if (RecordChanged || (NMD && NMD->getNumOperands() != Records.size())) {
    Recorded.write(M, std::move(Records));
    Changed = true;
  }
}

bool Pinner::run() {
  KfuncTable Storage;
  const KfuncTable &Table = withListNames(Found.Table, Opts, Storage);
  reportProblems();
  readUsedLists();

  unsigned Malformed = Recorded.malformed(M);
  // What the module says now; pinning only changes the copy in Records.
  const std::vector<KfuncRecord> &Before = Recorded.all(M);
  Records = Before;
  if (Malformed)
    warn(Twine(Malformed) + " malformed !" + RecordMDName +
         " node(s) ignored");
  for (size_t I = 0; I != Records.size(); ++I)
    RecordIndex[Records[I].Name] = I;

  // Pinning adds and renames no global: every name is looked up first.
  std::vector<StringRef> Names;
  Names.reserve(Table.entries().size());
  for (const KfuncInfo &K : Table.entries())
    Names.push_back(K.Name);
  std::vector<GlobalValue *> Globals = lookUpGlobals(M, Names);
  for (size_t I = 0; I != Names.size(); ++I) {
    const KfuncInfo &K = Table.entries()[I];
    if (K.shouldPin(Opts))
      pin(K, Globals[I]);
    else
      remarkNotPinned(K, Globals[I]);
  }

  if (!ToAppend.empty()) {
    if (Opts.UsedList == UsedListKind::Used)
      appendToUsed(M, ToAppend);
    else
      appendToCompilerUsed(M, ToAppend);
  }
  updateRecord(Before, Malformed);
  return Changed;
}

} // namespace

PreservedAnalyses KfuncPreservePass::run(Module &M,
                                         ModuleAnalysisManager &MAM) {
  const Discovery &Found = MAM.getResult<DiscoveryAnalysis>(M).D;
  bool ReportShared = !ProblemsReported::testAndSet(M, MAM);
  PreserveRan::testAndSet(M, MAM);
  RecordsAnalysis::Result &Recorded = MAM.getResult<RecordsAnalysis>(M);
  if (!Pinner(M, Opts, Found, Recorded, ReportShared).run())
    return PreservedAnalyses::all();
  PreservedAnalyses PA = PreservedAnalyses::none();
  // Pinning never touches the module asm, nor anything discovery reads.
  PA.preserve<BtfIdsAnalysis>();
  PA.preserve<DiscoveryAnalysis>();
  PA.preserve<ProblemsReported>();
  PA.preserve<PreserveRan>();
  return PA;
}

void KfuncPreservePass::printPipeline(
    raw_ostream &OS, function_ref<StringRef(StringRef)> MapClassName2PassName) {
  static_cast<PassInfoMixin<KfuncPreservePass> *>(this)->printPipeline(
      OS, MapClassName2PassName);
  Opts.printPassParams(OS, KfuncPass::Preserve);
}

} // namespace kfunc
