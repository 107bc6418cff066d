//===- Record.cpp - The promise kfunc-preserve leaves behind --------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/Record.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/raw_ostream.h"

#include <unordered_map>

using namespace llvm;

namespace kfunc {

static constexpr StringLiteral RecordVersion = "kfunc.v1";

static const std::pair<PinState, StringLiteral> StateSpellings[] = {
    {PinState::Pinned, "pinned"},
    {PinState::AlreadyPinned, "already-pinned"},
    {PinState::Alias, "alias"},
    {PinState::Declaration, "declaration"},
    {PinState::AvailableExternally, "available-externally"},
};

StringRef pinStateName(PinState S) {
  for (const auto &P : StateSpellings)
    if (P.first == S)
      return P.second;
  return "pinned";
}

bool parsePinState(StringRef Name, PinState &S) {
  for (const auto &P : StateSpellings)
    if (P.second == Name) {
      S = P.first;
      return true;
    }
  return false;
}

static const std::pair<unsigned, StringLiteral> FrontEndSpellings[] = {
    {FENoInline, "noinline"},
    {FEUsed, "used"},
    {FECompilerUsed, "compiler-used"},
    {FEAlwaysInline, "alwaysinline"},
    {FEOptNone, "optnone"},
};

std::string frontEndNames(unsigned Marks) {
  std::string Out;
  for (const auto &P : FrontEndSpellings) {
    if (!(Marks & P.first))
      continue;
    if (!Out.empty())
      Out += ',';
    Out += P.second;
  }
  return Out;
}

unsigned parseFrontEndNames(StringRef Names) {
  unsigned Bits = 0;
  SmallVector<StringRef, 4> Parts;
  Names.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts)
    for (const auto &P : FrontEndSpellings)
      if (Part == P.second)
        Bits |= P.first;
  return Bits;
}

/// The keys of a record node, in the order they are written.
enum RecordKey : unsigned {
  KeyName,
  KeySources,
  KeyState,
  KeyType,
  KeyCC,
  KeyFrontEnd,
  KeyLoc,
  KeySets,
  NumRecordKeys
};

static constexpr StringLiteral RecordKeyNames[NumRecordKeys] = {
    "name", "sources", "state", "type", "cc", "front-end", "loc", "sets"};

namespace {

/// The key strings of a context, looked up once per read or write: a
/// record's keys are then told apart by pointer.
struct RecordKeys {
  explicit RecordKeys(LLVMContext &Ctx) {
    for (unsigned K = 0; K != NumRecordKeys; ++K)
      Keys[K] = MDString::get(Ctx, RecordKeyNames[K]);
  }
  MDString *operator[](RecordKey K) const { return Keys[K]; }
  /// The key \p MD is, or NumRecordKeys for one this version does not know.
  unsigned find(const Metadata *MD) const {
    for (unsigned K = 0; K != NumRecordKeys; ++K)
      if (Keys[K] == MD)
        return K;
    return NumRecordKeys;
  }

private:
  MDString *Keys[NumRecordKeys];
};

} // namespace

//===----------------------------------------------------------------------===//
// Writing
//===----------------------------------------------------------------------===//

namespace {

/// Builds record nodes. Most strings and numbers of a record recur in every
/// record (the keys, states, source names, set names, types): those are
/// looked up in the context once per writeRecords, then in a small cache.
class NodeBuilder {
public:
  explicit NodeBuilder(LLVMContext &Ctx) : Ctx(Ctx), Keys(Ctx) {}

  Metadata *str(StringRef S) { return MDString::get(Ctx, S); }
  Metadata *shared(StringRef S) {
    MDString *&MD = Strings[S];
    if (!MD)
      MD = MDString::get(Ctx, S);
    return MD;
  }
  /// The spelling of \p Bits by \p Spell, once per distinct value.
  Metadata *spelled(DenseMap<unsigned, Metadata *> &Cache, unsigned Bits,
                    std::string (*Spell)(unsigned)) {
    Metadata *&MD = Cache[Bits];
    if (!MD)
      MD = str(Spell(Bits));
    return MD;
  }
  Metadata *i64(uint64_t V) {
    Metadata *&MD = Ints[V];
    if (!MD)
      MD = ConstantAsMetadata::get(
          ConstantInt::get(Type::getInt64Ty(Ctx), V));
    return MD;
  }
  Metadata *optI64(const std::optional<uint64_t> &V) {
    return V ? i64(*V) : shared("");
  }

  MDNode *record(const KfuncRecord &R) {
    SmallVector<Metadata *, 20> Ops = {
        shared(RecordVersion),
        Keys[KeyName],     str(R.Name),
        Keys[KeySources],  spelled(SourceStrings, R.Sources, sourceNames),
        Keys[KeyState],    shared(pinStateName(R.State)),
        Keys[KeyType],     shared(R.Type),
        Keys[KeyCC],       i64(R.CallingConv),
        Keys[KeyFrontEnd], spelled(FrontEndStrings, R.FrontEnd, frontEndNames),
        Keys[KeyLoc],      str(R.Loc)};
    SmallVector<Metadata *, 4> Sets;
    for (const SetMembership &S : R.Sets)
      Sets.push_back(MDTuple::get(
          Ctx, {shared(S.Set), shared(setKindName(S.Kind)),
                optI64(S.SetFlags), optI64(S.Flags), shared(S.FlagsText)}));
    Ops.push_back(Keys[KeySets]);
    Ops.push_back(MDTuple::get(Ctx, Sets));
    return MDTuple::get(Ctx, Ops);
  }

private:
  LLVMContext &Ctx;
  RecordKeys Keys;
  StringMap<MDString *> Strings;
  DenseMap<unsigned, Metadata *> SourceStrings, FrontEndStrings;
  std::unordered_map<uint64_t, Metadata *> Ints; // Any value may occur.
};

} // namespace

/// The identity of \p SourceFileName in RecordOwnerMDName.
static uint64_t recordOwnerId(StringRef SourceFileName) {
  return MD5Hash(SourceFileName);
}

void writeRecords(Module &M, ArrayRef<KfuncRecord> Records) {
  NamedMDNode *NMD = M.getNamedMetadata(RecordMDName);
  if (!NMD && Records.empty())
    return;
  if (!NMD)
    NMD = M.getOrInsertNamedMetadata(RecordMDName);
  NMD->clearOperands();
  NodeBuilder B(M.getContext());
  SmallVector<Metadata *, 16> Owned = {B.i64(recordOwnerId(M.getSourceFileName()))};
  for (const KfuncRecord &R : Records) {
    MDNode *N = B.record(R);
    NMD->addOperand(N);
    Owned.push_back(N);
  }
  NamedMDNode *Owner = M.getOrInsertNamedMetadata(RecordOwnerMDName);
  Owner->clearOperands();
  Owner->addOperand(MDTuple::get(M.getContext(), Owned));
}

//===----------------------------------------------------------------------===//
// Reading
//===----------------------------------------------------------------------===//

static StringRef mdString(const Metadata *MD) {
  if (const auto *S = dyn_cast_or_null<MDString>(MD))
    return S->getString();
  return "";
}

static std::optional<uint64_t> mdInt(const Metadata *MD) {
  if (const auto *C = dyn_cast_or_null<ConstantAsMetadata>(MD))
    if (const auto *CI = dyn_cast<ConstantInt>(C->getValue()))
      if (CI->getBitWidth() <= 64)
        return CI->getZExtValue();
  return std::nullopt;
}

static SetKind parseSetKind(StringRef S) {
  return S == "set8" ? SetKind::Set8 : S == "set" ? SetKind::Set
                                                  : SetKind::None;
}

namespace {
/// The parsed value of each distinct "sources" and "front-end" string of a
/// read: every record of a module repeats a few of them.
struct NameBitsCache {
  DenseMap<const Metadata *, unsigned> Sources, FrontEnd;

  unsigned sources(const Metadata *V) {
    auto Ins = Sources.try_emplace(V, 0);
    if (Ins.second)
      Ins.first->second = parseSourceNames(mdString(V));
    return Ins.first->second;
  }
  unsigned frontEnd(const Metadata *V) {
    auto Ins = FrontEnd.try_emplace(V, 0);
    if (Ins.second)
      Ins.first->second = parseFrontEndNames(mdString(V));
    return Ins.first->second;
  }
};
} // namespace

static bool parseSets(const Metadata *V, std::vector<SetMembership> &Out) {
  const auto *Sets = dyn_cast_or_null<MDTuple>(V);
  if (!Sets)
    return false;
  for (const MDOperand &Op : Sets->operands()) {
    const auto *S = dyn_cast_or_null<MDTuple>(Op.get());
    if (!S || S->getNumOperands() < 5)
      return false;
    SetMembership M;
    M.Set = mdString(S->getOperand(0)).str();
    M.Kind = parseSetKind(mdString(S->getOperand(1)));
    M.SetFlags = mdInt(S->getOperand(2));
    M.Flags = mdInt(S->getOperand(3));
    M.FlagsText = mdString(S->getOperand(4)).str();
    Out.push_back(std::move(M));
  }
  return true;
}

static bool parseRecord(const MDNode *N, const RecordKeys &Keys,
                        KfuncRecord &R, NameBitsCache &Bits) {
  if (!N || N->getNumOperands() < 3 ||
      mdString(N->getOperand(0)) != RecordVersion)
    return false;
  bool HaveState = false;
  for (unsigned I = 1; I + 1 < N->getNumOperands(); I += 2) {
    const Metadata *V = N->getOperand(I + 1);
    switch (Keys.find(N->getOperand(I))) {
    case KeyName:
      R.Name = mdString(V).str();
      break;
    case KeySources:
      R.Sources = Bits.sources(V);
      break;
    case KeyState:
      HaveState = parsePinState(mdString(V), R.State);
      break;
    case KeyType:
      R.Type = mdString(V).str();
      break;
    case KeyCC:
      R.CallingConv = static_cast<unsigned>(mdInt(V).value_or(0));
      break;
    case KeyFrontEnd:
      R.FrontEnd = Bits.frontEnd(V);
      break;
    case KeyLoc:
      R.Loc = mdString(V).str();
      break;
    case KeySets:
      if (!parseSets(V, R.Sets))
        return false;
      break;
    default: // A key of a later version.
      break;
    }
  }
  return !R.Name.empty() && HaveState;
}

void mergeRecord(KfuncRecord &Into, const KfuncRecord &From) {
  unsigned Sources = Into.Sources | From.Sources;
  std::vector<SetMembership> Sets = Into.Sets;
  for (const SetMembership &S : From.Sets)
    if (std::find(Sets.begin(), Sets.end(), S) == Sets.end())
      Sets.push_back(S);
  // The record made where the kfunc was defined knows its front-end marks
  // and type; it wins over one made where it was only declared.
  if (!Into.wasDefined() && From.wasDefined())
    Into = From;
  Into.Sources = Sources;
  Into.Sets = std::move(Sets);
}

/// The operand of record \p N that holds its name, or null.
static const Metadata *recordName(const MDNode *N, const RecordKeys &Keys) {
  for (unsigned I = 1; I + 1 < N->getNumOperands(); I += 2)
    if (N->getOperand(I) == Keys[KeyName])
      return N->getOperand(I + 1);
  return nullptr;
}

/// The names (their MDStrings) of the records \p M wrote itself, or nullopt
/// when its records say nothing of their owner (then all count).
static std::optional<SmallPtrSet<const Metadata *, 16>>
ownRecordNames(const Module &M, const RecordKeys &Keys) {
  const NamedMDNode *Owner = M.getNamedMetadata(RecordOwnerMDName);
  if (!Owner)
    return std::nullopt;
  SmallPtrSet<const Metadata *, 16> Names;
  uint64_t Me = recordOwnerId(M.getSourceFileName());
  for (const MDNode *N : Owner->operands()) {
    const auto *Id = N && N->getNumOperands()
                         ? mdconst::dyn_extract_or_null<ConstantInt>(
                               N->getOperand(0))
                         : nullptr;
    if (!Id || Id->getBitWidth() > 64 || Id->getZExtValue() != Me)
      continue;
    for (unsigned I = 1, E = N->getNumOperands(); I != E; ++I)
      if (const auto *R = dyn_cast_or_null<MDNode>(N->getOperand(I).get()))
        if (const Metadata *Name = recordName(R, Keys))
          Names.insert(Name);
  }
  return Names;
}

std::vector<KfuncRecord> readRecords(const Module &M, unsigned *Malformed,
                                     bool OwnOnly) {
  std::vector<KfuncRecord> Out;
  if (Malformed)
    *Malformed = 0;
  const NamedMDNode *NMD = M.getNamedMetadata(RecordMDName);
  if (!NMD)
    return Out;
  StringMap<size_t> Index;
  NameBitsCache Bits;
  RecordKeys Keys(M.getContext());
  std::optional<SmallPtrSet<const Metadata *, 16>> Own;
  if (OwnOnly)
    Own = ownRecordNames(M, Keys);
  for (const MDNode *N : NMD->operands()) {
    if (Own && N && !Own->count(recordName(N, Keys)))
      continue;
    KfuncRecord R;
    if (!parseRecord(N, Keys, R, Bits)) {
      if (Malformed)
        ++*Malformed;
      continue;
    }
    auto Ins = Index.try_emplace(R.Name, Out.size());
    if (Ins.second)
      Out.push_back(std::move(R));
    else
      mergeRecord(Out[Ins.first->second], R);
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// The analysis
//===----------------------------------------------------------------------===//

/// The nodes of \p M's named metadata \p Name, in order.
static std::vector<const MDNode *> nodesOf(const Module &M, StringRef Name) {
  std::vector<const MDNode *> Out;
  if (const NamedMDNode *NMD = M.getNamedMetadata(Name))
    Out.assign(NMD->op_begin(), NMD->op_end());
  return Out;
}

/// Whether \p M's named metadata \p Name holds exactly \p Nodes.
static bool holdsNodes(const Module &M, StringRef Name,
                       ArrayRef<const MDNode *> Nodes) {
  const NamedMDNode *NMD = M.getNamedMetadata(Name);
  if ((NMD ? NMD->getNumOperands() : 0) != Nodes.size())
    return false;
  for (size_t I = 0; I != Nodes.size(); ++I)
    if (NMD->getOperand(I) != Nodes[I])
      return false;
  return true;
}

void RecordsAnalysis::Result::snapshot(const Module &M) {
  Nodes = nodesOf(M, RecordMDName);
  OwnerNodes = nodesOf(M, RecordOwnerMDName);
  SourceFileName = M.getSourceFileName();
}

const std::vector<KfuncRecord> &RecordsAnalysis::Result::all(const Module &M) {
  if (!All)
    All = readRecords(M, &Malformed);
  return *All;
}

unsigned RecordsAnalysis::Result::malformed(const Module &M) {
  all(M);
  return Malformed;
}

const std::vector<KfuncRecord> &RecordsAnalysis::Result::own(const Module &M) {
  if (OwnIsAll)
    return *All;
  if (!Own)
    Own = readRecords(M, /*Malformed=*/nullptr, /*OwnOnly=*/true);
  return *Own;
}

void RecordsAnalysis::Result::write(Module &M,
                                    std::vector<KfuncRecord> Records) {
  writeRecords(M, Records);
  // A record does not keep the asm line of a set.
  for (KfuncRecord &R : Records)
    for (SetMembership &S : R.Sets)
      S.Line = 0;
  All = std::move(Records);
  // writeRecords names this module the owner of every record it writes.
  Own.reset();
  OwnIsAll = true;
  Malformed = 0;
  snapshot(M);
}

bool RecordsAnalysis::Result::invalidate(
    Module &M, const PreservedAnalyses &,
    ModuleAnalysisManager::Invalidator &) {
  return M.getSourceFileName() != SourceFileName ||
         !holdsNodes(M, RecordMDName, Nodes) ||
         !holdsNodes(M, RecordOwnerMDName, OwnerNodes);
}

AnalysisKey RecordsAnalysis::Key;

RecordsAnalysis::Result RecordsAnalysis::run(Module &M,
                                             ModuleAnalysisManager &) {
  Result R;
  R.snapshot(M);
  return R;
}

} // namespace kfunc
