//===- kfunc/FunctionFacts.h - What is read off a function -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// What kfunc-preserve records of a kfunc and kfunc-audit compares later, as
// read off the function in the module: its canonical type, its calling
// convention's name, its source location, the front end's marks on it and
// its membership in the used lists. Both passes and the report use these.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_FUNCTIONFACTS_H
#define KFUNC_FUNCTIONFACTS_H

#include "kfunc/Options.h"
#include "kfunc/Record.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace llvm {
class Function;
class FunctionType;
class GlobalValue;
class Module;
} // namespace llvm

namespace kfunc {

/// A spelling of a function type that survives bitcode round trips, LTO
/// type renaming (%struct.foo.12) and typed vs opaque pointers: pointers are
/// "ptr" (with their address space), named structs are spelled out.
std::string canonicalFunctionType(const llvm::FunctionType *FT);

/// canonicalFunctionType(), spelled once per type: a module has far fewer
/// function types than kfuncs.
class CanonicalTypes {
public:
  const std::string &get(const llvm::FunctionType *FT);

private:
  std::unordered_map<const llvm::FunctionType *, std::string> Spelled;
};

/// "ccc", "fastcc", "coldcc", ... or "cc<N>" for calling convention \p CC.
std::string callingConvName(unsigned CC);

/// "file:line" of \p F's DISubprogram, or "" without debug info.
std::string sourceLocation(const llvm::Function &F);

/// The IR name of the used list \p K: "llvm.used" or "llvm.compiler.used".
llvm::StringRef usedListName(UsedListKind K);

/// Both used lists, in the order they are read and reported.
constexpr UsedListKind UsedListKinds[] = {UsedListKind::Used,
                                          UsedListKind::CompilerUsed};

/// The members of @llvm.used and @llvm.compiler.used.
struct UsedLists {
  llvm::SmallPtrSet<const llvm::GlobalValue *, 32> Used, CompilerUsed;

  /// Read both lists. Returns why each that is not a list of globals (not
  /// an array, or an entry that is not a global) cannot be read; if any
  /// cannot, neither is read.
  std::vector<std::string> collect(const llvm::Module &M);
  /// Read the used list \p K. Returns why it cannot be read (then some of
  /// its members may have been read), or "".
  std::string read(const llvm::Module &M, UsedListKind K);
};

/// The FrontEndMark bits \p F carries now: its inlining attributes, and
/// whether it or \p Listed (the name the kfunc is listed under: \p F, or an
/// alias of it) is in a used list.
unsigned currentMarks(const llvm::Function &F, const llvm::GlobalValue &Listed,
                      const UsedLists &L);

/// The FENoInline/FEAlwaysInline/FEOptNone bits of \p F alone.
unsigned inlineMarks(const llvm::Function &F);

/// The global named by each of \p Names in \p M, or null. Each lookup
/// misses the cache; made in a row, apart from the work on what they find,
/// the lookups overlap.
std::vector<llvm::GlobalValue *>
lookUpGlobals(const llvm::Module &M, llvm::ArrayRef<llvm::StringRef> Names);

} // namespace kfunc

#endif // KFUNC_FUNCTIONFACTS_H
