// NoteRecord: everything dxaudit concludes about one input record, as one typed value. The
// analysis (pipeline/analyzer.h) produces it, the scan runner (pipeline/scan.h) spools and
// reviews it, and every sink (output/, store/, report/) writes from it; it is what the
// JSONL output (schema dxaudit/1, docs/output-schema.md) says, before it is JSON.
//
//   pipeline::Workspace ws;
//   pipeline::NoteRecord record;             // reused note after note: keeps its buffers
//   analyzer.analyze(note, &ws, &record);
//   for (const RecordFinding& f : record.findings)
//     use(lexicon.concepts[f.concept_id].name, record.quote(f.text), f.span, f.active);
//   std::string bytes;
//   encode_record(record, &bytes);           // the spool and --resume checkpoints
//   decode_record(bytes, analyzer.vocabulary(), &record);
//
// What callers may rely on:
//   - every span is [begin, end) in bytes of the note text as it arrived (never the
//     matching view's offsets);
//   - the bytes a finding or a cue covers are in `quotes` (RecordFinding::text and
//     RecordCue::text index it), so a record is written without the note text; the note
//     text itself is in `text` only when `has_text` (a scan sets it for sinks that ask);
//   - a finding's `active` is evidence::is_active's decision, made once in src/evidence;
//   - concept_id, a section's `name`, and the index of `elements` number the Analyzer's
//     vocabulary (lexicon concepts and elements, section names); decode_record() refuses
//     bytes written under another vocabulary, and never trusts an index it reads;
//   - an error record (`ok == false`) has only note_id, the error and `input` set.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "codes/codes.h"
#include "context/assertion.h"
#include "evidence/evidence.h"
#include "io/note.h"
#include "lexicon/lexicon.h"
#include "text/span.h"

namespace dxaudit::pipeline {

struct RecordCode {
  std::string code;  // canonical, or the raw text when malformed
  codes::CodeSource source = codes::CodeSource::kMetadata;
  Span span;  // source kText: where the note writes it
  bool well_formed = false;
  bool known = false;
  bool valid = false;
  bool has_title = false;  // the code model knows it: `title` is its title
  std::string title;
};

struct RecordSection {
  uint16_t name = 0;  // index into the Analyzer's section names
  Span span;          // the whole section, header included
};

struct RecordCue {
  lexicon::CueCategory category = lexicon::CueCategory::kNegated;
  Span span;
  Span text;  // the bytes at `span`, in NoteRecord::quotes
};

struct RecordFinding {
  uint16_t concept_id = 0;  // index into Lexicon::concepts
  Span span;
  Span text;                                // the bytes at `span`, in NoteRecord::quotes
  uint16_t section = evidence::kNoSection;  // index into NoteRecord::sections
  bool negated = false;
  bool uncertain = false;
  bool historical = false;
  bool hypothetical = false;
  context::Experiencer experiencer = context::Experiencer::kPatient;
  bool active = false;  // evidence::is_active
  lexicon::Laterality laterality = lexicon::Laterality::kNone;
  lexicon::Region region = lexicon::Region::kUnknown;  // evidence::Finding::region
  std::string level;                                   // "L4-L5", "S1", or empty
  uint32_t first_cue = 0;  // the finding's cues: NoteRecord::cues[first_cue, +cue_count)
  uint32_t cue_count = 0;
};

struct RecordElement {
  bool present = false;
  uint32_t first_evidence = 0;  // NoteRecord::element_evidence[first_evidence, +count)
  uint32_t evidence_count = 0;
};

// The warning of a note whose text holds nothing but white space: it was analysed (its
// codes are still checked), but what its flags say rests on an absence that is more often
// the export's than the note's. report::Summary counts records with it.
inline constexpr std::string_view kEmptyTextWarning =
    "the note text is empty: nothing was read from it, so its flags rest on text that is not "
    "there (check the export)";

struct NoteRecord {
  bool ok = true;
  // The note's fields as read (an error record: note_id only, when it could be read).
  std::string note_id, patient_id, encounter_id, encounter_date, provider;
  std::vector<std::string> warnings;
  std::string meta_json;  // unknown input fields as one JSON object, or empty

  // What the analysis found (ok records).
  std::vector<RecordCode> codes;
  std::vector<RecordSection> sections;
  std::vector<RecordFinding> findings;
  std::vector<RecordCue> cues;          // every finding's, in finding order
  std::vector<RecordElement> elements;  // one per lexicon element, in its order
  std::vector<Span> element_evidence;
  // As audit_note made them, with every evidence span in original offsets; after the
  // longitudinal review (scan), with its choice of each episodic flag's version made and
  // its flags appended: the last `review_flags` of them.
  std::vector<audit::Flag> flags;
  uint32_t review_flags = 0;
  std::vector<audit::CodeVerdict> verdicts;
  std::string quotes;

  // Why the record could not be read or analysed (error records), and where it was.
  io::ErrorKind error_kind = io::ErrorKind::kNone;
  std::string error_message;
  io::InputPosition input;

  // Where the record came from, for the sinks that ask (pipeline/record_sink.h).
  bool resumed = false;      // taken from a checkpoint (--resume), not analysed this run
  std::string content_hash;  // io::content_hash of the note, when the scan computed it
  bool has_text = false;
  std::string text;  // the note text as received, when has_text

  std::string_view quote(Span in_quotes) const { return in_quotes.in(quotes); }
  std::span<const RecordCue> cues_of(const RecordFinding& f) const {
    return std::span<const RecordCue>(cues).subspan(f.first_cue, f.cue_count);
  }
  std::span<const Span> evidence_of(const RecordElement& e) const {
    return std::span<const Span>(element_evidence).subspan(e.first_evidence, e.evidence_count);
  }

  // Empties the record for the next note, keeping its buffers.
  void clear();
  // Makes this the error record of `record` (which could not be read, or not analysed).
  void set_error(const io::InputRecord& record, io::ErrorKind kind, std::string_view message);
};

// What a record's indices refer to: decode_record() accepts bytes only from the same
// vocabulary, and no index outside it.
struct Vocabulary {
  uint64_t fingerprint = 0;  // of the names below, in order
  size_t concepts = 0, section_names = 0, elements = 0;
};

// Appends `record` to *out (cleared first) in dxaudit's own binary layout: what the scan
// spools and what --resume stores (pipeline/scan.h). The note text is left out: the spool
// carries it beside the record when a sink needs it.
void encode_record(const NoteRecord& record, uint64_t vocabulary, std::string* out);

// Reads `bytes` written by encode_record into *record (its buffers reused). False, with
// *record unspecified, when they are not such a record, were written under another
// vocabulary, or name an index outside it. `has_text` and `text` are left as they were.
bool decode_record(std::string_view bytes, const Vocabulary& vocabulary, NoteRecord* record);

}  // namespace dxaudit::pipeline
