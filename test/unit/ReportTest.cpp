//===- ReportTest.cpp - Unit tests of the JSON report writer --------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/Report.h"
#include "kfunc/FunctionFacts.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include "gtest/gtest.h"

#include <unistd.h>

using namespace kfunc;
using namespace llvm;

namespace {

class ReportTest : public ::testing::Test {
protected:
  SmallString<128> Dir;
  void SetUp() override {
    ASSERT_FALSE(sys::fs::createUniqueDirectory("kfunc-report-test", Dir));
  }
  void TearDown() override { sys::fs::remove_directories(Dir); }

  std::string path(StringRef Name) {
    SmallString<128> P(Dir);
    sys::path::append(P, Name);
    return P.str().str();
  }

  /// Files in Dir (names only).
  std::vector<std::string> files() {
    std::vector<std::string> Out;
    std::error_code EC;
    for (sys::fs::directory_iterator I(Dir, EC), E; I != E && !EC;
         I.increment(EC))
      Out.push_back(sys::path::filename(I->path()).str());
    std::sort(Out.begin(), Out.end());
    return Out;
  }

  static Report sample() {
    Report R;
    R.ModuleId = "kernel/bpf/cpumask.c";
    R.SourceFile = "kernel/bpf/cpumask.c";
    R.Phase = "compile";
    R.Checks = {"lost", "inlinable"};
    ReportEntry E;
    E.Name = "bpf_cpumask_create";
    E.Sources = SrcAnnotate | SrcBtfSet8;
    SetMembership S;
    S.Set = "cpumask_kfunc_btf_ids";
    S.Kind = SetKind::Set8;
    S.SetFlags = 1;
    S.Flags = 5;
    S.FlagsText = "(1 << 0) | (1 << 2)";
    S.Line = 12;
    E.Sets.push_back(S);
    E.Linkage = "external";
    E.Action = "pinned";
    E.HasRecord = true;
    E.Defined = true;
    E.RecordedType = "ptr ()";
    E.CurrentType = "ptr ()";
    E.Loc = "kernel/bpf/cpumask.c:42";
    R.Entries.push_back(E);
    ReportEntry G;
    G.Name = "gone \"quoted\"\n\x01";
    G.Action = "not-found";
    R.Entries.push_back(G);
    Finding F;
    F.Check = "lost";
    F.Function = G.Name;
    F.Message = "was defined when pinned and is no longer defined";
    R.Findings.push_back(F);
    return R;
  }

  static json::Value read(StringRef Path) {
    auto Buf = MemoryBuffer::getFile(Path);
    EXPECT_TRUE(bool(Buf)) << Path.str();
    if (!Buf)
      return nullptr;
    Expected<json::Value> V = json::parse((*Buf)->getBuffer());
    EXPECT_TRUE(bool(V)) << toString(V.takeError());
    return V ? std::move(*V) : json::Value(nullptr);
  }
};

TEST_F(ReportTest, WritesValidJson) {
  std::string P = path("r.json");
  ASSERT_EQ(writeReport(P, sample()), "");
  json::Value V = read(P);
  const json::Object *O = V.getAsObject();
  ASSERT_TRUE(O);
  EXPECT_EQ(O->getInteger("schema_version"), int64_t(ReportSchemaVersion));
  EXPECT_EQ(O->getString("module"), StringRef("kernel/bpf/cpumask.c"));
  EXPECT_EQ(O->getString("phase"), StringRef("compile"));
  const json::Array *K = O->getArray("kfuncs");
  ASSERT_TRUE(K);
  ASSERT_EQ(K->size(), 2u);
  const json::Object *E = (*K)[0].getAsObject();
  ASSERT_TRUE(E);
  EXPECT_EQ(E->getString("name"), StringRef("bpf_cpumask_create"));
  EXPECT_EQ(E->getString("action"), StringRef("pinned"));
  const json::Array *Src = E->getArray("sources");
  ASSERT_TRUE(Src);
  ASSERT_EQ(Src->size(), 2u);
  EXPECT_EQ((*Src)[0].getAsString(), StringRef("annotate"));
  EXPECT_EQ((*Src)[1].getAsString(), StringRef("btf-set8"));
  const json::Object *S = (*E->getArray("sets"))[0].getAsObject();
  ASSERT_TRUE(S);
  EXPECT_EQ(S->getString("kind"), StringRef("set8"));
  EXPECT_EQ(S->getInteger("flags"), int64_t(5));
  EXPECT_EQ(S->getBoolean("kfunc_set"), true);
  const json::Array *FN = S->getArray("flag_names");
  ASSERT_TRUE(FN);
  ASSERT_EQ(FN->size(), 2u);
  EXPECT_EQ((*FN)[1].getAsString(), StringRef("KF_RET_NULL"));
  // Odd characters survive the round trip.
  const json::Object *G = (*K)[1].getAsObject();
  EXPECT_EQ(G->getString("name"), StringRef("gone \"quoted\"\n\x01"));
  const json::Array *GF = G->getArray("findings");
  ASSERT_TRUE(GF);
  ASSERT_EQ(GF->size(), 1u);
  EXPECT_EQ((*GF)[0].getAsString(), StringRef("lost"));
  const json::Object *Sum = O->getObject("summary");
  ASSERT_TRUE(Sum);
  EXPECT_EQ(Sum->getInteger("findings"), int64_t(1));
  EXPECT_EQ(Sum->getObject("by_check")->getInteger("lost"), int64_t(1));
  // No temporary file left behind.
  EXPECT_EQ(files(), std::vector<std::string>{"r.json"});
}

TEST_F(ReportTest, EmptyReport) {
  Report R;
  std::string P = path("empty.json");
  ASSERT_EQ(writeReport(P, R), "");
  json::Value V = read(P);
  ASSERT_TRUE(V.getAsObject());
  EXPECT_EQ(V.getAsObject()->getArray("kfuncs")->size(), 0u);
}

TEST_F(ReportTest, DirectoryGetsOneFilePerModule) {
  Report A = sample(), B = sample();
  B.ModuleId = "other/cpumask.c";
  ASSERT_EQ(writeReport(Dir, A), "");
  ASSERT_EQ(writeReport(Dir, B), "");
  ASSERT_EQ(writeReport(Dir, A), ""); // Same module: replaced, not added.
  std::vector<std::string> F = files();
  ASSERT_EQ(F.size(), 2u);
  EXPECT_NE(std::find(F.begin(), F.end(), reportFileName(A)), F.end());
  EXPECT_NE(std::find(F.begin(), F.end(), reportFileName(B)), F.end());
  EXPECT_NE(reportFileName(A), reportFileName(B));
  for (const std::string &N : F)
    EXPECT_EQ(N.substr(N.size() - std::min<size_t>(N.size(), 11)), ".kfunc.json") << N;
}

TEST_F(ReportTest, FileNameIsSafe) {
  Report R;
  R.ModuleId = "../../we ird/na:me\n.c";
  R.Phase = "a/b";
  std::string N = reportFileName(R);
  EXPECT_EQ(N.find('/'), std::string::npos);
  EXPECT_EQ(N.find('\n'), std::string::npos);
  EXPECT_EQ(N.find(' '), std::string::npos);
  R.ModuleId = "";
  EXPECT_FALSE(reportFileName(R).empty());
}

TEST_F(ReportTest, TrailingSeparatorCreatesDirectory) {
  std::string Sub = path("new/sub") + "/";
  ASSERT_EQ(writeReport(Sub, sample()), "");
  EXPECT_TRUE(sys::fs::is_directory(Sub));
}

TEST_F(ReportTest, Unwritable) {
  // A path under a regular file cannot be created.
  std::string File = path("plain");
  ASSERT_EQ(writeReport(File, sample()), "");
  std::string Err = writeReport(File + "/x.json", sample());
  EXPECT_NE(Err.find("cannot write kfunc report"), std::string::npos) << Err;
  EXPECT_NE(Err.find(File + "/x.json"), std::string::npos) << Err;
  // Missing directory, empty path.
  EXPECT_NE(writeReport(path("missing/x.json"), sample()), "");
  EXPECT_NE(writeReport("", sample()), "");
  // A read-only directory (meaningless as root, who may write anyway).
  if (geteuid() != 0) {
    std::string RO = path("ro");
    ASSERT_FALSE(sys::fs::create_directory(RO));
    ASSERT_FALSE(sys::fs::setPermissions(RO, sys::fs::owner_read |
                                                 sys::fs::owner_exe));
    EXPECT_NE(writeReport(RO + "/x.json", sample()), "");
    sys::fs::setPermissions(RO, sys::fs::all_all);
  }
  // Nothing half-written anywhere.
  for (const std::string &N : files())
    EXPECT_EQ(N.find(".tmp-"), std::string::npos) << N;
}

TEST(ReportHelpers, CallingConvName) {
  EXPECT_EQ(callingConvName(0), "ccc");
  EXPECT_FALSE(callingConvName(12345).empty());
}

} // namespace
