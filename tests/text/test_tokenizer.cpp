#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "text/tokenizer.h"
#include "text_support.h"

using dxaudit::testing::text_layers;
using dxaudit::text::Token;
using dxaudit::text::tokenize;
using dxaudit::text::TokenKind;

namespace {

const char* kind_name(TokenKind k) {
  switch (k) {
    case TokenKind::kWord:
      return "W";
    case TokenKind::kNumber:
      return "N";
    case TokenKind::kLevel:
      return "L";
    case TokenKind::kAbbrev:
      return "A";
    case TokenKind::kPunct:
      return "P";
    case TokenKind::kNewline:
      return "NL";
  }
  return "?";
}

// Tokens of `note` as "kind:text" with the text taken from the original through the view's
// map, so that offsets are checked along with the split.
std::vector<std::string> toks(const std::string& note) {
  const auto layers = text_layers(note);
  std::vector<std::string> r;
  for (const Token& t : layers.tokens) {
    std::string s = kind_name(t.kind);
    s += ':';
    s += t.kind == TokenKind::kNewline ? "\\n" : layers.original(t.span);
    r.push_back(s);
  }
  return r;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer: words, punctuation, newlines") {
  CHECK(toks("Low-back pain, worse.\nNote") ==
        V{"W:Low", "P:-", "W:back", "W:pain", "P:,", "W:worse", "P:.", "NL:\\n", "W:Note"});
  CHECK(toks("no note") == V{"W:no", "W:note"});
  CHECK(toks("  \n\n ") == V{"NL:\\n", "NL:\\n"});
  CHECK(toks("").empty());
  CHECK(toks("and/or") == V{"W:and", "P:/", "W:or"});
  CHECK(toks("(L4)") == V{"P:(", "L:L4", "P:)"});
}

TEST_CASE("tokenizer: apostrophes inside words") {
  CHECK(toks("patient's pain, don't 'quoted' o'") ==
        V{"W:patient's", "W:pain", "P:,", "W:don't", "P:'", "W:quoted", "P:'", "W:o", "P:'"});
  CHECK(toks("Patient\xE2\x80\x99s") == V{"W:Patient\xE2\x80\x99s"});  // curly apostrophe
}

TEST_CASE("tokenizer: spinal levels stay whole") {
  CHECK(toks("L4-L5 L4-5 L5/S1 T12-L1 S1 l5-s1 L4/5 C5-6") ==
        V{"L:L4-L5", "L:L4-5", "L:L5/S1", "L:T12-L1", "L:S1", "L:l5-s1", "L:L4/5", "L:C5-6"});
  CHECK(toks("L4\xE2\x80\x93L5") == V{"L:L4\xE2\x80\x93L5"});  // en dash in the original
  CHECK(toks("fl4x L4x") == V{"W:fl4x", "W:L4x"});
  CHECK(toks("L4-fusion") == V{"L:L4", "P:-", "W:fusion"});
  CHECK(toks("L4-L5.") == V{"L:L4-L5", "P:."});
  CHECK(toks("S9 C9") == V{"W:S9", "W:C9"});  // outside the region's range
  // Two whole levels typed without a separator are one; a number run on is no level.
  CHECK(toks("L5S1 l4l5 T12L1 C5C6.") == V{"L:L5S1", "L:l4l5", "L:T12L1", "L:C5C6", "P:."});
  CHECK(toks("L45 L5S9 L5Sx") == V{"W:L45", "W:L5S9", "W:L5Sx"});
}

TEST_CASE("tokenizer: grades, measures and numbers") {
  CHECK(toks("5/5 4+/5 4-/5 2+ 1+ x3 0.5 1,200 3/10 6-7/10") == V{"N:5/5", "N:4+/5", "N:4-/5",
                                                                  "N:2+", "N:1+", "N:x3", "N:0.5",
                                                                  "N:1,200", "N:3/10", "N:6-7/10"});
  CHECK(toks("lifting 60 lb box, 60lbs, 10 kg, 5 mg, 2 cm") == V{"W:lifting", "N:60 lb", "W:box",
                                                                 "P:,", "N:60lbs", "P:,", "N:10 kg",
                                                                 "P:,", "N:5 mg", "P:,", "N:2 cm"});
  CHECK(toks("SLR at 40\xC2\xB0, 50% relief") ==
        V{"W:SLR", "W:at", "N:40\xC2\xB0", "P:,", "N:50%", "W:relief"});
  CHECK(toks("2 in the morning, 5in") == V{"N:2", "W:in", "W:the", "W:morning", "P:,", "N:5in"});
  CHECK(toks("1,2 3,45 1,2345") ==
        V{"N:1", "P:,", "N:2", "N:3", "P:,", "N:45", "N:1", "P:,", "N:2345"});
  CHECK(toks("3rd 2nd 12yo") == V{"W:3rd", "W:2nd", "W:12yo"});
  CHECK(toks("BP 120/80, 1/2/2024") == V{"W:BP", "N:120/80", "P:,", "N:1/2/2024"});
  CHECK(toks("2-3 times") == V{"N:2", "P:-", "N:3", "W:times"});
  CHECK(toks("x 3 box3") == V{"W:x", "N:3", "W:box3"});
  CHECK(toks("2+2") == V{"N:2", "P:+", "N:2"});
  CHECK(toks("pain 7.") == V{"W:pain", "N:7", "P:."});
}

TEST_CASE("tokenizer: slash abbreviations") {
  CHECK(toks("s/p c/o h/o w/o N/T B/B a/p r/o") ==
        V{"A:s/p", "A:c/o", "A:h/o", "A:w/o", "A:N/T", "A:B/B", "A:a/p", "A:r/o"});
  CHECK(toks("w/ spasm w/spasm w/") == V{"A:w/", "W:spasm", "A:w/", "W:spasm", "A:w/"});
  CHECK(toks("A/P: ok") == V{"A:A/P", "P::", "W:ok"});
  CHECK(toks("s/pain") == V{"W:s", "P:/", "W:pain"});
}

TEST_CASE("tokenizer: non-ASCII text and invalid bytes keep original offsets") {
  CHECK(toks("\xC3\x84rger \xC4\xB0st \xCE\xA3\xCE\x91\xCE\xA3!") ==
        V{"W:\xC3\x84rger", "W:\xC4\xB0st", "W:\xCE\xA3\xCE\x91\xCE\xA3", "P:!"});
  // Bytes that are not UTF-8 are read as Windows-1252 (match_view.h): its punctuation and
  // its unassigned bytes split words; a Latin-1 letter is a letter, and its word's token
  // spans the original byte; its apostrophe keeps a word whole.
  CHECK(toks("back\x81\x85pain \xE2\x80 L5") == V{"W:back", "W:pain", "W:\xE2", "L:L5"});
  CHECK(toks("doesn\x92t caf\xE9.") == V{"W:doesn\x92t", "W:caf\xE9", "P:."});
  // Kelvin sign (3 bytes) folds to 'k' (1 byte): later offsets still land right.
  CHECK(toks("\xE2\x84\xAA-wire 60 lb") == V{"W:\xE2\x84\xAA", "P:-", "W:wire", "N:60 lb"});
  // Multi-byte punctuation is one token; decomposed accents stay in their word.
  CHECK(toks("pain \xE2\x80\xA2 caf\x65\xCC\x81 \xE2\x86\x92 ok") ==
        V{"W:pain", "P:\xE2\x80\xA2", "W:cafe\xCC\x81", "P:\xE2\x86\x92", "W:ok"});
  // NBSP between number and unit is a space in the view: still one token.
  CHECK(toks("60\xC2\xA0lb") == V{"N:60\xC2\xA0lb"});
}

TEST_CASE("tokenizer: reuses the output vector") {
  std::vector<Token> out;
  tokenize("a b c", &out);
  CHECK(out.size() == 3);
  tokenize("d", &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].span.begin == 0);
  CHECK(out[0].span.end == 1);
}
