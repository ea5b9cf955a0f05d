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
//     and the full output line), codes, findings, cues, elements, flags, verdicts. Writing
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
// thrown. A database written by another version's table layout is refused at open().
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "io/output_file.h"
#include "pipeline/analyzer.h"
#include "pipeline/record_sink.h"

namespace dxaudit::store {

inline constexpr int kSchemaVersion = 5;

// Between the pieces of a flag's evidence in flags.evidence (each quoted from the note).
inline constexpr std::string_view kEvidenceSeparator = " | ";

// Whether `path` is an existing dxaudit store of kSchemaVersion, found without changing a
// byte of it; false with "PATH: why" otherwise (missing, empty, another program's
// database, another schema version).
bool check_store(const std::string& path, std::string* error);

// The time now, UTC, as "2026-12-03T10:48:15Z".
std::string utc_now();

class Store : public pipeline::RecordSink, public pipeline::Checkpoints {
 public:
  // Opens or creates the database at `path`; null with *error set on failure. Names of
  // concepts, sections and elements come from `analyzer`, and checkpoints are keyed on its
  // data fingerprint and dxaudit's version too. `path` goes through the check every output
  // gets (io/output_file.h: never one of `inputs`, a link's target written, not a stream);
  // an existing file that is not a dxaudit store of this schema version (another program's
  // SQLite database, any other file) is refused without a byte of it changing: it is
  // only read, read-only, before anything is written. An empty file is a new store.
  static std::unique_ptr<Store> open(const std::string& path, const pipeline::Analyzer& analyzer,
                                     std::string* error,
                                     const io::InputFiles& inputs = io::InputFiles());
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // RecordSink: rows from the record (records without a note_id are not stored).
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
  // without an end.
  struct RunStart {
    std::string command_line;
    std::string data_dir;
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

  // "the database PATH: " (as --db named it) and what went wrong.
  std::string error() const override { return "the database " + shown_ + ": " + error_; }

 private:
  explicit Store(const pipeline::Analyzer& analyzer);
  bool exec(const char* sql);
  bool begin();    // opens a batch's transaction when none is open
  bool counted();  // counts a note into the batch, committing a full one
  bool put(const pipeline::NoteRecord& record, std::string_view line);
  bool put_flags(const pipeline::NoteRecord& record);
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
  std::string repaired_;  // scratch for binding strings as the output line writes them
};

}  // namespace dxaudit::store
