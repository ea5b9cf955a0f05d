// StoreReader: a dxaudit store (store/store.h) opened read-only for the report's queries.
// Internal to src/report: the report, the rates and the review export read the store
// through it, and none of them writes to it.
//
// Callers may rely on: open() refuses a missing file and a database without dxaudit's
// meta table or of another schema version, with "PATH: why"; a store of schema 5 is read as
// updated to this one (store::read_as_current: temporary tables, the file unchanged);
// query() binds text parameters, calls `row` per result row and returns false with error()
// set on an SQLite error; nothing throws.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "store/store.h"

namespace dxaudit::report {

// The condition that review `r` is the decision on flag `f` (store schema 6: note, rule,
// code and evidence offsets), for every query of the report that joins the two; a macro so
// that it joins the query's string literals.
#define DXAUDIT_REVIEW_OF_FLAG                                                       \
  "r.note_id = f.note_id AND r.rule = f.rule AND r.code = coalesce(f.code, '') AND " \
  "r.evidence_begin IS f.evidence_begin AND r.evidence_end IS f.evidence_end"

class StoreReader {
 public:
  StoreReader() = default;
  StoreReader(const StoreReader&) = delete;
  StoreReader& operator=(const StoreReader&) = delete;
  ~StoreReader() { sqlite3_close(db_); }

  bool open(const std::string& path, std::string* error) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      *error = path + ": no such database (write one with dxaudit scan --db)";
      return false;
    }
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      *error = path + ": " + sqlite3_errmsg(db_);
      return false;
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, "SELECT value FROM dxaudit_meta WHERE key='schema_version'", -1,
                           &st, nullptr) != SQLITE_OK) {
      *error = path + ": not a dxaudit database";
      return false;
    }
    std::string version;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr)
      version = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    // The report reads the tables of this schema (rule titles, evidence offsets, reviews);
    // those of schema 5 as a scan or an import would update them, without writing them.
    if (version == std::to_string(store::kUpgradedSchemaVersion)) {
      std::string why;
      if (!store::read_as_current(db_, &why)) {
        *error = path + ": reading a store of database schema " + version + ": " + why;
        return false;
      }
      return true;
    }
    if (version != std::to_string(store::kSchemaVersion)) {
      *error = path + ": written by another version of dxaudit (database schema " +
               (version.empty() ? std::string("unknown") : version) + ", this one reads " +
               std::to_string(store::kSchemaVersion) + " and " +
               std::to_string(store::kUpgradedSchemaVersion) + "); scan into a new file";
      return false;
    }
    return true;
  }

  // Runs `sql` with text parameters, calling `row` for each result row.
  template <typename F>
  bool query(const char* sql, const std::vector<std::string>& params, F row) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
      error_ = sqlite3_errmsg(db_);
      return false;
    }
    for (size_t i = 0; i < params.size(); ++i)
      sqlite3_bind_text(st, static_cast<int>(i + 1), params[i].data(),
                        static_cast<int>(params[i].size()), SQLITE_STATIC);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) row(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
      error_ = sqlite3_errmsg(db_);
      return false;
    }
    return true;
  }

  // Whether the store has table `name` (one written by an older dxaudit may lack it).
  bool has_table(const std::string& name) {
    bool found = false;
    query("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1", {name},
          [&](sqlite3_stmt* st) { found = sqlite3_column_int64(st, 0) > 0; });
    return found;
  }

  const std::string& error() const { return error_; }

 private:
  sqlite3* db_ = nullptr;
  std::string error_;
};

// Column `i` of a result row as text ("" for NULL), and as a number.
inline std::string column_text(sqlite3_stmt* st, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
  return p == nullptr ? std::string()
                      : std::string(p, static_cast<size_t>(sqlite3_column_bytes(st, i)));
}
inline int64_t column_number(sqlite3_stmt* st, int i) {
  return sqlite3_column_int64(st, i);
}

}  // namespace dxaudit::report
