//===- ScanInputs.cpp - Read bitcode, archives and ELF objects ------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// Bitcode is read lazily: each module of a bitcode file (a ThinLTO file built
// with -fsplit-lto-unit holds two) is opened with getLazyModule, which reads
// the module-level records (globals, module asm) and leaves every function
// body unmaterialized. The module asm goes to the shared BTF-set parser; the
// function list gives the definitions.
//
// ELF objects carry no asm: their `.BTF_ids` section has one symbol per label
// the asm defined. Set symbols (`__BTF_ID__set8__X`) have a size that covers
// the set, so the entries of a set are the `__BTF_ID__<kind>__<name>__<n>`
// symbols inside [start + header, start + size); the flags of a set8 and of
// its entries are the 32-bit words at offset 4, read from the section in the
// object's byte order. After resolve_btfids the first word of each slot is a
// BTF id and each set is sorted by id, so a label then names a member of its
// set, not the slot it points at (the flags read for it are another
// member's).
//
//===----------------------------------------------------------------------===//

#include "Scan.h"

#include "kfunc/Compat.h"
#include "kfunc/FunctionFacts.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Object/Archive.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/DataExtractor.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"

#include <algorithm>

using namespace llvm;
using namespace llvm::object;

namespace kfunc {
namespace scan {

//===----------------------------------------------------------------------===//
// ScanResult
//===----------------------------------------------------------------------===//

bool ScannedKfunc::hasGlobalDefinition() const {
  return any_of(Definitions, [](const Definition &D) { return !D.Local; });
}

// As the plugin's -kfunc-btf-ids=set8, every set8 counts here, kfunc set or
// not: the list feeds -kfunc-list and --format=ld, and the fmod_ret targets
// of a set8 without BTF_SET8_KFUNCS must stay out of line too. Judging
// (--verify, the cross-file lint) takes kfunc sets only (isKfuncSet8).
bool ScanResult::wanted(const BtfIdEntry &E) const {
  if (!E.isFunc())
    return false;
  return Filter == EntryFilter::All || E.isInSet8();
}

void ScanResult::addTables(const BtfIdTables &Tables, StringRef File) {
  for (const BtfIdProblem &P : Tables.Problems)
    warning(File, (P.Line ? "line " + Twine(P.Line) + ": " : Twine()) +
                      P.Message);
  for (const BtfIdEntry &E : Tables.Entries) {
    if (!wanted(E))
      continue;
    ScannedKfunc &R = Kfuncs[E.Name];
    if (R.Name.empty()) {
      R.Name = E.Name;
      auto It = Defined.find(E.Name);
      if (It != Defined.end())
        R.Definitions = It->second;
    }
    R.Listings.push_back({E, File.str()});
  }
}

void ScanResult::addDefinition(StringRef Name, StringRef File, bool Local,
                               std::optional<KfuncMarks> Marks) {
  Definition D{File.str(), Local, Marks};
  Defined[Name].push_back(D);
  auto It = Kfuncs.find(Name.str());
  if (It != Kfuncs.end())
    It->second.Definitions.push_back(D);
}

std::vector<const ScannedKfunc *> ScanResult::kfuncs() const {
  std::vector<const ScannedKfunc *> Out;
  for (const auto &KV : Kfuncs)
    Out.push_back(&KV.second);
  return Out;
}

void ScanResult::error(StringRef File, const Twine &Msg) {
  std::string Text = ("'" + File + "': " + Msg).str();
  WithColor::error(errs(), "kfunc-scan") << Text << "\n";
  Errors.push_back(std::move(Text));
}

void ScanResult::warning(StringRef File, const Twine &Msg) {
  WithColor::warning(errs(), "kfunc-scan") << "'" << File << "': " << Msg
                                           << "\n";
}

//===----------------------------------------------------------------------===//
// Bitcode
//===----------------------------------------------------------------------===//

namespace {
/// Keep the reader's diagnostics instead of letting the default handler
/// exit on an error: a bad input is reported and the scan goes on.
struct CollectDiagnostics : DiagnosticHandler {
  explicit CollectDiagnostics(std::string &Out) : Out(Out) {}
  bool handleDiagnostics(const DiagnosticInfo &DI) override {
    raw_string_ostream OS(Out);
    DiagnosticPrinterRawOStream DP(OS);
    DI.print(DP);
    OS << "\n";
    return true;
  }
  std::string &Out;
};
} // namespace

/// The members of @llvm.used and @llvm.compiler.used, read as the passes
/// read them. The bitcode reader does not verify them: a list that is not an
/// array of globals is named in a warning, and neither list is read.
static UsedLists readUsedLists(const Module &M, StringRef File,
                               ScanResult &Result) {
  UsedLists Lists;
  for (const std::string &Why : Lists.collect(M))
    Result.warning(File, Why + "; neither used list of the module is read, "
                               "so none of its definitions counts as used");
  return Lists;
}

static void addBitcodeDefinitions(const Module &M, StringRef File,
                                  ScanResult &Result) {
  UsedLists Lists = readUsedLists(M, File, Result);
  auto InList = [&](const GlobalValue *G) {
    return G && (Lists.Used.count(G) || Lists.CompilerUsed.count(G));
  };
  auto MarksOf = [&](const GlobalValue &Named, const Function *F) {
    KfuncMarks K;
    K.NoInline = F && F->hasFnAttribute(Attribute::NoInline);
    K.Used = InList(&Named) || InList(F);
    return K;
  };
  // isDeclaration() is false for a function whose body is still
  // unmaterialized: nothing is read here.
  for (const Function &F : M.functions())
    if (!F.isDeclaration())
      Result.addDefinition(F.getName(), File, F.hasLocalLinkage(),
                           MarksOf(F, &F));
  for (const GlobalAlias &A : M.aliases())
    Result.addDefinition(
        A.getName(), File, A.hasLocalLinkage(),
        MarksOf(A, dyn_cast<Function>(A.getAliasee()->stripPointerCasts())));
}

static void scanBitcode(MemoryBufferRef Buf, StringRef File,
                        ScanResult &Result) {
  Expected<std::vector<BitcodeModule>> Mods = getBitcodeModuleList(Buf);
  if (!Mods) {
    Result.error(File, "invalid bitcode: " + toString(Mods.takeError()));
    return;
  }
  for (BitcodeModule &BM : *Mods) {
    // One context per module: memory is released as soon as it is read.
    LLVMContext Ctx;
    std::string Diag;
    Ctx.setDiagnosticHandler(std::make_unique<CollectDiagnostics>(Diag));
    Expected<std::unique_ptr<Module>> M =
        BM.getLazyModule(Ctx, /*ShouldLazyLoadMetadata=*/true,
                         /*IsImporting=*/false);
    if (!M) {
      Result.error(File, "invalid bitcode: " + toString(M.takeError()));
      continue;
    }
    if (!Diag.empty())
      Result.warning(File, StringRef(Diag).rtrim());
    Result.addTables(parseBtfIds((*M)->getModuleInlineAsm()), File);
    addBitcodeDefinitions(**M, File, Result);
  }
}

//===----------------------------------------------------------------------===//
// ELF
//===----------------------------------------------------------------------===//

namespace {

struct BtfSymbol {
  uint64_t Address = 0;
  uint64_t Size = 0;
  std::string Name;
};

struct BtfSection {
  uint64_t Address = 0;
  StringRef Contents;
  std::vector<BtfSymbol> Symbols;
};

/// The address range of a set's entries, [Begin, End).
struct SetRange {
  uint64_t Begin = 0, End = 0;
  size_t Index = 0; ///< Into ElfBtfIdTables::Sets.
};

/// Reads the `.BTF_ids` sections of one ELF object.
class ElfBtfIdsReader {
public:
  explicit ElfBtfIdsReader(const ELFObjectFileBase &Obj)
      : Obj(Obj), LE(Obj.isLittleEndian()) {}
  Expected<ElfBtfIdTables> read();

private:
  const ELFObjectFileBase &Obj;
  bool LE;
  ElfBtfIdTables Out;
  std::map<uint64_t, BtfSection> Sections; // By section index.

  Error collectSections();
  Error collectSymbols();
  std::vector<SetRange> readSets(const BtfSection &Sec);
  void readEntry(const BtfSection &Sec, const BtfSymbol &S,
                 const std::vector<SetRange> &Sets, const BtfSymbol *List);
  void judgeFlaglessSets();
  std::optional<uint32_t> word(const BtfSection &Sec, uint64_t Address) const;
};

} // namespace

/// Read the 32-bit word at \p Address of \p Sec, in the object's byte order.
std::optional<uint32_t> ElfBtfIdsReader::word(const BtfSection &Sec,
                                              uint64_t Address) const {
  if (Address < Sec.Address)
    return std::nullopt;
  uint64_t Offset = Address - Sec.Address;
  if (Offset + 4 > Sec.Contents.size())
    return std::nullopt;
  DataExtractor DE(Sec.Contents, LE, /*AddressSize=*/8);
  return DE.getU32(&Offset);
}

Error ElfBtfIdsReader::collectSections() {
  for (const SectionRef &S : Obj.sections()) {
    Expected<StringRef> Name = S.getName();
    if (!Name)
      return Name.takeError();
    if (*Name != ".BTF_ids")
      continue;
    BtfSection &B = Sections[S.getIndex()];
    B.Address = S.getAddress();
    Expected<StringRef> C = S.getContents();
    if (!C)
      return C.takeError();
    B.Contents = *C;
  }
  return Error::success();
}

Error ElfBtfIdsReader::collectSymbols() {
  for (const ELFSymbolRef Sym : Obj.symbols()) {
    Expected<section_iterator> SecIt = Sym.getSection();
    if (!SecIt)
      return SecIt.takeError();
    if (*SecIt == Obj.section_end())
      continue;
    auto It = Sections.find((*SecIt)->getIndex());
    if (It == Sections.end())
      continue;
    Expected<StringRef> Name = Sym.getName();
    if (!Name)
      return Name.takeError();
    Expected<uint64_t> Value = Sym.getValue();
    if (!Value)
      return Value.takeError();
    // ELF symbol values are section offsets in relocatable objects and
    // addresses otherwise; getAddress() of the section matches either way.
    uint64_t Addr = *Value;
    if (Obj.getEType() == ELF::ET_REL)
      Addr += It->second.Address;
    It->second.Symbols.push_back({Addr, Sym.getSize(), Name->str()});
  }
  // Sets first at equal addresses, so they open before their entries.
  for (auto &KV : Sections)
    llvm::stable_sort(KV.second.Symbols,
                      [](const BtfSymbol &A, const BtfSymbol &B) {
                        return A.Address < B.Address;
                      });
  return Error::success();
}

std::vector<SetRange> ElfBtfIdsReader::readSets(const BtfSection &Sec) {
  std::vector<SetRange> Ranges;
  for (const BtfSymbol &S : Sec.Symbols) {
    SetKind Kind;
    StringRef Name;
    if (!splitBtfSetLabel(S.Name, Kind, Name))
      continue;
    ElfBtfSet Set;
    Set.Name = Name.str();
    Set.Kind = Kind;
    unsigned Width = Kind == SetKind::Set8 ? 8 : 4;
    if (S.Size == 0)
      Out.Problems.push_back(
          {0, "BTF set symbol '" + S.Name + "' has no size"});
    if (Kind == SetKind::Set8)
      Set.Flags = word(Sec, S.Address + 4);
    // After resolve_btfids, each slot's first word is the BTF id.
    for (uint64_t A = S.Address + Width; A + Width <= S.Address + S.Size;
         A += Width)
      Set.Ids.push_back(word(Sec, A).value_or(0));
    Ranges.push_back({S.Address + Width, S.Address + S.Size, Out.Sets.size()});
    Out.Sets.push_back(std::move(Set));
  }
  return Ranges;
}

void ElfBtfIdsReader::readEntry(const BtfSection &Sec, const BtfSymbol &S,
                                const std::vector<SetRange> &Sets,
                                const BtfSymbol *List) {
  BtfIdEntry E;
  if (!splitBtfIdLabel(S.Name, E.Kind, E.Name)) {
    Out.Problems.push_back({0, "malformed BTF id symbol '" + S.Name + "'"});
    return;
  }
  const SetRange *In = nullptr;
  for (const SetRange &R : Sets)
    if (S.Address >= R.Begin && S.Address < R.End)
      In = &R;
  if (In) {
    ElfBtfSet &Set = Out.Sets[In->Index];
    E.InSet = Set.Kind;
    E.SetName = Set.Name;
    E.SetFlags = Set.Flags;
    Set.Members.push_back(Out.Entries.size());
    if (Set.Kind == SetKind::Set8) {
      E.Flags = word(Sec, S.Address + 4);
      if (E.Flags)
        E.FlagsText = std::to_string(*E.Flags);
      else
        Out.Problems.push_back(
            {0, "BTF id '" + S.Name + "' lies outside .BTF_ids data"});
    }
  } else if (List) {
    // A list entry, unless a set ended between the list label and it.
    bool SetBetween = any_of(Sets, [&](const SetRange &R) {
      return R.End > List->Address && R.End <= S.Address;
    });
    if (!SetBetween)
      E.SetName = List->Name;
  }
  Out.Entries.push_back(std::move(E));
}

/// In an ELF object, a 6.0-6.8 set8 header (`.zero 8`) and a 6.9+ set8
/// without BTF_SET8_KFUNCS both read as a zero flags word. When no set8 of
/// the object has the flag, the object predates it: its set8 tables have no
/// flags word (nullopt), and hold kfuncs.
void ElfBtfIdsReader::judgeFlaglessSets() {
  auto HasFlag = [](const std::optional<uint64_t> &F) {
    return F && (*F & BtfSet8KfuncsFlag);
  };
  if (any_of(Out.Sets, [&](const ElfBtfSet &S) { return HasFlag(S.Flags); }))
    return;
  for (ElfBtfSet &S : Out.Sets)
    if (S.Flags == 0u)
      S.Flags.reset();
  for (BtfIdEntry &E : Out.Entries)
    if (E.SetFlags == 0u)
      E.SetFlags.reset();
}

Expected<ElfBtfIdTables> ElfBtfIdsReader::read() {
  // A corrupt section or symbol table ends the read with an error: going on
  // past one bad entry can mean millions of bad ones.
  if (Error E = collectSections())
    return E;
  if (Sections.empty())
    return std::move(Out);
  Out.HasSection = true;
  if (Error E = collectSymbols())
    return E;
  for (auto &SecKV : Sections) {
    const BtfSection &Sec = SecKV.second;
    std::vector<SetRange> Sets = readSets(Sec);
    const BtfSymbol *List = nullptr; // Last plain label (BTF_ID_LIST name).
    for (const BtfSymbol &S : Sec.Symbols) {
      SetKind Kind;
      StringRef Name;
      if (!compat::startsWith(S.Name, BtfIdLabelPrefix))
        List = &S;
      else if (!splitBtfSetLabel(S.Name, Kind, Name))
        readEntry(Sec, S, Sets, List);
    }
  }
  judgeFlaglessSets();
  return std::move(Out);
}

Expected<ElfBtfIdTables> readElfBtfIds(const ELFObjectFileBase &Obj) {
  return ElfBtfIdsReader(Obj).read();
}

GccLto gccLtoKind(const ELFObjectFileBase &Obj) {
  bool HasGimple = any_of(Obj.sections(), [](const SectionRef &S) {
    Expected<StringRef> Name = S.getName();
    if (!Name) {
      consumeError(Name.takeError()); // Reported by the reader proper.
      return false;
    }
    return compat::startsWith(*Name, ".gnu.lto_");
  });
  if (!HasGimple)
    return GccLto::None;
  bool Slim = any_of(Obj.symbols(), [](const SymbolRef &Sym) {
    Expected<StringRef> Name = Sym.getName();
    if (!Name) {
      consumeError(Name.takeError());
      return false;
    }
    return *Name == "__gnu_lto_slim";
  });
  return Slim ? GccLto::Slim : GccLto::Fat;
}

static void scanElf(const ELFObjectFileBase &Obj, StringRef File,
                    ScanResult &Result) {
  switch (gccLtoKind(Obj)) {
  case GccLto::Slim:
    Result.error(File, "holds GCC LTO bytecode (GIMPLE, __gnu_lto_slim) and "
                       "no machine code: its BTF tables and functions exist "
                       "only after the final link compiles it; scan the "
                       "linked output instead");
    return;
  case GccLto::Fat:
    Result.warning(File, "holds GCC LTO bytecode besides machine code "
                         "(-ffat-lto-objects): an LTO link compiles the "
                         "bytecode again; what is read here is the machine "
                         "code");
    break;
  case GccLto::None:
    break;
  }
  Expected<ElfBtfIdTables> Tables = readElfBtfIds(Obj);
  if (!Tables) {
    Result.error(File, "invalid ELF object: " + toString(Tables.takeError()));
    return;
  }
  Result.addTables(*Tables, File);
  for (const ELFSymbolRef Sym : Obj.symbols()) {
    if (Sym.getELFType() != ELF::STT_FUNC)
      continue;
    Expected<uint32_t> Flags = Sym.getFlags();
    if (!Flags) {
      Result.error(File, "invalid ELF object: " + toString(Flags.takeError()));
      return;
    }
    if (*Flags & SymbolRef::SF_Undefined)
      continue;
    Expected<StringRef> Name = Sym.getName();
    if (!Name) {
      Result.error(File, "invalid ELF object: " + toString(Name.takeError()));
      return;
    }
    Result.addDefinition(*Name, File, Sym.getBinding() == ELF::STB_LOCAL);
  }
}

//===----------------------------------------------------------------------===//
// Dispatch
//===----------------------------------------------------------------------===//

void forEachArchiveMember(
    MemoryBufferRef Buf, StringRef File, ScanResult &Result,
    function_ref<void(MemoryBufferRef, StringRef)> Fn) {
  Expected<std::unique_ptr<Archive>> Ar = Archive::create(Buf);
  if (!Ar) {
    Result.error(File, "invalid archive: " + toString(Ar.takeError()));
    return;
  }
  Error Err = Error::success();
  for (const Archive::Child &C : (*Ar)->children(Err)) {
    Expected<StringRef> Name = C.getName();
    std::string Member =
        (File + "(" + (Name ? *Name : StringRef("?")) + ")").str();
    if (!Name)
      consumeError(Name.takeError());
    // For thin archives this reads the member's own file.
    Expected<MemoryBufferRef> MB = C.getMemoryBufferRef();
    if (!MB) {
      Result.error(Member, toString(MB.takeError()));
      continue;
    }
    Fn(*MB, Member);
  }
  if (Err)
    Result.error(File, "invalid archive: " + toString(std::move(Err)));
}

static void scanBuffer(MemoryBufferRef Buf, StringRef File, ScanResult &Result,
                       unsigned Depth) {
  ++Result.NumInputs;
  file_magic Magic = identify_magic(Buf.getBuffer());
  switch (Magic) {
  case file_magic::bitcode:
    scanBitcode(Buf, File, Result);
    return;
  case file_magic::archive:
    if (Depth > 8) {
      Result.error(File, "archives nested too deeply");
      return;
    }
    forEachArchiveMember(Buf, File, Result,
                         [&](MemoryBufferRef MB, StringRef Member) {
                           scanBuffer(MB, Member, Result, Depth + 1);
                         });
    return;
  case file_magic::elf:
  case file_magic::elf_relocatable:
  case file_magic::elf_executable:
  case file_magic::elf_shared_object: {
    Expected<std::unique_ptr<ObjectFile>> Obj =
        ObjectFile::createObjectFile(Buf);
    if (!Obj) {
      Result.error(File, "invalid ELF object: " + toString(Obj.takeError()));
      return;
    }
    if (const auto *Elf = dyn_cast<ELFObjectFileBase>(Obj->get()))
      scanElf(*Elf, File, Result);
    else
      Result.error(File, "not an ELF object");
    return;
  }
  default:
    Result.error(File, Buf.getBufferSize() == 0
                           ? "empty file"
                           : "unknown file format (expected LLVM bitcode, an "
                             "archive or an ELF object)");
    return;
  }
}

static void captureFatalError(void *Out, const char *Reason, bool) {
  *static_cast<std::string *>(Out) = Reason ? Reason : "";
}

bool runGuarded(StringRef File, ScanResult &Result,
                function_ref<void()> Fn) {
  // Some LLVM readers end in report_fatal_error on malformed input (e.g.
  // ELFObjectFile::getRela while DWARF relocations are applied). Keep its
  // message, and let the crash recovery context turn the abort() that
  // follows into a failed input instead of a dead process.
  std::string Reason;
  ScopedFatalErrorHandler Handler(captureFatalError, &Reason);
  CrashRecoveryContext CRC;
  if (CRC.RunSafely(Fn))
    return true;
  Result.error(File, Reason.empty()
                         ? Twine("LLVM crashed while reading it")
                         : "LLVM could not read it: " + Twine(Reason));
  return false;
}

void scanPath(StringRef Path, ScanResult &Result) {
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buf =
      MemoryBuffer::getFileOrSTDIN(Path, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
  if (!Buf) {
    ++Result.NumInputs;
    Result.error(Path, "cannot read: " + Buf.getError().message());
    return;
  }
  runGuarded(Path, Result,
             [&] { scanBuffer((*Buf)->getMemBufferRef(), Path, Result, 0); });
}

} // namespace scan
} // namespace kfunc
