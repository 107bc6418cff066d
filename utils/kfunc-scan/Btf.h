//===- Btf.h - The BTF of a linked object, for --verify ---------*- C++ -*-===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// kfunc-scan reads BTF with libbpf (btf__parse_elf, btf__parse_split), the
// library bpftool and the kernel's own tools use. Without libbpf at build
// time, BtfOff.cpp stands in: available() is false and --verify says that
// the BTF checks are off.
//
// Prototypes are compared as text in one canonical form, written the same
// way from BTF (here) and from DWARF (Verify.cpp, renderDwarfPrototype):
//   void, int, unsigned int ...   base types by name
//   u32                           a typedef by its name (not resolved)
//   struct task_struct            struct/union/enum by tag and name
//                                 ("struct {anon}" without a name)
//   *T  const T  volatile T  restrict T   pointers and qualifiers
//   [N]T                          arrays
//   fn(T, ...) -> R               function types (behind pointers)
// and a whole prototype as `R (T1, T2, ...)`, `...` for varargs.
//
//===----------------------------------------------------------------------===//

#ifndef KFUNC_SCAN_BTF_H
#define KFUNC_SCAN_BTF_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace llvm {
class DWARFDie;
} // namespace llvm

namespace kfunc {
namespace scan {

/// The prototype of a DWARF subprogram (of its abstract origin or
/// declaration, which hold the source's parameters), in the form above.
std::string dwarfPrototype(const llvm::DWARFDie &Subprogram);

class BtfReader {
public:
  /// False when kfunc-scan was built without libbpf.
  static bool available();

  /// Read the `.BTF` section of the ELF file \p Path; with \p Base, as split
  /// BTF on top of that file's BTF (a module on its vmlinux).
  static llvm::Expected<std::unique_ptr<BtfReader>>
  read(llvm::StringRef Path, llvm::StringRef Base);

  virtual ~BtfReader() = default;

  /// The id of the first FUNC named \p Name (what resolve_btfids takes), or 0.
  virtual uint32_t funcId(llvm::StringRef Name) const = 0;
  /// The name of type \p Id if it is a FUNC.
  virtual std::optional<std::string> funcName(uint32_t Id) const = 0;
  /// The canonical prototype of FUNC \p Id (see above).
  virtual std::string prototype(uint32_t Id) const = 0;
};

struct ElfBtfIdTables;
struct VerifyReport;

/// What the BTF judge (VerifyBtf.cpp) needs about one linked object.
struct BtfJudgeInputs {
  llvm::StringRef File;
  const BtfReader &Btf;
  const BtfReader *Reference; ///< The reference build's BTF, if any.
  /// The DWARF prototype of a kfunc's definition, if DWARF has one.
  llvm::function_ref<const std::string *(llvm::StringRef)> DwarfPrototype;
  VerifyReport &Report;
};

/// Judge every kfunc set8 of \p Tables against the object's BTF; failures
/// go to the report.
void judgeBtf(const BtfJudgeInputs &In, const ElfBtfIdTables &Tables);

} // namespace scan
} // namespace kfunc

#endif // KFUNC_SCAN_BTF_H
