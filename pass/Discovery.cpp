//===- Discovery.cpp - Find the kfuncs a module names ---------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// One walk over llvm.global.annotations, one over the functions (attributes
// and decl tags), one parse of the module asm, and the user's lists. Each
// name is looked up in a hash table; nothing here is quadratic.
//
//===----------------------------------------------------------------------===//

#include "kfunc/Discovery.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/Attributes.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace kfunc {

static constexpr StringLiteral KfuncTag = "bpf_kfunc";
/// The key of a decl tag in a DISubprogram's annotations.
static constexpr StringLiteral DeclTagKey = "btf_decl_tag";

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

/// Add the `func` entries of parsed BTF tables to \p Table.
static void addBtfIdEntries(KfuncTable &Table, const BtfIdTables &Tables) {
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
    K.addSet(SetMembership(E));
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
    if (Key && Val && Key->getString() == DeclTagKey &&
        Val->getString() == KfuncTag)
      return true;
  }
  return false;
}

/// Whether any module of \p Ctx can carry `btf_decl_tag("bpf_kfunc")`. Clang
/// writes the tag as a uniqued (key, value) tuple: if the context holds no
/// such tuple, no subprogram names it, and discovery reads no subprogram.
/// (Linux's `__bpf_kfunc` has no decl tag: a kernel compile never reads them.)
/// Asking adds the two strings to the context, which changes no module.
static bool mayHaveKfuncDeclTag(LLVMContext &Ctx) {
  Metadata *Pair[] = {MDString::get(Ctx, DeclTagKey),
                      MDString::get(Ctx, KfuncTag)};
  return MDTuple::getIfExists(Ctx, Pair) != nullptr;
}

namespace {
/// A function discovery found marked, and where it is in the module.
struct MarkedFunction {
  size_t Position;
  const Function *F;
  unsigned Sources;
};
} // namespace

static void discoverFunctionMarks(const Module &M, KfuncTable &Table) {
  bool DeclTags = mayHaveKfuncDeclTag(M.getContext());
  // Functions share attribute lists: each distinct one is asked once.
  SmallDenseMap<AttributeList, bool, 64> HasAttr;
  std::vector<MarkedFunction> Marked, WithMetadata;
  size_t Position = 0;
  for (const Function &F : M) {
    auto Ins = HasAttr.try_emplace(F.getAttributes(), false);
    if (Ins.second)
      Ins.first->second = Ins.first->first.hasFnAttr(KfuncTag);
    if (Ins.first->second)
      Marked.push_back({Position, &F, SrcAttribute});
    if (DeclTags && F.hasMetadata())
      WithMetadata.push_back({Position, &F, 0});
    ++Position;
  }
  // A function's subprogram is a hash lookup that misses the cache; made
  // apart from the walk, the lookups of many functions overlap.
  std::vector<const DISubprogram *> SPs(WithMetadata.size());
  for (size_t I = 0; I != WithMetadata.size(); ++I)
    SPs[I] = WithMetadata[I].F->getSubprogram();
  for (size_t I = 0; I != SPs.size(); ++I)
    if (SPs[I] && hasKfuncDeclTag(SPs[I]))
      Marked.push_back({WithMetadata[I].Position, WithMetadata[I].F,
                        SrcDeclTag});
  // Into the table in the order of the functions.
  llvm::stable_sort(Marked, [](const MarkedFunction &A,
                               const MarkedFunction &B) {
    return A.Position < B.Position;
  });
  for (const MarkedFunction &MF : Marked)
    Table.getOrInsert(MF.F->getName()).Sources |= MF.Sources;
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
