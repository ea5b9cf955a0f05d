#include "store/store.h"

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "io/note.h"
#include "io/output_file.h"
#include "io/utf8.h"
#include "output/jsonl.h"

namespace dxaudit::store {

namespace {

constexpr size_t kBatch = 512;

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS dxaudit_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notes(
  note_id TEXT PRIMARY KEY, hash TEXT NOT NULL, status TEXT NOT NULL,
  patient_id TEXT, encounter_id TEXT, encounter_date TEXT, provider TEXT,
  error_kind TEXT, error_message TEXT, text TEXT, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS checkpoints(
  note_id TEXT PRIMARY KEY, hash TEXT NOT NULL, analysis TEXT NOT NULL, record BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS runs(
  run INTEGER PRIMARY KEY, version TEXT NOT NULL, data_fingerprint TEXT NOT NULL,
  data_dir TEXT, command_line TEXT, started TEXT NOT NULL, ended TEXT,
  records_read INTEGER, ok_records INTEGER, error_records INTEGER, resumed INTEGER,
  uncoded_notes INTEGER, exit_status INTEGER);
CREATE TABLE IF NOT EXISTS codes(
  note_id TEXT NOT NULL, code TEXT NOT NULL, source TEXT, known INTEGER, valid INTEGER,
  title TEXT);
CREATE TABLE IF NOT EXISTS findings(
  note_id TEXT NOT NULL, finding INTEGER NOT NULL, concept TEXT NOT NULL, category TEXT,
  text TEXT, begin INTEGER, end INTEGER, section TEXT, negated INTEGER, uncertain INTEGER,
  historical INTEGER, hypothetical INTEGER, experiencer TEXT, laterality TEXT, level TEXT,
  active INTEGER NOT NULL, region TEXT);
CREATE TABLE IF NOT EXISTS cues(
  note_id TEXT NOT NULL, finding INTEGER NOT NULL, category TEXT, text TEXT, begin INTEGER,
  end INTEGER);
CREATE TABLE IF NOT EXISTS elements(
  note_id TEXT NOT NULL, element TEXT NOT NULL, present INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS flags(
  note_id TEXT NOT NULL, flag INTEGER NOT NULL, rule TEXT NOT NULL, severity TEXT, code TEXT,
  message TEXT, suggest TEXT, title TEXT, evidence_begin INTEGER, evidence_end INTEGER,
  evidence TEXT, evidence_spans TEXT);
CREATE TABLE IF NOT EXISTS verdicts(
  note_id TEXT NOT NULL, code TEXT NOT NULL, verdict TEXT NOT NULL);
-- `code` last, where a store of schema 5 gets it (upgrade_schema), so that both have
-- one layout.
CREATE TABLE IF NOT EXISTS reviews(
  note_id TEXT NOT NULL, rule TEXT NOT NULL, evidence_begin INTEGER, evidence_end INTEGER,
  encounter_id TEXT, decision TEXT NOT NULL, reviewer TEXT, comment TEXT, decided_at TEXT,
  status TEXT NOT NULL, evidence TEXT, text_hash TEXT, imported_at TEXT NOT NULL, code TEXT);
CREATE TABLE IF NOT EXISTS review_history(
  note_id TEXT NOT NULL, rule TEXT NOT NULL, evidence_begin INTEGER, evidence_end INTEGER,
  decision TEXT NOT NULL, reviewer TEXT, comment TEXT, decided_at TEXT,
  previous_decision TEXT, previous_reviewer TEXT, previous_decided_at TEXT,
  imported_at TEXT NOT NULL, source TEXT, code TEXT);
CREATE INDEX IF NOT EXISTS notes_patient ON notes(patient_id, encounter_date);
CREATE INDEX IF NOT EXISTS notes_provider ON notes(provider);
CREATE INDEX IF NOT EXISTS codes_note ON codes(note_id);
CREATE INDEX IF NOT EXISTS codes_code ON codes(code);
CREATE INDEX IF NOT EXISTS findings_note ON findings(note_id);
CREATE INDEX IF NOT EXISTS findings_concept ON findings(concept);
CREATE INDEX IF NOT EXISTS cues_note ON cues(note_id);
CREATE INDEX IF NOT EXISTS elements_note ON elements(note_id);
CREATE INDEX IF NOT EXISTS flags_note ON flags(note_id);
CREATE INDEX IF NOT EXISTS flags_rule ON flags(rule, severity);
CREATE INDEX IF NOT EXISTS verdicts_note ON verdicts(note_id);
CREATE INDEX IF NOT EXISTS verdicts_code ON verdicts(code, verdict);
CREATE INDEX IF NOT EXISTS reviews_note ON reviews(note_id, rule);
INSERT OR IGNORE INTO dxaudit_meta VALUES('schema_version', '6');  -- kSchemaVersion
INSERT OR IGNORE INTO dxaudit_meta VALUES('store_id', lower(hex(randomblob(8))));
)sql";

// The error records without a note_id (an unreadable line, a record missing its note_id):
// nothing keys them in `notes`, so they are kept by where they were read. Not in kSchema:
// open() runs this on every store it writes, so that one of schema 6 made before the table
// was (and one of schema 5, in upgrade_schema) gets it too. No UNIQUE(file, line): a run
// that reads one file twice has its errors twice, as its counts do; a rescan does not pile
// them up, since a run first deletes the rows of the files it reads (Store::begin_run).
const char* kUnkeyedErrorsSchema = R"sql(
CREATE TABLE IF NOT EXISTS unkeyed_errors(
  file TEXT NOT NULL, line INTEGER NOT NULL, run INTEGER, error_kind TEXT NOT NULL,
  error_message TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS unkeyed_errors_file ON unkeyed_errors(file, line);
)sql";

const char* kChildTables[] = {"codes", "findings", "cues", "elements", "flags", "verdicts"};

// Binds bytes as they are (the note text, the output line, a note_id as read).
void bind_raw(sqlite3_stmt* s, int i, std::string_view v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

// Binds strings as the output line writes them (every invalid UTF-8 byte as U+FFFD), so
// that a row says what the record's JSON says.
class Binder {
 public:
  Binder(sqlite3_stmt* s, std::string* scratch) : s_(s), scratch_(scratch) {}
  Binder& text(std::string_view v) {
    if (!io::is_valid_utf8(v)) {
      scratch_->clear();
      io::append_repaired_utf8(v, scratch_);
      v = *scratch_;
    }
    sqlite3_bind_text(s_, i_++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Binder& text_or_null(std::string_view v) { return v.empty() ? null() : text(v); }
  Binder& number(int64_t v) {
    sqlite3_bind_int64(s_, i_++, v);
    return *this;
  }
  Binder& boolean(bool v) { return number(v ? 1 : 0); }
  // Leaves `n` parameters to bind_raw().
  Binder& skip(int n) {
    i_ += n;
    return *this;
  }
  Binder& null() {
    sqlite3_bind_null(s_, i_++);
    return *this;
  }
  // Runs the statement and makes it ready for the next row.
  bool run() {
    const bool ok = sqlite3_step(s_) == SQLITE_DONE;
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
    return ok;
  }

 private:
  sqlite3_stmt* s_;
  std::string* scratch_;
  int i_ = 1;
};

}  // namespace

struct Store::Statements {
  sqlite3_stmt* del[6] = {};
  sqlite3_stmt* note = nullptr;
  sqlite3_stmt* code = nullptr;
  sqlite3_stmt* finding = nullptr;
  sqlite3_stmt* cue = nullptr;
  sqlite3_stmt* element = nullptr;
  sqlite3_stmt* flag = nullptr;
  sqlite3_stmt* verdict = nullptr;
  sqlite3_stmt* update_record = nullptr;
  sqlite3_stmt* delete_flags = nullptr;
  sqlite3_stmt* save = nullptr;
  sqlite3_stmt* drop = nullptr;
  sqlite3_stmt* stored = nullptr;
  sqlite3_stmt* stored_patient = nullptr;
  sqlite3_stmt* recheck = nullptr;
  sqlite3_stmt* unkeyed = nullptr;
  ~Statements() {
    for (sqlite3_stmt* s : del) sqlite3_finalize(s);
    for (sqlite3_stmt* s : {note, code, finding, cue, element, flag, verdict, update_record,
                            delete_flags, save, drop, stored, stored_patient, recheck, unkeyed})
      sqlite3_finalize(s);
  }
};

Store::Store(const pipeline::Analyzer& analyzer) : analyzer_(analyzer) {}

namespace {

// "file:PATH?immutable=1", PATH %-escaped as SQLite's URIs want.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (std::isalnum(c) || std::strchr("/-_.~", c) != nullptr) {
      uri += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      uri += hex;
    }
  }
  return uri + "?immutable=1";
}

// What is at a --db path before dxaudit opens it for writing, found without changing a
// byte of it: nothing yet (or an empty file), a dxaudit store of kSchemaVersion or
// kUpgradedSchemaVersion (`*version`), or something else, which is refused.
bool check_existing(const std::string& path, const std::string& shown, bool* is_new,
                    int* version_found, std::string* error) {
  *is_new = false;
  *version_found = 0;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) {
      *is_new = true;
      return true;
    }
    *error = shown + ": " + std::strerror(errno);
    return false;
  }
  char header[16] = {};
  const size_t n = std::fread(header, 1, sizeof header, f);
  std::fclose(f);
  if (n == 0) {  // an empty file: no data to keep, SQLite makes it a new database
    *is_new = true;
    return true;
  }
  const char* kRefuse =
      "; dxaudit writes its store only into a new file or one that it wrote, and changes "
      "nothing else: give --db a new file";
  if (n < sizeof header || std::memcmp(header, "SQLite format 3", 16) != 0) {
    *error = shown + ": not an SQLite database" + kRefuse;
    return false;
  }
  // Read-only. Without a write-ahead log beside it, as immutable: SQLite then creates no
  // -wal or -shm file for a database in WAL mode, and takes no lock. With one (a store
  // whose run was killed, or a database in use), the log is read too.
  sqlite3* db = nullptr;
  std::string version;
  bool has_meta = false;
  std::error_code ec;
  const bool has_log = std::filesystem::exists(path + "-wal", ec);
  bool ok =
      sqlite3_open_v2(has_log ? path.c_str() : immutable_uri(path).c_str(), &db,
                      SQLITE_OPEN_READONLY | (has_log ? 0 : SQLITE_OPEN_URI), nullptr) == SQLITE_OK;
  sqlite3_stmt* st = nullptr;
  if (ok)
    ok = sqlite3_prepare_v2(db,
                            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                            "'dxaudit_meta'",
                            -1, &st, nullptr) == SQLITE_OK &&
         sqlite3_step(st) == SQLITE_ROW;
  if (ok) has_meta = sqlite3_column_int(st, 0) > 0;
  sqlite3_finalize(st);
  st = nullptr;
  if (ok && has_meta) {
    ok = sqlite3_prepare_v2(db, "SELECT value FROM dxaudit_meta WHERE key = 'schema_version'", -1,
                            &st, nullptr) == SQLITE_OK;
    if (ok && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr)
      version = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
  }
  if (!ok) *error = shown + ": cannot read it as a database: " + sqlite3_errmsg(db);
  sqlite3_close(db);
  if (!ok) return false;
  if (!has_meta) {
    *error =
        shown + ": an SQLite database, but not a dxaudit store (no dxaudit_meta table)" + kRefuse;
    return false;
  }
  // A database written with another table layout is refused before anything in it
  // changes, rather than half-updated; but for schema 5, which is updated (upgrade_schema).
  const std::string expected = std::to_string(kSchemaVersion);
  if (version == expected) {
    *version_found = kSchemaVersion;
    return true;
  }
  if (version == std::to_string(kUpgradedSchemaVersion)) {
    *version_found = kUpgradedSchemaVersion;
    return true;
  }
  *error = shown + ": written by another version of dxaudit (database schema " +
           (version.empty() ? "unknown" : version) + ", this one writes " + expected +
           " and updates " + std::to_string(kUpgradedSchemaVersion) + "); scan into a new file";
  return false;
}

// The code of the flags a decision of schema 5 in `table` was taken on: those of its note,
// rule and evidence offsets, when they all have one code ('' for flags without one), else
// NULL (flags of several codes, or none). `table` is the table's name as the statement
// that reads this names it.
std::string decision_code(const std::string& table) {
  return "(SELECT CASE WHEN count(DISTINCT coalesce(f.code, '')) = 1 THEN "
         "max(coalesce(f.code, '')) END FROM main.flags f WHERE f.note_id = " +
         table + ".note_id AND f.rule = " + table + ".rule AND f.evidence_begin IS " + table +
         ".evidence_begin AND f.evidence_end IS " + table + ".evidence_end)";
}

// Runs `sql` on `db`; false with *error set to SQLite's message.
bool run_sql(sqlite3* db, const std::string& sql, std::string* error) {
  char* msg = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg) == SQLITE_OK) return true;
  *error = msg != nullptr ? msg : sqlite3_errmsg(db);
  sqlite3_free(msg);
  return false;
}

// The first column of the first row of `sql` as a number (0 when none).
bool number_of(sqlite3* db, const std::string& sql, int64_t* out, std::string* error) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    *error = sqlite3_errmsg(db);
    return false;
  }
  const int rc = sqlite3_step(st);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    *error = sqlite3_errmsg(db);
    return false;
  }
  return true;
}

// Gives `reviews` and `review_history` in `schema` ("main", or "temp" for copies of them)
// the column `code` of schema 6, filled from the flags of schema 5's key (decision_code),
// and marks the current decisions left without a code (they fit flags of several codes)
// "evidence changed".
bool add_review_codes(sqlite3* db, const std::string& schema, SchemaUpgrade* done,
                      std::string* error) {
  const std::string reviews = schema + ".reviews", history = schema + ".review_history";
  int64_t decisions = 0;
  if (!run_sql(db,
               "ALTER TABLE " + reviews + " ADD COLUMN code TEXT; ALTER TABLE " + history +
                   " ADD COLUMN code TEXT; UPDATE " + reviews +
                   " SET code = " + decision_code("reviews") + "; UPDATE " + history +
                   " SET code = " + decision_code("review_history") + ";",
               error) ||
      !number_of(db, "SELECT count(*) FROM " + reviews, &decisions, error) ||
      !run_sql(db,
               "UPDATE " + reviews +
                   " SET status = 'evidence changed' WHERE code IS NULL AND status = 'current'",
               error))
    return false;
  done->decisions = static_cast<uint64_t>(decisions);
  done->marked = static_cast<uint64_t>(sqlite3_changes(db));
  return true;
}

}  // namespace

bool check_store(const std::string& path, int* version, std::string* error) {
  bool is_new = false;
  if (!check_existing(path, path, &is_new, version, error)) return false;
  if (is_new) {
    *error = path + ": no such database (write one with dxaudit scan --db)";
    return false;
  }
  return true;
}

bool upgrade_schema(sqlite3* db, SchemaUpgrade* done, std::string* error) {
  *done = SchemaUpgrade();
  // Read again inside the transaction: another dxaudit may have updated the store since
  // check_store() read it.
  sqlite3_stmt* st = nullptr;
  std::string version;
  if (sqlite3_prepare_v2(db, "SELECT value FROM main.dxaudit_meta WHERE key = 'schema_version'", -1,
                         &st, nullptr) != SQLITE_OK) {
    *error = sqlite3_errmsg(db);
    return false;
  }
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr)
    version = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  if (version == std::to_string(kSchemaVersion)) return true;
  if (version != std::to_string(kUpgradedSchemaVersion)) {
    *error = "database schema " + (version.empty() ? std::string("unknown") : version) +
             ", which this dxaudit neither writes nor updates";
    return false;
  }
  SchemaUpgrade upgrade;
  upgrade.from = kUpgradedSchemaVersion;
  if (!add_review_codes(db, "main", &upgrade, error) || !run_sql(db, kUnkeyedErrorsSchema, error) ||
      !run_sql(db,
               "UPDATE main.dxaudit_meta SET value = '" + std::to_string(kSchemaVersion) +
                   "' WHERE key = 'schema_version'",
               error))
    return false;
  *done = upgrade;
  return true;
}

bool read_as_current(sqlite3* db, std::string* error) {
  SchemaUpgrade ignored;
  return run_sql(db,
                 "CREATE TEMP TABLE reviews AS SELECT * FROM main.reviews; CREATE TEMP TABLE "
                 "review_history AS SELECT * FROM main.review_history;",
                 error) &&
         add_review_codes(db, "temp", &ignored, error);
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::unique_ptr<Store> Store::open(const std::string& path, const pipeline::Analyzer& analyzer,
                                   std::string* error, const io::InputFiles& inputs) {
  // The one check every output gets (io/output_file.h): never an input, links followed to
  // the file they name; and a database is a file, not a stream.
  io::OutputTarget target;
  if (!io::resolve_output(path, inputs, &target, error)) return nullptr;
  if (target.kind != io::OutputTarget::Kind::kRegularFile) {
    *error = path + ": a database must be a file (not standard output, a device or a FIFO)";
    return nullptr;
  }
  bool is_new = false;
  int version = 0;
  if (!check_existing(target.path, path, &is_new, &version, error)) return nullptr;

  std::unique_ptr<Store> s(new Store(analyzer));
  s->shown_ = path;
  s->analysis_ = std::string(pipeline::version()) + " " + analyzer.data_fingerprint();
  s->st_ = std::make_unique<Statements>();
  if (sqlite3_open_v2(target.path.c_str(), &s->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    *error = path + ": " + (s->db_ != nullptr ? sqlite3_errmsg(s->db_) : "cannot open");
    return nullptr;
  }
  sqlite3_busy_timeout(s->db_, 10000);
  auto prepare = [&](const std::string& sql, sqlite3_stmt** out) {
    return sqlite3_prepare_v2(s->db_, sql.c_str(), -1, out, nullptr) == SQLITE_OK;
  };
  if (is_new ? !s->exec("PRAGMA journal_mode=WAL") || !s->exec("PRAGMA synchronous=NORMAL") ||
                   !s->exec("BEGIN") || !s->exec(kSchema) || !s->exec(kUnkeyedErrorsSchema) ||
                   !s->exec("COMMIT")
             : !s->exec("PRAGMA synchronous=NORMAL")) {
    *error = path + ": " + s->error_;
    return nullptr;
  }
  // A store of schema 5 is updated in one transaction, before any statement reads the
  // tables of this schema: all of it, or (rolled back) nothing.
  if (version == kUpgradedSchemaVersion) {
    std::string why;
    if (!s->exec("BEGIN IMMEDIATE")) {
      why = s->error_;
    } else if (!upgrade_schema(s->db_, &s->upgraded_, &why) || !s->exec("COMMIT")) {
      if (why.empty()) why = s->error_;
      s->exec("ROLLBACK");
    }
    if (!why.empty()) {
      *error = path + ": updating the store from database schema " +
               std::to_string(kUpgradedSchemaVersion) + " to " + std::to_string(kSchemaVersion) +
               ": " + why + " (nothing in it was changed)";
      return nullptr;
    }
  }
  // A store of schema 6 made before the table of error records without a note_id was.
  if (!is_new && !s->exec(kUnkeyedErrorsSchema)) {
    *error = path + ": " + s->error_;
    return nullptr;
  }
  Statements& st = *s->st_;
  bool ok = true;
  for (size_t i = 0; i < 6; ++i)
    ok = ok &&
         prepare(std::string("DELETE FROM ") + kChildTables[i] + " WHERE note_id = ?1", &st.del[i]);
  ok = ok &&
       prepare("INSERT OR REPLACE INTO notes VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)", &st.note);
  ok = ok && prepare("INSERT INTO codes VALUES(?1,?2,?3,?4,?5,?6)", &st.code);
  ok =
      ok &&
      prepare(
          "INSERT INTO findings VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)",
          &st.finding);
  ok = ok && prepare("INSERT INTO cues VALUES(?1,?2,?3,?4,?5,?6)", &st.cue);
  ok = ok && prepare("INSERT INTO elements VALUES(?1,?2,?3)", &st.element);
  ok = ok && prepare("INSERT INTO flags VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)", &st.flag);
  ok = ok && prepare("INSERT INTO verdicts VALUES(?1,?2,?3)", &st.verdict);
  ok = ok && prepare("UPDATE notes SET record = ?2 WHERE note_id = ?1", &st.update_record);
  ok = ok && prepare("DELETE FROM flags WHERE note_id = ?1", &st.delete_flags);
  ok = ok && prepare("INSERT OR REPLACE INTO checkpoints VALUES(?1,?2,?3,?4)", &st.save);
  ok = ok && prepare("DELETE FROM checkpoints WHERE note_id = ?1", &st.drop);
  ok = ok && prepare("SELECT hash, record FROM notes WHERE note_id = ?1", &st.stored);
  ok = ok && prepare("INSERT INTO unkeyed_errors VALUES(?1,?2,?3,?4,?5,?6)", &st.unkeyed);
  ok = ok && prepare("SELECT patient_id FROM notes WHERE note_id = ?1", &st.stored_patient);
  // A review decision stays with its flag (the note's flag of its rule, code and evidence
  // offsets) while the note text and the flag's evidence are what the decision was made
  // on; otherwise it is marked, never dropped. A decision without a code (one of schema 5
  // whose flag could not be told) is no flag's.
  ok = ok && prepare(
                 "UPDATE reviews SET status = 'evidence changed' WHERE note_id = ?1 AND "
                 "status = 'current' AND (text_hash IS NOT ?2 OR NOT EXISTS (SELECT 1 FROM "
                 "flags f WHERE f.note_id = reviews.note_id AND f.rule = reviews.rule AND "
                 "f.evidence_begin IS reviews.evidence_begin AND f.evidence_end IS "
                 "reviews.evidence_end AND coalesce(f.code, '') = reviews.code AND "
                 "coalesce(f.evidence, '') = coalesce(reviews.evidence, '')))",
                 &st.recheck);
  if (!ok) {
    *error = path + ": " + sqlite3_errmsg(s->db_);
    return nullptr;
  }
  if (sqlite3_open_v2(target.path.c_str(), &s->reader_, SQLITE_OPEN_READONLY, nullptr) !=
          SQLITE_OK ||
      sqlite3_prepare_v2(s->reader_,
                         "SELECT record FROM checkpoints WHERE note_id = ?1 AND hash = ?2 AND "
                         "analysis = ?3",
                         -1, &s->lookup_, nullptr) != SQLITE_OK) {
    *error = path + ": " + sqlite3_errmsg(s->reader_);
    return nullptr;
  }
  sqlite3_busy_timeout(s->reader_, 10000);
  return s;
}

bool Store::begin_run(const RunStart& run) {
  if (!commit() || !exec("BEGIN")) return false;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_,
                         "INSERT INTO runs(version, data_fingerprint, data_dir, command_line, "
                         "started) VALUES(?1, ?2, ?3, ?4, ?5)",
                         -1, &st, nullptr) != SQLITE_OK) {
    fail("recording the run");
    exec("ROLLBACK");
    return false;
  }
  Binder(st, &repaired_)
      .text(pipeline::version())
      .text(analyzer_.data_fingerprint())
      .text(run.data_dir)
      .text(run.command_line)
      .text(utc_now());
  bool ok = sqlite3_step(st) == SQLITE_DONE;
  sqlite3_finalize(st);
  const int64_t row = sqlite3_last_insert_rowid(db_);
  // The error records without a note_id of every file this run reads go: the run writes
  // those it finds, so that a rescan neither repeats them nor keeps those the file no
  // longer has. A folder's files are named FOLDER/NAME (io/folder_source.h); those of
  // other inputs stay.
  st = nullptr;
  ok = ok && sqlite3_prepare_v2(db_,
                                "DELETE FROM unkeyed_errors WHERE file = ?1 OR substr(file, 1, "
                                "length(?2)) = ?2",
                                -1, &st, nullptr) == SQLITE_OK;
  for (size_t i = 0; ok && i < run.inputs.size(); ++i) {
    // Bound as the rows were (Binder::text), so that a path of invalid UTF-8 matches.
    ok = Binder(st, &repaired_)
             .text(run.inputs[i])
             .text((std::filesystem::path(run.inputs[i]) / "").string())
             .run();
  }
  sqlite3_finalize(st);
  if (!ok || !exec("COMMIT")) {
    if (!ok) fail("recording the run");
    exec("ROLLBACK");
    return false;
  }
  run_ = row;
  return true;
}

bool Store::end_run(const RunCounts& counts) {
  if (run_ == 0) return true;
  if (!commit()) return false;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db_,
                         "UPDATE runs SET ended = ?2, records_read = ?3, ok_records = ?4, "
                         "error_records = ?5, resumed = ?6, uncoded_notes = ?7, exit_status = ?8 "
                         "WHERE run = ?1",
                         -1, &st, nullptr) != SQLITE_OK)
    return fail("recording the end of the run");
  Binder(st, &repaired_)
      .number(run_)
      .text(utc_now())
      .number(static_cast<int64_t>(counts.read))
      .number(static_cast<int64_t>(counts.ok))
      .number(static_cast<int64_t>(counts.errors))
      .number(static_cast<int64_t>(counts.resumed))
      .number(static_cast<int64_t>(counts.uncoded))
      .number(counts.exit_status);
  const bool ok = sqlite3_step(st) == SQLITE_DONE;
  sqlite3_finalize(st);
  return ok || fail("recording the end of the run");
}

Store::~Store() {
  if (db_ != nullptr && in_batch_ > 0) commit();
  sqlite3_finalize(lookup_);
  st_.reset();
  sqlite3_close(reader_);
  sqlite3_close(db_);
}

bool Store::exec(const char* sql) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    error_ = msg != nullptr ? msg : "sqlite error";
    sqlite3_free(msg);
    return false;
  }
  return true;
}

bool Store::fail(const char* what) {
  error_ = std::string(what) + ": " + sqlite3_errmsg(db_);
  return false;
}

bool Store::begin() {
  return in_batch_ > 0 || exec("BEGIN");
}

bool Store::counted() {
  return ++in_batch_ < kBatch || commit();
}

bool Store::commit() {
  if (in_batch_ == 0) return true;
  in_batch_ = 0;
  return exec("COMMIT");
}

bool Store::lookup(const std::string& note_id, const std::string& hash, std::string* bytes) {
  sqlite3_reset(lookup_);
  sqlite3_bind_text(lookup_, 1, note_id.data(), static_cast<int>(note_id.size()), SQLITE_STATIC);
  sqlite3_bind_text(lookup_, 2, hash.data(), static_cast<int>(hash.size()), SQLITE_STATIC);
  sqlite3_bind_text(lookup_, 3, analysis_.data(), static_cast<int>(analysis_.size()),
                    SQLITE_STATIC);
  bool found = sqlite3_step(lookup_) == SQLITE_ROW;
  if (found) {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(lookup_, 0));
    bytes->assign(p == nullptr ? "" : p, static_cast<size_t>(sqlite3_column_bytes(lookup_, 0)));
  }
  sqlite3_reset(lookup_);
  sqlite3_clear_bindings(lookup_);
  return found;
}

bool Store::save(std::string_view note_id, std::string_view hash, std::string_view bytes) {
  if (!begin()) return false;
  // Keyed by the note_id as read, as lookup() is asked.
  sqlite3_stmt* s = st_->save;
  bind_raw(s, 1, note_id);
  bind_raw(s, 2, hash);
  bind_raw(s, 3, analysis_);
  sqlite3_bind_blob(s, 4, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
  if (!Binder(s, &repaired_).skip(4).run()) return fail("saving a checkpoint");
  return counted();
}

bool Store::drop(std::string_view note_id) {
  if (!begin()) return false;
  bind_raw(st_->drop, 1, note_id);
  if (!Binder(st_->drop, &repaired_).skip(1).run()) return fail("dropping a checkpoint");
  return counted();
}

void Store::render(const pipeline::NoteRecord& record, std::string* out) const {
  out->clear();
  if (record.note_id.empty() && record.ok) return;  // not stored
  output::append_record_json(record, analyzer_, out);
  out->pop_back();  // the line, without its newline
}

bool Store::write(const pipeline::NoteRecord& record, std::string_view line) {
  if (record.note_id.empty()) return record.ok || put_unkeyed(record, line);
  if (!record.resumed) return put(record, line);
  // A resumed record is the analysis the note's rows were written from, unless the run
  // that saved its checkpoint was killed before it wrote them. Only what the longitudinal
  // review decides can differ, and the output line says all of it.
  sqlite3_stmt* s = st_->stored;
  Binder(s, &repaired_).text(record.note_id);
  const bool same_note =
      sqlite3_step(s) == SQLITE_ROW &&
      std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)),
                       static_cast<size_t>(sqlite3_column_bytes(s, 0))) == record.content_hash;
  const bool same_line =
      same_note && std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)),
                                    static_cast<size_t>(sqlite3_column_bytes(s, 1))) == line;
  sqlite3_reset(s);
  sqlite3_clear_bindings(s);
  if (same_line) return true;
  return same_note ? update(record, line) : put(record, line);
}

bool Store::put(const pipeline::NoteRecord& r, std::string_view line) {
  if (!begin()) return false;
  Statements& st = *st_;
  std::string& x = repaired_;
  // A note replaced by another patient's of the same id: counted, and said by the scan.
  if (r.ok && !r.patient_id.empty()) {
    Binder(st.stored_patient, &x).text(r.note_id);
    if (sqlite3_step(st.stored_patient) == SQLITE_ROW &&
        sqlite3_column_type(st.stored_patient, 0) != SQLITE_NULL) {
      const std::string was(
          reinterpret_cast<const char*>(sqlite3_column_text(st.stored_patient, 0)),
          static_cast<size_t>(sqlite3_column_bytes(st.stored_patient, 0)));
      if (was != r.patient_id && replaced_.count++ == 0)
        replaced_ = {1, r.note_id, was, r.patient_id};
    }
    sqlite3_reset(st.stored_patient);
    sqlite3_clear_bindings(st.stored_patient);
  }
  for (sqlite3_stmt* d : st.del)
    if (!Binder(d, &x).text(r.note_id).run()) return fail("deleting a note's rows");
  Binder note(st.note, &x);
  note.text(r.note_id).text(r.content_hash).text(r.ok ? "ok" : "error");
  if (r.ok)
    note.text_or_null(r.patient_id)
        .text_or_null(r.encounter_id)
        .text_or_null(r.encounter_date)
        .text_or_null(r.provider)
        .null()
        .null();
  else
    note.null()
        .null()
        .null()
        .null()
        .text(io::kErrorKindNames.name(r.error_kind))
        .text(r.error_message);
  // The note text as received, bytes and all, and the output line.
  bind_raw(st.note, 10, r.text);
  bind_raw(st.note, 11, line);
  if (!note.skip(2).run()) return fail("storing a note");
  if (!r.ok) return recheck_reviews(r) && counted();

  const lexicon::Lexicon& lex = analyzer_.lexicon();
  const std::vector<std::string>& section_names = analyzer_.sections().names();
  for (const pipeline::RecordCode& c : r.codes) {
    Binder b(st.code, &x);
    b.text(r.note_id).text(c.code).text(codes::kCodeSourceNames.name(c.source));
    b.boolean(c.known).boolean(c.valid);
    if (c.has_title)
      b.text(c.title);
    else
      b.null();
    if (!b.run()) return fail("storing codes");
  }
  for (size_t i = 0; i < r.findings.size(); ++i) {
    const pipeline::RecordFinding& f = r.findings[i];
    const lexicon::Concept& info = lex.concepts[f.concept_id];
    Binder b(st.finding, &x);
    b.text(r.note_id).number(static_cast<int64_t>(i)).text(info.name);
    b.text(lex.categories[info.category])
        .text(r.quote(f.text))
        .number(f.span.begin)
        .number(f.span.end);
    if (f.section == evidence::kNoSection)
      b.null();
    else
      b.text(section_names[r.sections[f.section].name]);
    b.boolean(f.negated).boolean(f.uncertain).boolean(f.historical).boolean(f.hypothetical);
    b.text(context::experiencer_name(f.experiencer));
    b.text_or_null(lexicon::laterality_name(f.laterality)).text_or_null(f.level);
    b.boolean(f.active).text_or_null(lexicon::region_name(f.region));
    if (!b.run()) return fail("storing findings");
    for (const pipeline::RecordCue& c : r.cues_of(f))
      if (!Binder(st.cue, &x)
               .text(r.note_id)
               .number(static_cast<int64_t>(i))
               .text(lexicon::cue_category_name(c.category))
               .text(r.quote(c.text))
               .number(c.span.begin)
               .number(c.span.end)
               .run())
        return fail("storing cues");
  }
  for (size_t e = 0; e < r.elements.size(); ++e)
    if (!Binder(st.element, &x)
             .text(r.note_id)
             .text(lex.elements[e])
             .boolean(r.elements[e].present)
             .run())
      return fail("storing elements");
  if (!put_flags(r)) return false;
  for (const audit::CodeVerdict& v : r.verdicts)
    if (!Binder(st.verdict, &x)
             .text(r.note_id)
             .text(v.code)
             .text(audit::kVerdictNames.name(v.verdict))
             .run())
      return fail("storing verdicts");
  return recheck_reviews(r) && counted();
}

bool Store::put_unkeyed(const pipeline::NoteRecord& r, std::string_view line) {
  if (!begin()) return false;
  Binder b(st_->unkeyed, &repaired_);
  b.text(r.input.file).number(static_cast<int64_t>(r.input.line));
  if (run_ == 0)
    b.null();
  else
    b.number(run_);
  b.text(io::kErrorKindNames.name(r.error_kind)).text(r.error_message);
  bind_raw(st_->unkeyed, 6, line);
  if (!b.skip(1).run()) return fail("storing an error record without a note_id");
  return counted();
}

bool Store::recheck_reviews(const pipeline::NoteRecord& r) {
  return Binder(st_->recheck, &repaired_).text(r.note_id).text(io::text_hash(r.text)).run() ||
         fail("checking the review decisions of a note");
}

bool Store::put_flags(const pipeline::NoteRecord& r) {
  std::string suggest, quoted, spans;
  const audit::AuditModel& model = analyzer_.audit_model();
  for (size_t i = 0; i < r.flags.size(); ++i) {
    const audit::Flag& f = r.flags[i];
    suggest.clear();
    for (const std::string& s : f.suggest) {
      if (!suggest.empty()) suggest += ";";
      suggest += s;
    }
    // Where the evidence is (from the first piece's start to the last one's end, original
    // offsets) and what it says, each piece quoted from the note: with the rule and the
    // code, what a review decision is keyed on, and what a rescan compares
    // (docs/sqlite-schema.md).
    quoted.clear();
    spans.clear();
    int64_t begin = -1, end = -1;
    for (const audit::FlagEvidence& e : f.evidence) {
      if (begin < 0 || e.span.begin < begin) begin = e.span.begin;
      if (e.span.end > end) end = e.span.end;
      if (!quoted.empty()) quoted += kEvidenceSeparator;
      if (!spans.empty()) spans += ";";
      spans += std::to_string(e.span.begin) + "-" + std::to_string(e.span.end);
      if (e.span.end <= r.text.size() && e.span.begin <= e.span.end)
        quoted.append(r.text, e.span.begin, e.span.end - e.span.begin);
    }
    // The line of the rule that audits this code, where one id audits several.
    const audit::Rule* rule = model.find_rule(f.rule);
    for (const audit::Rule& line : model.rules())
      if (line.id == f.rule && line.code == f.code) rule = &line;
    Binder b(st_->flag, &repaired_);
    b.text(r.note_id)
        .number(static_cast<int64_t>(i))
        .text(f.rule)
        .text(audit::kSeverityNames.name(f.severity))
        .text(f.code)
        .text(f.message)
        .text(suggest)
        .text_or_null(rule != nullptr ? std::string_view(rule->title) : std::string_view());
    if (begin < 0)
      b.null().null().null().null();
    else
      b.number(begin).number(end).text(quoted).text(spans);
    if (!b.run()) return fail("storing flags");
  }
  return true;
}

bool Store::update(const pipeline::NoteRecord& r, std::string_view line) {
  if (!begin()) return false;
  bind_raw(st_->update_record, 2, line);
  if (!Binder(st_->update_record, &repaired_).text(r.note_id).skip(1).run())
    return fail("updating a note's record");
  if (!Binder(st_->delete_flags, &repaired_).text(r.note_id).run())
    return fail("replacing a note's flags");
  return put_flags(r) && recheck_reviews(r) && counted();
}

}  // namespace dxaudit::store
