//===- KfuncListTest.cpp - Unit tests of the kfunc list parser ------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/KfuncList.h"

#include "gtest/gtest.h"

using namespace kfunc;

namespace {

std::vector<std::string> names(const KfuncList &L) {
  std::vector<std::string> Out;
  for (const KfuncListEntry &E : L.Names)
    Out.push_back(E.Name);
  return Out;
}

TEST(KfuncList, Basic) {
  KfuncList L = parseKfuncList("# header\nbpf_a\n  bpf_b  # why\n\n_x_y_1\n"
                               "last_no_newline");
  EXPECT_TRUE(L.Problems.empty());
  EXPECT_EQ(names(L), (std::vector<std::string>{"bpf_a", "bpf_b", "_x_y_1",
                                                 "last_no_newline"}));
  EXPECT_EQ(L.Names[1].Line, 3u);
  EXPECT_EQ(L.Names[3].Line, 6u);
}

TEST(KfuncList, EmptyAndBlank) {
  EXPECT_TRUE(parseKfuncList("").Names.empty());
  EXPECT_TRUE(parseKfuncList("").Problems.empty());
  KfuncList L = parseKfuncList("\n\n  \t\n# only comments\n\r\n");
  EXPECT_TRUE(L.Names.empty());
  EXPECT_TRUE(L.Problems.empty());
}

TEST(KfuncList, CRLF) {
  KfuncList L = parseKfuncList("a\r\nb # c\r\n\r\nc");
  EXPECT_TRUE(L.Problems.empty());
  EXPECT_EQ(names(L), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(KfuncList, InvalidLines) {
  KfuncList L = parseKfuncList("ok\n1digit\nhas space\nbad-dash\nok2\n");
  EXPECT_EQ(names(L), (std::vector<std::string>{"ok", "ok2"}));
  ASSERT_EQ(L.Problems.size(), 3u);
  EXPECT_EQ(L.Problems[0].Line, 2u);
  EXPECT_NE(L.Problems[0].Message.find("'1digit' is not a C identifier"),
            std::string::npos);
  EXPECT_EQ(L.Problems[2].Line, 4u);
}

TEST(KfuncList, BinaryIsSanitized) {
  std::string Bin("ok\n\x01\x02\xff\xfe\n", 8);
  Bin += std::string("z\0z\n", 4);
  KfuncList L = parseKfuncList(Bin);
  EXPECT_EQ(names(L), (std::vector<std::string>{"ok"}));
  ASSERT_EQ(L.Problems.size(), 2u);
  for (const KfuncListProblem &P : L.Problems)
    for (char C : P.Message)
      EXPECT_TRUE(C >= 32 && C < 127) << int(C);
}

TEST(KfuncList, ProblemsAreCapped) {
  std::string T;
  for (int I = 0; I < 1000; ++I)
    T += "bad name\n";
  T += "good\n";
  KfuncList L = parseKfuncList(T, 5);
  EXPECT_EQ(names(L), (std::vector<std::string>{"good"}));
  ASSERT_EQ(L.Problems.size(), 6u);
  EXPECT_EQ(L.Problems.back().Message, "995 more invalid lines ignored");
  EXPECT_EQ(L.Problems.back().Line, 0u); // About many lines, not one.
}

TEST(KfuncList, LongLineIsShortened) {
  std::string Long(100000, 'x');
  Long += "-";
  KfuncList L = parseKfuncList(Long);
  ASSERT_EQ(L.Problems.size(), 1u);
  EXPECT_LT(L.Problems[0].Message.size(), 200u);
  EXPECT_NE(L.Problems[0].Message.find("...'"), std::string::npos);
  // A long valid name is a name.
  EXPECT_EQ(parseKfuncList(std::string(100000, 'y')).Names.size(), 1u);
}

TEST(KfuncList, CIdentifiers) {
  EXPECT_TRUE(isCIdentifier("bpf_kfunc"));
  EXPECT_TRUE(isCIdentifier("_x"));
  EXPECT_TRUE(isCIdentifier("x9"));
  // LLVM symbols that are no C names: renames, other languages' names.
  EXPECT_FALSE(isCIdentifier(".L1$a"));
  EXPECT_FALSE(isCIdentifier("a.b"));
  EXPECT_FALSE(isCIdentifier("a-b"));
  EXPECT_FALSE(isCIdentifier("julia_axpy!_1"));
  EXPECT_FALSE(isCIdentifier(""));
  EXPECT_FALSE(isCIdentifier("9x"));
  EXPECT_FALSE(isCIdentifier("a b"));
  EXPECT_FALSE(isCIdentifier("a\xc3\xa9"));
}

} // namespace
