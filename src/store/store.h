// Store: scan results in SQLite, normalised for reports and queries (docs/sqlite-schema.md).
//
//   std::string error;
//   std::unique_ptr<Store> db = Store::open("audit.sqlite", analyzer, &error);  // the schema
//   options.checkpoints = db.get();       // records saved as analysed, for --resume
//   sinks.push_back(db.get());            // rows written from each finished record
//   pipeline::scan(analyzer, inputs, sinks, options);
//
// A Store is two things to a scan (pipeline/record_sink.h):
//   - a RecordSink: each finished record (after the longitudinal review) becomes its rows,
//     bound from the typed record: notes (one row per note_id, with its text, content hash
//     and the full output line), codes, findings, cues, elements, flags, verdicts; an
//     error record without a note_id, a row of unkeyed_errors (its file and line). Writing
//     a note replaces every row its note_id had, so scanning a note again never leaves rows
//     of its earlier version. A resumed record whose rows are stored leaves them as they
//     are, but for its output line and flags when the longitudinal review now decides
//     otherwise; one whose rows were never written (its run was killed) gets them all.
//     Review decisions (table `reviews`, store/reviews.h) on a note written again are
//     kept while its text and their flag's evidence are unchanged, and marked
//     "evidence changed" otherwise.
//   - Checkpoints: each analysed record, as encode_record wrote it, saved while the scan
//     runs (table `checkpoints`), so that a run killed midway is resumed from them. A
//     checkpoint is found again only for the same note (its content hash: every field,
//     warnings and joined claim codes included), the same dxaudit version and the same
//     lexicons and models (Analyzer::data_fingerprint).
// The database runs in WAL mode; writes are grouped into one transaction per batch of 512
// notes. lookup() has a connection of its own and may run while the scan writes from
// another thread, but no call may run on two threads at once. Errors are returned, never
// thrown. A database written by another version's table layout is refused at open(), but
// for one of schema 5, which open() updates in place (upgrade_schema below).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/output_file.h"
#include "pipeline/analyzer.h"
#include "pipeline/record_sink.h"

namespace dxaudit::store {

inline constexpr int kSchemaVersion = 6;
// The one older schema that dxaudit updates to kSchemaVersion instead of refusing it: a
// command that writes the store (scan --db, review import) updates it in place, in one
// transaction; one that only reads it (report, review export) reads it as updated
// without changing it (read_as_current).
inline constexpr int kUpgradedSchemaVersion = 5;

// Between the pieces of a flag's evidence in flags.evidence (each quoted from the note).
inline constexpr std::string_view kEvidenceSeparator = " | ";

// Whether `path` is an existing dxaudit store of kSchemaVersion or kUpgradedSchemaVersion
// (which `*version` is set to), found without changing a byte of it; false with "PATH: why"
// otherwise (missing, empty, another program's database, another schema version).
bool check_store(const std::string& path, int* version, std::string* error);

// What updating a store of schema 5 to 6 did. Schema 6 keys a review decision on its
// flag's code too: each decision of schema 5 gets the code of the flags of its note, rule
// and evidence offsets when they all have one code; one that matched flags of several
// codes (two INVALID_CODE flags without evidence on one note) was taken on one of them,
// which the store does not say: it gets no code (NULL), so that it is no flag's, and
// when it was current it is marked "evidence changed", so that it no longer counts (so is
// one that fits no flag, which a store of schema 5 keeps marked already). Its history rows
// get codes likewise (docs/sqlite-schema.md).
struct SchemaUpgrade {
  int from = 0;            // kUpgradedSchemaVersion when the store was updated, else 0
  uint64_t decisions = 0;  // decisions (rows of `reviews`) kept
  uint64_t marked = 0;     // of them, current ones marked "evidence changed" (no code)
};

// Updates the store open on `db` in place to kSchemaVersion when it is of schema 5
// (nothing when it is of kSchemaVersion already), within a transaction the caller has
// begun with BEGIN IMMEDIATE and commits, or rolls back on failure: a store is never
// half-updated. False with *error set on an SQLite error or another schema version.
bool upgrade_schema(sqlite3* db, SchemaUpgrade* done, std::string* error);

// For a connection that only reads (opened read-only) a store of schema 5: temporary
// tables `reviews` and `review_history` as upgrade_schema would make them, which stand
// in for the store's own in every query that names them unqualified. The database file
// is not written. False with *error set on an SQLite error.
bool read_as_current(sqlite3* db, std::string* error);

// The time now, UTC, as "2026-12-03T10:48:15Z".
std::string utc_now();

class Store : public pipeline::RecordSink, public pipeline::Checkpoints {
 public:
  // Opens or creates the database at `path`; null with *error set on failure. Names of
  // concepts, sections and elements come from `analyzer`, and checkpoints are keyed on its
  // data fingerprint and dxaudit's version too. `path` goes through the check every output
  // gets (io/output_file.h: never one of `inputs`, a link's target written, not a stream);
  // an existing file that is not a dxaudit store of this schema version or of schema 5
  // (another program's SQLite database, any other file, an older or newer store) is
  // refused without a byte of it changing: it is only read, read-only, before anything is
  // written. A store of schema 5 is updated in place in one transaction (upgrade_schema;
  // upgraded() says what it did). An empty file is a new store.
  static std::unique_ptr<Store> open(const std::string& path, const pipeline::Analyzer& analyzer,
                                     std::string* error,
                                     const io::InputFiles& inputs = io::InputFiles());
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // RecordSink: rows from the record. An error record without a note_id is a row of
  // `unkeyed_errors`, by its input file and line; an ok record always has a note_id.
  bool needs_text() const override { return true; }
  bool needs_content_hash() const override { return true; }
  void render(const pipeline::NoteRecord& record, std::string* out) const override;
  bool write(const pipeline::NoteRecord& record, std::string_view rendered) override;
  bool finish() override { return commit(); }

  // Checkpoints.
  bool lookup(const std::string& note_id, const std::string& hash, std::string* bytes) override;
  bool save(std::string_view note_id, std::string_view hash, std::string_view bytes) override;
  bool drop(std::string_view note_id) override;
  bool commit() override;

  // The run's provenance (table `runs`): begin_run() before the scan records dxaudit's
  // version, the data directory and fingerprint, the command line and the start time;
  // end_run() after it, the end time and the counts. A run killed midway keeps its row,
  // without an end. begin_run() also deletes the stored error records without a note_id
  // (table `unkeyed_errors`) of the files the run reads: those `inputs` name (the paths
  // the scan is given: a file, "-", or a folder, whose files' rows all go), so that the
  // run's own replace them. In one transaction with the run's row.
  struct RunStart {
    std::string command_line;
    std::string data_dir;
    std::vector<std::string> inputs;
  };
  struct RunCounts {
    uint64_t read = 0, ok = 0, errors = 0, resumed = 0, uncoded = 0;
    int exit_status = 0;
  };
  bool begin_run(const RunStart& run);
  bool end_run(const RunCounts& counts);

  // Notes of this run that replaced a stored note of the same note_id but another
  // patient_id (a note of an earlier run, or of this one): ids that collide across the
  // sources scanned into one database. The earlier note's rows are gone from it.
  struct Replaced {
    uint64_t count = 0;
    std::string note_id, was, now;  // the first one
  };
  const Replaced& replaced_other_patients() const { return replaced_; }

  // What open() did to a store of schema 5 (from = 0: nothing, it was of this schema).
  const SchemaUpgrade& upgraded() const { return upgraded_; }

  // "the database PATH: " (as --db named it) and what went wrong.
  std::string error() const override { return "the database " + shown_ + ": " + error_; }

 private:
  explicit Store(const pipeline::Analyzer& analyzer);
  bool exec(const char* sql);
  bool begin();    // opens a batch's transaction when none is open
  bool counted();  // counts a note into the batch, committing a full one
  bool put(const pipeline::NoteRecord& record, std::string_view line);
  bool put_flags(const pipeline::NoteRecord& record);
  bool put_unkeyed(const pipeline::NoteRecord& record, std::string_view line);
  bool update(const pipeline::NoteRecord& record, std::string_view line);
  bool recheck_reviews(const pipeline::NoteRecord& record);
  bool fail(const char* what);

  const pipeline::Analyzer& analyzer_;
  std::string analysis_;  // what shaped a checkpoint: "VERSION FINGERPRINT"
  int64_t run_ = 0;       // this run's row in `runs`, once begun
  sqlite3* db_ = nullptr;
  sqlite3* reader_ = nullptr;
  sqlite3_stmt* lookup_ = nullptr;
  struct Statements;
  std::unique_ptr<Statements> st_;
  size_t in_batch_ = 0;
  std::string error_;
  std::string shown_;  // the path as given
  Replaced replaced_;
  SchemaUpgrade upgraded_;
  std::string repaired_;  // scratch for binding strings as the output line writes them
};

}  // namespace dxaudit::store
