// Note: one input record as every reader produces it, and where it came from.
//
// A reader yields one InputRecord per record of its input, in input order. A record that
// could not be read (malformed JSON, no text) is still an InputRecord, with `ok == false`
// and an error kind and message: the pipeline turns it into an error record, so no input
// record is ever silently dropped.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/fields.h"
#include "io/names.h"

namespace dxaudit::io {

// Why a record could not be read or analysed: `error.kind` of an error record
// (docs/output-schema.md). kNone: the record is fine.
enum class ErrorKind : uint8_t {
  kNone,
  kMalformedJson,
  kNotAnObject,
  kMissingField,
  kBadField,
  kTooLarge,
  kTooDeep,
  kReadError,
  kMalformedCsv,
  kBadRow,
  kMissingFile,
  kDuplicateNoteId,
  kNotDocumentReference,
  kBadBase64,
  kAttachmentNotInline,
  kNotText,
  kAnalysisFailed,
};
inline constexpr NameTable<ErrorKind, 17> kErrorKindNames{{
    "none",
    "malformed_json",
    "not_an_object",
    "missing_field",
    "bad_field",
    "too_large",
    "too_deep",
    "read_error",
    "malformed_csv",
    "bad_row",
    "missing_file",
    "duplicate_note_id",
    "not_document_reference",
    "bad_base64",
    "attachment_not_inline",
    "not_text",
    "analysis_failed",
}};

struct Note {
  std::string note_id;
  std::string text;  // as received; may hold invalid UTF-8 (never fatal)
  std::string patient_id;
  std::string encounter_id;
  std::string encounter_date;  // YYYY-MM-DD when it reads as a date (io/dates.h), else as given
  std::string provider;
  std::vector<std::string> codes;        // as written
  std::vector<std::string> claim_codes;  // joined from a claims file (io/claims.h), as written
  std::string meta_json;                 // unknown input fields as one JSON object, or empty
  std::vector<std::string> warnings;     // problems repaired while reading
};

struct InputPosition {
  std::string file;   // "-" for standard input
  uint64_t line = 0;  // 1-based record line
};

struct InputRecord {
  InputPosition where;
  bool ok = false;
  Note note;  // on error, note_id is set when it could be read
  ErrorKind error_kind = ErrorKind::kNone;
  std::string error_message;
  // Set when the reader deferred parsing (NoteSource::set_defer_parsing): the record's bytes
  // and the parser that turns them into the fields above. complete_record() runs it.
  std::string unparsed;
  void (*parse_unparsed)(std::string_view bytes, InputRecord* record) = nullptr;
  // How the reader reads its input's fields (io/fields.h), for a parser that needs it; null
  // when every field has its own name and dates take the built-in formats.
  std::shared_ptr<const FieldMap> fields;

  // Empties the record for the next one read into it, as a fresh InputRecord, but keeps
  // the buffers of its strings (up to kKeptBufferBytes each): a bulk reader refills one
  // record per pipeline slot, and would otherwise free and allocate a note's worth of
  // text for every record on its one thread.
  void clear();
  static constexpr size_t kKeptBufferBytes = size_t{1} << 20;
};

// A hash of everything a note's analysis depends on in the note itself (id, text, codes,
// date, ids, provider, meta, warnings, and the claim codes joined to it), as 16 hex digits
// (FNV-1a, 64 bits; stable across runs and machines): what --resume compares before
// taking a note's record from a checkpoint.
std::string content_hash(const Note& note);

// The same hash of the note text alone: what a stored review decision remembers of the
// note it was made on (docs/report.md, review decisions).
std::string text_hash(std::string_view text);

// Parses a record whose reader deferred it (leaving `where` as read), then, for an ok
// record, convert_markup(). Safe to run on any thread, and more than once: the parsers
// share no state, and converted text is not converted again.
void complete_record(InputRecord* record);

// A note whose text is HTML or RTF (io/markup.h markup_of: an EHR export that kept the
// note's markup) gets the plain text of it, and meta "text_converted_from" ("text/html",
// "application/rtf") beside its other meta fields: its offsets are into the converted
// text. Nothing changes for plain text, for markup the converter does not read, or for a
// note already converted (a FHIR attachment).
void convert_markup(Note* note);

}  // namespace dxaudit::io
