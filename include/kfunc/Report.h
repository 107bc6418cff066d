//===- kfunc/Report.h - The JSON report of kfunc-audit ----------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The per-module JSON report of kfunc-audit (docs/report-schema.md): its
// contents (findings, one entry per kfunc) and the writer. Diagnostics are
// in Diagnostic.h.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_REPORT_H
#define KFUNC_REPORT_H

#include "kfunc/Discovery.h"
#include "kfunc/Record.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

#include <string>
#include <vector>

namespace kfunc {

/// One audit finding.
struct Finding {
  std::string Check;    ///< Stable check name: lost, inlinable, ...
  std::string Function; ///< The kfunc.
  std::string Set;      ///< A set that lists it, if any.
  std::string Loc;      ///< file:line, if known.
  std::string Message;  ///< Human-readable detail, without name or set.
  bool IsError = false; ///< Reported as an error (-kfunc-werror).

  /// The diagnostic text: "file:line: kfunc 'f' in set 's' <message>
  /// [check]", each part present only when known.
  std::string text() const;
};

/// What the report says about one kfunc.
struct ReportEntry {
  std::string Name;
  unsigned Sources = 0;
  std::vector<SetMembership> Sets;
  std::string Linkage;       ///< Current linkage, or "" if absent.
  std::string Action;        ///< pinned, already-pinned, alias, declaration,
                             ///< available-externally, not-pinned, not-found
  std::string RecordedType;  ///< From the record, or "".
  std::string CurrentType;   ///< Now, or "" if absent.
  unsigned RecordedCC = 0;   ///< Calling convention when recorded.
  unsigned CurrentCC = 0;    ///< Calling convention now.
  bool HasRecord = false;    ///< kfunc-preserve left a record of it.
  bool Defined = false;      ///< Defined in the module now.
  unsigned FrontEnd = 0;     ///< FrontEndMark bits (record, else current IR).
  std::string Loc;
};

/// Everything one report holds.
struct Report {
  std::string ModuleId;
  std::string SourceFile;
  std::string Phase;
  bool WholeProgram = false;
  std::vector<std::string> Checks; ///< Enabled check names.
  std::vector<ReportEntry> Entries;
  std::vector<Finding> Findings;
  /// Distinguishes reports of modules that share an identifier (every
  /// full-LTO module is "ld-temp.o"); hashed into the file name.
  std::string Salt;
};

/// Current version of the JSON report schema (docs/report-schema.md).
constexpr unsigned ReportSchemaVersion = 1;

/// Write \p R as JSON to \p Path. If \p Path is an existing directory, or
/// ends in a path separator (the directory is then created), the file is
/// created inside it under reportFileName(). Written atomically (temporary
/// file in the same directory + rename). Returns an error message, or "" on
/// success.
std::string writeReport(llvm::StringRef Path, const Report &R);

/// The file name a module's report gets inside a report directory:
/// "<module base name>.<phase>.<12 hex digits>.kfunc.json", the digits an
/// MD5 of the module identifier, source file name and \p Salt.
std::string reportFileName(const Report &R);

} // namespace kfunc

#endif // KFUNC_REPORT_H
