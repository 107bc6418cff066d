//===- Scan.h - kfunc-scan's model of a build -------------------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-scan reads the inputs of a build (bitcode, archives, ELF objects) and
// collects, for every function named by a BTF table, which tables list it and
// which inputs define it. The BTF tables come from the shared parser
// (kfunc/BtfIds.h): module asm of bitcode goes through parseBtfIds(); in ELF
// objects the same entries are rebuilt from the `__BTF_ID__*` symbols of the
// `.BTF_ids` section, whose addresses and sizes give the set layout.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_SCAN_SCAN_H
#define KFUNC_SCAN_SCAN_H

#include "kfunc/BtfIds.h"

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBufferRef.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <string>
#include <vector>

namespace llvm {
namespace object {
class ELFObjectFileBase;
} // namespace object
} // namespace llvm

namespace kfunc {
namespace scan {

/// Which BTF entries name kfuncs (mirrors the plugin's -kfunc-btf-ids).
enum class EntryFilter {
  Set8, ///< `func` entries of set8 tables (kfunc sets).
  All,  ///< Every `func` entry, in any set or ID list.
};

/// A table that lists a kfunc, and the input it was found in.
struct Listing {
  BtfIdEntry Entry;
  std::string File;
};

/// The marks __bpf_kfunc (Linux 6.3+) and the plugin's pinning leave on a
/// function in bitcode: `noinline`, and membership of @llvm.used or
/// @llvm.compiler.used. Compiled ELF code no longer shows them.
struct KfuncMarks {
  bool NoInline = false;
  bool Used = false;
  bool complete() const { return NoInline && Used; }
};

/// One definition of a function in one input.
struct Definition {
  std::string File;
  bool Local = false; ///< static / internal: not reachable by name.
  std::optional<KfuncMarks> Marks; ///< Bitcode only.
};

/// A function named by the BTF tables of the inputs: where it is listed and
/// where defined.
struct ScannedKfunc {
  std::string Name;
  std::vector<Listing> Listings;
  std::vector<Definition> Definitions;

  bool isDefined() const { return !Definitions.empty(); }
  /// True if some definition can be referenced by name from other files.
  bool hasGlobalDefinition() const;
};

/// Everything learnt from the inputs.
class ScanResult {
public:
  explicit ScanResult(EntryFilter Filter) : Filter(Filter) {}

  /// Add the entries of one input's BTF tables.
  void addTables(const BtfIdTables &Tables, llvm::StringRef File);
  /// Note a function defined in \p File (with its marks, from bitcode).
  void addDefinition(llvm::StringRef Name, llvm::StringRef File, bool Local,
                     std::optional<KfuncMarks> Marks = std::nullopt);
  /// The kfuncs, sorted by name.
  std::vector<const ScannedKfunc *> kfuncs() const;

  /// Report a problem with one input; the scan goes on with the others.
  void error(llvm::StringRef File, const llvm::Twine &Msg);
  void warning(llvm::StringRef File, const llvm::Twine &Msg);
  unsigned numErrors() const { return Errors.size(); }
  const std::vector<std::string> &errors() const { return Errors; }
  unsigned NumInputs = 0;

private:
  EntryFilter Filter;
  std::map<std::string, ScannedKfunc> Kfuncs;
  /// Functions defined in the inputs, whether or not a table lists them yet
  /// (a definition may come before the table that lists it).
  llvm::StringMap<std::vector<Definition>> Defined;
  std::vector<std::string> Errors;

  bool wanted(const BtfIdEntry &E) const;
};

/// Run \p Fn, reading \p File; if LLVM hits a fatal error or a crash in
/// it, report an error naming \p File and return false. Needs
/// llvm::CrashRecoveryContext::Enable() first.
bool runGuarded(llvm::StringRef File, ScanResult &Result,
                llvm::function_ref<void()> Fn);

/// Call \p Fn with each member of the archive (or thin archive) in \p Buf,
/// named `File(member)`. An unreadable archive or member is an error in
/// \p Result; the walk goes on with the other members.
void forEachArchiveMember(
    llvm::MemoryBufferRef Buf, llvm::StringRef File, ScanResult &Result,
    llvm::function_ref<void(llvm::MemoryBufferRef, llvm::StringRef)> Fn);

/// Scan one path (bitcode, archive, ELF) into \p Result. Errors are recorded
/// in \p Result, never thrown or fatal.
void scanPath(llvm::StringRef Path, ScanResult &Result);

/// A set as it lies in an ELF object's `.BTF_ids` section.
struct ElfBtfSet {
  std::string Name;
  SetKind Kind = SetKind::Set;
  /// The set8 flags word; nullopt when the object's set8 headers have none
  /// (6.0-6.8: no set8 of the object has BTF_SET8_KFUNCS and this word is 0).
  std::optional<uint64_t> Flags;
  /// The first word of each slot: after resolve_btfids, the BTF ids, sorted
  /// (0 = unresolved); before, zeros.
  std::vector<uint32_t> Ids;
  /// Indexes into Entries of the labels inside the set's address range: its
  /// members. After resolve_btfids sorted the set, a label no longer points
  /// at its own slot.
  std::vector<size_t> Members;
};

/// The BTF tables of an ELF object.
struct ElfBtfIdTables : BtfIdTables {
  bool HasSection = false; ///< The object has a `.BTF_ids` section.
  std::vector<ElfBtfSet> Sets;
};

/// Rebuild the BTF tables of an ELF object from its `.BTF_ids` symbols.
/// Problems (e.g. an entry outside its section) are added to the result; an
/// unreadable section or symbol table is an error.
llvm::Expected<ElfBtfIdTables>
readElfBtfIds(const llvm::object::ELFObjectFileBase &Obj);

/// GCC LTO bytecode in an ELF object (`-flto`: GIMPLE in `.gnu.lto_*`
/// sections). A slim object (`__gnu_lto_slim`, GCC's default) has no machine
/// code and no `.BTF_ids` until the final link compiles it; a fat one
/// (`-ffat-lto-objects`) has both.
enum class GccLto { None, Slim, Fat };
GccLto gccLtoKind(const llvm::object::ELFObjectFileBase &Obj);

/// One failed check of --verify.
struct VerifyFailure {
  std::string File;
  std::string Kfunc;
  std::string Set;
  std::string Check;
  std::string Detail;
};

/// What --verify checked and found, over all inputs.
struct VerifyReport {
  std::vector<VerifyFailure> Failures;
  unsigned FilesWithTables = 0; ///< Inputs with a `.BTF_ids` section.
  unsigned Sets = 0;            ///< Kfunc set8 tables checked.
  unsigned Kfuncs = 0;          ///< Set entries checked.
  unsigned BtfFiles = 0;        ///< Of those inputs, with BTF checked.
  unsigned NoBtfFiles = 0;      ///< ... without a `.BTF` section.
  unsigned BtfOffFiles = 0;     ///< ... with `.BTF`, but no libbpf.
};

class BtfReader;

struct VerifyOptions {
  std::string BtfBase;                  ///< --btf-base: BTF for split BTF.
  const BtfReader *Reference = nullptr; ///< --reference: a stock build.
};

/// Check the linked ELF objects at \p Path (see Verify.cpp) into \p Report;
/// input errors go to \p Result.
void verifyPath(llvm::StringRef Path, const VerifyOptions &Opts,
                ScanResult &Result, VerifyReport &Report);

/// Print \p Report: one line per failure to \p OS, then a summary, or with
/// \p Json one JSON object (see Verify.cpp). Returns false when the run
/// failed: a check failed, an input was unreadable, or nothing was checked.
bool printVerifyReport(const VerifyReport &Report, const ScanResult &Result,
                       bool Json, llvm::raw_ostream &OS);

/// A set entry in one input whose definition is in another (Linux 6.12:
/// crash_kexec, bpf_iter_num_*, tcp_reno_* ...). Compiling the defining
/// file, the plugin does not see the set, so only the source's marks keep
/// the kfunc. See CrossFile.cpp.
struct CrossFileKfunc {
  const ScannedKfunc *Kfunc;
  const Definition *Def;
};

/// The cross-file definitions of \p Result's kfuncs.
std::vector<CrossFileKfunc> crossFileKfuncs(const ScanResult &Result);

/// Warn about each cross-file definition in bitcode that lacks __bpf_kfunc's
/// marks, and note how many are in ELF objects (whose marks cannot be seen).
/// Returns the number of warnings.
unsigned lintCrossFile(const ScanResult &Result);

enum class OutputFormat { List, Json, Ld };

/// Write the kfuncs of \p Result. With \p DefinedOnly, only those defined in
/// some input.
void writeOutput(const ScanResult &Result, OutputFormat Format,
                 bool DefinedOnly, llvm::raw_ostream &OS);

} // namespace scan
} // namespace kfunc

#endif // KFUNC_SCAN_SCAN_H
