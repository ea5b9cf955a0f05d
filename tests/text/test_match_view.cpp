#include <doctest/doctest.h>

#include <string>

#include "io/utf8.h"
#include "text/match_view.h"

using dxaudit::Span;
using dxaudit::io::is_valid_utf8;
using dxaudit::text::MatchView;

namespace {

// Every view offset maps into the original, never backwards, and ends at its size.
void check_map_invariants(const MatchView& v, std::string_view original) {
  const auto size = static_cast<uint32_t>(v.text().size());
  CHECK(v.to_original(size) == original.size());
  uint32_t prev = 0;
  for (uint32_t i = 0; i <= size; ++i) {
    const uint32_t o = v.to_original(i);
    CHECK(o >= prev);
    CHECK(o <= original.size());
    prev = o;
  }
  CHECK(is_valid_utf8(v.text()));
}

}  // namespace

TEST_CASE("match view: ASCII is lower-cased with the identity map") {
  MatchView v;
  const std::string note = "Pt c/o LOW Back Pain x3 wks; SLR (+) at 40 DEG.\n";
  v.build(note);
  CHECK(v.text() == "pt c/o low back pain x3 wks; slr (+) at 40 deg.\n");
  CHECK(v.identity());
  CHECK(v.to_original(7) == 7);
  check_map_invariants(v, note);
}

TEST_CASE("match view: Unicode case folding keeps offsets") {
  MatchView v;
  const std::string note = "\xC3\x84rger \xC4\xB0st \xCE\xA3\xCE\x91\xCE\xA3";  // Ärger İst ΣΑΣ
  v.build(note);
  // Simple case folding: Ä->ä, Σ->σ, Α->α; İ has no simple folding and stays.
  CHECK(v.text() == "\xC3\xA4rger \xC4\xB0st \xCF\x83\xCE\xB1\xCF\x83");
  CHECK(v.identity());  // every character kept its byte length
  const Span sigma{12, 18};
  CHECK(v.to_original(sigma) == sigma);
  CHECK(sigma.in(note) == "\xCE\xA3\xCE\x91\xCE\xA3");
  check_map_invariants(v, note);
}

TEST_CASE("match view: Kelvin sign shrinks and the map follows") {
  MatchView v;
  const std::string note = "temp 300 \xE2\x84\xAA, Kelvin";  // U+212A KELVIN SIGN
  v.build(note);
  CHECK(v.text() == "temp 300 k, kelvin");
  CHECK_FALSE(v.identity());
  CHECK(v.to_original(9) == 9);    // the 'k'
  CHECK(v.to_original(10) == 12);  // the ',' after the 3-byte sign
  const Span kelvin{12, 18};
  CHECK(kelvin.in(v.text()) == "kelvin");
  CHECK(v.to_original(kelvin).in(note) == "Kelvin");
  check_map_invariants(v, note);
}

TEST_CASE("match view: a byte that is not UTF-8 is read as Windows-1252") {
  MatchView v;
  // Its quotes and dashes as ASCII ones, one byte for one: "doesn't" stays one word.
  const std::string quotes = "Doesn\x92t \x93radiate\x94 \x96 \x81x";
  v.build(quotes);
  CHECK(v.text() == "doesn't \"radiate\" -  x");
  CHECK(v.identity());
  CHECK(v.not_utf8_bytes() == 5);
  check_map_invariants(v, quotes);
  // Latin-1 letters as letters, folded (two bytes in the view for one in the note); a
  // broken UTF-8 sequence byte by byte the same way.
  const std::string note =
      "\xC9T\xC9 "
      "abc \xE2\x80 Pain";
  v.build(note);
  CHECK(v.text() == "\xC3\xA9t\xC3\xA9 abc \xC3\xA2  pain");
  CHECK(v.not_utf8_bytes() == 4);
  CHECK(v.to_original(Span{0, 5}).in(note) == "\xC9T\xC9");
  CHECK(v.to_original(Span{6, 9}).in(note) == "abc");
  CHECK(v.to_original(Span{14, 18}).in(note) == "Pain");
  check_map_invariants(v, note);
  v.build("plain ASCII");
  CHECK(v.not_utf8_bytes() == 0);
  // Twice the bytes at most: a note of Latin-1 letters only, then ASCII after them (the
  // buffer must hold both; the fuzzer found the ASCII written past its end).
  const std::string latin = std::string(1000, '\xE9') + std::string(600, 'a');
  v.build(latin);
  CHECK(v.text().size() == 2600);
  CHECK(v.not_utf8_bytes() == 1000);
  check_map_invariants(v, latin);
}

TEST_CASE("match view: quotes and dashes encoded twice are read as meant") {
  MatchView v;
  // U+2019 as U+00E2 U+20AC U+2122 (8 bytes), U+201C as U+00E2 U+20AC U+0153, an en dash
  // as U+00E2 U+20AC U+201C: one character of the view each, mapped to the first byte.
  const std::string note =
      "Doesn\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t \xC3\xA2\xE2\x82\xAC\xC5\x93pain"
      "\xC3\xA2\xE2\x82\xAC\xE2\x80\x9C L4";
  v.build(note);
  CHECK(v.text() == "doesn't \"pain- l4");
  CHECK(v.twice_encoded() == 3);
  CHECK(v.to_original(Span{0, 7}).in(note) == "Doesn\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t");
  CHECK(v.to_original(Span{9, 13}).in(note) == "pain");
  check_map_invariants(v, note);
  // An a-circumflex alone, or before another character, is itself.
  v.build(
      "\xC3\xA2me \xC3\xA2\xE2\x82\xAC"
      "5");
  CHECK(v.text() ==
        "\xC3\xA2me \xC3\xA2\xE2\x82\xAC"
        "5");
  CHECK(v.twice_encoded() == 0);
}

TEST_CASE("match view: an export's \\n escapes are its lines when it has none of its own") {
  MatchView v;
  const std::string note = "HISTORY: Pain.\\r\\nFAMILY HISTORY: Mother.\\nEXAM:\\tSLR +.";
  v.build(note);
  CHECK(v.text() == "history: pain.   \nfamily history: mother. \nexam:  slr +.");
  CHECK(v.escaped_breaks() == 2);
  CHECK(v.identity());  // two bytes for two: offsets unchanged
  check_map_invariants(v, note);
  // One escape alone may be meant ("C:\\notes"); a note with line breaks of its own keeps
  // its escapes as written.
  v.build("Saved in C:\\notes.");
  CHECK(v.text() == "saved in c:\\notes.");
  CHECK(v.escaped_breaks() == 0);
  v.build("A.\\nB.\\nC.\nD.");
  CHECK(v.text() == "a.\\nb.\\nc.\nd.");
  CHECK(v.escaped_breaks() == 0);
}

TEST_CASE("match view: control characters, NUL and CRLF") {
  MatchView v;
  std::string note = "Back\tpain\r\nLeg";
  note.push_back('\0');
  note += "pain\x01.";
  v.build(note);
  CHECK(v.text() == std::string("back pain \nleg pain ."));
  CHECK(v.identity());
  check_map_invariants(v, note);
}

TEST_CASE("match view: Unicode spaces, dashes and quotes") {
  MatchView v;
  // "L4\u2013L5 no\u00A0pain \u201Cworse\u201D patient\u2019s \u2212 x\u2003y"
  const std::string note =
      "L4\xE2\x80\x93L5 no\xC2\xA0pain \xE2\x80\x9CWorse\xE2\x80\x9D patient\xE2\x80\x99s "
      "\xE2\x88\x92 x\xE2\x80\x83y";
  v.build(note);
  CHECK(v.text() == "l4-l5 no pain \"worse\" patient's - x y");
  CHECK_FALSE(v.identity());
  // "pain" after the 2-byte NBSP.
  const auto pain = static_cast<uint32_t>(v.text().find("pain"));
  CHECK(v.to_original(Span{pain, pain + 4}).in(note) == "pain");
  // "worse" inside 3-byte quotes.
  const auto worse = static_cast<uint32_t>(v.text().find("worse"));
  CHECK(v.to_original(Span{worse, worse + 5}).in(note) == "Worse");
  // The quoted word with its quotes maps to the whole original quote characters.
  CHECK(v.to_original(Span{worse - 1, worse + 6}).in(note) == "\xE2\x80\x9CWorse\xE2\x80\x9D");
  const auto y = static_cast<uint32_t>(v.text().size() - 1);
  CHECK(v.to_original(Span{y, y + 1}).in(note) == "y");
  check_map_invariants(v, note);
}

TEST_CASE("match view: growing characters and buffer reuse") {
  MatchView v;
  const std::string grow = "\xC8\xBA\xC8\xBA ok";  // U+023A twice: folds to 3-byte U+2C65
  v.build(grow);
  CHECK(v.text() == "\xE2\xB1\xA5\xE2\xB1\xA5 ok");
  CHECK(v.to_original(3) == 2);
  CHECK(v.to_original(Span{7, 9}).in(grow) == "ok");
  check_map_invariants(v, grow);
  // A later ASCII note on the same view is back to the identity.
  v.build("Short NOTE");
  CHECK(v.text() == "short note");
  CHECK(v.identity());
  v.build("");
  CHECK(v.text().empty());
  CHECK(v.to_original(0) == 0);
  // Many growing characters followed by a long ASCII tail.
  std::string many;
  for (int i = 0; i < 50; ++i) many += "\xC8\xBA";
  many += std::string(500, 'A');
  v.build(many);
  CHECK(v.text().size() == 650);
  CHECK(v.text().substr(150) == std::string(500, 'a'));
  check_map_invariants(v, many);
}

TEST_CASE("match view: a notation's symbols are read as their words") {
  dxaudit::text::Notation notation;
  CHECK(notation.add(U'\u2193', "decreased"));
  CHECK(notation.add(U'\u2191', "increased"));
  CHECK_FALSE(notation.add(U'\u2193', "less"));  // one word a symbol
  MatchView v;
  // Set off by spaces where a word touches it; the word's span is the symbol's.
  const std::string note = "DTR \u2193 L achilles, \u2193sensation L5; pain\u2191.";
  v.build(note, &notation);
  CHECK(v.text() == "dtr decreased l achilles, decreased sensation l5; pain increased .");
  CHECK(v.notation_symbols() == 3);
  check_map_invariants(v, note);
  const size_t first = v.text().find("decreased");
  CHECK(note.substr(v.to_original(static_cast<uint32_t>(first)),
                    v.to_original(static_cast<uint32_t>(first + 9)) -
                        v.to_original(static_cast<uint32_t>(first))) == "\u2193");
  const auto sensation = static_cast<uint32_t>(v.text().find("decreased sensation"));
  const Span s = v.to_original(Span{sensation, sensation + 19});
  CHECK(note.substr(s.begin, s.size()) == "\u2193sensation");
  const auto pain = static_cast<uint32_t>(v.text().find("pain increased"));
  const Span p = v.to_original(Span{pain, pain + 14});
  CHECK(note.substr(p.begin, p.size()) == "pain\u2191");
  // Without the notation, or with an empty one, the symbol stays itself.
  v.build(note);
  CHECK(v.text().find("decreased") == std::string_view::npos);
  CHECK(v.notation_symbols() == 0);
  dxaudit::text::Notation none;
  v.build(note, &none);
  CHECK(v.identity());  // each arrow its own 3 bytes
  CHECK(v.text().find("decreased") == std::string_view::npos);
  // A note of nothing but symbols grows past twice its size; the rest still fits.
  std::string arrows;
  for (int k = 0; k < 300; ++k) arrows += "\u2193x";
  arrows += " tail ASCII";
  v.build(arrows, &notation);
  CHECK(v.notation_symbols() == 300);
  CHECK(v.text().substr(v.text().size() - 11) == " tail ascii");
  check_map_invariants(v, arrows);
}
