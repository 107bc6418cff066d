//===- kfunc/KfuncAudit.h - Check that every kfunc survived -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-audit runs after optimization. It reads the promise kfunc-preserve
// recorded (Record.h), rediscovers the module's kfuncs and set tables, and
// reports findings under stable check names:
//
//   lost               recorded as defined, no longer defined
//   inlinable          lost noinline, or no longer in a used list
//   signature-changed  function type or calling convention differs
//   renamed            gone under its name, present as <name>.<suffix>
//   missing-annotation in a kfunc set8 but not __bpf_kfunc in the source
//   not-in-set         annotated bpf_kfunc but in no set (whole program)
//   undefined          a set names a function defined nowhere (whole program)
//   conflict           contradictory source attributes (always_inline)
//
// Judgements:
//   - missing-annotation and conflict judge the front end's IR: the marks
//     kfunc-preserve recorded before it pinned (Record.h "front-end"), or,
//     for a kfunc without a record, the IR as it is (nothing pinned it).
//   - The promise checks (lost ... renamed) use only the records this module
//     wrote itself (!kfunc.owner), unless it is the whole program: ThinLTO
//     function import copies other modules' records in.
//   - A set8 holds kfuncs if it has BTF_SET8_KFUNCS (6.9+) or no flags word
//     at all (6.0-6.8); "in a set" for not-in-set means a set or set8, not a
//     BTF_ID list.
//   - missing-annotation follows the kernel version the module shows
//     (docs/checks.md): a set8 without a flags word (6.0-6.8) is judged only
//     if the module shows that the tree has __bpf_kfunc (a flagged set8, or
//     a kfunc with its marks); Linux before 6.3 has no such macro. At -O0
//     (optnone) noinline is clang's, not the source's: a used list decides.
//
// Findings are warnings, or errors with -kfunc-werror. They also go out as
// missed-optimization remarks named after the check
// (-pass-remarks-missed=kfunc-audit) and into the JSON report
// (-kfunc-report=, docs/report-schema.md), which is written before the
// diagnostics (opt exits at its first error).
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_KFUNCAUDIT_H
#define KFUNC_KFUNCAUDIT_H

#include "kfunc/Options.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"

#include <string>
#include <vector>

namespace kfunc {

/// The audit checks, in report order.
enum class Check : unsigned {
  Lost,
  Inlinable,
  SignatureChanged,
  Renamed,
  MissingAnnotation,
  NotInSet,
  Undefined,
  Conflict,
};
constexpr unsigned NumChecks = 8;

llvm::StringRef checkName(Check C);

/// Parse -kfunc-checks: "all", "none", names to enable, "-name" to disable,
/// comma separated, applied left to right. A list whose first valid item is
/// a name enables only what it names; one that starts with "-name" starts
/// from all. Unknown names are ignored and described in \p Problems (a list
/// of nothing but unknown names leaves every check on). Returns the enabled
/// set as a bit mask.
unsigned parseCheckSelection(llvm::StringRef Spec,
                             std::vector<std::string> &Problems);

class KfuncAuditPass : public llvm::PassInfoMixin<KfuncAuditPass> {
public:
  /// \p Phase names the pipeline for the report ("compile", "lto", ...).
  KfuncAuditPass(KfuncOptions Opts, std::string Phase = "opt",
                 bool ReportOptionProblems = true)
      : Opts(std::move(Opts)), Phase(std::move(Phase)),
        ReportOptionProblems(ReportOptionProblems) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
  static llvm::StringRef name() { return "kfunc-audit"; }

private:
  KfuncOptions Opts;
  std::string Phase;
  bool ReportOptionProblems;
};

} // namespace kfunc

#endif // KFUNC_KFUNCAUDIT_H
