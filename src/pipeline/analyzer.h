// Analyzer: the whole per-note analysis, from text to verdict, as one typed record.
//
//   dxaudit::pipeline::LoadResult r = Analyzer::load("/usr/share/dxaudit");
//   if (!r.analyzer) { for (auto& e : r.errors) std::cerr << e.to_string() << "\n"; }
//   Workspace ws;               // one per thread, reused note after note
//   NoteRecord record;          // pipeline/record.h; reused too
//   r.analyzer->analyze(note, &ws, &record);
//
// analyze() runs the stages in pipeline order -- text (view, tokens, sections,
// sentences), match, context and evidence, codes, audit -- and turns what they found
// into the NoteRecord, every span mapped to the note as it arrived. An Analyzer owns the
// immutable knowledge (lexicons/, models/) and is safe to share between threads; all
// per-note state lives in the caller's Workspace, whose buffers are reused so that a
// worker allocates only when a note outgrows every earlier one. analyze() never throws for
// bad input: a note it cannot analyse gets an error record (`ok == false`, an error kind
// and message; the caller knows where the note came from and sets `input`).
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "codes/codes.h"
#include "codes/text_codes.h"
#include "evidence/evidence.h"
#include "io/note.h"
#include "lexicon/lexicon.h"
#include "lexicon/line_file.h"
#include "match/matcher.h"
#include "pipeline/record.h"
#include "pipeline/target_assertion.h"
#include "text/match_view.h"
#include "text/sections.h"
#include "text/tokenizer.h"

namespace dxaudit::pipeline {

// What the stages conclude about one note, as they conclude it: spans are offsets of the
// matching view (`view` of the Workspace), until the workspace analyses another note.
// codes: the note's metadata codes as given (duplicates kept), then the claims codes
// (`claim_codes`) and the codes written in the text that are not there yet.
// Analyzer::analyze() turns it into the NoteRecord; it is kept in the Workspace for the
// stage benchmark (tools/bench/stages.cpp).
struct NoteResult {
  bool ok = true;
  io::ErrorKind error_kind = io::ErrorKind::kNone;
  std::string error_message;
  std::vector<std::string> warnings;
  std::vector<codes::AssignedCode> codes;
  std::vector<text::Section> sections;  // view offsets
  evidence::NoteEvidence evidence;
  audit::AuditResult audit;
};

struct Workspace {
  NoteResult result;
  text::MatchView view;
  std::vector<text::Token> tokens;
  std::vector<text::Section> sections;
  std::vector<codes::TextCode> text_codes;
  std::vector<Span> sentences;
  std::vector<match::Hit> hits;
  match::MatchScratch match;
  evidence::EvidenceScratch evidence;
  text::MatchView target_view;  // assert_target(): the folded target phrase
  std::vector<Span> target_occurrences;
  std::vector<match::Hit> target_hits;  // the whole lexicon over a target's own words
};

class Analyzer;

struct LoadResult {
  std::unique_ptr<const Analyzer> analyzer;  // null when errors is not empty
  std::vector<lexicon::LoadError> errors;
};

class Analyzer {
 public:
  // Loads `data_dir`/lexicons and `data_dir`/models.
  static LoadResult load(const std::string& data_dir);

  // Analyses `note` into *record (cleared first). On return ws->result holds the stages'
  // own results, in offsets of ws->view, until the next call with the same workspace.
  void analyze(const io::Note& note, Workspace* ws, NoteRecord* record) const;

  // Asserts `target` as it occurs in `sentence` (see target_assertion.h). With `at`
  // (byte offsets into `sentence`), the occurrence that spans exactly `at` is asserted,
  // and when there is none the target counts as not found.
  void assert_target(std::string_view sentence, std::string_view target, Workspace* ws,
                     TargetAssertion* out, std::optional<Span> at = std::nullopt) const;

  const lexicon::Lexicon& lexicon() const { return *lexicon_; }
  const codes::CodeModel& code_model() const { return *codes_; }
  const audit::AuditModel& audit_model() const { return *audit_; }
  const text::SectionDetector& sections() const { return *sections_; }
  // What a NoteRecord's indices number (concepts, section names, elements).
  const Vocabulary& vocabulary() const { return vocabulary_; }
  // The directory loaded, and a fingerprint of the lexicon and model files loaded from it
  // (their paths under it and their bytes; 16 hex digits): the same files give the same
  // fingerprint wherever they are, and any change to them another one.
  const std::string& data_dir() const { return data_dir_; }
  const std::string& data_fingerprint() const { return data_fingerprint_; }

 private:
  Analyzer() = default;
  std::unique_ptr<const lexicon::Lexicon> lexicon_;
  std::unique_ptr<const codes::CodeModel> codes_;
  std::unique_ptr<const codes::TextCodeCues> text_cues_;
  std::unique_ptr<const audit::AuditModel> audit_;
  std::unique_ptr<text::SectionDetector> sections_;
  // Each matcher is built on first use, so that a scan does not pay for the two that only
  // assert given targets, nor a run of `dxaudit assert` for the whole lexicon's. Every
  // matcher shares the expressions the lexicon's check compiled (`compiled_`) rather than
  // compile them again, and the full one their prefilter analyses.
  struct LazyMatcher {
    explicit LazyMatcher(match::Matcher::Scope s) : scope(s) {}
    const match::Matcher::Scope scope;
    mutable std::once_flag built;
    mutable std::unique_ptr<match::Matcher> matcher;
  };
  const match::Matcher& built(const LazyMatcher& lazy) const;
  // The whole lexicon, for analyze().
  const match::Matcher& matcher() const { return built(matcher_); }
  LazyMatcher matcher_{match::Matcher::Scope::kAll};
  std::unique_ptr<const match::CompiledExpressions> compiled_;
  // assert_target(): the cues, and the finding phrases that decide restricted cues.
  LazyMatcher cue_matcher_{match::Matcher::Scope::kCues};
  LazyMatcher restricted_matcher_{match::Matcher::Scope::kRestrictedConcepts};
  Vocabulary vocabulary_;
  std::string data_dir_;
  std::string data_fingerprint_;

  void run_stages(const io::Note& note, Workspace* ws) const;
};

// dxaudit's version ("0.1.0"): in --version, in the store's runs and checkpoints.
const char* version();

// Where the lexicons and models are found, and by which rule. The order:
//   1. `explicit_dir` (--data DIR), when given;
//   2. $DXAUDIT_DATA, when set;
//   3. the install's share directory, found relative to the executable
//      (EXE_DIR/../share/dxaudit for an install under any prefix), when it holds lexicons/;
//   4. the build tree the library was configured with (DXAUDIT_DATA_DIR in CMake).
// A directory named by rule 1 or 2 is taken as it is, even when it does not exist (its
// load then fails and says so): a data directory the user named never falls through to
// another one.
struct DataDir {
  std::string path;
  std::string rule;  // "--data", "$DXAUDIT_DATA", "install", "build tree"
};
DataDir locate_data(const std::string& explicit_dir, const std::string& executable);
// Rules 3 and 4 of locate_data as paths, for --version to show: the install's share
// directory beside `executable` (empty when not known) and the build tree.
std::string install_data_dir(const std::string& executable);
std::string build_data_dir();
// This process's executable file (/proc/self/exe, links resolved), or empty.
std::string self_executable();

// locate_data("", self_executable()).path
std::string default_data_dir();

}  // namespace dxaudit::pipeline
