//===- Report.cpp - The JSON report of kfunc-audit ------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/Report.h"
#include "kfunc/FunctionFacts.h"
#include "kfunc/Version.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/Function.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace llvm;

namespace kfunc {

std::string Finding::text() const {
  std::string Text;
  if (!Loc.empty())
    Text += Loc + ": ";
  Text += "kfunc '" + Function + "'";
  if (!Set.empty())
    Text += " in set '" + Set + "'";
  Text += " " + Message + " [" + Check + "]";
  return Text;
}

//===----------------------------------------------------------------------===//
// JSON report
//===----------------------------------------------------------------------===//

std::string reportFileName(const Report &R) {
  // Readable part: the module's base name, with anything odd replaced.
  StringRef Base = sys::path::filename(R.ModuleId);
  if (Base.empty())
    Base = "module";
  std::string Safe;
  for (char C : Base.take_back(80))
    Safe.push_back(isAlnum(C) || C == '.' || C == '_' || C == '-' ? C : '_');
  std::string Phase;
  for (char C : R.Phase)
    Phase.push_back(isAlnum(C) || C == '-' ? C : '_');
  // Unique part: two modules with one base name (a/foo.c, b/foo.c), or two
  // full-LTO links (both "ld-temp.o"), differ.
  MD5 Hash;
  Hash.update(R.ModuleId);
  Hash.update(StringRef("\0", 1));
  Hash.update(R.SourceFile);
  Hash.update(StringRef("\0", 1));
  Hash.update(R.Salt);
  MD5::MD5Result Result;
  Hash.final(Result);
  SmallString<32> Hex;
  MD5::stringifyResult(Result, Hex);
  return Safe + "." + Phase + "." + Hex.str().substr(0, 12).str() +
         ".kfunc.json";
}

static void optionalInt(json::OStream &J, StringRef Key,
                        const std::optional<uint64_t> &V) {
  if (V)
    J.attribute(Key, int64_t(*V));
  else
    J.attribute(Key, nullptr);
}

static void optionalString(json::OStream &J, StringRef Key, StringRef V) {
  if (V.empty())
    J.attribute(Key, nullptr);
  else
    J.attribute(Key, V);
}

static void writeSet(json::OStream &J, const SetMembership &S) {
  J.object([&] {
    J.attribute("name", S.Set);
    J.attribute("kind", setKindName(S.Kind));
    optionalInt(J, "set_flags", S.SetFlags);
    J.attributeArray("set_flag_names", [&] {
      if (S.SetFlags && (*S.SetFlags & BtfSet8KfuncsFlag))
        J.value("BTF_SET8_KFUNCS");
      if (S.SetFlags)
        for (unsigned Bit = 1; Bit < 64; ++Bit)
          if (*S.SetFlags & (uint64_t(1) << Bit))
            J.value("bit" + std::to_string(Bit));
    });
    J.attribute("kfunc_set", isKfuncSet8(S.Kind, S.SetFlags));
    optionalInt(J, "flags", S.Flags);
    J.attribute("flags_text", S.FlagsText);
    J.attributeArray("flag_names", [&] {
      if (S.Flags)
        for (const std::string &N : kfFlagNames(*S.Flags))
          J.value(N);
    });
    if (S.Line)
      J.attribute("asm_line", int64_t(S.Line));
    else
      J.attribute("asm_line", nullptr);
  });
}

static void writeNameArray(json::OStream &J, StringRef Key,
                           const std::string &CommaList) {
  J.attributeArray(Key, [&] {
    SmallVector<StringRef, 6> Parts;
    StringRef(CommaList).split(Parts, ',', -1, /*KeepEmpty=*/false);
    for (StringRef P : Parts)
      J.value(P);
  });
}

static void writeFinding(json::OStream &J, const Finding &F) {
  J.object([&] {
    J.attribute("check", F.Check);
    J.attribute("severity", F.IsError ? "error" : "warning");
    J.attribute("function", F.Function);
    optionalString(J, "set", F.Set);
    optionalString(J, "loc", F.Loc);
    J.attribute("message", F.Message);
  });
}

static void writeEntry(json::OStream &J, const ReportEntry &E,
                       const std::vector<Finding> &Findings) {
  J.object([&] {
    J.attribute("name", E.Name);
    writeNameArray(J, "sources", sourceNames(E.Sources));
    J.attributeArray("sets", [&] {
      for (const SetMembership &S : E.Sets)
        writeSet(J, S);
    });
    optionalString(J, "linkage", E.Linkage);
    J.attribute("defined", E.Defined);
    J.attribute("action", E.Action);
    J.attribute("recorded", E.HasRecord);
    optionalString(J, "recorded_type", E.RecordedType);
    if (E.HasRecord)
      J.attribute("recorded_cc", callingConvName(E.RecordedCC));
    else
      J.attribute("recorded_cc", nullptr);
    optionalString(J, "current_type", E.CurrentType);
    if (!E.CurrentType.empty())
      J.attribute("current_cc", callingConvName(E.CurrentCC));
    else
      J.attribute("current_cc", nullptr);
    writeNameArray(J, "front_end", frontEndNames(E.FrontEnd));
    optionalString(J, "loc", E.Loc);
    J.attributeArray("findings", [&] {
      for (const Finding &F : Findings)
        if (F.Function == E.Name)
          J.value(F.Check);
    });
  });
}

static void writeReportJSON(raw_ostream &OS, const Report &R) {
  json::OStream J(OS, /*IndentSize=*/2);
  J.object([&] {
    J.attribute("schema_version", int64_t(ReportSchemaVersion));
    J.attribute("tool", "kfunc-preserve");
    J.attribute("version", KFUNC_VERSION_STRING);
    J.attribute("llvm_version", LLVM_VERSION_STRING);
    J.attribute("module", R.ModuleId);
    J.attribute("source_file", R.SourceFile);
    J.attribute("phase", R.Phase);
    J.attribute("whole_program", R.WholeProgram);
    J.attributeArray("checks", [&] {
      for (const std::string &C : R.Checks)
        J.value(C);
    });
    J.attributeArray("kfuncs", [&] {
      for (const ReportEntry &E : R.Entries)
        writeEntry(J, E, R.Findings);
    });
    J.attributeArray("findings", [&] {
      for (const Finding &F : R.Findings)
        writeFinding(J, F);
    });
    J.attributeObject("summary", [&] {
      J.attribute("kfuncs", int64_t(R.Entries.size()));
      J.attribute("findings", int64_t(R.Findings.size()));
      std::map<std::string, int64_t> ByCheck;
      for (const Finding &F : R.Findings)
        ++ByCheck[F.Check];
      J.attributeObject("by_check", [&] {
        for (const auto &P : ByCheck)
          J.attribute(P.first, P.second);
      });
    });
  });
  OS << "\n";
}

std::string writeReport(StringRef Path, const Report &R) {
  SmallString<256> Target(Path);
  auto Fail = [&](const Twine &Why) {
    return ("cannot write kfunc report '" + Target + "': " + Why).str();
  };
  if (Path.empty())
    return Fail("empty path");
  if (sys::path::is_separator(Path.back())) {
    if (std::error_code EC = sys::fs::create_directories(Path))
      return Fail(EC.message());
  }
  if (sys::fs::is_directory(Path))
    sys::path::append(Target, reportFileName(R));

  // Write next to the target, then rename: readers never see a partial file
  // and parallel writers (ThinLTO backends, make -j) never interleave.
  SmallString<256> Temp;
  int FD = -1;
  if (std::error_code EC =
          sys::fs::createUniqueFile(Target + ".tmp-%%%%%%%%", FD, Temp))
    return Fail(EC.message());
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    writeReportJSON(OS, R);
    OS.close();
    if (OS.has_error()) {
      std::string Msg = OS.error().message();
      OS.clear_error();
      sys::fs::remove(Temp);
      return Fail(Msg);
    }
  }
  if (std::error_code EC = sys::fs::rename(Temp, Target)) {
    sys::fs::remove(Temp);
    return Fail(EC.message());
  }
  return "";
}

} // namespace kfunc
