//===- kfunc/Report.h - Diagnostics and the JSON report ---------*- C++ -*-===//
//
// Everything the plugin tells its user goes through here: diagnostics (a
// DiagnosticInfo of a plugin kind, which clang prints as a warning or error
// under -Wbackend-plugin and opt prints as "warning:"/"error:"), and the
// per-module JSON report of kfunc-audit.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_REPORT_H
#define KFUNC_REPORT_H

#include "kfunc/Discovery.h"
#include "kfunc/Record.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/IR/DiagnosticInfo.h"

#include <string>
#include <vector>

namespace llvm {
class Function;
class LLVMContext;
class Module;
} // namespace llvm

namespace kfunc {

/// A diagnostic from kfunc-preserve or kfunc-audit.
class KfuncDiagnostic : public llvm::DiagnosticInfo {
public:
  KfuncDiagnostic(llvm::DiagnosticSeverity Severity, const llvm::Twine &Msg);
  void print(llvm::DiagnosticPrinter &DP) const override;
  static bool classof(const llvm::DiagnosticInfo *DI);
  /// The plugin diagnostic kind, allocated once (thread-safe).
  static int kindID();

private:
  std::string Message;
};

/// Emit "<Pass>: <Msg>" with \p Severity through \p Ctx.
void diagnose(llvm::LLVMContext &Ctx, llvm::DiagnosticSeverity Severity,
              llvm::StringRef Pass, const llvm::Twine &Msg);

/// "file:line" of \p F's DISubprogram, or "" without debug info.
std::string sourceLocation(const llvm::Function &F);

/// One audit finding.
struct Finding {
  std::string Check;    ///< Stable check name: lost, inlinable, ...
  std::string Function; ///< The kfunc.
  std::string Set;      ///< A set that lists it, if any.
  std::string Loc;      ///< file:line, if known.
  std::string Message;  ///< Human-readable detail.
};

/// What the report says about one kfunc.
struct ReportEntry {
  std::string Name;
  unsigned Sources = 0;
  std::vector<SetMembership> Sets;
  std::string Linkage;       ///< Current linkage, or "" if absent.
  std::string Action;        ///< pinned, already-pinned, alias, declaration,
                             ///< available-externally, not-found
  std::string RecordedType;  ///< From the record, or "".
  std::string CurrentType;   ///< Now, or "" if absent.
  std::string Loc;
};

/// Current version of the JSON report schema (docs/report-schema.md).
constexpr unsigned ReportSchemaVersion = 1;

/// Write the JSON report for \p ModuleId. If \p Path is an existing
/// directory, the file is created inside it under a name derived from the
/// module identifier. Written atomically (temporary file + rename). Returns
/// an error message, or "" on success.
std::string writeReport(llvm::StringRef Path, llvm::StringRef ModuleId,
                        llvm::StringRef Phase,
                        const std::vector<ReportEntry> &Entries,
                        const std::vector<Finding> &Findings);

/// The file name a module's report gets inside a report directory.
std::string reportFileName(llvm::StringRef ModuleId, llvm::StringRef Phase);

} // namespace kfunc

#endif // KFUNC_REPORT_H
