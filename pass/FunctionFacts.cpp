//===- FunctionFacts.cpp - What is read off a function --------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/FunctionFacts.h"

#include "llvm/IR/CallingConv.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace kfunc {

//===----------------------------------------------------------------------===//
// Canonical types
//===----------------------------------------------------------------------===//

static void printCanonical(raw_ostream &OS, Type *T) {
  if (auto *IT = dyn_cast<IntegerType>(T)) { // As Type::print, but cheaper.
    OS << 'i' << IT->getBitWidth();
    return;
  }
  if (auto *PT = dyn_cast<PointerType>(T)) {
    OS << "ptr";
    if (unsigned AS = PT->getAddressSpace())
      OS << " addrspace(" << AS << ")";
    return;
  }
  if (auto *ST = dyn_cast<StructType>(T)) {
    if (ST->isOpaque()) {
      OS << "opaque";
      return;
    }
    OS << (ST->isPacked() ? "<{" : "{");
    for (unsigned I = 0, E = ST->getNumElements(); I != E; ++I) {
      OS << (I ? ", " : " ");
      printCanonical(OS, ST->getElementType(I));
    }
    OS << (ST->getNumElements() ? " " : "") << (ST->isPacked() ? "}>" : "}");
    return;
  }
  if (auto *AT = dyn_cast<ArrayType>(T)) {
    OS << "[" << AT->getNumElements() << " x ";
    printCanonical(OS, AT->getElementType());
    OS << "]";
    return;
  }
  T->print(OS);
}

std::string canonicalFunctionType(const FunctionType *FT) {
  std::string S;
  raw_string_ostream OS(S);
  printCanonical(OS, FT->getReturnType());
  OS << " (";
  for (unsigned I = 0, E = FT->getNumParams(); I != E; ++I) {
    if (I)
      OS << ", ";
    printCanonical(OS, FT->getParamType(I));
  }
  if (FT->isVarArg())
    OS << (FT->getNumParams() ? ", ..." : "...");
  OS << ")";
  OS.flush();
  return S;
}

const std::string &CanonicalTypes::get(const FunctionType *FT) {
  auto Ins = Spelled.try_emplace(FT);
  if (Ins.second)
    Ins.first->second = canonicalFunctionType(FT);
  return Ins.first->second;
}

//===----------------------------------------------------------------------===//
// Calling convention and source location
//===----------------------------------------------------------------------===//

std::string callingConvName(unsigned CC) {
  switch (CC) {
  case CallingConv::C:
    return "ccc";
  case CallingConv::Fast:
    return "fastcc";
  case CallingConv::Cold:
    return "coldcc";
  case CallingConv::Tail:
    return "tailcc";
  case CallingConv::PreserveMost:
    return "preserve_mostcc";
  case CallingConv::PreserveAll:
    return "preserve_allcc";
  default:
    return "cc" + std::to_string(CC);
  }
}

std::string sourceLocation(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP || SP->getFilename().empty())
    return "";
  std::string Loc = SP->getFilename().str();
  Loc += ':';
  Loc += std::to_string(SP->getLine());
  return Loc;
}

//===----------------------------------------------------------------------===//
// Front-end marks and used lists
//===----------------------------------------------------------------------===//

/// Why @\p Name cannot be read as a list of globals, or "" if it can or does
/// not exist; the members of one that can are added to \p Into.
/// One walk both checks the list and reads it: collectUsedGlobalVariables
/// reads the same members but assumes the verifier's rules, which a module
/// given to opt need not follow.
static std::string readUsedList(const Module &M, StringRef Name,
                                SmallPtrSetImpl<const GlobalValue *> &Into) {
  const GlobalVariable *GV = M.getNamedGlobal(Name);
  if (!GV || !GV->hasInitializer())
    return "";
  const auto *Arr = dyn_cast<ConstantArray>(GV->getInitializer());
  if (!Arr) {
    if (isa<ConstantAggregateZero>(GV->getInitializer()) &&
        GV->getValueType()->isArrayTy())
      return "@" + Name.str() + " is a zeroinitializer, not a list";
    return "@" + Name.str() + " is not an array";
  }
  for (const Use &U : Arr->operands()) {
    // Opaque pointers (LLVM 15+) list the globals themselves.
    const Value *V = U.get();
    const auto *Member = dyn_cast<GlobalValue>(V);
    if (!Member)
      Member = dyn_cast<GlobalValue>(V->stripPointerCasts());
    if (!Member)
      return "@" + Name.str() + " holds an entry that is not a global";
    Into.insert(Member);
  }
  return "";
}

StringRef usedListName(UsedListKind K) {
  return K == UsedListKind::Used ? "llvm.used" : "llvm.compiler.used";
}

std::string UsedLists::read(const Module &M, UsedListKind K) {
  return readUsedList(M, usedListName(K),
                      K == UsedListKind::Used ? Used : CompilerUsed);
}

std::vector<std::string> UsedLists::collect(const Module &M) {
  std::vector<std::string> Problems;
  for (UsedListKind K : UsedListKinds) {
    std::string Why = read(M, K);
    if (!Why.empty())
      Problems.push_back(std::move(Why));
  }
  if (!Problems.empty())
    *this = UsedLists();
  return Problems;
}

unsigned inlineMarks(const Function &F) {
  unsigned Marks = 0;
  if (F.hasFnAttribute(Attribute::NoInline))
    Marks |= FENoInline;
  if (F.hasFnAttribute(Attribute::AlwaysInline))
    Marks |= FEAlwaysInline;
  if (F.hasFnAttribute(Attribute::OptimizeNone))
    Marks |= FEOptNone;
  return Marks;
}

unsigned currentMarks(const Function &F, const GlobalValue &Listed,
                      const UsedLists &L) {
  unsigned Marks = inlineMarks(F);
  if (L.Used.count(&Listed) || L.Used.count(&F))
    Marks |= FEUsed;
  if (L.CompilerUsed.count(&Listed) || L.CompilerUsed.count(&F))
    Marks |= FECompilerUsed;
  return Marks;
}

std::vector<GlobalValue *> lookUpGlobals(const Module &M,
                                         ArrayRef<StringRef> Names) {
  std::vector<GlobalValue *> Out(Names.size());
  for (size_t I = 0; I != Names.size(); ++I)
    Out[I] = M.getNamedValue(Names[I]);
  return Out;
}

} // namespace kfunc
