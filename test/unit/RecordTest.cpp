//===- RecordTest.cpp - Unit tests of the records and their analysis ------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/Record.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/PassInstrumentation.h"
#include "llvm/IR/PassManager.h"

#include "gtest/gtest.h"

using namespace kfunc;
using namespace llvm;

namespace {

KfuncRecord record(StringRef Name, std::string Type) {
  KfuncRecord R;
  R.Name = Name.str();
  R.Sources = SrcAnnotate | SrcBtfSet8;
  R.State = PinState::AlreadyPinned;
  R.Type = std::move(Type);
  R.CallingConv = 8;
  R.FrontEnd = FENoInline | FEUsed;
  R.Loc = "kernel/bpf/helpers.c:42";
  SetMembership S;
  S.Set = "generic_btf_ids";
  S.Kind = SetKind::Set8;
  S.SetFlags = 1;
  S.Flags = 6;
  S.FlagsText = "KF_ACQUIRE | KF_RET_NULL";
  S.Line = 17;
  R.Sets.push_back(S);
  return R;
}

/// Every field, including those KfuncRecord::operator== leaves out.
void expectSame(const std::vector<KfuncRecord> &A,
                const std::vector<KfuncRecord> &B) {
  ASSERT_EQ(A.size(), B.size());
  for (size_t I = 0; I != A.size(); ++I) {
    EXPECT_EQ(A[I], B[I]);
    ASSERT_EQ(A[I].Sets.size(), B[I].Sets.size());
    for (size_t J = 0; J != A[I].Sets.size(); ++J) {
      EXPECT_EQ(A[I].Sets[J].FlagsText, B[I].Sets[J].FlagsText);
      EXPECT_EQ(A[I].Sets[J].Line, B[I].Sets[J].Line);
    }
  }
}

class RecordsAnalysisTest : public ::testing::Test {
protected:
  LLVMContext Ctx;
  Module M{"test.c", Ctx};
  ModuleAnalysisManager MAM;

  void SetUp() override {
    // Every analysis manager asks for the instrumentation.
    MAM.registerPass([] { return PassInstrumentationAnalysis(); });
    MAM.registerPass([] { return RecordsAnalysis(); });
  }
  bool cached() { return MAM.getCachedResult<RecordsAnalysis>(M); }
  /// Invalidate as a pass that preserves nothing does.
  void afterPass() { MAM.invalidate(M, PreservedAnalyses::none()); }
};

// What the analysis remembers after a write is what reading gives.
TEST_F(RecordsAnalysisTest, WroteIsWhatIsRead) {
  std::vector<KfuncRecord> Records = {record("bpf_a", "i32 (ptr)"),
                                      record("bpf_b", "void ()")};
  RecordsAnalysis::Result &R = MAM.getResult<RecordsAnalysis>(M);
  R.write(M, Records);
  expectSame(R.all(M), readRecords(M));
  expectSame(R.own(M), readRecords(M, nullptr, /*OwnOnly=*/true));
  EXPECT_EQ(R.malformed(M), 0u);
}

TEST_F(RecordsAnalysisTest, KeptWhileTheNodesStay) {
  writeRecords(M, {record("bpf_a", "i32 (ptr)")});
  EXPECT_EQ(MAM.getResult<RecordsAnalysis>(M).all(M).size(), 1u);
  M.getOrInsertNamedMetadata("unrelated");
  afterPass();
  EXPECT_TRUE(cached());
  // The same record written again is the same uniqued node.
  writeRecords(M, {record("bpf_a", "i32 (ptr)")});
  afterPass();
  EXPECT_TRUE(cached());
}

TEST_F(RecordsAnalysisTest, ReadAgainWhenTheRecordsChange) {
  writeRecords(M, {record("bpf_a", "i32 (ptr)")});
  MAM.getResult<RecordsAnalysis>(M).all(M);
  writeRecords(M, {record("bpf_a", "i64 (ptr)")});
  afterPass();
  ASSERT_FALSE(cached());
  EXPECT_EQ(MAM.getResult<RecordsAnalysis>(M).all(M).front().Type,
            "i64 (ptr)");
}

TEST_F(RecordsAnalysisTest, ReadAgainWhenTheOwnerChanges) {
  writeRecords(M, {record("bpf_a", "i32 (ptr)")});
  EXPECT_EQ(MAM.getResult<RecordsAnalysis>(M).own(M).size(), 1u);
  // Another source file name: the records were written by another module.
  M.setSourceFileName("other.c");
  afterPass();
  ASSERT_FALSE(cached());
  EXPECT_TRUE(MAM.getResult<RecordsAnalysis>(M).own(M).empty());

  writeRecords(M, {record("bpf_a", "i32 (ptr)")});
  MAM.getResult<RecordsAnalysis>(M).own(M);
  M.getNamedMetadata(RecordOwnerMDName)->clearOperands();
  afterPass();
  EXPECT_FALSE(cached());
}

TEST_F(RecordsAnalysisTest, ReadAgainWhenARecordIsAdded) {
  writeRecords(M, {record("bpf_a", "i32 (ptr)")});
  MAM.getResult<RecordsAnalysis>(M).all(M);
  M.getNamedMetadata(RecordMDName)->addOperand(MDTuple::get(Ctx, {}));
  afterPass();
  ASSERT_FALSE(cached());
  EXPECT_EQ(MAM.getResult<RecordsAnalysis>(M).malformed(M), 1u);
}

} // namespace
