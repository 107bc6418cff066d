//===- DwarfProto.cpp - A subprogram's prototype from DWARF ---------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Written in the canonical form of Btf.h, so that it compares as text with
// the prototype pahole put into BTF.
//
//===----------------------------------------------------------------------===//

#include "Btf.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/DebugInfo/DWARF/DWARFDie.h"
#include "llvm/DebugInfo/DWARF/DWARFFormValue.h"

using namespace llvm;

namespace kfunc {
namespace scan {

namespace {

constexpr unsigned MaxDepth = 32; // Against cycles in bad DWARF.

std::string render(const DWARFDie &D, unsigned Depth);

std::string typeOf(const DWARFDie &D, unsigned Depth) {
  return render(D.getAttributeValueAsReferencedDie(dwarf::DW_AT_type),
                Depth + 1);
}

std::string tagged(StringRef Tag, const DWARFDie &D) {
  const char *N = D.getName(DINameKind::ShortName);
  return (Tag + " " + (N ? StringRef(N) : StringRef("{anon}"))).str();
}

/// The parameter list of a subprogram or subroutine type.
std::string params(const DWARFDie &D, unsigned Depth) {
  std::string Out;
  for (const DWARFDie &C : D.children()) {
    if (C.getTag() != dwarf::DW_TAG_formal_parameter &&
        C.getTag() != dwarf::DW_TAG_unspecified_parameters)
      continue;
    if (!Out.empty())
      Out += ", ";
    Out += C.getTag() == dwarf::DW_TAG_unspecified_parameters
               ? std::string("...")
               : typeOf(C, Depth);
  }
  return Out;
}

std::string arrayBound(const DWARFDie &D) {
  for (const DWARFDie &C : D.children()) {
    if (C.getTag() != dwarf::DW_TAG_subrange_type)
      continue;
    if (auto Count = C.find(dwarf::DW_AT_count))
      if (auto V = Count->getAsUnsignedConstant())
        return std::to_string(*V);
    if (auto Upper = C.find(dwarf::DW_AT_upper_bound))
      if (auto V = Upper->getAsUnsignedConstant())
        return std::to_string(*V + 1);
    return "0";
  }
  return "0";
}

std::string render(const DWARFDie &D, unsigned Depth) {
  if (!D)
    return "void";
  if (Depth > MaxDepth)
    return "?";
  switch (D.getTag()) {
  case dwarf::DW_TAG_base_type:
  case dwarf::DW_TAG_typedef:
  case dwarf::DW_TAG_unspecified_type: {
    const char *N = D.getName(DINameKind::ShortName);
    return N ? N : "?";
  }
  case dwarf::DW_TAG_pointer_type:
    return "*" + typeOf(D, Depth);
  case dwarf::DW_TAG_const_type:
    return "const " + typeOf(D, Depth);
  case dwarf::DW_TAG_volatile_type:
    return "volatile " + typeOf(D, Depth);
  case dwarf::DW_TAG_restrict_type:
    return "restrict " + typeOf(D, Depth);
  case dwarf::DW_TAG_atomic_type: // BTF has no _Atomic.
    return typeOf(D, Depth);
  case dwarf::DW_TAG_structure_type:
  case dwarf::DW_TAG_class_type:
    return tagged("struct", D);
  case dwarf::DW_TAG_union_type:
    return tagged("union", D);
  case dwarf::DW_TAG_enumeration_type:
    return tagged("enum", D);
  case dwarf::DW_TAG_array_type:
    return "[" + arrayBound(D) + "]" + typeOf(D, Depth);
  case dwarf::DW_TAG_subroutine_type:
    return "fn(" + params(D, Depth) + ") -> " + typeOf(D, Depth);
  default:
    return "?";
  }
}

} // namespace

std::string dwarfPrototype(const DWARFDie &Subprogram) {
  // The abstract instance or declaration holds the source's parameters.
  DWARFDie Decl = Subprogram;
  for (dwarf::Attribute A :
       {dwarf::DW_AT_abstract_origin, dwarf::DW_AT_specification})
    if (DWARFDie Origin = Subprogram.getAttributeValueAsReferencedDie(A)) {
      Decl = Origin;
      break;
    }
  return typeOf(Decl, 0) + " (" + params(Decl, 0) + ")";
}

} // namespace scan
} // namespace kfunc
