// ICD-10-CM knowledge: code syntax, and the codes of models/ with their validity,
// hierarchy and Excludes1 notes.
//
// normalize_code() is the one place where a code as written ("m5450", " M54.50 ") becomes
// a canonical code ("M54.50"). CodeModel holds the codes the audit knows, loaded from
// `@kind codes` files in models/: title, the range of dates of service in which the code
// is billable, whether it is only a header (a category that needs more characters, or a
// 7th character), and its Excludes1 patterns ("M51.2-": the category and its children).
// The parent of a code is the nearest model code it extends, so a note at a category
// applies to every code below it. A code outside the model is `known: false`; it is valid
// when well-formed, because the model does not claim to hold all of ICD-10-CM.
//
// Callers may rely on: nothing here throws for any input text; load() reports every
// problem of every file with file:line and returns null when there is any; lookups on a
// loaded model are const and safe from several threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/names.h"
#include "lexicon/line_file.h"

namespace dxaudit::codes {

// A calendar date as yyyymmdd (20211001); 0 means "no date".
using Date = uint32_t;

// Parses YYYY-MM-DD (a real calendar date); nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);

// Canonical form of an ICD-10-CM code: upper case, trimmed, with the dot after the third
// character ("m5450" -> "M54.50"). nullopt when the text is not a well-formed code: a
// letter, a digit, a letter or digit, then optionally up to four letters or digits.
std::optional<std::string> normalize_code(std::string_view raw);

struct CodeInfo {
  std::string code;
  std::string title;
  Date billable_from = 0;   // first date of service on which the code is billable
  Date billable_until = 0;  // last such date; 0 = still billable
  bool header = false;      // a category that is never billable itself
  bool needs_7th = false;   // a header whose codes are completed by a 7th character
  // Excludes1 at this code (and so at every code below it): code patterns that are not
  // reported together with it. "M51.2-" is the category and all its children; a pattern
  // without the dash is that one code.
  std::vector<std::string> excludes1;
  std::string file;
  int line = 0;

  bool billable_on(Date date) const;
};

class CodeModel {
 public:
  // Loads the `@kind codes` files among `files`. Problems go to *errors.
  static std::unique_ptr<const CodeModel> load(const std::vector<lexicon::LineFile>& files,
                                               std::vector<lexicon::LoadError>* errors);

  const CodeInfo* find(std::string_view canonical_code) const;
  size_t size() const { return codes_.size(); }

  // Billable codes whose code starts with `prefix` (children of a header), in code order.
  std::vector<const CodeInfo*> children(std::string_view prefix) const;

  // The nearest model code that `code` extends (M54.50 -> M54.5 -> M54), or nullptr.
  const CodeInfo* parent(std::string_view canonical_code) const;

  // The Excludes1 pattern that puts `a` and `b` in conflict: a pattern at `a` or one of
  // its ancestors that matches `b`, or the other way round. Empty when they may be
  // reported together. Works for codes outside the model too (they have no notes of
  // their own, but a model code's note may name them).
  std::string excludes1_conflict(std::string_view a, std::string_view b) const;

  // The codes that could replace `code` on `date`: its billable children (a header or a
  // code expanded to more characters), else its nearest billable ancestor (a code used
  // before it took effect). Empty when there is none.
  std::vector<std::string> replacements(std::string_view canonical_code, Date date) const;

 private:
  std::map<std::string, CodeInfo, std::less<>> codes_;
};

// Whether `code` matches an Excludes1 or rule pattern: "M51.2-" matches M51.2 and every
// code that extends it; a pattern without the dash matches that code only.
bool code_matches(std::string_view pattern, std::string_view canonical_code);

// Where a note's code comes from (`codes[].source` of the output): the note's own
// metadata, a claims file joined to it, or the note's text ("Assessment: M54.50").
enum class CodeSource : uint8_t { kMetadata, kClaims, kText };
inline constexpr io::NameTable<CodeSource, 3> kCodeSourceNames{{"metadata", "claims", "text"}};

// A code as the audit sees it on one note.
struct AssignedCode {
  std::string code;  // canonical, or the raw text when malformed
  CodeSource source = CodeSource::kMetadata;
  uint32_t begin = 0;  // source "text": where the note writes it (bytes of the original)
  uint32_t end = 0;
  bool well_formed = false;
  bool known = false;
  bool valid = false;
  const CodeInfo* info = nullptr;
};

// Resolves a code written on a note against the model, on the note's date of service
// (0: no date given; validity then means "billable today in the model", that is, not
// retired and not a header).
AssignedCode resolve_code(const CodeModel& model, std::string_view raw, CodeSource source,
                          Date date_of_service);

}  // namespace dxaudit::codes
