//===- Verify.cpp - Check a linked ELF object's kfuncs --------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// `kfunc-scan --verify` looks at a linked object (vmlinux.o, vmlinux, a .ko),
// whichever compiler built it, and checks every `func` entry of its kfunc
// set8 tables the way resolve_btfids and pahole will depend on it:
//
//   not-defined   no defined symbol has the kfunc's exact name;
//   not-function  the symbol exists but is not an STT_FUNC;
//   clone         a clone or renamed copy exists (<name>.isra.N,
//                 .constprop.N, .part.N, .cold, .llvm.N, .argelim,
//                 .specialized.N, .lto_priv.N): its callers use a copy with
//                 a changed signature, or the copy replaced the function;
//   nocall        its DWARF subprogram says DW_CC_nocall (the compiler
//                 changed its calling convention: not callable per the ABI);
//   params        its concrete DWARF subprogram lists fewer parameters than
//                 its declaration (parameters were dropped).
//
// In a final vmlinux or .ko with `.BTF`, VerifyBtf.cpp then judges the sets
// against BTF. VerifyReport.cpp prints the result. An input of GCC LTO
// bytecode (no machine code yet) cannot be checked and is an error.
//
//===----------------------------------------------------------------------===//

#include "Btf.h"
#include "Scan.h"

#include "kfunc/Compat.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/DebugInfo/DWARF/DWARFContext.h"
#include "llvm/DebugInfo/DWARF/DWARFDie.h"
#include "llvm/DebugInfo/DWARF/DWARFUnit.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace llvm;
using namespace llvm::object;

namespace kfunc {
namespace scan {

namespace {

/// Suffixes GCC and LLVM give to clones and renamed copies of a function.
constexpr StringLiteral CloneSuffixes[] = {
    "isra", "constprop", "part", "cold", "llvm", "argelim", "specialized",
    "lto_priv"};

bool isCloneOf(StringRef Sym, StringRef Name) {
  if (Sym.size() <= Name.size() + 1 || !compat::startsWith(Sym, Name) ||
      Sym[Name.size()] != '.')
    return false;
  StringRef First = Sym.drop_front(Name.size() + 1).split('.').first;
  for (StringRef S : CloneSuffixes)
    if (First == S)
      return true;
  return false;
}

struct SymInfo {
  uint8_t Type = 0;
  bool Defined = false;
  uint64_t Address = 0;
  uint64_t Section = ~0ULL;
};

/// What DWARF says about the out-of-line body at one address.
struct DwarfFacts {
  bool NoCall = false;
  unsigned Params = 0;         ///< Formal parameters of the concrete DIE.
  std::optional<unsigned> DeclParams; ///< Of its declaration/abstract DIE.
  std::string Prototype; ///< See Btf.h.
};

unsigned countParams(const DWARFDie &D) {
  unsigned N = 0;
  for (const DWARFDie &C : D.children())
    if (C.getTag() == dwarf::DW_TAG_formal_parameter)
      ++N;
  return N;
}

/// Index the concrete subprograms of \p Names by (section, low pc).
class DwarfIndex {
public:
  DwarfIndex(const ObjectFile &Obj, const StringSet<> &Names, StringRef File,
             ScanResult &Result) {
    auto Warn = [&Result, File](Error E) {
      Result.warning(File, "DWARF: " + toString(std::move(E)));
    };
    Ctx = DWARFContext::create(
        Obj, DWARFContext::ProcessDebugRelocations::Process,
        /*L=*/nullptr, /*DWPName=*/"", Warn, Warn);
    for (const auto &CU : Ctx->compile_units()) {
      for (const auto &Entry : CU->dies()) {
        DWARFDie D(CU.get(), &Entry);
        if (D.getTag() != dwarf::DW_TAG_subprogram)
          continue;
        uint64_t Low, High, Sec;
        if (!D.getLowAndHighPC(Low, High, Sec))
          continue;
        const char *Name = D.getName(DINameKind::ShortName);
        if (!Name || !Names.count(Name))
          continue;
        HasDwarf = true;
        DwarfFacts F;
        if (auto CC = D.findRecursively(dwarf::DW_AT_calling_convention))
          if (auto V = CC->getAsUnsignedConstant())
            F.NoCall = *V == dwarf::DW_CC_nocall;
        F.Params = countParams(D);
        F.Prototype = dwarfPrototype(D);
        // The declaration or abstract instance lists the source parameters.
        for (dwarf::Attribute A :
             {dwarf::DW_AT_abstract_origin, dwarf::DW_AT_specification}) {
          DWARFDie Origin = D.getAttributeValueAsReferencedDie(A);
          if (Origin) {
            F.DeclParams = countParams(Origin);
            break;
          }
        }
        ByAddr[{Sec, Low}] = F;
        ByAddr[{~0ULL, Low}] = F;
      }
    }
  }

  bool hasDwarf() const { return HasDwarf; }
  const DwarfFacts *lookup(const SymInfo &S) const {
    auto It = ByAddr.find({S.Section, S.Address});
    if (It == ByAddr.end())
      It = ByAddr.find({~0ULL, S.Address});
    return It == ByAddr.end() ? nullptr : &It->second;
  }

private:
  std::unique_ptr<DWARFContext> Ctx;
  std::map<std::pair<uint64_t, uint64_t>, DwarfFacts> ByAddr;
  bool HasDwarf = false;
};

/// Checks one linked ELF object's kfunc set8 entries.
class ElfVerifier {
public:
  ElfVerifier(const ELFObjectFileBase &Obj, StringRef File,
              const VerifyOptions &Opts, ScanResult &Result,
              VerifyReport &Report)
      : Obj(Obj), File(File), Opts(Opts), Result(Result), Report(Report) {}

  void run();

private:
  const ELFObjectFileBase &Obj;
  StringRef File;
  const VerifyOptions &Opts;
  ScanResult &Result;
  VerifyReport &Report;
  ElfBtfIdTables Tables;
  StringSet<> Names; ///< The kfuncs of the object's set8 tables.
  /// Symbols: the exact names, and every name with a '.' (possible clones)
  /// grouped by the part before the first '.'.
  StringMap<SymInfo> Exact;
  StringMap<std::vector<std::string>> Dotted;

  bool readTables();
  bool indexSymbols();
  void checkEntry(const BtfIdEntry &E, const DwarfIndex &Dwarf);
  void checkBtf(const DwarfIndex &Dwarf);
  bool hasBtfSection() const;
  std::vector<std::string> clonesOf(StringRef Name) const;
  void fail(const BtfIdEntry &E, StringRef Check, const Twine &Detail) {
    Report.Failures.push_back(
        {File.str(), E.Name, E.SetName, Check.str(), Detail.str()});
  }
};

bool ElfVerifier::readTables() {
  if (gccLtoKind(Obj) == GccLto::Slim) {
    Result.error(File, "holds GCC LTO bytecode (GIMPLE, __gnu_lto_slim) and "
                       "no machine code: it cannot be checked; verify the "
                       "final link instead");
    return false;
  }
  Expected<ElfBtfIdTables> TablesOrErr = readElfBtfIds(Obj);
  if (!TablesOrErr) {
    Result.error(File,
                 "invalid ELF object: " + toString(TablesOrErr.takeError()));
    return false;
  }
  Tables = std::move(*TablesOrErr);
  for (const BtfIdProblem &P : Tables.Problems)
    Result.warning(File, P.Message);
  if (!Tables.HasSection)
    return false;
  ++Report.FilesWithTables;
  for (const ElfBtfSet &S : Tables.Sets)
    Report.Sets += isKfuncSet8(S.Kind, S.Flags);
  for (const BtfIdEntry &E : Tables.Entries)
    if (E.isFunc() && E.isInKfuncSet8())
      Names.insert(E.Name);
  return !Names.empty();
}

bool ElfVerifier::indexSymbols() {
  bool Rel = Obj.getEType() == ELF::ET_REL;
  for (const ELFSymbolRef Sym : Obj.symbols()) {
    Expected<StringRef> Name = Sym.getName();
    Expected<uint32_t> Flags = Sym.getFlags();
    Expected<uint64_t> Value = Sym.getValue();
    Expected<section_iterator> Sec = Sym.getSection();
    if (!Name || !Flags || !Value || !Sec) {
      Error E = joinErrors(
          joinErrors(Name.takeError(), Flags.takeError()),
          joinErrors(Value.takeError(), Sec.takeError()));
      Result.error(File, "invalid ELF object: " + toString(std::move(E)));
      return false;
    }
    if (Name->empty())
      continue;
    bool Defined = !(*Flags & SymbolRef::SF_Undefined);
    size_t Dot = Name->find('.');
    if (Dot != StringRef::npos && Dot > 0) {
      if (Defined && Names.count(Name->take_front(Dot)))
        Dotted[Name->take_front(Dot)].push_back(Name->str());
      continue;
    }
    if (!Names.count(*Name))
      continue;
    SymInfo &S = Exact[*Name];
    if (S.Defined && !Defined)
      continue; // Keep the definition over an undefined reference.
    S.Type = Sym.getELFType();
    S.Defined = Defined;
    S.Address = *Value;
    // Linked: DWARF addresses are absolute, whatever the section.
    if (*Sec != Obj.section_end() && Rel)
      S.Section = (*Sec)->getIndex();
  }
  return true;
}

std::vector<std::string> ElfVerifier::clonesOf(StringRef Name) const {
  std::vector<std::string> Clones;
  auto It = Dotted.find(Name);
  if (It != Dotted.end())
    for (const std::string &C : It->second)
      if (isCloneOf(C, Name))
        Clones.push_back(C);
  llvm::sort(Clones);
  return Clones;
}

void ElfVerifier::checkEntry(const BtfIdEntry &E, const DwarfIndex &Dwarf) {
  std::vector<std::string> Clones = clonesOf(E.Name);
  std::string CloneList = join(Clones, ", ");
  auto SIt = Exact.find(E.Name);
  if (SIt == Exact.end() || !SIt->second.Defined) {
    fail(E, "not-defined",
         Clones.empty()
             ? Twine("no defined symbol has this name")
             : "no defined symbol has this name; renamed copies stand in "
               "for it: " + CloneList);
    return;
  }
  const SymInfo &S = SIt->second;
  if (S.Type != ELF::STT_FUNC) {
    fail(E, "not-function",
         "symbol type is " + Twine(unsigned(S.Type)) + ", not STT_FUNC");
    return;
  }
  if (!Clones.empty())
    fail(E, "clone",
         "callers may use a copy with a changed signature: " + CloneList);
  const DwarfFacts *F = Dwarf.lookup(S);
  if (!F)
    return;
  if (F->NoCall)
    fail(E, "nocall", "its DWARF subprogram is marked DW_CC_nocall");
  if (F->DeclParams && F->Params < *F->DeclParams)
    fail(E, "params",
         "its DWARF subprogram lists " + Twine(F->Params) + " of " +
             Twine(*F->DeclParams) + " parameters");
}

void ElfVerifier::run() {
  if (!readTables() || !indexSymbols())
    return;
  DwarfIndex Dwarf(Obj, Names, File, Result);
  StringSet<> Done;
  for (const BtfIdEntry &E : Tables.Entries) {
    if (!E.isFunc() || !E.isInKfuncSet8())
      continue;
    if (!Done.insert(E.Name + "\x01" + E.SetName).second)
      continue;
    ++Report.Kfuncs;
    checkEntry(E, Dwarf);
  }
  checkBtf(Dwarf);
}

bool ElfVerifier::hasBtfSection() const {
  return any_of(Obj.sections(), [](const SectionRef &S) {
    Expected<StringRef> Name = S.getName();
    if (!Name) {
      consumeError(Name.takeError()); // readElfBtfIds reported it.
      return false;
    }
    return *Name == ".BTF";
  });
}

void ElfVerifier::checkBtf(const DwarfIndex &Dwarf) {
  if (!hasBtfSection()) {
    ++Report.NoBtfFiles;
    return;
  }
  if (!BtfReader::available()) {
    ++Report.BtfOffFiles;
    return;
  }
  // Modules (relocatable) have split BTF; vmlinux has its own.
  bool Module = Obj.getEType() == ELF::ET_REL;
  Expected<std::unique_ptr<BtfReader>> Btf =
      BtfReader::read(File, Module ? StringRef(Opts.BtfBase) : "");
  if (!Btf) {
    Result.error(File, toString(Btf.takeError()) +
                           (Module && Opts.BtfBase.empty()
                                ? " (a module's BTF is split: give "
                                  "--btf-base=<vmlinux>)"
                                : ""));
    return;
  }
  ++Report.BtfFiles;
  auto Prototype = [&](StringRef Name) -> const std::string * {
    auto It = Exact.find(Name);
    if (It == Exact.end() || !It->second.Defined)
      return nullptr;
    const DwarfFacts *F = Dwarf.lookup(It->second);
    return F && !F->Prototype.empty() ? &F->Prototype : nullptr;
  };
  judgeBtf({File, **Btf, Opts.Reference, Prototype, Report}, Tables);
}

void verifyBuffer(MemoryBufferRef Buf, StringRef File,
                  const VerifyOptions &Opts, ScanResult &Result,
                  VerifyReport &Report, unsigned Depth) {
  ++Result.NumInputs;
  file_magic Magic = identify_magic(Buf.getBuffer());
  if (Magic == file_magic::archive && Depth < 8) {
    forEachArchiveMember(Buf, File, Result,
                         [&](MemoryBufferRef MB, StringRef Member) {
                           verifyBuffer(MB, Member, Opts, Result, Report,
                                        Depth + 1);
                         });
    return;
  }
  if (Magic == file_magic::bitcode) {
    Result.error(File, "LLVM bitcode: --verify checks linked ELF objects");
    return;
  }
  Expected<std::unique_ptr<ObjectFile>> Obj = ObjectFile::createObjectFile(Buf);
  if (!Obj) {
    Result.error(File, "not an ELF object: " + toString(Obj.takeError()));
    return;
  }
  const auto *Elf = dyn_cast<ELFObjectFileBase>(Obj->get());
  if (!Elf) {
    Result.error(File, "not an ELF object");
    return;
  }
  ElfVerifier(*Elf, File, Opts, Result, Report).run();
}

} // namespace

void verifyPath(StringRef Path, const VerifyOptions &Opts, ScanResult &Result,
                VerifyReport &Report) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
  if (!Buf) {
    ++Result.NumInputs;
    Result.error(Path, "cannot read: " + Buf.getError().message());
    return;
  }
  runGuarded(Path, Result, [&] {
    verifyBuffer((*Buf)->getMemBufferRef(), Path, Opts, Result, Report, 0);
  });
}

} // namespace scan
} // namespace kfunc
