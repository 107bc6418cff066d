//===- kfunc/Record.h - The promise kfunc-preserve leaves behind -*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-preserve writes what it pinned into the named metadata
// !kfunc.preserve, one node per kfunc. kfunc-audit reads it back later in the
// same pipeline, after bitcode write/read, or after LTO has concatenated the
// records of many modules, and checks that each promise was kept.
//
// Layout of one node (version 1), a flat key/value list:
//
//   !{!"kfunc.v1", !"name", !"bpf_foo",
//     !"sources", !"annotate,btf-set8",
//     !"state", !"pinned",              ; pinned|already-pinned|alias|
//                                       ; declaration|available-externally
//     !"type", !"i32 (ptr, i64)",       ; canonical type when pinned
//     !"cc", i32 0,                     ; calling convention when pinned
//     !"front-end", !"noinline,used",   ; what the front end had done
//     !"loc", !"kernel/bpf/cpumask.c:42",
//     !"sets", !{!{!"set", !"set8", i64 setflags|!"", i64 flags|!"", !"text"}}}
//
// Keys may be added in later versions; readers ignore keys they don't know.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_RECORD_H
#define KFUNC_RECORD_H

#include "kfunc/Discovery.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"

#include <optional>
#include <string>
#include <vector>

namespace llvm {
class MDNode;
class Module;
} // namespace llvm

namespace kfunc {

constexpr const char *RecordMDName = "kfunc.preserve";

/// !kfunc.owner = !{!{i64 <MD5Hash(source_filename)>, <record nodes>...}}:
/// which records a module wrote itself. Linking appends both named nodes, so
/// after ThinLTO function import (which copies the exporter's records into
/// the importer) kfunc-audit can tell its own records from imported ones.
/// Rewritten by writeRecords().
constexpr const char *RecordOwnerMDName = "kfunc.owner";


/// What kfunc-preserve did with a discovered name.
enum class PinState {
  Pinned,              ///< Made noinline and/or added to the used list.
  AlreadyPinned,       ///< The front end had already done both.
  Alias,               ///< A GlobalAlias: alias used, aliasee noinline.
  Declaration,         ///< Only declared here: recorded, not changed.
  AvailableExternally, ///< An available_externally copy: not changed.
};

llvm::StringRef pinStateName(PinState S);
bool parsePinState(llvm::StringRef Name, PinState &S);

/// True for the states in which the module held the kfunc's definition.
inline bool isDefinedState(PinState S) {
  return S == PinState::Pinned || S == PinState::AlreadyPinned ||
         S == PinState::Alias;
}

/// The front end's own marks on a kfunc, before kfunc-preserve touched it.
enum FrontEndMark : unsigned {
  FENoInline = 1u << 0,
  FEUsed = 1u << 1,         ///< In @llvm.used.
  FECompilerUsed = 1u << 2, ///< In @llvm.compiler.used.
  FEAlwaysInline = 1u << 3,
  /// optnone: clang -O0 makes every function optnone and noinline, so
  /// FENoInline next to it says nothing about the source.
  FEOptNone = 1u << 4,
};

/// Whether \p Marks (FrontEndMark bits) are what the kernel's `__bpf_kfunc`
/// makes: noinline and membership in a used list. At -O0 (FEOptNone) every
/// function is noinline, so the used list alone decides.
inline bool hasBpfKfuncMarks(unsigned Marks) {
  return (Marks & (FEUsed | FECompilerUsed)) &&
         (Marks & (FENoInline | FEOptNone));
}

std::string frontEndNames(unsigned Marks);
unsigned parseFrontEndNames(llvm::StringRef Names);

struct KfuncRecord {
  std::string Name;
  unsigned Sources = 0;
  PinState State = PinState::Pinned;
  std::string Type; ///< canonicalFunctionType() when recorded.
  unsigned CallingConv = 0;
  unsigned FrontEnd = 0; ///< FrontEndMark bits.
  std::string Loc;       ///< "file:line" from debug info, or empty.
  std::vector<SetMembership> Sets;

  bool operator==(const KfuncRecord &O) const {
    return Name == O.Name && Sources == O.Sources && State == O.State &&
           Type == O.Type && CallingConv == O.CallingConv &&
           FrontEnd == O.FrontEnd && Loc == O.Loc && Sets == O.Sets;
  }
  bool operator!=(const KfuncRecord &O) const { return !(*this == O); }

  bool wasDefined() const { return isDefinedState(State); }
};

/// Read every record in \p M; with \p OwnOnly, only those of the kfuncs
/// whose records \p M wrote itself (RecordOwnerMDName), when its records say
/// which those are. Records of one name from several modules (after LTO) are
/// merged: a definition's record wins over a declaration's, sources and sets
/// are united. Malformed nodes are skipped and counted in \p Malformed when
/// given.
std::vector<KfuncRecord> readRecords(const llvm::Module &M,
                                     unsigned *Malformed = nullptr,
                                     bool OwnOnly = false);

/// Merge \p From into \p Into, two records of one name: sources and sets
/// are united; the record made where the kfunc was defined wins over one
/// made where it was only declared.
void mergeRecord(KfuncRecord &Into, const KfuncRecord &From);

/// Replace !kfunc.preserve with \p Records, in order.
void writeRecords(llvm::Module &M, llvm::ArrayRef<KfuncRecord> Records);

/// The records of a module as readRecords() reads them, read once and
/// shared by kfunc-preserve and kfunc-audit. A record is read from strings
/// and integer constants only, which never change, so the same nodes say
/// the same: the result stays valid for as long as !kfunc.preserve and
/// !kfunc.owner hold the nodes read and the source file name (the owner's
/// identity) is unchanged -- whatever passes ran in between -- which it
/// checks itself. kfunc-preserve rewrites the records through it.
class RecordsAnalysis : public llvm::AnalysisInfoMixin<RecordsAnalysis> {
public:
  class Result {
  public:
    /// Every record: readRecords(M, &Malformed).
    const std::vector<KfuncRecord> &all(const llvm::Module &M);
    /// The malformed nodes all() skipped.
    unsigned malformed(const llvm::Module &M);
    /// The records \p M wrote itself: readRecords(M, nullptr, true).
    const std::vector<KfuncRecord> &own(const llvm::Module &M);
    /// writeRecords(M, Records), then remember what reading them back would
    /// give, instead of reading them.
    void write(llvm::Module &M, std::vector<KfuncRecord> Records);

    bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &,
                    llvm::ModuleAnalysisManager::Invalidator &);

  private:
    friend RecordsAnalysis;
    void snapshot(const llvm::Module &M);

    std::optional<std::vector<KfuncRecord>> All, Own;
    /// Every record is the module's own (it wrote them all): own() is all().
    bool OwnIsAll = false;
    unsigned Malformed = 0;
    /// What the records were read from.
    std::vector<const llvm::MDNode *> Nodes, OwnerNodes;
    std::string SourceFileName;
  };
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &);

private:
  friend llvm::AnalysisInfoMixin<RecordsAnalysis>;
  static llvm::AnalysisKey Key;
};

} // namespace kfunc

#endif // KFUNC_RECORD_H
