//===- kfunc/Options.h - One options struct, three ways in ------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Every option of the plugin can be set three ways, because no single channel
// reaches every host:
//
//   1. the environment variable KFUNC_PRESERVE_OPTIONS, holding options in
//      command-line form ("-kfunc-list=/x -kfunc-btf-ids=all") -- the only
//      channel into ld.lld, which rejects a plugin's cl::opts;
//   2. cl::opt command-line options (opt, clang -mllvm);
//   3. pass parameters: -passes='kfunc-preserve<list=/x;btf-ids=all>'.
//      Parameters are separated by ';'; a parameter is `key=value`, `flag`
//      or `no-flag`; keys are the option names without `kfunc-` (`list`,
//      `btf-ids`, `used-list`, `werror`, `checks`, `report`,
//      `whole-program`), and `kfunc` for -kfunc. Each pass takes the
//      parameters it uses: both take `kfunc`, `list`, `btf-ids`;
//      kfunc-preserve `used-list`; kfunc-audit `werror`, `checks`, `report`,
//      `whole-program`. Another pass's parameter is an error naming the pass
//      that takes it; `auto` is no pass parameter.
//
// -kfunc takes names separated by ',' or ':'. In pass parameters only ':'
// works (`kfunc-preserve<kfunc=a:b>`, or `kfunc=a;kfunc=b`): the pipeline
// parser splits the -passes text on ',' before the plugin sees it.
//
// Precedence, lowest to highest: defaults < environment < command line <
// pass parameters. Scalar options take the value of the highest channel that
// sets them; list options (-kfunc, -kfunc-list) accumulate over all channels.
// An unknown option, a bad value or an unreadable list file in any channel is
// an error diagnostic naming the channel and the option as spelled there
// (`btf-ids` in pass parameters, `kfunc-btf-ids` elsewhere); an unknown
// -kfunc-checks name too. Bad lines of a list file are warnings.
//
// Options are resolved into a KfuncOptions value when a pipeline is built,
// list files read, and never change afterwards: passes hold their own copy,
// so ThinLTO backends running in parallel threads share no mutable state.
// The environment and command line are resolved once per pipeline, and their
// problems reported once (Plugin.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_OPTIONS_H
#define KFUNC_OPTIONS_H

#include "kfunc/Checks.h"

#include "llvm/ADT/StringRef.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
} // namespace llvm

namespace kfunc {

/// Which BTF_ID entries (outside the user's lists) get pinned.
enum class BtfIdsMode {
  None, ///< Pin nothing because of set tables (they are still reported).
  Set8, ///< Pin `func` entries of set8 tables (the default: kfunc sets).
  All,  ///< Also pin `func` entries of plain sets and BTF_ID lists.
};

/// Which used list pinned functions are appended to.
enum class UsedListKind {
  Used,         ///< @llvm.used: kept by compiler, LTO and linker GC.
  CompilerUsed, ///< @llvm.compiler.used: kept by compiler and LTO only.
};

/// A bad option, value or list file, met while resolving options.
struct OptionProblem {
  bool IsError = true; ///< False for what is skipped and harmless (a bad line
                       ///< in a list file, a -kfunc name that is no C name).
  std::string Message;
  bool FromParams = false; ///< From one pass's parameters (else shared).
};

/// Which pass a pass parameter is for.
enum class KfuncPass { Preserve, Audit };

/// The passes' names: in pipelines, as the speaker of their diagnostics,
/// and as their remarks' pass name (each pass's DEBUG_TYPE).
constexpr char PreservePassName[] = "kfunc-preserve";
constexpr char AuditPassName[] = "kfunc-audit";

/// PreservePassName or AuditPassName.
llvm::StringRef passName(KfuncPass P);

/// All options of kfunc-preserve and kfunc-audit.
struct KfuncOptions {
  // kfunc-preserve (and kfunc-audit's discovery)
  std::vector<std::string> Names;     ///< -kfunc=a,b
  std::vector<std::string> ListFiles; ///< -kfunc-list=FILE (repeatable)
  BtfIdsMode BtfIds = BtfIdsMode::Set8;
  UsedListKind UsedList = UsedListKind::Used;
  bool Auto = true; ///< Register the passes in default pipelines.

  // kfunc-audit
  bool Werror = false;       ///< Findings fail the run.
  unsigned Checks = AllChecks; ///< -kfunc-checks, as checkBit()s.
  std::string ReportPath;    ///< JSON report file or directory.
  bool WholeProgram = false; ///< The module is the whole program.

  /// Problems met while resolving, reported as diagnostics: those of the
  /// pass parameters by their pass, the others by the first of the plugin's
  /// passes that runs on a module (ProblemsReported).
  std::vector<OptionProblem> Problems;

  /// Where a setting comes from: \p Origin names the channel in messages;
  /// \p Params is set for pass parameters, naming the pass they are for.
  struct Channel {
    llvm::StringRef Origin;
    std::optional<KfuncPass> Params;
  };

  /// Set one option by name. \p Key is the command-line spelling
  /// (`kfunc-list`, with or without leading dashes) or, in pass parameters,
  /// the parameter spelling (`list`). Boolean options accept an empty value
  /// (true), true/false/1/0, and the `no-<name>` form. Returns false and
  /// records a Problem on error.
  bool set(llvm::StringRef Key, llvm::StringRef Value, bool HasValue,
           const Channel &C);

  /// Apply a whitespace-separated option string in command-line form (the
  /// environment variable's format; quotes as in a shell; `-opt=value` or
  /// `-opt value`).
  void applyCommandLineString(llvm::StringRef Text, llvm::StringRef Origin);

  /// Apply pass parameters `key=value;flag;no-flag` (the text between the
  /// angle brackets of `kfunc-preserve<...>`) given to pass \p P.
  void applyPassParams(llvm::StringRef Params, KfuncPass P);

  /// Print the pass parameters that give pass \p P these options, where
  /// they differ from the defaults, as -print-pipeline-passes writes them
  /// after the pass name: "<btf-ids=all;...>", or nothing.
  void printPassParams(llvm::raw_ostream &OS, KfuncPass P) const;

  /// Read the list files not read yet into ListNames.
  void readListFiles();

  /// The names read from the list files, in order.
  std::vector<std::string> ListNames;

private:
  size_t ListFilesRead = 0;
  /// Add the names of a -kfunc value; \p Where names it in messages.
  void addNames(llvm::StringRef Value, const std::string &Where);
  bool setValue(llvm::StringRef Option, llvm::StringRef Value,
                const std::function<bool(llvm::StringRef)> &Bad);
};

/// Name of the environment variable read by resolveBaseOptions().
constexpr const char *OptionsEnvVar = "KFUNC_PRESERVE_OPTIONS";

/// Defaults, then KFUNC_PRESERVE_OPTIONS, then explicitly given cl::opts;
/// list files read.
KfuncOptions resolveBaseOptions();

/// \p Base with the pass parameters \p Params of pass \p P applied (their
/// list files read).
KfuncOptions withPassParams(KfuncOptions Base, llvm::StringRef Params,
                            KfuncPass P);

} // namespace kfunc

#endif // KFUNC_OPTIONS_H
