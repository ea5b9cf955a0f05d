// load_lexicon and pattern_to_regex (lexicon/lexicon.h).
#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "lexicon/lexicon.h"
#include "lexicon_support.h"
#include "test_support.h"
#include "text/match_view.h"

using dxaudit::lexicon::Direction;
using dxaudit::lexicon::load_lexicon;
using dxaudit::lexicon::LoadError;
using dxaudit::lexicon::pattern_to_regex;
using dxaudit::lexicon::PatternKind;
using dxaudit::testing::describe_errors;
using dxaudit::testing::has_error;
using dxaudit::testing::load_errors;
using dxaudit::testing::load_valid_lexicon;
using dxaudit::testing::TempDir;

namespace {

const char* const kVocabulary =
    "@kind vocabulary\n"
    "concept\tradiculopathy\tcategory=radicular\n"
    "concept\tslr_sign\tcategory=radicular\n"
    "concept\tcancer_history\tcategory=red_flag historical_counts\n"
    "element\tlocation\n";

}  // namespace

TEST_CASE("lexicon: a small valid lexicon loads with every pattern compiled") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string findings = dir.write("findings/radicular.lex",
                                   "@kind findings\n"
                                   "radiculopathy\tsciatica\n"
                                   "slr_sign\tre:slr\\b\n");
  std::string cues = dir.write("cues.lex",
                               "@kind cues\n"
                               "negated\tno\tdirection=forward window=8\n"
                               "negated\tabsent\tdirection=backward\n"
                               "terminate\tbut\n");
  dir.write("laterality.lex", "@kind laterality\nleft\tleft\nbilateral\tboth legs\n");
  dir.write("elements.lex", "@kind elements\nlocation\tmidline\n");
  dir.write("sections.lex", "@kind sections\nassessment\tAssessment\nassessment\ta\tline_start\n");
  dir.write("notes.txt", "not a lexicon file: ignored\n");

  auto lex = load_valid_lexicon(dir.str());
  REQUIRE(lex->concepts.size() == 3);
  CHECK(lex->concepts[2].name == "cancer_history");
  CHECK(lex->concepts[2].historical_counts);
  CHECK_FALSE(lex->concepts[0].historical_counts);
  CHECK(lex->categories == std::vector<std::string>{"radicular", "red_flag"});
  CHECK(lex->concepts[1].category == 0);
  CHECK(lex->concepts[2].category == 1);
  CHECK(lex->elements == std::vector<std::string>{"location"});
  CHECK(lex->concept_index("slr_sign") == uint16_t{1});
  CHECK_FALSE(lex->concept_index("nothing").has_value());
  CHECK(lex->element_index("location") == uint16_t{0});
  // 2 findings + 3 cues + 2 laterality + 1 element.
  REQUIRE(lex->patterns.size() == 8);
  CHECK(lex->regex_sources.size() == 8);
  // Files are read sorted by path: cues.lex, elements.lex, findings/..., laterality.lex.
  CHECK(lex->patterns[0].kind == PatternKind::kCue);
  CHECK(lex->patterns[0].source == "no");
  CHECK(lex->patterns[0].file == cues);
  CHECK(lex->patterns[0].line == 2);
  CHECK(lex->patterns[0].direction == Direction::kForward);
  CHECK(lex->patterns[0].window == 8);
  CHECK(lex->patterns[1].direction == Direction::kBackward);
  CHECK(lex->patterns[1].window == 0);
  CHECK(lex->patterns[3].kind == PatternKind::kElement);
  CHECK(lex->patterns[4].kind == PatternKind::kFinding);
  CHECK(lex->patterns[4].file == findings);
  CHECK(lex->patterns[5].target == 1);  // slr_sign
  CHECK(lex->patterns[6].kind == PatternKind::kLaterality);
  CHECK(lex->patterns[6].target == static_cast<uint16_t>(dxaudit::lexicon::Laterality::kLeft));
  REQUIRE(lex->section_headers.size() == 2);
  CHECK(lex->section_headers[0].name == "assessment");
  CHECK_FALSE(lex->section_headers[0].line_start);
  CHECK(lex->section_headers[1].line_start);
}

TEST_CASE("lexicon: every kind of error is reported with file:line, all in one load") {
  TempDir dir;
  std::string vocab = dir.write("a_vocabulary.lex",
                                "@kind vocabulary\n"
                                "concept\tradiculopathy\tcategory=radicular\n"
                                "concept\tslr_sign\tcategory=radicular\n"
                                "concept\tradiculopathy\tcategory=radicular\n"  // 4: twice
                                "element\tlocation\n");
  std::string findings = dir.write("findings.lex",
                                   "@kind findings\n"
                                   "sciatica_pain\tsciatica\n"       // 2: unknown concept
                                   "radiculopathy\tradiculopathy\n"  // 3: fine
                                   "radiculopathy\tre:(\n"           // 4: invalid regex
                                   "radiculopathy\tre:x*\n"          // 5: matches empty
                                   "radiculopathy\tRADICULOPATHY\n"  // 6: duplicate of 3
                                   "slr_sign\tslr\tcolor=red\n"      // 7: unknown option
                                   "slr_sign\tlow back\n"            // 8
                                   "slr_sign\tlow-back\n");          // 9: duplicate of 8
  std::string cues = dir.write("cues.lex",
                               "@kind cues\n"
                               "denial\tdenies\n"                           // 2: bad category
                               "negated\tdenies\tdirection=sideways\n"      // 3: bad direction
                               "negated\tno\twindow=many\n"                 // 4: bad window
                               "negated\tnot\twindow=1001\n"                // 5: bad window
                               "negated\twithout\twindow=6 scope=near\n");  // 6: unknown option
  std::string other = dir.write("z_other.lex", "@kind synonyms\nfoo\tbar\n");

  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, vocab, 4, "concept 'radiculopathy' is declared twice"));
  CHECK(has_error(errors, findings, 2, "unknown concept 'sciatica_pain'"));
  CHECK(has_error(errors, findings, 4, "invalid regular expression"));
  CHECK(has_error(errors, findings, 4, "'re:('"));
  CHECK(has_error(errors, findings, 5, "pattern matches the empty string in 're:x*'"));
  CHECK(has_error(errors, findings, 6, "duplicate of the entry at " + findings + ":3"));
  CHECK(has_error(errors, findings, 7, "unknown option 'color' for kind findings"));
  CHECK(has_error(errors, findings, 9, "duplicate of the entry at " + findings + ":8"));
  CHECK(has_error(errors, cues, 2, "unknown cue category 'denial'"));
  CHECK(has_error(errors, cues, 3, "direction is forward, backward or both, not 'sideways'"));
  CHECK(has_error(errors, cues, 4, "window is a number of tokens from 0 to 1000, not 'many'"));
  CHECK(has_error(errors, cues, 5, "not '1001'"));
  CHECK(has_error(errors, cues, 6, "unknown option 'scope' for kind cues"));
  CHECK(has_error(errors, other, 0, "unknown @kind 'synonyms'"));
  CHECK(errors.size() == 13);
}

TEST_CASE("lexicon: laterality phrases: the sides, none, and their errors with file:line") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string sides = dir.write("laterality.lex",
                                "@kind laterality\n"
                                "left\tleft\n"
                                "none\tthroughout\n"          // 3: fine
                                "bilateral\tfeet\timplied\n"  // 4: fine
                                "none\tsymmetric\timplied\n"  // 5: none takes no flag
                                "both\tboth sides\n"          // 6: not a side
                                "none\tr/o\tnot\n"            // 7: fine
                                "right\tr/t\tnot\n");         // 8: a 'not' phrase is none
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, sides, 5, "a 'none' phrase takes no implied flag"));
  CHECK(has_error(errors, sides, 6, "laterality is left, right, bilateral or none, not 'both'"));
  CHECK(has_error(errors, sides, 8, "a 'not' phrase names no side"));
  CHECK(errors.size() == 3);
}

TEST_CASE("lexicon: attachment words, and their errors with file:line") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string words = dir.write("attachment.lex",
                                "@kind attachment\n"
                                "continues\tand equal\n"  // 2: fine, before its ends word
                                "ends\tand\n"
                                "ends\twith\n"
                                "ends\tAnd\n"            // 5: not lower case
                                "continues\tor equal\n"  // 6: "or" is no ends word
                                "continues\tand\n"       // 7: one word
                                "stops\tbut\n"           // 8: not a kind of entry
                                "ends\tw/\n"             // 9: fine, a letter and a slash
                                "ends\tww/\n"            // 10: two letters before the slash
                                "marker\t(-)\n"          // 11: fine
                                "marker\tneg\n"          // 12: letters are no marker
                                "before\tor\n"           // 13: fine
                                "before\tOr\n");         // 14: not lower case
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, words, 5,
                  "an ends entry is one word of lower case letters or a letter and a slash, not "
                  "'And'"));
  CHECK(has_error(errors, words, 6, "'or' is no ends word"));
  CHECK(has_error(errors, words, 7, "a continues entry is two words"));
  CHECK(
      has_error(errors, words, 8, "attachment is ends, before, continues or marker, not 'stops'"));
  CHECK(has_error(errors, words, 10, "not 'ww/'"));
  CHECK(has_error(errors, words, 12, "a marker is up to 8 ASCII punctuation marks"));
  CHECK(has_error(errors, words, 14,
                  "a before entry is one word of lower case letters or a letter and a slash, "
                  "not 'Or'"));
  CHECK(errors.size() == 7);

  dir.write("attachment.lex", "@kind attachment\nends\tand\ncontinues\tand equal\nbefore\tor\n");
  auto lex = load_valid_lexicon(dir.str());
  CHECK(lex->attachment_ends == std::vector<std::string>{"and"});
  CHECK(lex->attachment_ends_before == std::vector<std::string>{"or"});
  CHECK(lex->ends_attachment_before("or"));
  CHECK_FALSE(lex->ends_attachment_before("and"));
  REQUIRE(lex->attachment_continues.size() == 1);
  CHECK(lex->attachment_continues[0] == std::pair<std::string, std::string>{"and", "equal"});
}

TEST_CASE("lexicon: notation symbols, and their errors with file:line") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string symbols = dir.write("notation.lex",
                                  "@kind notation\n"
                                  "decreased\t\u2193\n"          // 2: fine
                                  "increased\t\u2191\n"          // 3: fine
                                  "less\t\u2193\n"               // 4: read already
                                  "Decreased\t\u21e9\n"          // 5: not lower case
                                  "decreased\tv\n"               // 6: ASCII
                                  "decreased\t\u00e9\n"          // 7: a letter
                                  "decreased\t\u2193\u2193\n"    // 8: two characters
                                  "decreased\t\u2002\n"          // 9: a space
                                  "not  reduced\t\u21e9\n"       // 10: two spaces
                                  "reduced\t\u21e9\tstrong\n");  // 11: an option
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, symbols, 4, "symbol '\u2193' already reads as 'decreased'"));
  CHECK(has_error(errors, symbols, 5, "a notation reads as lower case words"));
  CHECK(has_error(errors, symbols, 6, "a notation symbol is one character outside ASCII"));
  CHECK(has_error(errors, symbols, 7, "a notation symbol is one character outside ASCII"));
  CHECK(has_error(errors, symbols, 8, "a notation symbol is one character outside ASCII"));
  CHECK(has_error(errors, symbols, 9, "a notation symbol is one character outside ASCII"));
  CHECK(has_error(errors, symbols, 10, "a notation reads as lower case words"));
  CHECK(has_error(errors, symbols, 11, "unknown option 'strong'"));
  CHECK(errors.size() == 8);

  dir.write("notation.lex", "@kind notation\ndecreased\t\u2193\n");
  auto lex = load_valid_lexicon(dir.str());
  REQUIRE(lex->notation.find(U'\u2193') != nullptr);
  CHECK(*lex->notation.find(U'\u2193') == "decreased");
  CHECK(lex->notation.find(U'\u2191') == nullptr);
}

TEST_CASE("lexicon: table column headers, and their errors with file:line") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string columns = dir.write("table_columns.lex",
                                  "@kind table_columns\n"
                                  "left\tl\n"                // 2: fine
                                  "earlier\tie\n"            // 3: fine
                                  "earlier\tinitial\n"       // 4: fine
                                  "earlier\tinitial eval\n"  // 5: fine, longer
                                  "side\tr\n"                // 6: not a kind of column
                                  "current\tToday\n"         // 7: not lower case
                                  "goal\tgoal|stg\n"         // 8: a bar in a header
                                  "left\tl\n"                // 9: given twice
                                  "goal\tgoal\tfoo=1\n");    // 10: no options
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, columns, 6,
                  "a table column is left, right, current, earlier, goal, present or absent, not 'side'"));
  CHECK(has_error(errors, columns, 7, "a table column header is up to 24 lower case letters"));
  CHECK(has_error(errors, columns, 8, "not 'goal|stg'"));
  CHECK(has_error(errors, columns, 9, "table column header 'l' is given twice"));
  CHECK(has_error(errors, columns, 10, "foo"));
  CHECK(errors.size() == 5);

  dir.write("table_columns.lex",
            "@kind table_columns\nearlier\tinitial\nearlier\tinitial eval\nright\tr\n");
  auto lex = load_valid_lexicon(dir.str());
  using dxaudit::lexicon::TableColumnKind;
  REQUIRE(lex->table_columns.size() == 3);
  CHECK(lex->table_columns[0].header == "initial eval");  // the longer first
  CHECK(lex->table_column_kind("Initial Eval 3/14") == TableColumnKind::kEarlier);
  CHECK(lex->table_column_kind("R") == TableColumnKind::kRight);
  CHECK(lex->table_column_kind("Rom") == TableColumnKind::kNone);
}

TEST_CASE("lexicon: a finding phrase's note_names= list, and its errors with file:line") {
  TempDir good;
  good.write("vocabulary.lex", kVocabulary);
  good.write("findings.lex",
             "@kind findings\n"
             "cancer_history\tsymptoms progressed\tnote_names=category:radicular\n"
             "cancer_history\tcarcinoma\n");
  auto lex = load_valid_lexicon(good.str());
  REQUIRE(lex->patterns.size() == 2);
  CHECK(lex->patterns[0].note_names == std::vector<uint16_t>{0, 1});  // the radicular concepts
  CHECK(lex->patterns[1].note_names.empty());

  TempDir bad;
  bad.write("vocabulary.lex", kVocabulary);
  std::string findings =
      bad.write("findings.lex",
                "@kind findings\n"
                "cancer_history\tgrowing\tnote_names=concept:slr_sign,concept:radiculopathy\n"
                "cancer_history\tbenign growth\tnot note_names=concept:slr_sign\n"   // 3: not
                "cancer_history\tmass\tnote_names=concept:nothing\n"                 // 4: unknown
                "cancer_history\tlump\tnote_names=slr_sign\n"                        // 5: malformed
                "cancer_history\ttumour\tother_cause note_names=concept:slr_sign\n"  // 6
                "cancer_history\tneoplasm\tnote_names\n");                           // 7: no list
  std::vector<LoadError> errors = load_errors(bad.str());
  INFO(describe_errors(errors));
  CHECK_FALSE(has_error(errors, findings, 2, ""));
  CHECK(has_error(errors, findings, 3, "note_names applies to a phrase of the concept"));
  CHECK(has_error(errors, findings, 4, "unknown concept 'nothing'"));
  CHECK(has_error(errors, findings, 5, "'slr_sign' is not category:NAME or concept:NAME"));
  CHECK(has_error(errors, findings, 6, "other_cause names a cause, not a mention"));
  CHECK(has_error(errors, findings, 7, "note_names needs a list of category:NAME or concept:NAME"));
  CHECK(errors.size() == 5);
}

TEST_CASE("lexicon: an element phrase marked not, and its errors") {
  TempDir good;
  good.write("vocabulary.lex", kVocabulary);
  good.write("elements.lex", "@kind elements\nlocation\tmidline\nlocation\tmidline shift\tnot\n");
  auto lex = load_valid_lexicon(good.str());
  REQUIRE(lex->patterns.size() == 2);
  CHECK_FALSE(lex->patterns[0].excludes);
  CHECK(lex->patterns[1].excludes);
  CHECK(lex->patterns[1].kind == PatternKind::kElement);

  TempDir bad;
  bad.write("vocabulary.lex", kVocabulary);
  std::string elements = bad.write("elements.lex",
                                   "@kind elements\n"
                                   "location\tmidline\n"                   // 2: fine
                                   "location\tmidline shift\tnot=1\n"      // 3: a flag
                                   "location\tmidline line\twindow=3\n");  // 4: no such option
  std::vector<LoadError> errors = load_errors(bad.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, elements, 3, "not is a flag and takes no value"));
  CHECK(has_error(errors, elements, 4, "unknown option 'window' for kind elements"));
}

TEST_CASE("lexicon: line-format errors of the files are reported too") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string bad = dir.write("bad.lex", "@kind findings\nradiculopathy sciatica\n");
  std::string nokind = dir.write("nokind.lex", "# nothing\n");
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, bad, 2, "no tab"));
  CHECK(has_error(errors, nokind, 0, "@kind"));
  CHECK(errors.size() == 2);
}

TEST_CASE("lexicon: section header errors carry their file and line, all in one load") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  std::string sections = dir.write("sections.lex",
                                   "@kind sections\n"
                                   "plan\tplan\n"                               // 2: fine
                                   "plan\tnext steps:\n"                        // 3: has ':'
                                   "plan\tp\tline_start not_before_number\n"    // 4: fine
                                   "plan\tp\tline_start\n"                      // 5: other flags
                                   "hpi\tplan\n"                                // 6: other name
                                   "plan\tplan\n"                               // 7: same: fine
                                   "plan\tpt\tline_start=yes\n"                 // 8: flag value
                                   "family_history\tfh\tends_with_line\n"       // 9: fine
                                   "family_history\tfh\n"                       // 10: other flags
                                   "family_history\tfhx\tends_with_line=1\n");  // 11: flag value
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, sections, 3, "must not contain ':'"));
  CHECK(has_error(errors, sections, 5, "already defined differently at " + sections + ":4"));
  CHECK(has_error(errors, sections, 6, "already defined differently at " + sections + ":2"));
  CHECK(has_error(errors, sections, 8, "line_start is a flag and takes no value"));
  CHECK(has_error(errors, sections, 10, "already defined differently at " + sections + ":9"));
  CHECK(has_error(errors, sections, 11, "ends_with_line is a flag and takes no value"));
  CHECK(errors.size() == 6);
}

TEST_CASE("lexicon: a missing directory and a directory without concepts") {
  std::vector<LoadError> errors;
  CHECK(load_lexicon("/nonexistent/dxaudit-lexicons", &errors) == nullptr);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "/nonexistent/dxaudit-lexicons");
  CHECK(errors[0].line == 0);

  TempDir dir;
  dir.write("cues.lex", "@kind cues\nnegated\tno\n");
  errors.clear();
  CHECK(load_lexicon(dir.str(), &errors) == nullptr);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "no concepts declared");
}

TEST_CASE("lexicon: the shipped lexicons load without error and hold the schema vocabulary") {
  auto lex = load_valid_lexicon(DXAUDIT_SOURCE_DIR "/lexicons");
  // docs/contract.md: concepts and their categories.
  const std::pair<const char*, const char*> expected[] = {
      {"radiating_leg_pain", "radicular"},
      {"leg_paresthesia", "radicular"},
      {"slr_sign", "radicular"},
      {"sensory_deficit", "radicular"},
      {"reflex_deficit", "radicular"},
      {"motor_weakness", "radicular"},
      {"radiculopathy", "radicular"},
      {"modic_change", "vertebrogenic"},
      {"axial_midline_pain", "vertebrogenic"},
      {"lifting_mechanism", "strain"},
      {"paraspinal_tenderness", "strain"},
      {"lumbar_strain", "strain"},
      {"disc_degeneration", "disc"},
      {"disc_herniation", "disc"},
      {"spondylolisthesis", "structural"},
      {"spondylolysis", "structural"},
      {"spinal_stenosis", "structural"},
      {"vertebral_fracture", "structural"},
      {"psychogenic_pain", "psychogenic"},
      {"multifidus_dysfunction", "muscular"},
      {"saddle_anesthesia", "red_flag"},
      {"bowel_bladder_dysfunction", "red_flag"},
      {"progressive_neuro_deficit", "red_flag"},
      {"fever", "red_flag"},
      {"weight_loss", "red_flag"},
      {"cancer_history", "red_flag"},
      {"night_pain", "red_flag"},
      {"significant_trauma", "red_flag"},
      {"iv_drug_use", "red_flag"},
      {"immunosuppression", "red_flag"},
      {"osteoporosis", "red_flag"},
      {"low_back_pain", "complaint"},
  };
  CHECK(lex->concepts.size() == std::size(expected));
  for (const auto& [name, category] : expected) {
    INFO(name);
    auto i = lex->concept_index(name);
    REQUIRE(i.has_value());
    CHECK(lex->categories[lex->concepts[*i].category] == category);
    // Red-flag risk factors whose past is the risk (docs/coding-reference.md).
    const std::string n = name;
    bool past_counts = n == "cancer_history" || n == "iv_drug_use" || n == "immunosuppression" ||
                       n == "osteoporosis";
    CHECK(lex->concepts[*i].historical_counts == past_counts);
  }
  const char* const elements[] = {"location",          "onset",
                                  "quality",           "duration",
                                  "aggravating",       "relieving",
                                  "functional_impact", "rom",
                                  "palpation",         "strength",
                                  "gait_posture",      "neuro_screen",
                                  "red_flag_screen",   "radicular_screen",
                                  "justification"};
  CHECK(lex->elements.size() == std::size(elements));
  for (const char* e : elements) CHECK(lex->element_index(e).has_value());
  CHECK(lex->patterns.size() == lex->regex_sources.size());
  CHECK_FALSE(lex->section_headers.empty());
}

TEST_CASE("pattern_to_regex: a literal phrase allows any spacing or a hyphen between words") {
  std::string regex, error;
  REQUIRE(pattern_to_regex("low back", &regex, &error));
  re2::RE2 re(regex);
  REQUIRE(re.ok());
  CHECK(re2::RE2::FullMatch("low back", re));
  CHECK(re2::RE2::FullMatch("low-back", re));
  CHECK(re2::RE2::FullMatch("low  back", re));
  CHECK(re2::RE2::FullMatch("low - back", re));
  CHECK(re2::RE2::FullMatch("low\tback", re));
  CHECK_FALSE(re2::RE2::FullMatch("lowback", re));
  CHECK_FALSE(re2::RE2::FullMatch("low_back", re));
  // The pattern is case-folded and so is the note's view: upper case in the note matches
  // through its MatchView.
  dxaudit::text::MatchView view;
  view.build("LOW BACK");
  CHECK(re2::RE2::FullMatch(view.text(), re));
  view.build("Low-Back");
  CHECK(re2::RE2::FullMatch(view.text(), re));
  // An upper-case literal compiles to the same regex as the lower-case one.
  std::string upper;
  REQUIRE(pattern_to_regex("LOW  Back", &upper, &error));
  CHECK(upper == regex);
}

TEST_CASE("pattern_to_regex: metacharacters of a literal are quoted") {
  std::string regex, error;
  REQUIRE(pattern_to_regex("+slr", &regex, &error));
  re2::RE2 re(regex);
  CHECK(re2::RE2::FullMatch("+slr", re));
  CHECK_FALSE(re2::RE2::FullMatch("slr", re));
  REQUIRE(pattern_to_regex("r/o", &regex, &error));
  re2::RE2 ro(regex);
  CHECK(re2::RE2::FullMatch("r/o", ro));
  REQUIRE(pattern_to_regex("l4.5", &regex, &error));
  re2::RE2 dot(regex);
  CHECK(re2::RE2::FullMatch("l4.5", dot));
  CHECK_FALSE(re2::RE2::FullMatch("l4x5", dot));
}

TEST_CASE("pattern_to_regex: re: patterns are RE2 and also match either case") {
  std::string regex, error;
  REQUIRE(pattern_to_regex("re:SLR\\s+at\\s+\\d+", &regex, &error));
  re2::RE2 re(regex);
  CHECK(re2::RE2::FullMatch("slr at 40", re));
  CHECK(re2::RE2::FullMatch("SLR at 40", re));
  CHECK(dxaudit::lexicon::is_literal_pattern("low back"));
  CHECK_FALSE(dxaudit::lexicon::is_literal_pattern("re:low"));
}

TEST_CASE("pattern_to_regex: empty, invalid and empty-matching patterns are refused") {
  std::string regex, error;
  CHECK_FALSE(pattern_to_regex("", &regex, &error));
  CHECK(error == "empty phrase");
  error.clear();
  CHECK_FALSE(pattern_to_regex(" - ", &regex, &error));
  CHECK(error == "empty phrase");
  error.clear();
  CHECK_FALSE(pattern_to_regex("re:", &regex, &error));
  CHECK(error == "empty regular expression after 're:'");
  error.clear();
  CHECK_FALSE(pattern_to_regex("re:(", &regex, &error));
  CHECK(error.rfind("invalid regular expression: ", 0) == 0);
  error.clear();
  CHECK_FALSE(pattern_to_regex("re:x*", &regex, &error));
  CHECK(error == "pattern matches the empty string");
  error.clear();
  CHECK_FALSE(pattern_to_regex("re:(?:a|)", &regex, &error));
  CHECK(error == "pattern matches the empty string");
  error.clear();
  // One capturing group marks the phrase (the rest is context); two mean nothing.
  CHECK(pattern_to_regex("re:(absent)\\s+and", &regex, &error));
  CHECK_FALSE(pattern_to_regex("re:(absent)\\s+(and)", &regex, &error));
  CHECK(error.rfind("more than one capturing group", 0) == 0);
}

TEST_CASE("pattern_to_regex: an expression that ends on the first letter of the next word") {
  // Such a match ends inside that word, is never token-aligned and finds nothing (two shipped
  // cues did, unnoticed: "\\s+\\S" after a reflex grade, "[ \\t]*[a-z]" after a "+").
  std::string regex, error;
  for (const char* bad : {"re:(2\\+)\\s+\\S", "re:[,;][ \\t]*(\\+)[ \\t]*[a-z]",
                          "re:(absent)(?:[.,;]|\\s+\\w)", "re:(no)\\s{1,3}.", "re:(no) ?[^.;]"}) {
    INFO(bad);
    error.clear();
    CHECK_FALSE(pattern_to_regex(bad, &regex, &error));
    CHECK(error.find("never token-aligned") != std::string::npos);
  }
  // The word read whole, a boundary, a digit, a short set of letters (a side) or a class
  // without letters are fine.
  for (const char* good : {"re:(2\\+)(?:[.,;]|\\s+\\S+)", "re:[,;][ \\t]*(\\+)[ \\t]*[a-z]\\w*",
                           "re:(absent)\\s+\\w+", "re:in\\s+\\d", "re:(slr)\\s+[lr]\\b",
                           "re:(absent)\\s*[.;]", "re:(no)\\s+[^a-z]", "re:with\\s+a"}) {
    INFO(good);
    CHECK(pattern_to_regex(good, &regex, &error));
  }
}

TEST_CASE("lexicon: ConText cue options and section defaults load and are checked") {
  TempDir dir;
  dir.write("vocabulary.lex", kVocabulary);
  dir.write("sections.lex", "@kind sections\nfamily_history\tfamily history\npmh\tpmh\n");
  std::string cues = dir.write("cues.lex",
                               "@kind cues\n"
                               "negated\tno\twindow=8 stop_at_comma\n"      // 2: fine
                               "terminate\tbut\tends=negated,historical\n"  // 3: fine
                               "experiencer\tthe patient\tself\n"           // 4: fine
                               "negated\tnot\tends=negated\n"               // 5: not terminate
                               "terminate\tyet\tends=negated,pseudo\n"      // 6: bad category
                               "negated\tnone\tself\n"                      // 7: not experiencer
                               "negated\tnever\tstop_at_comma=yes\n");      // 8: flag value
  std::string defaults = dir.write("section_context.lex",
                                   "@kind section_context\n"
                                   "family_history\texperiencer\n"  // 2: fine
                                   "pmh\thistorical\n"              // 3: fine
                                   "ros\tnegated\n"                 // 4: unknown section
                                   "pmh\tterminate\n"               // 5: not a default
                                   "pmh\tnegated\tsentences=0\n");  // 6: bad reach
  std::vector<LoadError> errors = load_errors(dir.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, cues, 5, "ends= applies to terminate cues only"));
  CHECK(has_error(errors, cues, 6, "not 'pseudo'"));
  CHECK(has_error(errors, cues, 7, "self applies to experiencer cues only"));
  CHECK(has_error(errors, cues, 8, "stop_at_comma is a flag and takes no value"));
  CHECK(has_error(errors, defaults, 4, "unknown section 'ros'"));
  CHECK(has_error(errors, defaults, 5, "not 'terminate'"));
  CHECK(has_error(errors, defaults, 6, "sentences is a number from 1 to 1000, not '0'"));
  CHECK(errors.size() == 7);

  // The valid lines alone load, with their options.
  TempDir good;
  good.write("vocabulary.lex", kVocabulary);
  good.write("sections.lex", "@kind sections\nfamily_history\tfamily history\npmh\tpmh\n");
  good.write("cues.lex",
             "@kind cues\nnegated\tno\twindow=8 stop_at_comma\n"
             "terminate\tbut\tends=negated,historical\nexperiencer\tthe patient\tself\n");
  good.write("section_context.lex",
             "@kind section_context\nfamily_history\texperiencer\npmh\thistorical\n");
  auto ok = load_valid_lexicon(good.str());
  REQUIRE(ok->patterns.size() == 3);
  CHECK(ok->patterns[0].stop_at_comma);
  CHECK(ok->patterns[1].ends ==
        (dxaudit::lexicon::cue_bit(dxaudit::lexicon::CueCategory::kNegated) |
         dxaudit::lexicon::cue_bit(dxaudit::lexicon::CueCategory::kHistorical)));
  CHECK(ok->patterns[2].self);
  REQUIRE(ok->section_names == std::vector<std::string>{"family_history", "pmh"});
  using Reach = dxaudit::lexicon::SectionDefaults;
  CHECK(ok->section_defaults[0]
            .reach[static_cast<int>(dxaudit::lexicon::CueCategory::kExperiencer)] ==
        Reach::kWholeSection);
  CHECK(
      ok->section_defaults[0].reach[static_cast<int>(dxaudit::lexicon::CueCategory::kHistorical)] ==
      0);
  CHECK(
      ok->section_defaults[1].reach[static_cast<int>(dxaudit::lexicon::CueCategory::kHistorical)] ==
      Reach::kWholeSection);
}

TEST_CASE("lexicon: the options of this round (regions, past, lasting, only, unless, not)") {
  const char* vocabulary =
      "@kind vocabulary\n"
      "concept\tradiculopathy\tcategory=radicular regional lasting\n"
      "concept\tslr_sign\tcategory=radicular regional\n"
      "concept\tdisc_herniation\tcategory=disc regional report_region lasting\n"
      "concept\tfever\tcategory=red_flag\n";
  TempDir bad;
  bad.write("vocabulary.lex", vocabulary);
  std::string sections = bad.write("sections.lex",
                                   "@kind sections\npmh\tpmh\nobjective\texam\n"
                                   "objective\tneuro\tsubheading within=ros\n");  // 4: no ros
  std::string cues =
      bad.write("cues.lex",
                "@kind cues\n"
                "historical\thistory of\tpast\n"  // 2: fine
                "negated\tno\tpast\n"             // 3: past on a non-historical cue
                "uncertain\tor\tunless=negated only=concept:nothing\n"  // 4: unknown concept
                "uncertain\tversus\tunless=pseudo\n"           // 5: not a category it can yield to
                "terminate\tbut\texcept=category:radicular\n"  // 6: on a terminate cue
                "negated\tnormal\tonly=concept:slr_sign\n"     // 7: fine
                "historical\tsymptoms resolved\tprevious_sentence\n"  // 8: fine
                "pseudo\tresolved and recurred\tprevious_sentence\n"  // 9: not on a pseudo
                "historical\tit resolved\tprevious_sentence=yes\n"    // 10: a flag
                "historical\tthis resolved\tprevious_sentence opens_sentence\n"      // 11: fine
                "pseudo\tthis cleared\topens_sentence\n"                             // 12: pseudo
                "historical\tit cleared\topens_sentence=1\n"                         // 13: a flag
                "experiencer\tshe\tself pronoun\n"                                   // 14: fine
                "experiencer\this\tpronoun\n"                                        // 15: not self
                "historical\tbecame afebrile\tearlier_in_note only=concept:fever\n"  // 16: fine
                "historical\tremained afebrile\tearlier_in_note\n"                   // 17: no only=
                "pseudo\tafebrile since\tearlier_in_note only=concept:fever\n"       // 18: pseudo
                "historical\tfever resolved\tearlier_in_note previous_sentence "
                "only=concept:fever\n"                                               // 19: both
                "historical\tfever broke\tearlier_in_note=1 only=concept:fever\n");  // 20
  std::string regions =
      bad.write("regions.lex",
                "@kind regions\n"
                "cervical\tneck\n"                        // 2: fine
                "spinal\tspine\n"                         // 3: not a region
                "lumbar\tl-spine\theading note\n"         // 4: both scopes
                "cervical\tnape\tlocal\n"                 // 5: fine
                "lumbar\tl spine\tnote local\n"           // 6: local and note
                "unknown\tshin\tlocal\n"                  // 7: fine: a leg
                "unknown\tcalf\n"                         // 8: unknown, not local
                "cervical\tcervical os\tnot\n"            // 9: fine
                "thoracic\tthoracic duct\tnot local\n");  // 10: not with another flag
  std::string findings = bad.write("findings.lex",
                                   "@kind findings\n"
                                   "fever\trheumatic fever\tnot\n"        // 2: fine
                                   "slr_sign\tslr normal\tnegated not\n"  // 3: both
                                   "fever\tpyrexia\tspine_note\n"         // 4: fine
                                   "fever\thay fever\tnot spine_note\n"   // 5: not + spine_note
                                   "fever\tfebrile\tspine_note=1\n"       // 6: a flag
                                   "fever\tsepsis\tother_cause\n"         // 7: fine
                                   "fever\tmalaria\town_cause negated\n"  // 8: a cause and a flag
                                   "fever\ttyphoid\tother_cause=1\n"      // 9: a bad value
                                   "fever\tmalaria fever\tother_cause=hypothetical\n"  // 10: fine
                                   "fever\tfebrile state\treport_region\n"             // 11: fine
                                   "fever\tfebrile seizure\tnot report_region\n"       // 12: not
                                   "fever\tfebrile course\treport_region=1\n"          // 13: a flag
                                   "fever\tantipyretics\ttreatment\n"                  // 14: fine
                                   "fever\tafebrile\tnegated treatment\n"       // 15: negated
                                   "fever\ttylenol\tother_cause treatment\n");  // 16: a cause
  std::string ctx = bad.write("section_context.lex",
                              "@kind section_context\n"
                              "pmh\thistorical\tpast\n"                // 2: fine
                              "pmh\tnegated\tpast\n"                   // 3: past, not historical
                              "pmh\thypothetical\tonly=\n"             // 4: an empty list
                              "pmh\tuncertain\tonly=concept:nope\n");  // 5: no such concept
  std::vector<LoadError> errors = load_errors(bad.str());
  INFO(describe_errors(errors));
  CHECK(has_error(errors, cues, 3, "past applies to historical cues only"));
  CHECK(has_error(errors, cues, 4, "unknown concept 'nothing'"));
  CHECK(has_error(errors, cues, 5, "unless= lists negated, uncertain"));
  CHECK(has_error(errors, cues, 6, "except= applies to cues that modify a mention"));
  CHECK(has_error(errors, cues, 9, "previous_sentence applies to negated, uncertain"));
  CHECK(has_error(errors, cues, 10, "previous_sentence is a flag and takes no value"));
  CHECK_FALSE(has_error(errors, cues, 8, ""));
  CHECK_FALSE(has_error(errors, cues, 11, ""));
  CHECK(has_error(errors, cues, 12, "opens_sentence applies to cues, not to pseudo phrases"));
  CHECK(has_error(errors, cues, 13, "opens_sentence is a flag and takes no value"));
  CHECK_FALSE(has_error(errors, cues, 14, ""));
  CHECK(has_error(errors, cues, 15, "pronoun applies to self cues only"));
  CHECK_FALSE(has_error(errors, cues, 16, ""));
  CHECK(has_error(errors, cues, 17, "earlier_in_note needs only="));
  CHECK(has_error(errors, cues, 18, "earlier_in_note applies to negated, uncertain"));
  CHECK(has_error(errors, cues, 19, "earlier_in_note and previous_sentence exclude each other"));
  CHECK(has_error(errors, cues, 20, "earlier_in_note is a flag and takes no value"));
  CHECK(has_error(errors, regions, 3,
                  "a region is cervical, thoracic, lumbar, lumbosacral, sacral or (for a "
                  "local phrase) unknown, not 'spinal'"));
  CHECK(has_error(errors, regions, 4, "a heading or names the note's spine, not both"));
  CHECK_FALSE(has_error(errors, regions, 5, ""));
  CHECK(has_error(errors, regions, 6, "local applies to a phrase that places its own finding"));
  CHECK_FALSE(has_error(errors, regions, 7, ""));
  CHECK(has_error(errors, regions, 8, "an unknown region is a local phrase's only"));
  CHECK_FALSE(has_error(errors, regions, 9, ""));
  CHECK(has_error(errors, regions, 10, "a 'not' phrase names no region: it takes no other flag"));
  CHECK(has_error(errors, findings, 3, "cannot also report it absent"));
  CHECK_FALSE(has_error(errors, findings, 4, ""));
  CHECK(has_error(errors, findings, 5, "spine_note applies to a phrase of the concept"));
  CHECK(has_error(errors, findings, 6, "spine_note is a flag and takes no value"));
  CHECK_FALSE(has_error(errors, findings, 7, ""));
  CHECK(has_error(errors, findings, 8, "own_cause names a cause, not a mention"));
  CHECK(has_error(errors, findings, 9, "other_cause takes no value, or 'hypothetical', not '1'"));
  CHECK_FALSE(has_error(errors, findings, 10, ""));
  CHECK_FALSE(has_error(errors, findings, 11, ""));
  CHECK(has_error(errors, findings, 12, "report_region applies to a phrase of the concept"));
  CHECK(has_error(errors, findings, 13, "report_region is a flag and takes no value"));
  CHECK_FALSE(has_error(errors, findings, 14, ""));
  CHECK(has_error(errors, findings, 15, "treatment marks a phrase that names the concept by"));
  CHECK(has_error(errors, findings, 16, "other_cause names a cause, not a mention"));
  CHECK(has_error(errors, ctx, 3, "past applies to a historical default only"));
  CHECK(has_error(errors, ctx, 4, "option 'only' has an empty value"));
  CHECK(has_error(errors, ctx, 5, "unknown concept 'nope'"));
  CHECK(has_error(errors, sections, 4, "within= names 'ros', which no header opens"));
  CHECK(errors.size() == 32);

  TempDir good;
  good.write("vocabulary.lex", vocabulary);
  good.write("sections.lex",
             "@kind sections\npmh\tpmh\nobjective\texam\n"
             "objective\tneuro\tsubheading within=pmh\n");
  good.write("cues.lex",
             "@kind cues\nhistorical\thistory of\tpast\n"
             "uncertain\tor\tunless=negated,hypothetical except=concept:fever\n"
             "negated\tnormal\tonly=category:radicular\n");
  good.write("regions.lex", "@kind regions\ncervical\tneck\nlumbar\tl-spine\tnote\n");
  good.write("findings.lex",
             "@kind findings\nfever\trheumatic fever\tnot\n"
             "slr_sign\tslr normal\tnegated\n");
  good.write("section_context.lex",
             "@kind section_context\npmh\thistorical\tpast\n"
             "pmh\tuncertain\tonly=concept:fever,category:radicular\n");
  auto ok = load_valid_lexicon(good.str());
  using dxaudit::lexicon::cue_bit;
  using dxaudit::lexicon::CueCategory;
  const auto& c = ok->concepts;
  CHECK(c[0].regional);
  CHECK(c[0].lasting);
  CHECK_FALSE(c[0].region_from_report);
  CHECK(c[2].region_from_report);
  CHECK_FALSE(c[3].lasting);
  auto pattern = [&](std::string_view source) -> const dxaudit::lexicon::Pattern& {
    for (const auto& p : ok->patterns)
      if (p.source == source) return p;
    FAIL("no pattern " << source);
    return ok->patterns[0];
  };
  CHECK(pattern("history of").past);
  CHECK(pattern("or").unless ==
        (cue_bit(CueCategory::kNegated) | cue_bit(CueCategory::kHypothetical)));
  CHECK(pattern("or").except_concepts == std::vector<uint16_t>{3});
  CHECK(pattern("normal").only_concepts == std::vector<uint16_t>{0, 1});  // the radicular ones
  CHECK(pattern("rheumatic fever").excludes);
  CHECK(pattern("slr normal").negated);
  CHECK(pattern("neck").kind == PatternKind::kRegion);
  CHECK(pattern("l-spine").region_scope == dxaudit::lexicon::Pattern::RegionScope::kNote);
  CHECK(ok->section_defaults[0].past == cue_bit(CueCategory::kHistorical));
  // only=: sorted concept indexes (radicular: 0 and 1; fever: 3), every concept when absent.
  CHECK(ok->section_defaults[0].only[static_cast<int>(CueCategory::kUncertain)] ==
        std::vector<uint16_t>{0, 1, 3});
  CHECK(ok->section_defaults[0].only[static_cast<int>(CueCategory::kHistorical)].empty());
}

TEST_CASE("lexicon: elements linked to findings by category or concept") {
  TempDir dir;
  dir.write("vocabulary.lex",
            "@kind vocabulary\n"
            "concept\tradiculopathy\tcategory=radicular\n"
            "concept\tslr_sign\tcategory=radicular\n"
            "concept\tfever\tcategory=red_flag unsided\n"
            "element\tneuro_screen\tfindings=concept:slr_sign\n"
            "element\tradicular_screen\tnegated_findings=category:radicular\n"
            "element\tonset\taffirmed_findings=concept:fever,concept:radiculopathy\n");
  auto lex = load_valid_lexicon(dir.str());
  using dxaudit::lexicon::LinkWhen;
  REQUIRE(lex->concept_elements.size() == 3);
  // radiculopathy: radicular_screen (negated) and onset (affirmed).
  REQUIRE(lex->concept_elements[0].size() == 2);
  CHECK(lex->concept_elements[0][0].element == 1);
  CHECK(lex->concept_elements[0][0].when == LinkWhen::kNegated);
  CHECK(lex->concept_elements[0][1].element == 2);
  CHECK(lex->concept_elements[0][1].when == LinkWhen::kAffirmed);
  // slr_sign: neuro_screen (any) and radicular_screen (negated), in declaration order.
  REQUIRE(lex->concept_elements[1].size() == 2);
  CHECK(lex->concept_elements[1][0].element == 0);
  CHECK(lex->concept_elements[1][0].when == LinkWhen::kAny);
  CHECK(lex->concept_elements[1][1].element == 1);
  CHECK(lex->concepts[2].unsided);
  CHECK_FALSE(lex->concepts[0].unsided);
}

TEST_CASE("lexicon: element links and the unsided flag are checked with file:line") {
  TempDir dir;
  std::string vocabulary = dir.write("vocabulary.lex",
                                     "@kind vocabulary\n"
                                     "concept\tslr_sign\tcategory=radicular unsided=yes\n"
                                     "element\ta\tfindings=concept:nope\n"
                                     "element\tb\tnegated_findings=category:nope\n"
                                     "element\tc\tfindings=slr_sign\n"
                                     "element\td\tfindings=\n"
                                     "element\te\tderived=concept:slr_sign\n");
  std::vector<LoadError> errors;
  CHECK(load_lexicon(dir.str(), &errors) == nullptr);
  INFO(describe_errors(errors));
  CHECK(has_error(errors, vocabulary, 2, "unsided is a flag"));
  CHECK(has_error(errors, vocabulary, 3, "unknown concept 'nope'"));
  CHECK(has_error(errors, vocabulary, 4, "unknown category 'nope'"));
  CHECK(has_error(errors, vocabulary, 5, "'slr_sign' is not category:NAME or concept:NAME"));
  CHECK(has_error(errors, vocabulary, 6, "has an empty value"));
  CHECK(has_error(errors, vocabulary, 7, "unknown option 'derived'"));
}

TEST_CASE("lexicon: body sites and where an element counts (about=, except_sections=)") {
  TempDir dir;
  dir.write("vocabulary.lex",
            "@kind vocabulary\n"
            "@define NOT_HERE procedure,medications\n"
            "concept\tslr_sign\tcategory=radicular\n"
            "element\tlocation\tabout=back,leg\texcept_sections={NOT_HERE}\n"
            "element\tstrength\tabout=leg\tabout_sentence\n"
            "element\tred_flag_screen\n"
            "element\tonset\tabout=back\tabout_near\n");
  dir.write("sites.lex",
            "@kind sites\n"
            "back\tlumbar\n"
            "other\tabdomen\n"
            "leg\tlegs\n");
  dir.write("sections.lex",
            "@kind sections\n"
            "procedure\tprocedure\n"
            "medications\tmedications\n");
  auto ok = load_valid_lexicon(dir.str());
  REQUIRE(ok != nullptr);
  CHECK(ok->sites == std::vector<std::string>{"back", "other", "leg"});
  REQUIRE(ok->element_scopes.size() == 4);
  CHECK(ok->element_scopes[0].about == 0b101u);  // back and leg
  CHECK_FALSE(ok->element_scopes[0].about_sentence);
  CHECK(ok->element_scopes[0].except_sections.size() == 2);
  CHECK(ok->element_scopes[1].about == 0b100u);
  CHECK(ok->element_scopes[1].about_sentence);
  CHECK(ok->element_scopes[2].about == 0);
  CHECK_FALSE(ok->element_scopes[1].about_near);
  CHECK(ok->element_scopes[3].about_near);
  CHECK(ok->element_scopes[3].about == 0b1u);
  for (const auto& p : ok->patterns)
    if (p.source == "abdomen") CHECK(p.kind == PatternKind::kSite);

  TempDir bad;
  std::string vocabulary = bad.write("vocabulary.lex",
                                     "@kind vocabulary\n"
                                     "@define SITES back\n"
                                     "element\ta\tabout=back,arm\n"
                                     "element\tb\texcept_sections=nowhere\n"
                                     "element\tc\tabout_sentence\n"
                                     "element\td\tabout=back\tabout_sentence=yes\n"
                                     "element\te\tabout=back\texcept_sections={UNDEFINED}\n"
                                     "element\tf\tabout_near\n"
                                     "element\tg\tabout=back\tabout_near=yes\n"
                                     "element\th\tabout=back\tabout_near\tabout_sentence\n");
  bad.write("sites.lex", "@kind sites\nback\tlumbar\n");
  std::vector<LoadError> errors;
  CHECK(load_lexicon(bad.str(), &errors) == nullptr);
  INFO(describe_errors(errors));
  CHECK(has_error(errors, vocabulary, 3, "about= names 'arm', which no sites file names"));
  CHECK(has_error(errors, vocabulary, 4, "except_sections= names 'nowhere'"));
  CHECK(has_error(errors, vocabulary, 5, "about_sentence needs about="));
  CHECK(has_error(errors, vocabulary, 6, "about_sentence is a flag"));
  CHECK(has_error(errors, vocabulary, 7, "{UNDEFINED} is not defined"));
  CHECK(has_error(errors, vocabulary, 8, "about_near needs about="));
  CHECK(has_error(errors, vocabulary, 9, "about_near is a flag"));
  CHECK(has_error(errors, vocabulary, 10, "about_near and about_sentence cannot both be given"));
}
