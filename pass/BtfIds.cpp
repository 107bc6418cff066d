//===- BtfIds.cpp - Parse the kernel's .BTF_ids asm -----------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// See include/kfunc/BtfIds.h for the grammar. One left-to-right scan over the
// text; no regular expressions, no backtracking, no recursion except in the
// (depth-limited) flag expression evaluator.
//
//===----------------------------------------------------------------------===//

#include "kfunc/BtfIds.h"
#include "kfunc/Compat.h"

#include "llvm/ADT/StringExtras.h"

#include <array>

using namespace llvm;

namespace kfunc {

// StringRef::trim/ltrim go through find_first_not_of, which builds a bitset
// per call out of line: measurable at one call per asm statement.
static StringRef ltrimSpace(StringRef S) {
  size_t I = 0;
  while (I < S.size() && isSpace(S[I]))
    ++I;
  return S.drop_front(I);
}

static StringRef trimSpace(StringRef S) {
  S = ltrimSpace(S);
  size_t E = S.size();
  while (E > 0 && isSpace(S[E - 1]))
    --E;
  return S.take_front(E);
}

StringRef setKindName(SetKind K) {
  switch (K) {
  case SetKind::None:
    return "list";
  case SetKind::Set:
    return "set";
  case SetKind::Set8:
    return "set8";
  }
  return "list";
}

//===----------------------------------------------------------------------===//
// Flag expressions
//===----------------------------------------------------------------------===//

namespace {

/// Recursive-descent evaluator with GNU as operator precedence (as LLVM's
/// AsmParser::getGNUBinOpPrecedence): `+ -` bind looser than `| & ^`, which
/// bind looser than `* / % << >>`.
class FlagExprParser {
public:
  explicit FlagExprParser(StringRef Text) : S(Text) {}

  std::optional<uint64_t> parse() {
    std::optional<uint64_t> V = parseAdditive();
    skipSpace();
    if (!V || !S.empty())
      return std::nullopt;
    return V;
  }

private:
  static constexpr unsigned MaxDepth = 64;
  StringRef S;
  unsigned Depth = 0;

  void skipSpace() { S = ltrimSpace(S); }

  bool consume(StringRef Tok) {
    skipSpace();
    if (!compat::startsWith(S, Tok))
      return false;
    S = S.drop_front(Tok.size());
    return true;
  }

  std::optional<uint64_t> parseAdditive() {
    std::optional<uint64_t> L = parseBitwise();
    while (L) {
      skipSpace();
      if (consume("+")) {
        std::optional<uint64_t> R = parseBitwise();
        if (!R)
          return std::nullopt;
        L = *L + *R;
      } else if (!compat::startsWith(S, "->") && consume("-")) {
        std::optional<uint64_t> R = parseBitwise();
        if (!R)
          return std::nullopt;
        L = *L - *R;
      } else {
        break;
      }
    }
    return L;
  }

  std::optional<uint64_t> parseBitwise() {
    std::optional<uint64_t> L = parseMultiplicative();
    while (L) {
      skipSpace();
      char Op = S.empty() ? 0 : S.front();
      // `||` and `&&` are logical operators we do not evaluate.
      if ((Op != '|' && Op != '&' && Op != '^') ||
          (S.size() > 1 && (S[1] == '|' || S[1] == '&')))
        break;
      S = S.drop_front();
      std::optional<uint64_t> R = parseMultiplicative();
      if (!R)
        return std::nullopt;
      L = Op == '|' ? (*L | *R) : Op == '&' ? (*L & *R) : (*L ^ *R);
    }
    return L;
  }

  std::optional<uint64_t> parseMultiplicative() {
    std::optional<uint64_t> L = parseUnary();
    while (L) {
      skipSpace();
      if (consume("<<") || consume(">>")) {
        bool Left = S.data()[-1] == '<';
        std::optional<uint64_t> R = parseUnary();
        if (!R || *R >= 64)
          return std::nullopt;
        L = Left ? (*L << *R) : (*L >> *R);
      } else if (consume("*")) {
        std::optional<uint64_t> R = parseUnary();
        if (!R)
          return std::nullopt;
        L = *L * *R;
      } else if (consume("/") || consume("%")) {
        bool Div = S.data()[-1] == '/';
        std::optional<uint64_t> R = parseUnary();
        if (!R || *R == 0)
          return std::nullopt;
        L = Div ? *L / *R : *L % *R;
      } else {
        break;
      }
    }
    return L;
  }

  std::optional<uint64_t> parseUnary() {
    if (++Depth > MaxDepth)
      return std::nullopt;
    std::optional<uint64_t> V;
    skipSpace();
    if (consume("~")) {
      V = parseUnary();
      if (V)
        V = ~*V;
    } else if (consume("-")) {
      V = parseUnary();
      if (V)
        V = 0 - *V;
    } else if (consume("+")) {
      V = parseUnary();
    } else if (consume("(")) {
      V = parseAdditive();
      if (V && !consume(")"))
        V = std::nullopt;
    } else {
      V = parseNumber();
    }
    --Depth;
    return V;
  }

  std::optional<uint64_t> parseNumber() {
    skipSpace();
    size_t Len = 0;
    while (Len < S.size() && isAlnum(S[Len]))
      ++Len;
    StringRef Tok = S.take_front(Len);
    if (Tok.empty() || !isDigit(Tok.front()))
      return std::nullopt;
    unsigned Radix = 10;
    StringRef Digits = Tok;
    if (Tok.size() > 2 && Tok[0] == '0' && (Tok[1] == 'x' || Tok[1] == 'X')) {
      Radix = 16;
      Digits = Tok.drop_front(2);
    } else if (Tok.size() > 2 && Tok[0] == '0' &&
               (Tok[1] == 'b' || Tok[1] == 'B')) {
      Radix = 2;
      Digits = Tok.drop_front(2);
    } else if (Tok.size() > 1 && Tok[0] == '0') {
      Radix = 8;
      Digits = Tok.drop_front(1);
    }
    // getAsInteger rejects overflow and stray characters (e.g. "1f").
    unsigned long long Value;
    if (Digits.getAsInteger(Radix, Value))
      return std::nullopt;
    S = S.drop_front(Len);
    return static_cast<uint64_t>(Value);
  }
};

} // namespace

/// The form clang gives nearly every flags word, `(1 << a) | (1 << b) | n`
/// with decimal numbers, read in one pass. False, leaving \p Value alone,
/// for anything else (including shifts of 64 and more and overflowing
/// numbers): the full evaluator decides then. Where it returns true, the
/// full evaluator gives the same value.
static bool evaluateSimpleFlags(StringRef S, uint64_t &Value) {
  size_t I = 0;
  auto SkipSpace = [&] {
    while (I < S.size() && isSpace(S[I]))
      ++I;
  };
  auto Number = [&](uint64_t &N) {
    size_t Start = I;
    while (I < S.size() && isDigit(S[I]))
      ++I;
    if (I == Start || I - Start > 18 || (S[Start] == '0' && I - Start > 1) ||
        (I < S.size() && isAlnum(S[I])))
      return false;
    N = 0;
    for (char C : S.slice(Start, I))
      N = N * 10 + (C - '0');
    return true;
  };
  uint64_t Result = 0;
  for (;;) {
    SkipSpace();
    uint64_t Term;
    if (I < S.size() && S[I] == '(') {
      ++I;
      uint64_t Base, Shift;
      SkipSpace();
      if (!Number(Base))
        return false;
      SkipSpace();
      if (!compat::startsWith(S.substr(I), "<<"))
        return false;
      I += 2;
      SkipSpace();
      if (!Number(Shift) || Shift >= 64)
        return false;
      SkipSpace();
      if (I == S.size() || S[I] != ')')
        return false;
      ++I;
      Term = Base << Shift;
    } else if (!Number(Term)) {
      return false;
    }
    Result |= Term;
    SkipSpace();
    if (I == S.size())
      break;
    if (S[I] != '|' || (I + 1 < S.size() && (S[I + 1] == '|' || S[I + 1] == '&')))
      return false;
    ++I;
  }
  Value = Result;
  return true;
}

std::optional<uint64_t> evaluateFlagExpr(StringRef Expr) {
  uint64_t Value;
  if (evaluateSimpleFlags(Expr, Value))
    return Value;
  return FlagExprParser(Expr).parse();
}

//===----------------------------------------------------------------------===//
// Labels
//===----------------------------------------------------------------------===//

bool splitBtfSetLabel(StringRef Label, SetKind &Kind, StringRef &Name) {
  for (SetKind K : {SetKind::Set8, SetKind::Set}) {
    StringRef Prefix =
        K == SetKind::Set8 ? BtfSet8LabelPrefix : BtfSetLabelPrefix;
    if (compat::startsWith(Label, Prefix)) {
      Kind = K;
      Name = Label.drop_front(Prefix.size());
      return true;
    }
  }
  return false;
}

bool splitBtfIdLabel(StringRef Label, std::string &Kind, std::string &Name) {
  if (!compat::startsWith(Label, BtfIdLabelPrefix))
    return false;
  StringRef Rest = Label.drop_front(BtfIdLabelPrefix.size());
  size_t KindEnd = Rest.find("__");
  if (KindEnd == StringRef::npos || KindEnd == 0)
    return false;
  StringRef K = Rest.take_front(KindEnd);
  Rest = Rest.drop_front(KindEnd + 2);
  // The numeric suffix follows the *last* "__"; names may contain "__".
  size_t SuffixStart = Rest.rfind("__");
  if (SuffixStart == StringRef::npos || SuffixStart == 0)
    return false;
  StringRef Suffix = Rest.drop_front(SuffixStart + 2);
  if (Suffix.empty() || !all_of(Suffix, isDigit))
    return false;
  Kind = K.str();
  Name = Rest.take_front(SuffixStart).str();
  return true;
}

std::vector<std::string> kfFlagNames(uint64_t Flags) {
  static const char *const Names[] = {
      "KF_ACQUIRE",       "KF_RELEASE",      "KF_RET_NULL",
      nullptr,            "KF_TRUSTED_ARGS", "KF_SLEEPABLE",
      "KF_DESTRUCTIVE",   "KF_RCU",          "KF_ITER_NEW",
      "KF_ITER_NEXT",     "KF_ITER_DESTROY", "KF_RCU_PROTECTED",
      "KF_FASTCALL",      "KF_ARENA_RET",    "KF_ARENA_ARG1",
      "KF_ARENA_ARG2",    "KF_IMPLICIT_ARGS"};
  std::vector<std::string> Out;
  for (unsigned Bit = 0; Bit < 64; ++Bit) {
    if (!(Flags & (uint64_t(1) << Bit)))
      continue;
    if (Bit < std::size(Names) && Names[Bit])
      Out.push_back(Names[Bit]);
    else
      Out.push_back("bit" + std::to_string(Bit));
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// The asm scanner
//===----------------------------------------------------------------------===//

namespace {

bool isSymbolChar(char C) {
  return isAlnum(C) || C == '_' || C == '.' || C == '$';
}

/// The section name operand of .section/.pushsection: up to ',' or blank.
StringRef sectionOperand(StringRef Ops) {
  Ops = trimSpace(Ops);
  if (!Ops.empty() && Ops.front() == '"') {
    size_t End = Ops.find('"', 1);
    return End == StringRef::npos ? Ops.drop_front() : Ops.slice(1, End);
  }
  return Ops.take_until([](char C) { return C == ',' || isSpace(C); });
}

class Scanner {
public:
  explicit Scanner(BtfIdTables &Out) : Out(Out) {}

  void statement(StringRef Stmt, unsigned Line);
  void finish(unsigned Line);

private:
  struct OpenSet {
    SetKind Kind = SetKind::None;
    std::string Name;
    std::optional<uint64_t> Flags;
    unsigned Line = 0; // Where the set's header label is.
  };

  BtfIdTables &Out;
  // Only "is the current section .BTF_ids" matters: track that, not names.
  bool InBtf = false;   // The current section is .BTF_ids.
  bool PrevBtf = false; // The `.previous` section is .BTF_ids.
  std::vector<std::pair<bool, bool>> Stack;
  OpenSet Open;
  std::string List;           // Last plain label in .BTF_ids.
  bool AwaitSetFlags = false; // After a set8 header label.
  std::optional<size_t> AwaitEntryFlags; // Entry index expecting `.long`.

  bool inBtfIds() const { return InBtf; }
  void problem(unsigned Line, std::string Msg) {
    Out.Problems.push_back({Line, std::move(Msg)});
  }
  void setSection(StringRef Name) {
    PrevBtf = InBtf;
    InBtf = Name == ".BTF_ids";
  }
  void resetModule(unsigned Line);
  void label(StringRef Label, unsigned Line);
  void directive(StringRef Name, StringRef Ops, unsigned Line);
  /// Handles a directive that switches sections; false if \p Name is not
  /// one.
  bool sectionDirective(StringRef Name, StringRef Ops, unsigned Line);
  /// A `.long` in .BTF_ids: the flags word of a set8 or of its last entry.
  void flagsWord(StringRef Expr, unsigned Line);
  /// `.size <set label>, ...`: the end of the open set.
  void closeSet(StringRef Ops, unsigned Line);
};

void Scanner::resetModule(unsigned Line) {
  if (Open.Kind != SetKind::None)
    problem(Line, "BTF " + setKindName(Open.Kind).str() + " '" + Open.Name +
                      "' is not closed (no '.size' directive; it starts at "
                      "line " + std::to_string(Open.Line) + ")");
  Open = OpenSet();
  InBtf = PrevBtf = false;
  Stack.clear();
  List.clear();
  AwaitSetFlags = false;
  AwaitEntryFlags.reset();
}

void Scanner::finish(unsigned Line) { resetModule(Line); }

void Scanner::label(StringRef Label, unsigned Line) {
  AwaitSetFlags = false;
  AwaitEntryFlags.reset();
  if (!inBtfIds())
    return;
  SetKind Kind;
  StringRef Name;
  if (splitBtfSetLabel(Label, Kind, Name)) {
    if (Name.empty()) {
      problem(Line, "BTF set label '" + Label.str() + "' has no set name");
      return;
    }
    if (Open.Kind != SetKind::None)
      problem(Line, "BTF set '" + Name.str() + "' starts while set '" +
                        Open.Name + "' is still open");
    Open.Kind = Kind;
    Open.Name = Name.str();
    Open.Flags.reset();
    Open.Line = Line;
    AwaitSetFlags = Kind == SetKind::Set8;
    return;
  }
  if (!compat::startsWith(Label, BtfIdLabelPrefix)) {
    List = Label.str();
    return;
  }
  BtfIdEntry E;
  if (!splitBtfIdLabel(Label, E.Kind, E.Name)) {
    problem(Line, "malformed BTF id label '" + Label.str() +
                      "' (expected __BTF_ID__<kind>__<name>__<number>)");
    return;
  }
  E.InSet = Open.Kind;
  E.SetName = Open.Kind != SetKind::None ? Open.Name : List;
  E.SetFlags = Open.Flags;
  E.Line = Line;
  if (Open.Kind == SetKind::Set8)
    AwaitEntryFlags = Out.Entries.size();
  Out.Entries.push_back(std::move(E));
}

bool Scanner::sectionDirective(StringRef Name, StringRef Ops,
                               unsigned Line) {
  if (Name == ".pushsection") {
    Stack.emplace_back(InBtf, PrevBtf);
    setSection(sectionOperand(Ops));
  } else if (Name == ".popsection") {
    if (Stack.empty()) {
      problem(Line, "'.popsection' without a matching '.pushsection'");
      return true;
    }
    InBtf = Stack.back().first;
    PrevBtf = Stack.back().second;
    Stack.pop_back();
  } else if (Name == ".section") {
    setSection(sectionOperand(Ops));
  } else if (Name == ".previous") {
    std::swap(InBtf, PrevBtf);
  } else if (Name == ".text" || Name == ".data" || Name == ".bss") {
    setSection(Name);
  } else {
    return false;
  }
  return true;
}

void Scanner::flagsWord(StringRef Expr, unsigned Line) {
  if (AwaitSetFlags) {
    AwaitSetFlags = false;
    Open.Flags = evaluateFlagExpr(Expr);
    if (!Open.Flags)
      problem(Line, "cannot evaluate flags '" + Expr.str() + "' of set '" +
                        Open.Name + "'");
    return;
  }
  if (!AwaitEntryFlags)
    return;
  BtfIdEntry &E = Out.Entries[*AwaitEntryFlags];
  AwaitEntryFlags.reset();
  E.FlagsText = Expr.str();
  E.Flags = evaluateFlagExpr(Expr);
  if (!E.Flags)
    problem(Line, "cannot evaluate flags '" + Expr.str() + "' of BTF id '" +
                      E.Name + "'; flags unknown");
}

void Scanner::closeSet(StringRef Ops, unsigned Line) {
  SetKind Kind;
  StringRef SetName;
  if (!splitBtfSetLabel(trimSpace(Ops.split(',').first), Kind, SetName))
    return;
  if (Open.Kind != Kind || Open.Name != SetName) {
    problem(Line, "end of BTF " + setKindName(Kind).str() + " '" +
                      SetName.str() + "' which is not open");
    return;
  }
  Open = OpenSet();
  List.clear();
  AwaitSetFlags = false;
  AwaitEntryFlags.reset();
}

void Scanner::directive(StringRef Name, StringRef Ops, unsigned Line) {
  if (Name == ".lto_discard") {
    resetModule(Line);
    return;
  }
  if (sectionDirective(Name, Ops, Line) || !inBtfIds())
    return;
  if (Name == ".long" || Name == ".int" || Name == ".4byte") {
    flagsWord(trimSpace(Ops), Line);
  } else if (Name == ".zero" || Name == ".skip" || Name == ".space") {
    // A set8 header of 6.0-6.8 is a bare `.zero 8`: no flags word follows.
    if (AwaitSetFlags && trimSpace(Ops) != "4")
      AwaitSetFlags = false;
  } else if (Name == ".size") {
    closeSet(Ops, Line);
  }
}

void Scanner::statement(StringRef Stmt, unsigned Line) {
  Stmt = trimSpace(Stmt);
  // Leading labels: `sym:` possibly followed by another statement.
  while (!Stmt.empty()) {
    size_t Len = 0;
    while (Len < Stmt.size() && isSymbolChar(Stmt[Len]))
      ++Len;
    if (Len == 0 || Len >= Stmt.size() || Stmt[Len] != ':')
      break;
    label(Stmt.take_front(Len), Line);
    Stmt = ltrimSpace(Stmt.drop_front(Len + 1));
  }
  if (Stmt.empty() || Stmt.front() == '#')
    return;
  if (Stmt.front() != '.')
    return; // An instruction; not ours.
  size_t NameLen = 0;
  while (NameLen < Stmt.size() && !isSpace(Stmt[NameLen]))
    ++NameLen;
  directive(Stmt.take_front(NameLen), Stmt.drop_front(NameLen), Line);
}

/// Characters that can change the splitter's state outside comments and
/// strings; everything else is skipped in a tight loop.
bool isStatementSpecial(char C) {
  static const auto Table = [] {
    std::array<bool, 256> T{};
    for (unsigned char C : {'"', '/', '\n', ';'})
      T[C] = true;
    return T;
  }();
  return Table[static_cast<unsigned char>(C)];
}

/// Cuts assembly text into statements (at newlines and ';' outside strings
/// and comments), drops /* */ comments and gives each statement, with the
/// line it starts on, to a Scanner.
class StatementSplitter {
public:
  StatementSplitter(StringRef Asm, Scanner &Scan) : Asm(Asm), Scan(Scan) {}

  /// Split all of the text; returns the line that problems found at its end
  /// are reported on (the last line of text).
  unsigned run();

private:
  StringRef Asm;
  Scanner &Scan;
  unsigned Line = 1;
  size_t Start = 0;
  unsigned StartLine = 1;
  bool InQuote = false;
  bool InComment = false;
  // Statement text with /* */ comments removed; only used (and copied into)
  // when the statement has a comment.
  std::string Clean;
  bool HaveClean = false;

  void flush(size_t End);
  /// The statement ends at \p I (a newline if \p Newline, else ';').
  void endStatement(size_t I, bool Newline);
  // Each takes the character at \p I and returns the last index it used.
  size_t commentChar(size_t I);
  size_t quoteChar(size_t I);
  size_t specialChar(size_t I);
};

void StatementSplitter::flush(size_t End) {
  if (!HaveClean) {
    Scan.statement(Asm.slice(Start, End), StartLine);
    return;
  }
  Clean.append(Asm.data() + Start, End - Start);
  Scan.statement(Clean, StartLine);
  Clean.clear();
  HaveClean = false;
}

void StatementSplitter::endStatement(size_t I, bool Newline) {
  flush(I);
  Start = I + 1;
  if (Newline)
    ++Line;
  StartLine = Line;
}

size_t StatementSplitter::commentChar(size_t I) {
  if (Asm[I] == '\n')
    ++Line;
  if (Asm[I] == '*' && I + 1 < Asm.size() && Asm[I + 1] == '/') {
    InComment = false;
    Start = I + 2;
    return I + 1;
  }
  return I;
}

size_t StatementSplitter::quoteChar(size_t I) {
  char C = Asm[I];
  if (C == '\\')
    return I + 1;
  if (C == '"') {
    InQuote = false;
  } else if (C == '\n') {
    // An unterminated string ends at the line end, as in gas.
    InQuote = false;
    endStatement(I, /*Newline=*/true);
  }
  return I;
}

size_t StatementSplitter::specialChar(size_t I) {
  char C = Asm[I];
  if (C == '"') {
    InQuote = true;
  } else if (C == '/' && I + 1 < Asm.size() && Asm[I + 1] == '*') {
    Clean.append(Asm.data() + Start, I - Start);
    Clean.push_back(' ');
    HaveClean = true;
    InComment = true;
    return I + 1;
  } else if (C == '\n' || C == ';') {
    endStatement(I, C == '\n');
  }
  return I;
}

unsigned StatementSplitter::run() {
  for (size_t I = 0, E = Asm.size(); I < E; ++I) {
    if (InComment) {
      I = commentChar(I);
      continue;
    }
    if (InQuote) {
      I = quoteChar(I);
      continue;
    }
    while (I < E && !isStatementSpecial(Asm[I]))
      ++I;
    if (I == E)
      break;
    I = specialChar(I);
  }
  if (!InComment && Start < Asm.size())
    flush(Asm.size());
  return Line > 1 && compat::endsWith(Asm, "\n") ? Line - 1 : Line;
}

} // namespace

BtfIdTables parseBtfIds(StringRef Asm) {
  BtfIdTables Out;
  Scanner Scan(Out);
  Scan.finish(StatementSplitter(Asm, Scan).run());
  return Out;
}

} // namespace kfunc
