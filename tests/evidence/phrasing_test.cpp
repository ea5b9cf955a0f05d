// Phrasing tables (tests/evidence/phrasing/*.tsv): how real notes word each concept, one
// row per class of phrasing, written for dxaudit (no row is copied from a corpus). Each
// row analyses `text` as a whole note and looks for a finding of `concept` that overlaps
// the first occurrence of `phrase` in it:
//   present=1  there is one, and every attribute column that is not blank agrees with it
//              (negated, uncertain, historical, hypothetical: 0|1; experiencer:
//              patient|other; region: cervical|thoracic|lumbar|lumbosacral|sacral|unknown;
//              laterality: left|right|bilateral|none);
//   present=0  there is none (the phrase is not that concept: "trauma bay", "no heavy
//              lifting" as a work restriction).
// Run `build/tests/test_evidence -tc='phrasing*'`: the tables and the lexicons are read at
// run time, so a lexicon edit needs no rebuild.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "analysis_support.h"
#include "io/tsv_reader.h"

using dxaudit::testing::analyze_text;
using dxaudit::testing::AnalyzedFinding;

namespace {

namespace fs = std::filesystem;

std::string flag(bool b) {
  return b ? "1" : "0";
}

// What a finding says for one attribute column, as the table writes it.
std::string attribute(const AnalyzedFinding& f, const std::string& column) {
  if (column == "negated") return flag(f.negated);
  if (column == "uncertain") return flag(f.uncertain);
  if (column == "historical") return flag(f.historical);
  if (column == "hypothetical") return flag(f.hypothetical);
  if (column == "experiencer") return f.experiencer;
  if (column == "region") return f.region.empty() ? "unknown" : f.region;
  if (column == "laterality") return f.laterality.empty() ? "none" : f.laterality;
  return "?";
}

const char* const kAttributes[] = {"negated",     "uncertain", "historical", "hypothetical",
                                   "experiencer", "region",    "laterality"};

}  // namespace

TEST_CASE("phrasing tables: every row holds") {
  fs::path dir = fs::path(DXAUDIT_SOURCE_DIR) / "tests" / "evidence" / "phrasing";
  std::vector<fs::path> tables;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".tsv") tables.push_back(e.path());
  std::sort(tables.begin(), tables.end());
  REQUIRE(!tables.empty());
  size_t rows = 0;
  for (const fs::path& table : tables) {
    std::ifstream in(table, std::ios::binary);
    dxaudit::io::TsvReader reader;
    std::string error;
    REQUIRE_MESSAGE(reader.open(&in, table.string(), &error), error);
    auto id = reader.column("id"), text = reader.column("text"),
         concept_column = reader.column("concept"), phrase = reader.column("phrase"),
         present = reader.column("present");
    REQUIRE_MESSAGE((id && text && concept_column && phrase && present),
                    table.string() << ": needs id, text, concept, phrase, present");
    std::map<std::string, size_t> attribute_columns;
    for (const char* a : kAttributes)
      if (auto c = reader.column(a)) attribute_columns[a] = *c;
    std::vector<std::string_view> fields;
    uint64_t line = 0;
    while (reader.next(&fields, &line)) {
      ++rows;
      std::string where = table.filename().string() + ":" + std::to_string(line) + " (" +
                          std::string(fields[*id]) + ")";
      // Exactly the header's fields: a row with one too many reads its note as a side.
      REQUIRE_MESSAGE(fields.size() == reader.header().size(), where << ": " << fields.size()
                                                                     << " fields, the header has "
                                                                     << reader.header().size());
      std::string note(fields[*text]), wanted(fields[*concept_column]), words(fields[*phrase]);
      size_t at = note.find(words);
      REQUIRE_MESSAGE(at != std::string::npos, where << ": phrase not in text");
      auto a = analyze_text(note);
      const AnalyzedFinding* hit = nullptr;
      for (const AnalyzedFinding& f : a.findings)
        if (f.concept_name == wanted && f.begin < at + words.size() && at < f.end) hit = &f;
      if (fields[*present] == "0") {
        CHECK_MESSAGE(hit == nullptr, where << ": '" << words << "' is not " << wanted
                                            << " (found '" << (hit ? hit->text : "") << "')");
        continue;
      }
      CHECK_MESSAGE(hit != nullptr, where << ": no " << wanted << " on '" << words << "'");
      if (hit == nullptr) continue;
      for (const auto& [name, column] : attribute_columns) {
        std::string expected(fields[column]);
        if (expected.empty()) continue;
        CHECK_MESSAGE(attribute(*hit, name) == expected,
                      where << ": " << name << " of " << wanted << " '" << hit->text << "' is "
                            << attribute(*hit, name) << ", not " << expected);
      }
    }
  }
  MESSAGE(rows << " phrasing rows");
}
