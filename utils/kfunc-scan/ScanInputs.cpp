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
// its entries are the 32-bit words at offset 4, read from the section.
//
//===----------------------------------------------------------------------===//

#include "Scan.h"

#include "kfunc/Compat.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/BinaryFormat/Magic.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/DiagnosticPrinter.h"
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

bool KfuncRecord::hasGlobalDefinition() const {
  return any_of(Definitions, [](const Definition &D) { return !D.Local; });
}

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
    KfuncRecord &R = Kfuncs[E.Name];
    if (R.Name.empty()) {
      R.Name = E.Name;
      auto It = Defined.find(E.Name);
      if (It != Defined.end())
        R.Definitions = It->second;
    }
    R.Listings.push_back({E, File.str()});
  }
}

void ScanResult::addDefinition(StringRef Name, StringRef File, bool Local) {
  Definition D{File.str(), Local};
  Defined[Name].push_back(D);
  auto It = Kfuncs.find(Name.str());
  if (It != Kfuncs.end())
    It->second.Definitions.push_back(D);
}

std::vector<const KfuncRecord *> ScanResult::kfuncs() const {
  std::vector<const KfuncRecord *> Out;
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
    // isDeclaration() is false for a function whose body is still
    // unmaterialized: nothing is read here.
    for (const Function &F : (*M)->functions())
      if (!F.isDeclaration())
        Result.addDefinition(F.getName(), File, F.hasLocalLinkage());
    for (const GlobalAlias &A : (*M)->aliases())
      Result.addDefinition(A.getName(), File, A.hasLocalLinkage());
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

} // namespace

static constexpr StringLiteral Set8Prefix = "__BTF_ID__set8__";
static constexpr StringLiteral SetPrefix = "__BTF_ID__set__";
static constexpr StringLiteral IdPrefix = "__BTF_ID__";

/// Read the little- or big-endian 32-bit word at \p Offset of \p Sec.
static std::optional<uint64_t> readWord(const BtfSection &Sec,
                                        uint64_t Address, bool LittleEndian) {
  if (Address < Sec.Address)
    return std::nullopt;
  uint64_t Offset = Address - Sec.Address;
  if (Offset + 4 > Sec.Contents.size())
    return std::nullopt;
  DataExtractor DE(Sec.Contents, LittleEndian, /*AddressSize=*/8);
  return DE.getU32(&Offset);
}

Expected<BtfIdTables> readElfBtfIds(const ELFObjectFileBase &Obj) {
  // A corrupt section or symbol table ends the read with an error: going on
  // past one bad entry can mean millions of bad ones.
  BtfIdTables Out;
  std::map<uint64_t, BtfSection> Sections; // By section index.
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
  if (Sections.empty())
    return Out;

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

  bool LE = Obj.isLittleEndian();
  for (auto &SecKV : Sections) {
    BtfSection &Sec = SecKV.second;
    // Sets first at equal addresses, so they open before their entries.
    llvm::stable_sort(Sec.Symbols, [](const BtfSymbol &A, const BtfSymbol &B) {
      return A.Address < B.Address;
    });

    struct SetRange {
      uint64_t Begin, End;
      SetKind Kind;
      std::string Name;
      std::optional<uint64_t> Flags;
    };
    std::vector<SetRange> Sets;
    for (const BtfSymbol &S : Sec.Symbols) {
      bool Is8 = compat::startsWith(S.Name, Set8Prefix);
      if (!Is8 && !compat::startsWith(S.Name, SetPrefix))
        continue;
      SetRange R;
      R.Kind = Is8 ? SetKind::Set8 : SetKind::Set;
      R.Name = StringRef(S.Name).drop_front(Is8 ? Set8Prefix.size()
                                                : SetPrefix.size()).str();
      R.Begin = S.Address + (Is8 ? 8 : 4);
      R.End = S.Address + S.Size;
      if (S.Size == 0)
        Out.Problems.push_back(
            {0, "BTF set symbol '" + S.Name + "' has no size"});
      if (Is8)
        R.Flags = readWord(Sec, S.Address + 4, LE);
      Sets.push_back(std::move(R));
    }

    std::string List; // Last plain label (BTF_ID_LIST name).
    uint64_t ListAddr = 0;
    for (const BtfSymbol &S : Sec.Symbols) {
      if (!compat::startsWith(S.Name, IdPrefix)) {
        List = S.Name;
        ListAddr = S.Address;
        continue;
      }
      if (compat::startsWith(S.Name, Set8Prefix) ||
          compat::startsWith(S.Name, SetPrefix))
        continue;
      BtfIdEntry E;
      if (!splitBtfIdLabel(S.Name, E.Kind, E.Name)) {
        Out.Problems.push_back({0, "malformed BTF id symbol '" + S.Name + "'"});
        continue;
      }
      const SetRange *In = nullptr;
      for (const SetRange &R : Sets)
        if (S.Address >= R.Begin && S.Address < R.End)
          In = &R;
      if (In) {
        E.InSet = In->Kind;
        E.SetName = In->Name;
        E.SetFlags = In->Flags;
        if (In->Kind == SetKind::Set8) {
          E.Flags = readWord(Sec, S.Address + 4, LE);
          if (E.Flags)
            E.FlagsText = std::to_string(*E.Flags);
          else
            Out.Problems.push_back({0, "BTF id '" + S.Name +
                                           "' lies outside .BTF_ids data"});
        }
      } else {
        // A list entry, unless a set ended between the list label and it.
        bool SetBetween = any_of(Sets, [&](const SetRange &R) {
          return R.End > ListAddr && R.End <= S.Address;
        });
        if (!List.empty() && !SetBetween)
          E.SetName = List;
      }
      Out.Entries.push_back(std::move(E));
    }
  }
  return Out;
}

static void scanElf(const ELFObjectFileBase &Obj, StringRef File,
                    ScanResult &Result) {
  Expected<BtfIdTables> Tables = readElfBtfIds(Obj);
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
