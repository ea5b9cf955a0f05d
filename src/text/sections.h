// SectionDetector: finds the sections of a note and gives them canonical names.
//
// Headers come from data (lexicons/sections.lex): each entry maps a header phrase to a
// canonical section name (hpi, pmh, assessment, ...). A header is recognised where a
// header can stand:
//   - at the start of the text or of a line, or after the ", " / "," / "., " run of the
//     MTSamples export form;
//   - followed by ':' (then anything), or alone on its line when written in capitals
//     ("ASSESSMENT AND PLAN" on a line of its own).
// Short headers marked `line_start` in the lexicon (S:, O:, A:, P:) count only at the
// start of a line; those marked `not_before_number` do not count when a number follows
// the ':' ("P: 88" is a pulse). Sub-headings (HEENT:, NEUROLOGIC:, marked `subheading`)
// start nothing inside their section, and open it where its own header was missed;
// headers that are not in the lexicon start nothing.
// A section runs from its header to the next recognised header or the end of the text,
// except that a header marked `ends_with_line` and followed by text on its own line
// ("FH: father with DDD.") ends its section with that line (and the lines wrapped from it,
// which start in lower case). Text before the first header, and after such a line up to
// the next header, belongs to no section.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "text/match_view.h"
#include "text/span.h"

namespace dxaudit::text {

struct SectionHeader {
  std::string name;         // canonical section name, e.g. "assessment"
  std::string phrase;       // header as written, matched case-insensitively, e.g. "a/p"
  bool line_start = false;  // only at the start of a line (not after MTSamples commas)
  // Not a header when a number follows its ':' ("P: 88" is a pulse, not the plan).
  bool not_before_number = false;
  std::string origin = "";  // where it was defined ("lexicons/sections.lex:12"), for messages
  // A sub-heading of `name` ("NEUROLOGIC:" of the examination): inside `name` or one of
  // the sections `within` lists ("CONSTITUTIONAL:" of a review of systems) it starts
  // nothing; anywhere else it opens `name`, because the note's own header for it was
  // missed ("SOCIAL HISTORY: ... NEUROLOGIC: reflexes 2+" is an examination, not history).
  bool subheading = false;
  std::vector<std::string> within = {};
  // Written inline ("FH: father with DDD.", text after the ':' on the header's line), the
  // section is that line: typed notes put a family history on one line inside another part
  // and go on with the patient's own complaint on the next ("Pain radiates down the L leg"),
  // which must not become the relative's. A header alone on its line keeps its section to
  // the next header (a list under it).
  bool ends_with_line = false;
};

struct Section {
  uint16_t name_index;  // index into SectionDetector::names()
  Span header;          // the header text itself (without ':'), view offsets
  Span body;            // from the end of the header (after ':') to the section end
  // Opened by a sub-heading outside its section ("Reflexes: 2+ and symmetric" after an
  // assessment): the header is the subject of what follows it, so it stays in the first
  // sentence of the body instead of being a sentence of its own.
  bool opened_by_subheading = false;
  Span whole() const { return {header.begin, body.end}; }
};

class SectionDetector {
 public:
  // What is wrong with one header definition on its own (an empty name or phrase, a ':' in
  // the phrase, a phrase too long), or "" when it is fine. Loaders call this per entry so
  // that each problem is reported where it was written.
  static std::string check_header(const SectionHeader& header);

  // Builds a detector from header definitions. On failure returns nullptr and sets *error
  // (naming the header by its `origin` when it has one).
  static std::unique_ptr<SectionDetector> create(const std::vector<SectionHeader>& headers,
                                                 std::string* error);
  ~SectionDetector();

  // Clears *out and fills it with the sections of the note in text order. `view` is the
  // matching view of `original`, the note as received (capitals are read from it through
  // view.to_original()). Offsets in *out are view offsets. With `subheadings`, it is
  // cleared and receives the view spans of the sub-headings that opened nothing.
  void detect(const MatchView& view, std::string_view original, std::vector<Section>* out,
              std::vector<Span>* subheadings = nullptr) const;

  const std::vector<std::string>& names() const { return names_; }

 private:
  SectionDetector();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> names_;
};

}  // namespace dxaudit::text
