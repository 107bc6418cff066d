//===- BtfIdsTest.cpp - Unit tests of the .BTF_ids asm parser -------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "kfunc/BtfIds.h"

#include "gtest/gtest.h"

#include <string>

using namespace kfunc;

namespace {

/// The 6.12 form of one BTF_ID_FLAGS(func, Name, Flags) (docs/internals.md).
std::string entry(const std::string &Name, const std::string &Flags,
                  unsigned N = 1) {
  std::string L = "__BTF_ID__func__" + Name + "__" + std::to_string(N);
  return ".pushsection .BTF_ids,\"a\";\n.local " + L + " ;\n.type  " + L +
         ", STT_OBJECT;\n.size  " + L + ", 4;\n" + L + ":\n.zero 4\n.long " +
         Flags + "\n.popsection;\n";
}

std::string set8Start(const std::string &Set, const char *Flags = "(1 << 0)") {
  std::string S = ".pushsection .BTF_ids,\"a\";\n.local " + Set + ";\n" + Set +
                  ":;\n.popsection;\n.pushsection .BTF_ids,\"a\";\n"
                  ".local __BTF_ID__set8__" + Set + ";\n__BTF_ID__set8__" +
                  Set + ":;\n";
  if (Flags)
    S += std::string(".zero 4\n.long ") + Flags + "\n";
  else
    S += ".zero 8\n"; // 6.0-6.8: no flags word.
  return S + ".popsection;\n";
}

std::string set8End(const std::string &Set) {
  return ".pushsection .BTF_ids,\"a\";\n.size __BTF_ID__set8__" + Set +
         ", .-" + Set + "\n.popsection;\n";
}

TEST(BtfIds, KernelSet8) {
  std::string Asm = set8Start("cpumask_kfunc_btf_ids") +
                    entry("bpf_cpumask_create", "(1 << 0) | (1 << 2)", 490428) +
                    entry("bpf_cpumask_release", "(1 << 1)", 7) +
                    set8End("cpumask_kfunc_btf_ids");
  BtfIdTables T = parseBtfIds(Asm);
  EXPECT_TRUE(T.Problems.empty());
  ASSERT_EQ(T.Entries.size(), 2u);
  const BtfIdEntry &E = T.Entries[0];
  EXPECT_EQ(E.Kind, "func");
  EXPECT_EQ(E.Name, "bpf_cpumask_create");
  EXPECT_EQ(E.SetName, "cpumask_kfunc_btf_ids");
  EXPECT_EQ(E.InSet, SetKind::Set8);
  EXPECT_EQ(E.SetFlags, std::optional<uint64_t>(1));
  EXPECT_EQ(E.Flags, std::optional<uint64_t>(5));
  EXPECT_EQ(E.FlagsText, "(1 << 0) | (1 << 2)");
  EXPECT_EQ(E.Line, 15u);
  EXPECT_TRUE(E.isFunc());
  EXPECT_TRUE(E.isInSet8());
  EXPECT_EQ(T.Entries[1].Flags, std::optional<uint64_t>(2));
}

TEST(BtfIds, OldSet8HeaderHasNoFlags) {
  std::string Asm = set8Start("s", nullptr) + entry("kf", "0") + set8End("s");
  BtfIdTables T = parseBtfIds(Asm);
  EXPECT_TRUE(T.Problems.empty());
  ASSERT_EQ(T.Entries.size(), 1u);
  EXPECT_EQ(T.Entries[0].SetFlags, std::nullopt);
  // The entry's own .long is not taken for the set's flags.
  EXPECT_EQ(T.Entries[0].Flags, std::optional<uint64_t>(0));
}

TEST(BtfIds, EntryAfterSetEndIsNotInSet) {
  std::string Asm = set8Start("s") + entry("in", "0") + set8End("s") +
                    ".pushsection .BTF_ids,\"a\"; after_list:; "
                    "__BTF_ID__func__vfs_truncate__3: .zero 4; .popsection\n";
  BtfIdTables T = parseBtfIds(Asm);
  ASSERT_EQ(T.Entries.size(), 2u);
  EXPECT_EQ(T.Entries[1].Name, "vfs_truncate");
  EXPECT_EQ(T.Entries[1].InSet, SetKind::None);
  EXPECT_EQ(T.Entries[1].SetName, "after_list");
  EXPECT_EQ(T.Entries[1].Flags, std::nullopt);
}

TEST(BtfIds, PlainSetAndTypes) {
  BtfIdTables T = parseBtfIds(
      ".pushsection .BTF_ids,\"a\"; __BTF_ID__set__plain:; .zero 4; "
      "__BTF_ID__func__f__1: .zero 4; __BTF_ID__struct__task_struct__2: "
      ".zero 4; .size __BTF_ID__set__plain, .-__BTF_ID__set__plain; "
      ".popsection");
  EXPECT_TRUE(T.Problems.empty());
  ASSERT_EQ(T.Entries.size(), 2u);
  EXPECT_EQ(T.Entries[0].InSet, SetKind::Set);
  EXPECT_EQ(T.Entries[0].SetName, "plain");
  EXPECT_EQ(T.Entries[1].Kind, "struct");
  EXPECT_FALSE(T.Entries[1].isFunc());
}

TEST(BtfIds, OutsideBtfIdsSectionIgnored) {
  BtfIdTables T = parseBtfIds("__BTF_ID__func__f__1:\n.section .text\n"
                              "__BTF_ID__func__g__2:\n");
  EXPECT_TRUE(T.Entries.empty());
  EXPECT_TRUE(T.Problems.empty());
}

TEST(BtfIds, SectionPreviousAndPop) {
  BtfIdTables T = parseBtfIds(".section .BTF_ids,\"a\"\n.text\n.previous\n"
                              "__BTF_ID__func__a__1:\n.previous\n"
                              "__BTF_ID__func__b__2:\n");
  ASSERT_EQ(T.Entries.size(), 1u);
  EXPECT_EQ(T.Entries[0].Name, "a");
}

TEST(BtfIds, NamesWithUnderscores) {
  std::string Kind, Name;
  ASSERT_TRUE(splitBtfIdLabel("__BTF_ID__func____x__y__42", Kind, Name));
  EXPECT_EQ(Kind, "func");
  EXPECT_EQ(Name, "__x__y");
  ASSERT_TRUE(splitBtfIdLabel("__BTF_ID__func___a__0", Kind, Name));
  EXPECT_EQ(Name, "_a");
}

TEST(BtfIds, SetLabels) {
  SetKind Kind = SetKind::None;
  llvm::StringRef Name;
  ASSERT_TRUE(splitBtfSetLabel("__BTF_ID__set8__bpf_task_set", Kind, Name));
  EXPECT_EQ(Kind, SetKind::Set8);
  EXPECT_EQ(Name, "bpf_task_set");
  ASSERT_TRUE(splitBtfSetLabel("__BTF_ID__set__btf_allowlist", Kind, Name));
  EXPECT_EQ(Kind, SetKind::Set);
  EXPECT_EQ(Name, "btf_allowlist");
  ASSERT_TRUE(splitBtfSetLabel("__BTF_ID__set8__", Kind, Name));
  EXPECT_TRUE(Name.empty());
  EXPECT_FALSE(splitBtfSetLabel("__BTF_ID__func__set8__1", Kind, Name));
  EXPECT_FALSE(splitBtfSetLabel("__BTF_ID__set9__x", Kind, Name));
}

TEST(BtfIds, KfuncSet8Predicate) {
  EXPECT_TRUE(isKfuncSet8(SetKind::Set8, BtfSet8KfuncsFlag));
  EXPECT_TRUE(isKfuncSet8(SetKind::Set8, std::nullopt)); // 6.0-6.8
  EXPECT_FALSE(isKfuncSet8(SetKind::Set8, uint64_t(0))); // fmod_ret set8
  EXPECT_FALSE(isKfuncSet8(SetKind::Set8, uint64_t(2)));
  EXPECT_FALSE(isKfuncSet8(SetKind::Set, std::nullopt));
  EXPECT_FALSE(isKfuncSet8(SetKind::None, BtfSet8KfuncsFlag));
}

TEST(BtfIds, MalformedLabels) {
  std::string Kind, Name;
  EXPECT_FALSE(splitBtfIdLabel("__BTF_ID__func____12", Kind, Name)); // no name
  EXPECT_FALSE(splitBtfIdLabel("__BTF_ID__func__f__", Kind, Name));  // no id
  EXPECT_FALSE(splitBtfIdLabel("__BTF_ID__func__f__1x", Kind, Name));
  EXPECT_FALSE(splitBtfIdLabel("__BTF_ID____f__1", Kind, Name)); // no kind
  EXPECT_FALSE(splitBtfIdLabel("__BTF_ID__func", Kind, Name));
  EXPECT_FALSE(splitBtfIdLabel("BTF_ID__func__f__1", Kind, Name));

  BtfIdTables T = parseBtfIds(".pushsection .BTF_ids,\"a\"\n"
                              "__BTF_ID__func____12:\n"
                              "__BTF_ID__func__ok__3:\n.popsection\n");
  ASSERT_EQ(T.Entries.size(), 1u);
  EXPECT_EQ(T.Entries[0].Name, "ok");
  ASSERT_EQ(T.Problems.size(), 1u);
  EXPECT_EQ(T.Problems[0].Line, 2u);
  EXPECT_NE(T.Problems[0].Message.find("malformed BTF id label"),
            std::string::npos);
}

TEST(BtfIds, EmptySetName) {
  BtfIdTables T = parseBtfIds(
      ".pushsection .BTF_ids,\"a\"; __BTF_ID__set8__:; .popsection");
  EXPECT_TRUE(T.Entries.empty());
  ASSERT_EQ(T.Problems.size(), 1u);
  EXPECT_NE(T.Problems[0].Message.find("has no set name"), std::string::npos);
}

TEST(BtfIds, CommentsAndQuotes) {
  // A ';' inside a comment or a string does not split statements; a
  // comment can hide a label.
  BtfIdTables T = parseBtfIds(
      ".pushsection \".BTF_ids\",\"a\" /* ; __BTF_ID__func__hidden__1: */\n"
      "__BTF_ID__func__seen__2: # trailing\n"
      ".ascii \"x;__BTF_ID__func__str__3:\"\n"
      "/* multi\nline */ __BTF_ID__func__after__4:\n.popsection\n");
  ASSERT_EQ(T.Entries.size(), 2u);
  EXPECT_EQ(T.Entries[0].Name, "seen");
  EXPECT_EQ(T.Entries[1].Name, "after");
  EXPECT_EQ(T.Entries[1].Line, 4u);
}

TEST(BtfIds, UnterminatedCommentAndString) {
  BtfIdTables T = parseBtfIds(".pushsection .BTF_ids,\"a\"\n"
                              ".ascii \"open\n__BTF_ID__func__a__1:\n"
                              "/* never closed __BTF_ID__func__b__2:");
  ASSERT_EQ(T.Entries.size(), 1u);
  EXPECT_EQ(T.Entries[0].Name, "a");
}

TEST(BtfIds, LtoDiscardResetsAndReportsOpenSet) {
  std::string Asm = ".lto_discard\n" + set8Start("s") + entry("a", "0") +
                    ".lto_discard\n" + entry("b", "0");
  BtfIdTables T = parseBtfIds(Asm);
  ASSERT_EQ(T.Entries.size(), 2u);
  EXPECT_EQ(T.Entries[0].InSet, SetKind::Set8);
  EXPECT_EQ(T.Entries[1].InSet, SetKind::None);
  ASSERT_EQ(T.Problems.size(), 1u);
  EXPECT_NE(T.Problems[0].Message.find("'s' is not closed"),
            std::string::npos);
}

TEST(BtfIds, Truncated) {
  std::string Full = set8Start("s") + entry("a", "(1 << 0)") + set8End("s");
  // Every prefix parses without crashing; a prefix that ends inside the set
  // reports it unclosed; entries seen before the cut are kept.
  for (size_t N = 0; N <= Full.size(); ++N) {
    BtfIdTables T = parseBtfIds(llvm::StringRef(Full).take_front(N));
    EXPECT_LE(T.Entries.size(), 1u);
  }
  size_t Cut = Full.rfind(".long (1 << 0)\n.popsection;\n.pushsection");
  ASSERT_NE(Cut, std::string::npos);
  BtfIdTables T = parseBtfIds(llvm::StringRef(Full).take_front(Cut + 10));
  ASSERT_EQ(T.Entries.size(), 1u);
  EXPECT_EQ(T.Entries[0].Flags, std::nullopt); // ".long (1 <" is cut.
  ASSERT_FALSE(T.Problems.empty());
}

TEST(BtfIds, PopWithoutPushAndSetMismatch) {
  BtfIdTables T = parseBtfIds(
      ".popsection\n.pushsection .BTF_ids,\"a\"\n__BTF_ID__set8__a:\n"
      "__BTF_ID__set8__b:\n.size __BTF_ID__set8__a, .-a\n"
      ".size __BTF_ID__set8__b, .-b\n.popsection\n");
  ASSERT_EQ(T.Problems.size(), 3u);
  EXPECT_NE(T.Problems[0].Message.find("'.popsection' without"),
            std::string::npos);
  EXPECT_NE(T.Problems[1].Message.find("starts while set 'a'"),
            std::string::npos);
  EXPECT_NE(T.Problems[2].Message.find("'a' which is not open"),
            std::string::npos);
}

TEST(BtfIds, UnevaluableFlagsKeepEntry) {
  std::string Asm = set8Start("s", "FOO") + entry("kf", "KF_ACQUIRE") +
                    set8End("s");
  BtfIdTables T = parseBtfIds(Asm);
  ASSERT_EQ(T.Entries.size(), 1u);
  EXPECT_EQ(T.Entries[0].Name, "kf");
  EXPECT_EQ(T.Entries[0].Flags, std::nullopt);
  EXPECT_EQ(T.Entries[0].FlagsText, "KF_ACQUIRE");
  EXPECT_EQ(T.Problems.size(), 2u);
}

TEST(BtfIds, HugeSingleLine) {
  // 1 MB on one line, statements separated by ';': linear and complete.
  std::string Asm = ".pushsection .BTF_ids,\"a\"";
  unsigned N = 0;
  while (Asm.size() < (1u << 20)) {
    Asm += "; __BTF_ID__func__f" + std::to_string(N) + "__" +
           std::to_string(N) + ": .zero 4";
    ++N;
  }
  BtfIdTables T = parseBtfIds(Asm);
  EXPECT_TRUE(T.Problems.empty());
  ASSERT_EQ(T.Entries.size(), N);
  EXPECT_EQ(T.Entries.back().Name, "f" + std::to_string(N - 1));
  EXPECT_EQ(T.Entries.back().Line, 1u);
}

TEST(FlagExpr, Values) {
  EXPECT_EQ(evaluateFlagExpr("0"), std::optional<uint64_t>(0));
  EXPECT_EQ(evaluateFlagExpr("(1 << 0) | (1 << 7) | (1 << 2)"),
            std::optional<uint64_t>(0x85));
  EXPECT_EQ(evaluateFlagExpr("0x10 | 010 | 0b1"), std::optional<uint64_t>(25));
  EXPECT_EQ(evaluateFlagExpr("~0 & 0xff"), std::optional<uint64_t>(0xff));
  EXPECT_EQ(evaluateFlagExpr("-1"), std::optional<uint64_t>(~uint64_t(0)));
  EXPECT_EQ(evaluateFlagExpr("1 << 63 >> 63"), std::optional<uint64_t>(1));
  EXPECT_EQ(evaluateFlagExpr("18446744073709551615"),
            std::optional<uint64_t>(~uint64_t(0)));
  // GNU as precedence: + binds looser than |.
  EXPECT_EQ(evaluateFlagExpr("1 + 2 | 4"), std::optional<uint64_t>(7));
  EXPECT_EQ(evaluateFlagExpr("2 * 3 + 1"), std::optional<uint64_t>(7));
  EXPECT_EQ(evaluateFlagExpr("7 % 4 / 1"), std::optional<uint64_t>(3));
  EXPECT_EQ(evaluateFlagExpr("  ( ( 1 ) )  "), std::optional<uint64_t>(1));
}

TEST(FlagExpr, Rejected) {
  for (const char *E :
       {"", "(", ")", "1 <<", "1 << 64", "1 >> 64", "1 << 99999999999999999999",
        "18446744073709551616", "1 / 0", "1 % 0", "KF_ACQUIRE", "1f", "0x",
        "1 || 2", "1 && 2", "(1 << 0", "1 2", "09", "0b2", "--", "1 ->"})
    EXPECT_EQ(evaluateFlagExpr(E), std::nullopt) << "'" << E << "'";
}

TEST(FlagExpr, DeepNesting) {
  // Depth is limited: no stack overflow, just "not evaluable".
  for (unsigned Depth : {10u, 63u, 64u, 65u, 1000u, 100000u}) {
    std::string E = std::string(Depth, '(') + "1" + std::string(Depth, ')');
    std::optional<uint64_t> V = evaluateFlagExpr(E);
    if (Depth < 64)
      EXPECT_EQ(V, std::optional<uint64_t>(1)) << Depth;
    else if (Depth > 64)
      EXPECT_EQ(V, std::nullopt) << Depth;
    std::string U = std::string(Depth, '~') + "0";
    if (Depth < 64)
      EXPECT_TRUE(evaluateFlagExpr(U).has_value()) << Depth;
    else if (Depth > 64)
      EXPECT_EQ(evaluateFlagExpr(U), std::nullopt) << Depth;
  }
  // Long flat expressions are fine (no recursion per operator).
  std::string Flat = "0";
  for (unsigned I = 0; I < 100000; ++I)
    Flat += " | (1 << " + std::to_string(I % 64) + ")";
  EXPECT_EQ(evaluateFlagExpr(Flat), std::optional<uint64_t>(~uint64_t(0)));
}

TEST(KfFlagNames, Names) {
  EXPECT_TRUE(kfFlagNames(0).empty());
  std::vector<std::string> N = kfFlagNames((1 << 0) | (1 << 2) | (1 << 3) |
                                           (uint64_t(1) << 63));
  ASSERT_EQ(N.size(), 4u);
  EXPECT_EQ(N[0], "KF_ACQUIRE");
  EXPECT_EQ(N[1], "KF_RET_NULL");
  EXPECT_EQ(N[2], "bit3");
  EXPECT_EQ(N[3], "bit63");
  EXPECT_EQ(kfFlagNames(1 << 16).at(0), "KF_IMPLICIT_ARGS");
  EXPECT_EQ(kfFlagNames(1 << 17).at(0), "bit17");
}

TEST(SetKind, Names) {
  EXPECT_EQ(setKindName(SetKind::None), "list");
  EXPECT_EQ(setKindName(SetKind::Set), "set");
  EXPECT_EQ(setKindName(SetKind::Set8), "set8");
}

} // namespace
