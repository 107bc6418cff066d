//===- kfunc/KfuncAudit.h - Check that every kfunc survived -----*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-audit runs after optimization. It reads the promise kfunc-preserve
// recorded (Record.h), discovers the module's kfuncs and set tables as they
// are now (DiscoveryAnalysis: kfunc-preserve's discovery is reused when no
// pass since may have changed them), and reports findings under stable check
// names:
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
// kfunc-audit owns every finding (kfunc-preserve only resolves a conflict and
// records it). Findings are warnings, so that every host shows all of them;
// -kfunc-werror adds one error that counts them. The automatic pipelines
// name their phase in the diagnostic ("kfunc-audit (thinlto-backend): ...").
// Findings also go out as missed-optimization remarks named after the check
// (-pass-remarks-missed=kfunc-audit) and into the JSON report
// (-kfunc-report=, docs/report-schema.md), which is written before the
// diagnostics (opt exits at its first error). docs/checks.md documents the
// checks for users. not-in-set and undefined run only on the whole program
// (-kfunc-whole-program, set at the full-LTO link), even with
// -kfunc-checks=all.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_KFUNCAUDIT_H
#define KFUNC_KFUNCAUDIT_H

#include "kfunc/Options.h"

#include "llvm/IR/PassManager.h"

#include <string>

namespace kfunc {

class KfuncAuditPass : public llvm::PassInfoMixin<KfuncAuditPass> {
public:
  /// \p Phase names the pipeline for the report ("compile", "lto", ...).
  /// The pass reports the problems in \p Opts, and those of the module's
  /// BTF asm if \p ReportAsmProblems (no kfunc-preserve before it did).
  KfuncAuditPass(KfuncOptions Opts, std::string Phase = "opt",
                 bool ReportAsmProblems = true)
      : Opts(std::move(Opts)), Phase(std::move(Phase)),
        ReportAsmProblems(ReportAsmProblems) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
  /// `kfunc-audit<params>`, the parameters that give its options (as GlobalDCE
  /// prints its own), for -print-pipeline-passes.
  void printPipeline(llvm::raw_ostream &OS,
                     llvm::function_ref<llvm::StringRef(llvm::StringRef)>
                         MapClassName2PassName);
  static llvm::StringRef name() { return AuditPassName; }

private:
  KfuncOptions Opts;
  std::string Phase;
  bool ReportAsmProblems;
};

} // namespace kfunc

#endif // KFUNC_KFUNCAUDIT_H
