//===- Discovery.cpp - Find the kfuncs a module names ---------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One walk over llvm.global.annotations, one over the functions (attributes
// and decl tags), one parse of the module asm, and the user's lists. Each
// name is looked up in a hash table; nothing here is quadratic.
//
//===----------------------------------------------------------------------===//

#include "kfunc/Discovery.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace kfunc {

static constexpr StringLiteral KfuncTag = "bpf_kfunc";

static const std::pair<unsigned, StringLiteral> SourceSpellings[] = {
    {SrcAnnotate, "annotate"}, {SrcDeclTag, "decl-tag"},
    {SrcAttribute, "attribute"}, {SrcBtfSet8, "btf-set8"},
    {SrcBtfId, "btf-id"},       {SrcList, "list"},
    {SrcBtfDtor, "btf-dtor"},
};

std::string sourceNames(unsigned Sources) {
  std::string Out;
  for (const auto &S : SourceSpellings) {
    if (!(Sources & S.first))
      continue;
    if (!Out.empty())
      Out += ',';
    Out += S.second;
  }
  return Out;
}

unsigned parseSourceNames(StringRef Names) {
  unsigned Bits = 0;
  SmallVector<StringRef, 8> Parts;
  Names.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef P : Parts)
    for (const auto &S : SourceSpellings)
      if (P.trim() == S.second)
        Bits |= S.first;
  return Bits;
}

bool KfuncInfo::shouldPin(const KfuncOptions &Opts) const {
  if (Sources & (SrcAnnotations | SrcList))
    return true;
  if ((Sources & (SrcBtfSet8 | SrcBtfDtor)) && Opts.BtfIds != BtfIdsMode::None)
    return true;
  return (Sources & SrcBtfId) && Opts.BtfIds == BtfIdsMode::All;
}

void KfuncInfo::addSet(const SetMembership &S) {
  for (const SetMembership &Existing : Sets)
    if (Existing == S)
      return;
  Sets.push_back(S);
}

KfuncInfo &KfuncTable::getOrInsert(StringRef Name) {
  auto Ins = Index.try_emplace(Name, Entries.size());
  if (Ins.second) {
    Entries.emplace_back();
    Entries.back().Name = Name.str();
  }
  return Entries[Ins.first->second];
}

const KfuncInfo *KfuncTable::lookup(StringRef Name) const {
  auto It = Index.find(Name);
  return It == Index.end() ? nullptr : &Entries[It->second];
}

/// E is the destructor of a (type, destructor) pair of a BTF_ID_LIST: a func
/// entry right after a struct entry of the same list. In Linux 6.1 and 6.12
/// that shape occurs in the destructor lists only.
static bool isDtorEntry(const BtfIdEntry &E, const BtfIdEntry *Prev) {
  return E.isFunc() && E.InSet == SetKind::None && !E.SetName.empty() &&
         Prev && Prev->Kind == "struct" && Prev->InSet == SetKind::None &&
         Prev->SetName == E.SetName;
}

void addBtfIdEntries(KfuncTable &Table, const BtfIdTables &Tables) {
  const BtfIdEntry *Prev = nullptr;
  for (const BtfIdEntry &E : Tables.Entries) {
    bool Dtor = isDtorEntry(E, Prev);
    Prev = &E;
    if (!E.isFunc())
      continue;
    KfuncInfo &K = Table.getOrInsert(E.Name);
    K.Sources |= E.isInSet8() ? SrcBtfSet8 : SrcBtfId;
    if (Dtor)
      K.Sources |= SrcBtfDtor;
    SetMembership S;
    S.Set = E.SetName;
    S.Kind = E.InSet;
    S.SetFlags = E.SetFlags;
    S.Flags = E.Flags;
    S.FlagsText = E.FlagsText;
    S.Line = E.Line;
    K.addSet(S);
  }
}

/// The C string a global holds, or "" if it holds none.
static StringRef cStringOf(const Value *V) {
  const auto *GV = dyn_cast<GlobalVariable>(V->stripPointerCasts());
  if (!GV || !GV->hasInitializer())
    return "";
  const auto *CDS = dyn_cast<ConstantDataSequential>(GV->getInitializer());
  if (!CDS || !CDS->isCString())
    return "";
  return CDS->getAsCString();
}

/// `__attribute__((annotate("bpf_kfunc")))`: { ptr fn, ptr str, ptr file,
/// i32 line, ptr args } entries in @llvm.global.annotations. Typed pointers
/// (LLVM 14) wrap both pointers in bitcasts/GEPs; stripPointerCasts sees
/// through either form.
static void discoverAnnotations(const Module &M, KfuncTable &Table) {
  const GlobalVariable *GA = M.getNamedGlobal("llvm.global.annotations");
  if (!GA || !GA->hasInitializer())
    return;
  const auto *Arr = dyn_cast<ConstantArray>(GA->getInitializer());
  if (!Arr)
    return;
  for (const Use &U : Arr->operands()) {
    const auto *CS = dyn_cast<ConstantStruct>(U.get());
    if (!CS || CS->getNumOperands() < 2)
      continue;
    const auto *GV = dyn_cast<GlobalValue>(CS->getOperand(0)->stripPointerCasts());
    if (!GV || !GV->hasName())
      continue;
    if (cStringOf(CS->getOperand(1)) == KfuncTag)
      Table.getOrInsert(GV->getName()).Sources |= SrcAnnotate;
  }
}

/// True if \p SP carries `btf_decl_tag("bpf_kfunc")`.
static bool hasKfuncDeclTag(const DISubprogram *SP) {
  const auto *Annotations = dyn_cast_or_null<MDTuple>(SP->getRawAnnotations());
  if (!Annotations)
    return false;
  for (const MDOperand &Op : Annotations->operands()) {
    const auto *Pair = dyn_cast_or_null<MDTuple>(Op.get());
    if (!Pair || Pair->getNumOperands() != 2)
      continue;
    const auto *Key = dyn_cast_or_null<MDString>(Pair->getOperand(0).get());
    const auto *Val = dyn_cast_or_null<MDString>(Pair->getOperand(1).get());
    if (Key && Val && Key->getString() == "btf_decl_tag" &&
        Val->getString() == KfuncTag)
      return true;
  }
  return false;
}

static void discoverFunctionMarks(const Module &M, KfuncTable &Table) {
  for (const Function &F : M) {
    unsigned Bits = 0;
    if (F.hasFnAttribute(KfuncTag))
      Bits |= SrcAttribute;
    if (const DISubprogram *SP = F.getSubprogram())
      if (hasKfuncDeclTag(SP))
        Bits |= SrcDeclTag;
    if (Bits)
      Table.getOrInsert(F.getName()).Sources |= Bits;
  }
}

/// The user's names (-kfunc and the list files, read and checked when the
/// options were resolved).
static void discoverLists(const KfuncOptions &Opts, KfuncTable &Table) {
  for (const std::string &Name : Opts.Names)
    Table.getOrInsert(Name).Sources |= SrcList;
  for (const std::string &Name : Opts.ListNames)
    Table.getOrInsert(Name).Sources |= SrcList;
}

AnalysisKey BtfIdsAnalysis::Key;

BtfIdsAnalysis::Result BtfIdsAnalysis::run(Module &M,
                                           ModuleAnalysisManager &) {
  Result R;
  R.Asm = M.getModuleInlineAsm();
  R.Tables = parseBtfIds(R.Asm);
  return R;
}

bool BtfIdsAnalysis::Result::invalidate(
    Module &M, const PreservedAnalyses &,
    ModuleAnalysisManager::Invalidator &) {
  return M.getModuleInlineAsm() != Asm;
}

Discovery discoverModuleKfuncs(const Module &M, const BtfIdTables &Tables) {
  Discovery D;
  discoverAnnotations(M, D.Table);
  discoverFunctionMarks(M, D.Table);
  for (const BtfIdProblem &P : Tables.Problems)
    D.Problems.push_back({false, "module asm line " + std::to_string(P.Line) +
                                     ": " + P.Message});
  addBtfIdEntries(D.Table, Tables);
  return D;
}

const KfuncTable &withListNames(const KfuncTable &Found,
                                const KfuncOptions &Opts, KfuncTable &Storage) {
  if (Opts.Names.empty() && Opts.ListNames.empty())
    return Found;
  Storage = Found;
  discoverLists(Opts, Storage);
  return Storage;
}

AnalysisKey DiscoveryAnalysis::Key;

DiscoveryAnalysis::Result DiscoveryAnalysis::run(Module &M,
                                                 ModuleAnalysisManager &MAM) {
  return {discoverModuleKfuncs(M, MAM.getResult<BtfIdsAnalysis>(M).Tables)};
}

bool DiscoveryAnalysis::Result::invalidate(
    Module &M, const PreservedAnalyses &PA,
    ModuleAnalysisManager::Invalidator &Inv) {
  auto PAC = PA.getChecker<DiscoveryAnalysis>();
  return !(PAC.preserved() || PAC.preservedSet<AllAnalysesOn<Module>>()) ||
         Inv.invalidate<BtfIdsAnalysis>(M, PA);
}

} // namespace kfunc
