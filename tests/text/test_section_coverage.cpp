// Section coverage on real notes: of the header-like lines in the back-related MTSamples
// notes, the share that the shipped section detector recognises. The test prints the figure
// with the headers it misses most often (what to add to lexicons/sections.lex next) and
// checks the share against a floor, so that recognition cannot regress unnoticed. Run
// `build/tests/test_text -tc='section coverage*'` (or ctest -V -R text) to see the figure.
//
// Notes measured: ../shared/corpora/mtsamples.jsonl beside the checkout (the test is skipped
// when it is not there), less the held-out notes of ../shared/corpora/heldout_note_ids.txt
// (without that list nothing is measured: held-out notes must never be) and less the test
// part of every real-note gold draw (corpora/gold-mtsamples*/parts.tsv; its ids are the JSONL
// note_id, "mts-123").
// MTSamples lists many notes under several specialties, with one id each: a copy of a note
// that is left out is left out too, and every other text is measured once.
//
// Back-related notes (is_back_related): the text mentions, in any case, "low back", "lower
// back", "lumbosacral", "sciatica" or "lumbar" (but not only as "lumbar puncture" or "lumbar
// drain": a spinal tap is not a back complaint), or names a lumbar level: L1 to L5 in
// capitals as a word of its own ("L4-5", "L5-S1", "at L4"; not "L10", "CL1").
//
// Header-like lines (header_like_lines): MTSamples replaced line breaks with commas, so a
// header follows a comma as often as a line break. Two rules; the figure counts both, and the
// report shows each alone and by position.
//   capitals  at the start of the text or of a line, after a ',' or after a sentence end
//             ('.', '!', '?'), blanks skipped: a run of letters, blanks, '/', '&', '-', '\''
//             and parentheses, 2 to 60 bytes, starting with a capital letter, at least 80%
//             of its letters capitals, then optional blanks and ':'
//             (",PHYSICAL EXAMINATION:,", "IMPRESSION: ,", "pain. HEENT:").
//   title     the same run, 2 to 40 bytes and 1 to 4 words, starting with a capital, not a
//             capitals header, where the export put a line break: at the start of the text
//             or of a line, or after a comma that follows '.', '!', '?', ':' or ','
//             (".,Neck:", "OBJECTIVE:,Vitals:"). Runs holding a word that makes them prose
//             ("CSF analysis revealed:", "It shows:") are not headers; after a bare ", " or
//             a sentence end, mixed case is too often prose ("Blood pressure: 120/80").
// A header-like line is recognised when a section header or a sub-heading the detector
// found (SectionDetector::detect with its `subheadings` out-parameter, the detector of the
// shipped analyzer) begins at its start or within 2 bytes of it, or covers its start.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "analysis_support.h"
#include "test_support.h"
#include "text/match_view.h"
#include "text/sections.h"
#include "text/span.h"
#include "text_support.h"

namespace {

// Floors a little below the figures measured (113 notes, 1,169 lines): 0.770 over all
// header-like lines and 0.779 over capitals headers when the test was written; 0.849 and
// 0.856 once headers after a sentence end (". HEENT:") and the procedure narrative and
// exam sub-headings the report listed were recognised; 0.859 and 0.867 with the
// operative-note layouts ("SUMMARY OF PROCEDURE", "PREPROCEDURE DIAGNOSIS"); 0.856 and 0.865
// over 106 notes (1,111 lines) once the test parts of rounds 2 and 3 were left out too. Raise
// them as lexicons/sections.lex (or the detector) recognises more.
constexpr double kMinShare = 0.85;
constexpr double kMinCapitalsShare = 0.86;
// How far (bytes) a detected header may start from the header-like line and still count.
constexpr size_t kSlack = 2;
constexpr size_t kTopMissed = 25;

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_letter(char c) {
  return is_upper(c) || is_lower(c);
}
bool is_alnum(char c) {
  return is_letter(c) || (c >= '0' && c <= '9');
}
char to_lower(char c) {
  return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
char to_upper(char c) {
  return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

// The ids of an id list: one a line, '#' comment lines and blank lines skipped.
std::set<std::string> read_ids(const std::filesystem::path& path) {
  std::set<std::string> ids;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (is_blank(line.back()) || line.back() == '\r')) line.pop_back();
    if (!line.empty() && line[0] != '#') ids.insert(line);
  }
  return ids;
}

// The notes of parts.tsv (note, part, ...) whose part is `part`.
std::set<std::string> notes_of_part(const std::filesystem::path& path, std::string_view part) {
  std::set<std::string> ids;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const size_t tab2 = line.find('\t', tab + 1);
    if (line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1) ==
        part)
      ids.insert(line.substr(0, tab));
  }
  return ids;
}

// See the top of the file.
bool is_back_related(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), to_lower);
  for (const char* phrase : {"low back", "lower back", "lumbosacral", "sciatica"})
    if (lower.find(phrase) != std::string::npos) return true;
  for (size_t i = lower.find("lumbar"); i != std::string::npos; i = lower.find("lumbar", i + 1)) {
    size_t k = i + 6;
    while (k < lower.size() && is_blank(lower[k])) ++k;
    const std::string_view next = std::string_view(lower).substr(k);
    if (!next.starts_with("puncture") && !next.starts_with("drain")) return true;
  }
  for (size_t i = text.find('L'); i != std::string_view::npos; i = text.find('L', i + 1)) {
    if (i + 1 >= text.size() || text[i + 1] < '1' || text[i + 1] > '5') continue;
    if (i > 0 && is_alnum(text[i - 1])) continue;
    if (i + 2 < text.size() && is_alnum(text[i + 2])) continue;
    return true;
  }
  return false;
}

struct HeaderLine {
  size_t begin = 0, end = 0;    // bytes of the header in the note, without blanks and ':'
  bool capitals = false;        // by the capitals rule (else the title rule)
  bool after_sentence = false;  // after a sentence end ("pain. HEENT:"), not a line or comma
};

// Words that make a "...:" run prose rather than a heading ("CSF analysis revealed:").
bool is_prose_word(std::string_view word) {
  static const std::unordered_set<std::string_view> words = {
      "revealed", "reveals", "showed", "shows",    "show",     "yielded", "was",
      "were",     "is",      "are",    "included", "includes", "include", "following"};
  std::string lower(word);
  std::transform(lower.begin(), lower.end(), lower.begin(), to_lower);
  return words.contains(lower);
}

// The header-like lines of `text` by the rules at the top of the file, in text order.
std::vector<HeaderLine> header_like_lines(std::string_view text) {
  auto run_char = [](char c) {
    return is_letter(c) || is_blank(c) || c == '/' || c == '&' || c == '-' || c == '\'' ||
           c == '(' || c == ')';
  };
  std::vector<HeaderLine> out;
  size_t last_begin = std::string_view::npos;
  // `q` follows a break; `line_break` when the export put a line break there, `sentence`
  // when it is a sentence end.
  auto try_at = [&](size_t q, bool line_break, bool sentence) {
    while (q < text.size() && is_blank(text[q])) ++q;
    if (q >= text.size() || q == last_begin || !is_upper(text[q])) return;
    size_t k = q;
    while (k < text.size() && run_char(text[k])) ++k;
    if (k >= text.size() || text[k] != ':') return;
    size_t end = k;
    while (end > q && is_blank(text[end - 1])) --end;
    const std::string_view run = text.substr(q, end - q);
    if (run.size() < 2) return;
    size_t letters = 0, capitals = 0, words = 0;
    bool prose = false;
    for (size_t i = 0; i < run.size();) {
      if (is_blank(run[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < run.size() && !is_blank(run[j])) ++j;
      ++words;
      prose = prose || is_prose_word(run.substr(i, j - i));
      for (; i < j; ++i) {
        letters += is_letter(run[i]) ? 1 : 0;
        capitals += is_upper(run[i]) ? 1 : 0;
      }
    }
    if (run.size() <= 60 && capitals * 5 >= letters * 4) {
      out.push_back({q, end, true, sentence});
    } else if (line_break && run.size() <= 40 && words <= 4 && !prose) {
      out.push_back({q, end, false, sentence});
    } else {
      return;
    }
    last_begin = q;
  };
  try_at(0, true, false);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      try_at(i + 1, true, false);
    } else if (c == ',') {
      size_t p = i;
      while (p > 0 && is_blank(text[p - 1])) --p;
      const char before = p == 0 ? '\n' : text[p - 1];
      try_at(i + 1,
             before == '.' || before == '!' || before == '?' || before == ':' || before == ',' ||
                 before == '\n',
             false);
    } else if (c == '.' || c == '!' || c == '?') {
      try_at(i + 1, false, true);
    }
  }
  return out;
}

// The header text as the report groups it: capitals, blank runs as one space.
std::string header_key(std::string_view header) {
  std::string key;
  for (char c : header) {
    if (is_blank(c)) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.push_back(to_upper(c));
    }
  }
  return key;
}

struct Tally {
  size_t lines = 0, recognized = 0;
  double share() const {
    return lines == 0 ? 0.0 : static_cast<double>(recognized) / static_cast<double>(lines);
  }
};

struct Missed {
  size_t count = 0;
  std::string first_note;  // where it was first seen
};

}  // namespace

// The measuring rules themselves, on text of the MTSamples export form.
TEST_CASE("section coverage: the header-like and back-related rules") {
  auto headers = [](std::string_view text) {
    std::vector<std::string> r;
    for (const HeaderLine& h : header_like_lines(text))
      r.push_back(std::string(text.substr(h.begin, h.end - h.begin)) +
                  (h.capitals ? "" : " [title]") + (h.after_sentence ? " [sentence]" : ""));
    return r;
  };
  CHECK(headers("HISTORY: , Pain.,PHYSICAL EXAMINATION:,Neck:  Supple.,Lungs: Clear.  "
                "HEENT:  Normal.,IMPRESSION: ,1.  Strain.,WORKERS' COMPENSATION STATUS:, Off.") ==
        std::vector<std::string>{"HISTORY", "PHYSICAL EXAMINATION", "Neck [title]", "Lungs [title]",
                                 "HEENT [sentence]", "IMPRESSION", "WORKERS' COMPENSATION STATUS"});
  // Prose, numbers, vital signs after a bare comma, and words run on past 4 are not headers.
  CHECK(headers("She has pain, Blood pressure: 120/80.  It shows: nothing.,L4-5: bulge.,"
                "Lumbar puncture revealed the following CSF results: none.,a:") ==
        std::vector<std::string>{});
  CHECK(is_back_related("Chronic LOW BACK pain."));
  CHECK(is_back_related("MRI of the lumbar spine."));
  CHECK(is_back_related("Disc bulge at L4-5 and L5-S1."));
  CHECK(is_back_related("left sciatica"));
  CHECK_FALSE(is_back_related("A lumbar puncture was done.  S1, S2 normal.  L10 lesion."));
}

TEST_CASE("section coverage: header-like lines of back-related MTSamples notes") {
  const std::filesystem::path corpus = dxaudit::testing::shared_mtsamples();
  const std::filesystem::path heldout = corpus.parent_path() / "heldout_note_ids.txt";
  if (!std::filesystem::exists(corpus)) {
    MESSAGE("skipped: " << corpus << " is not there");
    return;
  }
  if (!std::filesystem::exists(heldout)) {
    MESSAGE("skipped: " << heldout << " is not there (held-out notes must not be measured)");
    return;
  }
  const std::set<std::string> heldout_ids = read_ids(heldout);
  // The test part of every real-note gold draw (corpora/gold-mtsamples, -r2, -r3, ...).
  std::set<std::string> test_ids;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(DXAUDIT_SOURCE_DIR) / "corpora")) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("gold-mtsamples", 0) != 0 ||
        !std::filesystem::exists(entry.path() / "parts.tsv"))
      continue;
    const std::set<std::string> part = notes_of_part(entry.path() / "parts.tsv", "test");
    test_ids.insert(part.begin(), part.end());
  }
  REQUIRE(!heldout_ids.empty());
  REQUIRE(!test_ids.empty());

  struct Record {
    std::string id, text;
  };
  std::vector<Record> records;
  {
    std::ifstream in(corpus);
    std::string line;
    while (std::getline(in, line)) {
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const nlohmann::json j = nlohmann::json::parse(line);
      records.push_back({j.at("note_id").get<std::string>(), j.at("text").get<std::string>()});
    }
  }
  std::set<std::string> left_out_ids = heldout_ids;
  left_out_ids.insert(test_ids.begin(), test_ids.end());
  std::unordered_set<std::string_view> left_out;  // texts of held-out and test notes
  size_t left_out_records = 0;
  for (const Record& r : records) {
    if (left_out_ids.contains(r.id)) {
      left_out.insert(r.text);
      ++left_out_records;
    }
  }
  CHECK(left_out_records == left_out_ids.size());  // every listed id is a note of the corpus

  const dxaudit::text::SectionDetector& detector = dxaudit::testing::shipped_analyzer().sections();
  dxaudit::text::MatchView view;
  std::vector<dxaudit::text::Section> sections;
  std::vector<dxaudit::Span> subheadings;
  std::vector<dxaudit::Span> found;   // headers and sub-headings, original offsets
  std::vector<dxaudit::Span> wholes;  // sections, original offsets
  std::unordered_set<std::string_view> seen;
  size_t notes = 0, records_kept = 0;
  Tally all, capitals, title, at_break, after_sentence;
  size_t missed_inside = 0;  // unrecognized lines that lie inside a detected section
  std::map<std::string, Missed> missed;
  for (const Record& r : records) {
    if (left_out.contains(r.text) || !is_back_related(r.text)) continue;
    ++records_kept;
    if (!seen.insert(r.text).second) continue;
    ++notes;
    view.build(r.text);
    detector.detect(view, r.text, &sections, &subheadings);
    found.clear();
    wholes.clear();
    for (const dxaudit::text::Section& s : sections) {
      found.push_back(view.to_original(s.header));
      wholes.push_back(view.to_original(s.whole()));
    }
    for (dxaudit::Span s : subheadings) found.push_back(view.to_original(s));
    for (const HeaderLine& h : header_like_lines(r.text)) {
      const bool recognized = std::any_of(found.begin(), found.end(), [&](dxaudit::Span s) {
        const size_t b = s.begin;
        return (b <= h.begin + kSlack && h.begin <= b + kSlack) ||
               (b <= h.begin && h.begin < s.end);
      });
      for (Tally* t : {&all, h.capitals ? &capitals : &title,
                       h.after_sentence ? &after_sentence : &at_break}) {
        ++t->lines;
        t->recognized += recognized ? 1 : 0;
      }
      if (!recognized) {
        Missed& m = missed[header_key(std::string_view(r.text).substr(h.begin, h.end - h.begin))];
        if (m.count++ == 0) m.first_note = r.id;
        missed_inside +=
            std::any_of(wholes.begin(), wholes.end(),
                        [&](dxaudit::Span s) { return s.begin <= h.begin && h.begin < s.end; })
                ? 1
                : 0;
      }
    }
  }

  std::vector<std::pair<std::string, Missed>> top(missed.begin(), missed.end());
  std::stable_sort(top.begin(), top.end(),
                   [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  std::ostringstream report;
  report << std::fixed << std::setprecision(3);
  report << "section coverage, back-related MTSamples notes: " << notes << " notes measured ("
         << records_kept << " records; " << left_out.size()
         << " held-out or test texts left out)\n";
  auto line = [&](const char* what, const Tally& t) {
    report << "  " << what << ": " << t.lines << " header-like lines, " << t.recognized
           << " recognized, share " << t.share() << "\n";
  };
  line("all                     ", all);
  line("capitals rule           ", capitals);
  line("title rule              ", title);
  line("at a line break or comma", at_break);
  line("after a sentence end    ", after_sentence);
  report << "  unrecognized lines inside a detected section (its text still gets one): "
         << missed_inside << " of " << all.lines - all.recognized << "\n";
  report << "most frequent unrecognized headers (count, header, first note):\n";
  for (size_t i = 0; i < top.size() && i < kTopMissed; ++i)
    report << "  " << std::setw(4) << top[i].second.count << "  " << top[i].first << "  ("
           << top[i].second.first_note << ")\n";
  MESSAGE(report.str());

  CHECK(notes > 100);
  CHECK(all.share() >= kMinShare);
  CHECK(capitals.share() >= kMinCapitalsShare);
}

// The shipped detector on an operative-note layout (no ../shared needed): the narrative under
// "SUMMARY OF PROCEDURE" is the procedure's, not the indication's it follows.
TEST_CASE("sections: operative-note layouts of the shipped lexicon") {
  const dxaudit::text::SectionDetector& detector = dxaudit::testing::shipped_analyzer().sections();
  const std::string note =
      "PREPROCEDURE DIAGNOSIS:,  Lumbar radiculopathy.,POSTPROCEDURE DIAGNOSIS:,  Same.,"
      "INDICATIONS FOR THE PROCEDURE:,  Left leg pain.,SUMMARY OF PROCEDURE:,  A filling defect "
      "was noted at the L4-5 nerve root on the left.,POSTOPERATIVE PLAN:,  Follow up in two weeks.";
  dxaudit::text::MatchView view;
  view.build(note);
  std::vector<dxaudit::text::Section> sections;
  std::vector<dxaudit::Span> subheadings;
  detector.detect(view, note, &sections, &subheadings);
  std::vector<std::string> names;
  for (const dxaudit::text::Section& s : sections) names.push_back(detector.names()[s.name_index]);
  CHECK(names == std::vector<std::string>{"assessment", "assessment", "chief_complaint",
                                          "procedure", "plan"});
}
