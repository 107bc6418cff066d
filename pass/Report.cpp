//===- Report.cpp - Diagnostics and the JSON report -----------------------===//

#include "kfunc/Report.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DiagnosticPrinter.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MD5.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace llvm;

namespace kfunc {

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

int KfuncDiagnostic::kindID() {
  // Function-local static: initialized once, thread-safe (C++11).
  static const int Kind = getNextAvailablePluginDiagnosticKind();
  return Kind;
}

KfuncDiagnostic::KfuncDiagnostic(DiagnosticSeverity Severity, const Twine &Msg)
    : DiagnosticInfo(kindID(), Severity), Message(Msg.str()) {}

void KfuncDiagnostic::print(DiagnosticPrinter &DP) const { DP << Message; }

bool KfuncDiagnostic::classof(const DiagnosticInfo *DI) {
  return DI->getKind() == kindID();
}

void diagnose(LLVMContext &Ctx, DiagnosticSeverity Severity, StringRef Pass,
              const Twine &Msg) {
  Ctx.diagnose(KfuncDiagnostic(Severity, Pass + ": " + Msg));
}

std::string sourceLocation(const Function &F) {
  const DISubprogram *SP = F.getSubprogram();
  if (!SP || SP->getFilename().empty())
    return "";
  return (SP->getFilename() + ":" + Twine(SP->getLine())).str();
}

//===----------------------------------------------------------------------===//
// JSON report
//===----------------------------------------------------------------------===//

std::string reportFileName(StringRef ModuleId, StringRef Phase) {
  // Readable part: the module's base name, with anything odd replaced.
  StringRef Base = sys::path::filename(ModuleId);
  if (Base.empty())
    Base = "module";
  std::string Safe;
  for (char C : Base.take_back(80))
    Safe.push_back(isAlnum(C) || C == '.' || C == '_' || C == '-' ? C : '_');
  // Unique part: two modules with one base name (a/foo.c, b/foo.c) differ.
  MD5 Hash;
  Hash.update(ModuleId);
  MD5::MD5Result Result;
  Hash.final(Result);
  SmallString<32> Hex;
  MD5::stringifyResult(Result, Hex);
  return Safe + "." + Phase.str() + "." + Hex.str().substr(0, 12).str() +
         ".kfunc.json";
}

static void writeSet(json::OStream &J, const SetMembership &S) {
  J.object([&] {
    J.attribute("name", S.Set);
    J.attribute("kind", setKindName(S.Kind));
    if (S.SetFlags)
      J.attribute("set_flags", int64_t(*S.SetFlags));
    else
      J.attribute("set_flags", nullptr);
    J.attribute("kfunc_set", S.Kind == SetKind::Set8 && S.SetFlags &&
                                 (*S.SetFlags & BtfSet8KfuncsFlag));
    if (S.Kind == SetKind::Set8) {
      if (S.Flags)
        J.attribute("flags", int64_t(*S.Flags));
      else
        J.attribute("flags", nullptr); // Unknown: not evaluable.
      J.attribute("flags_text", S.FlagsText);
      J.attributeArray("flag_names", [&] {
        if (S.Flags)
          for (const std::string &N : kfFlagNames(*S.Flags))
            J.value(N);
      });
    }
    if (S.Line)
      J.attribute("asm_line", int64_t(S.Line));
  });
}

static void writeSourceArray(json::OStream &J, unsigned Sources) {
  J.attributeArray("sources", [&] {
    SmallVector<StringRef, 6> Parts;
    std::string Names = sourceNames(Sources);
    StringRef(Names).split(Parts, ',', -1, /*KeepEmpty=*/false);
    for (StringRef P : Parts)
      J.value(P);
  });
}

static void writeFinding(json::OStream &J, const Finding &F) {
  J.object([&] {
    J.attribute("check", F.Check);
    J.attribute("function", F.Function);
    J.attribute("set", F.Set);
    J.attribute("loc", F.Loc);
    J.attribute("message", F.Message);
  });
}

static void writeReportJSON(raw_ostream &OS, StringRef ModuleId,
                            StringRef Phase,
                            const std::vector<ReportEntry> &Entries,
                            const std::vector<Finding> &Findings) {
  json::OStream J(OS, /*IndentSize=*/2);
  J.object([&] {
    J.attribute("schema_version", int64_t(ReportSchemaVersion));
    J.attribute("tool", "kfunc-preserve");
    J.attribute("llvm_version", LLVM_VERSION_STRING);
    J.attribute("module", ModuleId);
    J.attribute("phase", Phase);
    J.attributeArray("kfuncs", [&] {
      for (const ReportEntry &E : Entries)
        J.object([&] {
          J.attribute("name", E.Name);
          writeSourceArray(J, E.Sources);
          J.attributeArray("sets", [&] {
            for (const SetMembership &S : E.Sets)
              writeSet(J, S);
          });
          J.attribute("linkage", E.Linkage);
          J.attribute("action", E.Action);
          J.attribute("recorded_type", E.RecordedType);
          J.attribute("current_type", E.CurrentType);
          J.attribute("loc", E.Loc);
          J.attributeArray("findings", [&] {
            for (const Finding &F : Findings)
              if (F.Function == E.Name)
                J.value(F.Check);
          });
        });
    });
    J.attributeArray("findings", [&] {
      for (const Finding &F : Findings)
        writeFinding(J, F);
    });
    J.attributeObject("summary", [&] {
      J.attribute("kfuncs", int64_t(Entries.size()));
      J.attribute("findings", int64_t(Findings.size()));
      std::map<std::string, int64_t> ByCheck;
      for (const Finding &F : Findings)
        ++ByCheck[F.Check];
      J.attributeObject("by_check", [&] {
        for (const auto &P : ByCheck)
          J.attribute(P.first, P.second);
      });
    });
  });
  OS << "\n";
}

std::string writeReport(StringRef Path, StringRef ModuleId, StringRef Phase,
                        const std::vector<ReportEntry> &Entries,
                        const std::vector<Finding> &Findings) {
  SmallString<256> Target(Path);
  if (sys::fs::is_directory(Path))
    sys::path::append(Target, reportFileName(ModuleId, Phase));

  // Write next to the target, then rename: readers never see a partial file
  // and parallel writers (ThinLTO backends, make -j) never interleave.
  SmallString<256> Temp;
  int FD = -1;
  if (std::error_code EC =
          sys::fs::createUniqueFile(Target + ".tmp-%%%%%%%%", FD, Temp))
    return "cannot write kfunc report '" + Target.str().str() +
           "': " + EC.message();
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    writeReportJSON(OS, ModuleId, Phase, Entries, Findings);
    OS.close();
    if (OS.has_error()) {
      std::string Msg = OS.error().message();
      OS.clear_error();
      sys::fs::remove(Temp);
      return "cannot write kfunc report '" + Target.str().str() + "': " + Msg;
    }
  }
  if (std::error_code EC = sys::fs::rename(Temp, Target)) {
    sys::fs::remove(Temp);
    return "cannot write kfunc report '" + Target.str().str() +
           "': " + EC.message();
  }
  return "";
}

} // namespace kfunc
