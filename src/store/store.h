// Store: scan results in SQLite, normalised for reports and queries (docs/sqlite-schema.md).
//
//   std::string error;
//   std::unique_ptr<Store> db = Store::open("audit.sqlite", &error);   // creates the schema
//   std::string stored;
//   if (resume && db->lookup(note.note_id, content_hash(note), &parts)) { reuse parts; }
//   db->put(note, hash, record_line, parts);  // replaces every row of that note_id
//   db->update_record(final_line, parse_record(final_line));  // after the longitudinal review
//   db->commit();                        // at the end (puts are committed in batches)
//
// Tables: notes (one row per note_id, with its text, content hash and the full output
// record), codes, findings, cues, elements, flags, verdicts (rows keyed by note_id), with
// indexes for the report's queries. The database runs in WAL mode; puts are grouped into
// one transaction per batch of notes. put() replaces everything stored for the note_id, so
// scanning a note again never leaves rows of its earlier version. lookup() and put() may
// be called from different threads, but neither from two threads at once: lookup() has
// its own connection. Errors are returned, never thrown.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/note.h"

namespace dxaudit::store {

inline constexpr int kSchemaVersion = 2;

// A hash of everything a note's analysis depends on in the note itself (id, text, codes,
// date, ids, provider, meta, warnings), as 16 hex digits (FNV-1a, 64 bits; stable across runs).
std::string content_hash(const io::Note& note);

// Parses one output record for put(); a discarded value when it is not JSON.
nlohmann::ordered_json parse_record(std::string_view record);

class Store {
 public:
  // Opens or creates the database at `path`; null with *error set on failure.
  static std::unique_ptr<Store> open(const std::string& path, std::string* error);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // True, with the stored record parts in *parts (pipeline/record_writer.h,
  // serialize_parts), when `note_id` is stored with `hash` and its parts.
  bool lookup(const std::string& note_id, const std::string& hash, std::string* parts);

  // Stores the output `record` (one dxaudit/1 JSON line) of `note`, replacing whatever the
  // note_id had. Error records without a note_id are not stored. False on a database error.
  // `parts` (may be empty) is what lookup() returns for the note later.
  bool put(const io::Note& note, const std::string& hash, std::string_view record,
           std::string_view parts = {});
  // The same with `record` already parsed (the pipeline parses in its parallel stage, so
  // that the ordered writer only binds and inserts). `parsed` must be parse_record(record).
  bool put(const io::Note& note, const std::string& hash, std::string_view record,
           const nlohmann::ordered_json& parsed, std::string_view parts = {});
  // Replaces the stored record and flags of the record's note_id (the longitudinal review
  // adds flags once every encounter is known). `parsed` must be parse_record(record).
  bool update_record(std::string_view record, const nlohmann::ordered_json& parsed);
  // The concepts whose historical mentions are active (vocabulary flag historical_counts),
  // for the findings table's `active` column.
  void set_historical_counts(std::vector<std::string> concepts);

  // Commits the open batch. False on a database error.
  bool commit();

  const std::string& error() const { return error_; }

 private:
  Store() = default;
  bool exec(const char* sql);
  bool put_flags(const std::string& note_id, const nlohmann::ordered_json& record);
  bool fail(const char* what);
  sqlite3* db_ = nullptr;
  sqlite3* reader_ = nullptr;
  sqlite3_stmt* lookup_ = nullptr;
  struct Statements;
  std::unique_ptr<Statements> st_;
  size_t in_batch_ = 0;
  std::string error_;
  std::set<std::string> historical_counts_;
};

}  // namespace dxaudit::store
