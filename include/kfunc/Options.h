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
//      `btf-ids`, `used-list`, `auto`, `werror`, `checks`, `report`,
//      `whole-program`), and `kfunc` for -kfunc.
//
// -kfunc takes names separated by ',' or ':'. In pass parameters only ':'
// works (`kfunc-preserve<kfunc=a:b>`, or `kfunc=a;kfunc=b`): the pipeline
// parser splits the -passes text on ',' before the plugin sees it.
//
// Precedence, lowest to highest: defaults < environment < command line <
// pass parameters. Scalar options take the value of the highest channel that
// sets them; list options (-kfunc, -kfunc-list) accumulate over all channels.
// An unknown option or a bad value in any channel is an error diagnostic
// naming the channel, reported when kfunc-preserve runs.
//
// Options are resolved into a KfuncOptions value when a pipeline is built and
// never change afterwards: passes hold their own copy, so ThinLTO backends
// running in parallel threads share no mutable state.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_OPTIONS_H
#define KFUNC_OPTIONS_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

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

/// All options of kfunc-preserve and kfunc-audit.
struct KfuncOptions {
  // kfunc-preserve
  std::vector<std::string> Names;     ///< -kfunc=a,b
  std::vector<std::string> ListFiles; ///< -kfunc-list=FILE (repeatable)
  BtfIdsMode BtfIds = BtfIdsMode::Set8;
  UsedListKind UsedList = UsedListKind::Used;
  bool Auto = true; ///< Register the passes in default pipelines.

  // kfunc-audit
  bool Werror = false;       ///< Findings are errors.
  std::string Checks;        ///< -kfunc-checks=lost,-renamed,...
  std::string ReportPath;    ///< JSON report file or directory.
  bool WholeProgram = false; ///< The module is the whole program.

  /// Problems met while resolving (unknown option, bad value), reported as
  /// diagnostics by the first pass that runs with these options.
  std::vector<std::string> Problems;

  /// Set one option by name. \p Key is either the command-line spelling
  /// (`kfunc-list`, with or without leading dashes) or the pass-parameter
  /// spelling (`list`). Boolean options accept an empty value (true),
  /// true/false/1/0, and the `no-<name>` form. \p Origin names the channel
  /// for error messages. Returns false and records a Problem on error.
  bool set(llvm::StringRef Key, llvm::StringRef Value, bool HasValue,
           llvm::StringRef Origin);

  /// Apply a whitespace-separated option string in command-line form (the
  /// environment variable's format; quotes as in a shell).
  void applyCommandLineString(llvm::StringRef Text, llvm::StringRef Origin);

  /// Apply pass parameters `key=value;flag;no-flag` (the text between the
  /// angle brackets of `kfunc-preserve<...>`).
  void applyPassParams(llvm::StringRef Params, llvm::StringRef Origin);
};

/// Name of the environment variable read by resolveOptions().
constexpr const char *OptionsEnvVar = "KFUNC_PRESERVE_OPTIONS";

/// Defaults, then KFUNC_PRESERVE_OPTIONS, then explicitly given cl::opts,
/// then \p PassParams (may be empty).
KfuncOptions resolveOptions(llvm::StringRef PassParams = "");

} // namespace kfunc

#endif // KFUNC_OPTIONS_H
