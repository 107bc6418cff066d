//===- VerifyBtf.cpp - Judge a final object's kfunc sets as the kernel does ===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// At boot, register_btf_kfunc_id_set() takes each kfunc set8 of `.BTF_ids`
// as resolve_btfids left it: every entry must hold the BTF id of a FUNC, and
// one id 0 makes the whole set fail to register. resolve_btfids sorted each
// set by id, so the labels inside a set's range say which kfuncs it lists
// and the ids it holds say which of them were resolved. For each listed
// kfunc of each kfunc set8:
//
//   not-in-btf           BTF has no FUNC of that name (its entry is 0);
//   unresolved           BTF has the FUNC, but the set holds no entry with
//                        its id (resolve_btfids did not run, or used other
//                        BTF);
//   btf-prototype        the FUNC's prototype differs from the DWARF one;
//   reference-prototype  it differs from the same FUNC's in the reference
//                        build's BTF (--reference);
// and for each entry of the set:
//   stray-id             a non-zero id that names no FUNC the set lists.
//
//===----------------------------------------------------------------------===//

#include "Btf.h"
#include "Scan.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"

using namespace llvm;

namespace kfunc {
namespace scan {

namespace {

class SetJudge {
public:
  SetJudge(const BtfJudgeInputs &In, const ElfBtfIdTables &Tables,
           const ElfBtfSet &Set)
      : In(In), Tables(Tables), Set(Set), Ids(Set.Ids.begin(), Set.Ids.end()) {}

  void run() {
    StringSet<> Members;
    for (size_t I : Set.Members) {
      const BtfIdEntry &E = Tables.Entries[I];
      if (E.isFunc() && Members.insert(E.Name).second)
        checkMember(E.Name);
    }
    for (uint32_t Id : Set.Ids)
      if (Id)
        checkId(Id, Members);
  }

private:
  const BtfJudgeInputs &In;
  const ElfBtfIdTables &Tables;
  const ElfBtfSet &Set;
  DenseSet<uint32_t> Ids;

  void fail(StringRef Kfunc, StringRef Check, const Twine &Detail) {
    In.Report.Failures.push_back(
        {In.File.str(), Kfunc.str(), Set.Name, Check.str(), Detail.str()});
  }

  void checkMember(StringRef Name) {
    uint32_t Id = In.Btf.funcId(Name);
    if (!Id) {
      fail(Name, "not-in-btf",
           "BTF has no FUNC of this name: resolve_btfids leaves its entry 0 "
           "and the set fails to register at boot");
      return;
    }
    if (!Ids.count(Id)) {
      fail(Name, "unresolved",
           "the set holds no entry with its BTF id " + Twine(Id) +
               " (resolve_btfids did not run, or ran on other BTF): the set "
               "fails to register at boot");
      return;
    }
    std::string Proto = In.Btf.prototype(Id);
    if (const std::string *Dwarf = In.DwarfPrototype(Name))
      if (*Dwarf != Proto)
        fail(Name, "btf-prototype",
             "BTF says '" + Proto + "', DWARF says '" + *Dwarf + "'");
    if (!In.Reference)
      return;
    if (uint32_t RefId = In.Reference->funcId(Name)) {
      std::string Ref = In.Reference->prototype(RefId);
      if (Ref != Proto)
        fail(Name, "reference-prototype",
             "BTF says '" + Proto + "', the reference build's BTF says '" +
                 Ref + "'");
    }
  }

  void checkId(uint32_t Id, const StringSet<> &Members) {
    std::optional<std::string> Name = In.Btf.funcName(Id);
    if (!Name)
      fail("#" + std::to_string(Id), "stray-id",
           "the set holds BTF id " + Twine(Id) + ", which is not a FUNC");
    else if (!Members.count(*Name))
      fail(*Name, "stray-id",
           "the set holds BTF id " + Twine(Id) +
               " of a FUNC it does not list");
  }
};

} // namespace

void judgeBtf(const BtfJudgeInputs &In, const ElfBtfIdTables &Tables) {
  for (const ElfBtfSet &Set : Tables.Sets)
    if (isKfuncSet8(Set.Kind, Set.Flags))
      SetJudge(In, Tables, Set).run();
}

} // namespace scan
} // namespace kfunc
