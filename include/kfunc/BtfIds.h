//===- kfunc/BtfIds.h - Parse the kernel's .BTF_ids asm ---------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// The kernel's BTF_ID / BTF_SET_START / BTF_KFUNCS_START ... BTF_ID_FLAGS
// macros reach the compiler only as module-level inline asm that fills the
// `.BTF_ids` section. This component reads that asm text and returns the
// entries it declares. It knows nothing about LLVM IR: it takes a string and
// returns plain structs, so it can be unit-tested and fuzzed on its own, and
// it is shared by the plugin and by kfunc-scan.
//
// Grammar understood (see docs/internals.md, section 2, and the kernel's
// include/linux/btf_ids.h):
//   - statements are separated by newlines and by ';' outside quotes;
//   - section state: .pushsection/.popsection/.section/.previous/.text/
//     .data/.bss and .lto_discard (start of another module's asm after LTO
//     merging, which resets the state);
//   - inside `.BTF_ids`, labels `__BTF_ID__set8__<set>` open an 8-byte set
//     (`.zero 4` count, then optionally `.long <set flags>`),
//     `__BTF_ID__set__<set>` a 4-byte set; `.size __BTF_ID__set{,8}__<set>, ...`
//     closes it; `__BTF_ID__<kind>__<name>__<digits>` is an entry, and in a
//     set8 the `.long <expr>` after it carries the entry flags;
//   - any other label in `.BTF_ids` names a plain BTF_ID_LIST.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_BTFIDS_H
#define KFUNC_BTFIDS_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kfunc {

/// What kind of table an entry sits in.
enum class SetKind {
  None, ///< Outside any set: a BTF_ID_LIST or a stray BTF_ID.
  Set,  ///< `__BTF_ID__set__<name>`: sorted 4-byte ids, no flags.
  Set8, ///< `__BTF_ID__set8__<name>`: 8-byte id + flags (kfunc sets).
};

llvm::StringRef setKindName(SetKind K);

/// Bit 0 of a set8's flags word: "this set holds kfuncs" (BTF_SET8_KFUNCS).
constexpr uint64_t BtfSet8KfuncsFlag = 1;

/// Does a table of kind \p Kind with flags word \p SetFlags hold kfuncs?
/// 6.9+ set8 tables say so with BTF_SET8_KFUNCS; 6.0-6.8 ones have no flags
/// word (nullopt) and all hold kfuncs. A flagged set8 without the bit (6.12's
/// mptcp fmod_ret targets) does not, nor does any other kind of table.
inline bool isKfuncSet8(SetKind Kind, std::optional<uint64_t> SetFlags) {
  return Kind == SetKind::Set8 &&
         (!SetFlags || (*SetFlags & BtfSet8KfuncsFlag));
}

/// Label prefixes of the `.BTF_ids` asm (include/linux/btf_ids.h): every
/// label the macros make starts with the first; sets with the other two.
constexpr llvm::StringLiteral BtfIdLabelPrefix = "__BTF_ID__";
constexpr llvm::StringLiteral BtfSet8LabelPrefix = "__BTF_ID__set8__";
constexpr llvm::StringLiteral BtfSetLabelPrefix = "__BTF_ID__set__";

/// Split a set label `__BTF_ID__set8__<name>` or `__BTF_ID__set__<name>`
/// into its kind and name (which may be empty). False for any other label.
bool splitBtfSetLabel(llvm::StringRef Label, SetKind &Kind,
                      llvm::StringRef &Name);

/// One `__BTF_ID__<kind>__<name>__<n>` entry.
struct BtfIdEntry {
  std::string Kind;    ///< func, struct, union, typedef, ...
  std::string Name;    ///< The named symbol or type.
  std::string SetName; ///< Enclosing set or list name; empty if none known.
  SetKind InSet = SetKind::None;
  /// The set8's flags word (`.long` after the header); nullopt when the
  /// header has none (6.0-6.8) or it could not be evaluated.
  std::optional<uint64_t> SetFlags;
  /// Entry flags of a set8 entry; nullopt when missing or not evaluable.
  std::optional<uint64_t> Flags;
  std::string FlagsText; ///< The `.long` operand as written.
  unsigned Line = 0;     ///< 1-based line of the label in the asm.

  bool isFunc() const { return Kind == "func"; }
  bool isInSet8() const { return InSet == SetKind::Set8; }
  /// In a set8 that holds kfuncs (see isKfuncSet8).
  bool isInKfuncSet8() const { return isKfuncSet8(InSet, SetFlags); }
};

/// A problem in the asm that the parser could not make sense of.
struct BtfIdProblem {
  unsigned Line = 0;
  std::string Message;
};

struct BtfIdTables {
  std::vector<BtfIdEntry> Entries;
  std::vector<BtfIdProblem> Problems;
};

/// Parse module-level asm \p Asm. Never fails: what cannot be understood is
/// reported in Problems and parsing continues. Runs in time linear in the
/// size of the text.
BtfIdTables parseBtfIds(llvm::StringRef Asm);

/// Evaluate a `.long` operand: integer literals (decimal, 0x hex, 0 octal,
/// 0b binary), parentheses, unary ~ - +, and binary << >> & ^ | + - *.
/// Returns nullopt for anything else, on overflow of a shift, or when the
/// expression nests too deeply.
std::optional<uint64_t> evaluateFlagExpr(llvm::StringRef Expr);

/// Split a `__BTF_ID__<kind>__<name>__<digits>` label. Returns false when
/// \p Label does not have that form (including an empty name).
bool splitBtfIdLabel(llvm::StringRef Label, std::string &Kind,
                     std::string &Name);

/// Names of the known KF_* bits in \p Flags, in bit order (e.g.
/// {"KF_ACQUIRE", "KF_RET_NULL"}); unknown bits appear as "bit<N>".
std::vector<std::string> kfFlagNames(uint64_t Flags);

} // namespace kfunc

#endif // KFUNC_BTFIDS_H
