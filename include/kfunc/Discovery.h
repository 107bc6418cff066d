//===- kfunc/Discovery.h - Find the kfuncs a module names -------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Discovery turns a Module plus options into a KfuncTable: every name that
// some source calls a kfunc, with every source it came from and every BTF set
// that lists it. Discovery only reads; pinning and auditing act on the table.
//
// Sources (their names appear in remarks, diagnostics and the report):
//   annotate   __attribute__((annotate("bpf_kfunc"))), llvm.global.annotations
//   decl-tag   __attribute__((btf_decl_tag("bpf_kfunc"))), DISubprogram
//   attribute  the string function attribute "bpf_kfunc"
//   btf-set8   a func entry of a __BTF_ID__set8__ table in module asm
//   btf-id     a func entry outside set8 tables (BTF_ID lists, plain sets)
//   list       -kfunc=, -kfunc-list=
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_DISCOVERY_H
#define KFUNC_DISCOVERY_H

#include "kfunc/BtfIds.h"
#include "kfunc/Options.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class Module;
class LLVMContext;
} // namespace llvm

namespace kfunc {

/// Discovery sources, as bits.
enum Source : unsigned {
  SrcAnnotate = 1u << 0,
  SrcDeclTag = 1u << 1,
  SrcAttribute = 1u << 2,
  SrcBtfSet8 = 1u << 3,
  SrcBtfId = 1u << 4,
  SrcList = 1u << 5,
  /// A func entry of a BTF_ID_LIST right after a struct entry: the list of
  /// (type, destructor kfunc) pairs register_btf_id_dtor_kfuncs() takes
  /// (generic_dtor_ids, cpumask_dtor_ids, ...). An unresolved destructor
  /// makes that registration, and its initcall, fail at boot.
  SrcBtfDtor = 1u << 6,
};

/// Sources that say "the source code itself marks this a kfunc".
constexpr unsigned SrcAnnotations = SrcAnnotate | SrcDeclTag | SrcAttribute;

/// "annotate,btf-set8" for SrcAnnotate|SrcBtfSet8; the order is fixed.
std::string sourceNames(unsigned Sources);
/// The inverse of sourceNames (unknown names are ignored).
unsigned parseSourceNames(llvm::StringRef Names);

/// One BTF table that lists a kfunc.
struct SetMembership {
  SetMembership() = default;
  /// The table that lists \p E, as the asm parse saw it.
  explicit SetMembership(const BtfIdEntry &E)
      : Set(E.SetName), Kind(E.InSet), SetFlags(E.SetFlags), Flags(E.Flags),
        FlagsText(E.FlagsText), Line(E.Line) {}

  std::string Set;
  SetKind Kind = SetKind::None;
  std::optional<uint64_t> SetFlags;
  std::optional<uint64_t> Flags;
  std::string FlagsText;
  unsigned Line = 0; ///< Line in module asm (0 if unknown).

  bool operator==(const SetMembership &O) const {
    return Set == O.Set && Kind == O.Kind && SetFlags == O.SetFlags &&
           Flags == O.Flags;
  }
};

struct KfuncInfo {
  std::string Name;
  unsigned Sources = 0;
  std::vector<SetMembership> Sets;

  /// Whether the options ask for this name to be pinned.
  bool shouldPin(const KfuncOptions &Opts) const;
  void addSet(const SetMembership &S);
};

/// Names in discovery order, with lookup by name.
class KfuncTable {
public:
  KfuncInfo &getOrInsert(llvm::StringRef Name);
  const KfuncInfo *lookup(llvm::StringRef Name) const;
  const std::vector<KfuncInfo> &entries() const { return Entries; }

private:
  std::vector<KfuncInfo> Entries;
  llvm::StringMap<size_t> Index;
};

/// Something discovery could not use; reported as a diagnostic.
struct DiscoveryProblem {
  bool IsError = false;
  std::string Message;
};

struct Discovery {
  KfuncTable Table;
  std::vector<DiscoveryProblem> Problems;
};

/// The BTF tables of a module's asm, parsed once and shared by
/// kfunc-preserve and kfunc-audit. The result stays valid for as long as the
/// module asm is unchanged -- whatever passes ran in between -- which it
/// checks itself: parsing a vmlinux-sized asm costs more than comparing it.
class BtfIdsAnalysis : public llvm::AnalysisInfoMixin<BtfIdsAnalysis> {
public:
  struct Result {
    std::string Asm; ///< The text parsed.
    BtfIdTables Tables;
    bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &,
                    llvm::ModuleAnalysisManager::Invalidator &);
  };
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &);

private:
  friend llvm::AnalysisInfoMixin<BtfIdsAnalysis>;
  static llvm::AnalysisKey Key;
};

/// A fact one of the plugin's passes established about a module in this
/// pipeline, kept in the module analysis manager: the pass that learns it
/// calls getResult, later passes ask getCachedResult. Nothing invalidates
/// it. Per pipeline and module, so ThinLTO backend threads share nothing.
template <typename Tag>
class PipelineMark : public llvm::AnalysisInfoMixin<PipelineMark<Tag>> {
public:
  struct Result {
    bool invalidate(llvm::Module &, const llvm::PreservedAnalyses &,
                    llvm::ModuleAnalysisManager::Invalidator &) {
      return false;
    }
  };
  Result run(llvm::Module &, llvm::ModuleAnalysisManager &) { return {}; }

  /// Set the mark on \p M; returns whether it was set already.
  static bool testAndSet(llvm::Module &M, llvm::ModuleAnalysisManager &MAM) {
    if (MAM.getCachedResult<PipelineMark>(M))
      return true;
    MAM.getResult<PipelineMark>(M);
    return false;
  }
  static bool isSet(llvm::Module &M, llvm::ModuleAnalysisManager &MAM) {
    return MAM.getCachedResult<PipelineMark>(M) != nullptr;
  }

private:
  friend llvm::AnalysisInfoMixin<PipelineMark<Tag>>;
  static llvm::AnalysisKey Key;
};
template <typename Tag> llvm::AnalysisKey PipelineMark<Tag>::Key;

/// The problems of the options (environment, command line) and of the
/// module's BTF asm were reported: once per module and pipeline, by the
/// first of the plugin's passes that runs.
using ProblemsReported = PipelineMark<struct ProblemsReportedTag>;
/// kfunc-preserve ran on this module in this pipeline.
using PreserveRan = PipelineMark<struct PreserveRanTag>;

/// What discovery finds in a module itself: annotations, attributes, decl
/// tags and the BTF tables of its asm (from BtfIdsAnalysis) -- everything but
/// the user's lists, which are per pass (see withListNames). Computed once
/// for kfunc-preserve and kfunc-audit: kfunc-preserve changes nothing that
/// discovery reads, and says so; any other pass that does not preserve it
/// (or the asm's tables) makes the next request discover again.
class DiscoveryAnalysis : public llvm::AnalysisInfoMixin<DiscoveryAnalysis> {
public:
  struct Result {
    Discovery D;
    bool invalidate(llvm::Module &M, const llvm::PreservedAnalyses &PA,
                    llvm::ModuleAnalysisManager::Invalidator &Inv);
  };
  Result run(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);

private:
  friend llvm::AnalysisInfoMixin<DiscoveryAnalysis>;
  static llvm::AnalysisKey Key;
};

/// Discover the kfuncs of \p M from \p Tables, the parse of its asm (from
/// BtfIdsAnalysis), and the rest of the module; not the user's lists.
Discovery discoverModuleKfuncs(const llvm::Module &M, const BtfIdTables &Tables);

/// \p Found (a module's DiscoveryAnalysis table) with the names in \p Opts
/// added, in discovery order: \p Found itself when the options name none,
/// else a copy of it made in \p Storage.
const KfuncTable &withListNames(const KfuncTable &Found,
                                const KfuncOptions &Opts, KfuncTable &Storage);

} // namespace kfunc

#endif // KFUNC_DISCOVERY_H
