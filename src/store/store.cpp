#include "store/store.h"

#include <set>

#include <nlohmann/json.hpp>

namespace dxaudit::store {

using json = nlohmann::ordered_json;

namespace {

constexpr size_t kBatch = 512;

const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS dxaudit_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS notes(
  note_id TEXT PRIMARY KEY, hash TEXT NOT NULL, status TEXT NOT NULL,
  patient_id TEXT, encounter_id TEXT, encounter_date TEXT, provider TEXT,
  error_kind TEXT, error_message TEXT, text TEXT, record TEXT NOT NULL, parts TEXT);
CREATE TABLE IF NOT EXISTS codes(
  note_id TEXT NOT NULL, code TEXT NOT NULL, source TEXT, known INTEGER, valid INTEGER,
  title TEXT);
CREATE TABLE IF NOT EXISTS findings(
  note_id TEXT NOT NULL, finding INTEGER NOT NULL, concept TEXT NOT NULL, category TEXT,
  text TEXT, begin INTEGER, end INTEGER, section TEXT, negated INTEGER, uncertain INTEGER,
  historical INTEGER, hypothetical INTEGER, experiencer TEXT, laterality TEXT, level TEXT,
  active INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS cues(
  note_id TEXT NOT NULL, finding INTEGER NOT NULL, category TEXT, text TEXT, begin INTEGER,
  end INTEGER);
CREATE TABLE IF NOT EXISTS elements(
  note_id TEXT NOT NULL, element TEXT NOT NULL, present INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS flags(
  note_id TEXT NOT NULL, flag INTEGER NOT NULL, rule TEXT NOT NULL, severity TEXT, code TEXT,
  message TEXT, suggest TEXT);
CREATE TABLE IF NOT EXISTS verdicts(
  note_id TEXT NOT NULL, code TEXT NOT NULL, verdict TEXT NOT NULL);
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
INSERT OR IGNORE INTO dxaudit_meta VALUES('schema_version', '2');  -- kSchemaVersion
)sql";

const char* kChildTables[] = {"codes", "findings", "cues", "elements", "flags", "verdicts"};

void fnv(uint64_t* h, std::string_view s) {
  for (unsigned char c : s) {
    *h ^= c;
    *h *= 1099511628211ull;
  }
  // A separator that no field can fake: the length.
  for (size_t n = s.size(), i = 0; i < 8; ++i, n >>= 8) {
    *h ^= n & 0xFF;
    *h *= 1099511628211ull;
  }
}

void bind_text(sqlite3_stmt* s, int i, std::string_view v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void bind_json(sqlite3_stmt* s, int i, const json& v) {
  if (v.is_null())
    sqlite3_bind_null(s, i);
  else if (v.is_string())
    bind_text(s, i, v.get_ref<const std::string&>());
  else if (v.is_boolean())
    sqlite3_bind_int(s, i, v.get<bool>() ? 1 : 0);
  else if (v.is_number_integer() || v.is_number_unsigned())
    sqlite3_bind_int64(s, i, v.get<int64_t>());
  else
    bind_text(s, i, v.dump());
}

const json& at(const json& obj, const char* key) {
  static const json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

bool flag(const json& obj, const char* key) {
  const json& v = at(obj, key);
  return v.is_boolean() && v.get<bool>();
}

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
  ~Statements() {
    for (sqlite3_stmt* s : del) sqlite3_finalize(s);
    for (sqlite3_stmt* s :
         {note, code, finding, cue, element, flag, verdict, update_record, delete_flags})
      sqlite3_finalize(s);
  }
};

std::string content_hash(const io::Note& note) {
  uint64_t h = 14695981039346656037ull;
  for (std::string_view s : {std::string_view(note.note_id), std::string_view(note.text),
                             std::string_view(note.patient_id), std::string_view(note.encounter_id),
                             std::string_view(note.encounter_date), std::string_view(note.provider),
                             std::string_view(note.meta_json)})
    fnv(&h, s);
  for (const std::string& c : note.codes) fnv(&h, c);
  // Warnings (a repaired byte, a repeated note_id) are part of the record: a note stored
  // without one is not resumed in its place. A note without warnings hashes as before.
  if (!note.warnings.empty()) {
    fnv(&h, "\x01warnings");
    for (const std::string& w : note.warnings) fnv(&h, w);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return hex;
}

std::unique_ptr<Store> Store::open(const std::string& path, std::string* error) {
  std::unique_ptr<Store> s(new Store());
  s->st_ = std::make_unique<Statements>();
  if (sqlite3_open_v2(path.c_str(), &s->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    *error = path + ": " + (s->db_ != nullptr ? sqlite3_errmsg(s->db_) : "cannot open");
    return nullptr;
  }
  sqlite3_busy_timeout(s->db_, 10000);
  if (!s->exec("PRAGMA journal_mode=WAL") || !s->exec("PRAGMA synchronous=NORMAL") ||
      !s->exec(kSchema)) {
    *error = path + ": " + s->error_;
    return nullptr;
  }
  auto prepare = [&](const std::string& sql, sqlite3_stmt** out) {
    return sqlite3_prepare_v2(s->db_, sql.c_str(), -1, out, nullptr) == SQLITE_OK;
  };
  // A database written with another table layout is refused rather than half-updated.
  sqlite3_stmt* version = nullptr;
  std::string found;
  if (prepare("SELECT value FROM dxaudit_meta WHERE key = 'schema_version'", &version) &&
      sqlite3_step(version) == SQLITE_ROW)
    found = reinterpret_cast<const char*>(sqlite3_column_text(version, 0));
  sqlite3_finalize(version);
  if (found != std::to_string(kSchemaVersion)) {
    *error = path + ": written by another version of dxaudit (database schema " + found +
             ", this one writes " + std::to_string(kSchemaVersion) + "); scan into a new file";
    return nullptr;
  }
  Statements& st = *s->st_;
  bool ok = true;
  for (size_t i = 0; i < 6; ++i)
    ok = ok &&
         prepare(std::string("DELETE FROM ") + kChildTables[i] + " WHERE note_id = ?1", &st.del[i]);
  ok = ok && prepare("INSERT OR REPLACE INTO notes VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
                     &st.note);
  ok = ok && prepare("INSERT INTO codes VALUES(?1,?2,?3,?4,?5,?6)", &st.code);
  ok =
      ok &&
      prepare("INSERT INTO findings VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
              &st.finding);
  ok = ok && prepare("INSERT INTO cues VALUES(?1,?2,?3,?4,?5,?6)", &st.cue);
  ok = ok && prepare("INSERT INTO elements VALUES(?1,?2,?3)", &st.element);
  ok = ok && prepare("INSERT INTO flags VALUES(?1,?2,?3,?4,?5,?6,?7)", &st.flag);
  ok = ok && prepare("INSERT INTO verdicts VALUES(?1,?2,?3)", &st.verdict);
  ok = ok && prepare("UPDATE notes SET record = ?2 WHERE note_id = ?1", &st.update_record);
  ok = ok && prepare("DELETE FROM flags WHERE note_id = ?1", &st.delete_flags);
  if (!ok) {
    *error = path + ": " + sqlite3_errmsg(s->db_);
    return nullptr;
  }
  if (sqlite3_open_v2(path.c_str(), &s->reader_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(
          s->reader_,
          "SELECT parts FROM notes WHERE note_id = ?1 AND hash = ?2 AND parts IS NOT NULL", -1,
          &s->lookup_, nullptr) != SQLITE_OK) {
    *error = path + ": " + sqlite3_errmsg(s->reader_);
    return nullptr;
  }
  sqlite3_busy_timeout(s->reader_, 10000);
  return s;
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

bool Store::lookup(const std::string& note_id, const std::string& hash, std::string* parts) {
  sqlite3_reset(lookup_);
  bind_text(lookup_, 1, note_id);
  bind_text(lookup_, 2, hash);
  if (sqlite3_step(lookup_) != SQLITE_ROW) return false;
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(lookup_, 0));
  parts->assign(p, static_cast<size_t>(sqlite3_column_bytes(lookup_, 0)));
  sqlite3_reset(lookup_);
  return true;
}

bool Store::commit() {
  if (in_batch_ == 0) return true;
  in_batch_ = 0;
  return exec("COMMIT");
}

json parse_record(std::string_view record) {
  // ordered_json: rows keep the record's order (elements in lexicon order, not sorted).
  return json::parse(record, nullptr, false);
}

bool Store::put(const io::Note& note, const std::string& hash, std::string_view line,
                std::string_view parts) {
  return put(note, hash, line, parse_record(line), parts);
}

bool Store::put(const io::Note& note, const std::string& hash, std::string_view line, const json& r,
                std::string_view parts) {
  if (r.is_discarded()) {
    error_ = "an output record is not JSON";
    return false;
  }
  const json& id = at(r, "note_id");
  if (!id.is_string()) return true;  // an unreadable record with no note_id: nothing to key
  const std::string& note_id = id.get_ref<const std::string&>();
  if (in_batch_ == 0 && !exec("BEGIN")) return false;
  ++in_batch_;
  Statements& st = *st_;
  auto run = [&](sqlite3_stmt* s) {
    bool ok = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return ok;
  };
  for (sqlite3_stmt* d : st.del) {
    bind_text(d, 1, note_id);
    if (!run(d)) return fail("deleting a note's rows");
  }
  const json& err = at(r, "error");
  bind_text(st.note, 1, note_id);
  bind_text(st.note, 2, hash);
  bind_json(st.note, 3, at(r, "status"));
  bind_json(st.note, 4, at(r, "patient_id"));
  bind_json(st.note, 5, at(r, "encounter_id"));
  bind_json(st.note, 6, at(r, "encounter_date"));
  bind_json(st.note, 7, at(r, "provider"));
  bind_json(st.note, 8, at(err, "kind"));
  bind_json(st.note, 9, at(err, "message"));
  bind_text(st.note, 10, note.text);
  std::string_view record = line;
  while (!record.empty() && record.back() == '\n') record.remove_suffix(1);
  bind_text(st.note, 11, record);
  if (parts.empty())
    sqlite3_bind_null(st.note, 12);
  else
    bind_text(st.note, 12, parts);
  if (!run(st.note)) return fail("storing a note");

  for (const json& c : at(r, "codes")) {
    bind_text(st.code, 1, note_id);
    bind_json(st.code, 2, at(c, "code"));
    bind_json(st.code, 3, at(c, "source"));
    bind_json(st.code, 4, at(c, "known"));
    bind_json(st.code, 5, at(c, "valid"));
    bind_json(st.code, 6, at(c, "title"));
    if (!run(st.code)) return fail("storing codes");
  }
  int64_t i = 0;
  for (const json& f : at(r, "findings")) {
    // Active as CONTRACT.md defines it: affirmed, certain, real, the patient's, current
    // (or historical for cancer_history).
    const json& concept_name = at(f, "concept");
    bool historical_counts =
        concept_name.is_string() &&
        historical_counts_.count(concept_name.get_ref<const std::string&>()) > 0;
    bool active = !flag(f, "negated") && !flag(f, "uncertain") && !flag(f, "hypothetical") &&
                  at(f, "experiencer") == "patient" &&
                  (historical_counts ? flag(f, "historical") : !flag(f, "historical"));
    sqlite3_stmt* s = st.finding;
    bind_text(s, 1, note_id);
    sqlite3_bind_int64(s, 2, i);
    int col = 3;
    for (const char* k :
         {"concept", "category", "text", "begin", "end", "section", "negated", "uncertain",
          "historical", "hypothetical", "experiencer", "laterality", "level"})
      bind_json(s, col++, at(f, k));
    sqlite3_bind_int(s, 16, active ? 1 : 0);
    if (!run(s)) return fail("storing findings");
    for (const json& c : at(f, "cues")) {
      bind_text(st.cue, 1, note_id);
      sqlite3_bind_int64(st.cue, 2, i);
      bind_json(st.cue, 3, at(c, "category"));
      bind_json(st.cue, 4, at(c, "text"));
      bind_json(st.cue, 5, at(c, "begin"));
      bind_json(st.cue, 6, at(c, "end"));
      if (!run(st.cue)) return fail("storing cues");
    }
    ++i;
  }
  const json& elements = at(r, "elements");
  if (elements.is_object())
    for (auto it = elements.begin(); it != elements.end(); ++it) {
      bind_text(st.element, 1, note_id);
      bind_text(st.element, 2, it.key());
      sqlite3_bind_int(st.element, 3, flag(it.value(), "present") ? 1 : 0);
      if (!run(st.element)) return fail("storing elements");
    }
  if (!put_flags(note_id, r)) return false;
  const json& verdicts = at(r, "verdict");
  if (verdicts.is_object())
    for (auto it = verdicts.begin(); it != verdicts.end(); ++it) {
      bind_text(st.verdict, 1, note_id);
      bind_text(st.verdict, 2, it.key());
      bind_json(st.verdict, 3, it.value());
      if (!run(st.verdict)) return fail("storing verdicts");
    }
  if (in_batch_ >= kBatch) return commit();
  return true;
}

bool Store::put_flags(const std::string& note_id, const json& r) {
  Statements& st = *st_;
  auto run = [&](sqlite3_stmt* s) {
    bool ok = sqlite3_step(s) == SQLITE_DONE;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return ok;
  };
  int64_t i = 0;
  for (const json& f : at(r, "audit")) {
    std::string suggest;
    for (const json& s : at(f, "suggest")) {
      if (!suggest.empty()) suggest += ";";
      if (s.is_string()) suggest += s.get<std::string>();
    }
    bind_text(st.flag, 1, note_id);
    sqlite3_bind_int64(st.flag, 2, i++);
    bind_json(st.flag, 3, at(f, "rule"));
    bind_json(st.flag, 4, at(f, "severity"));
    bind_json(st.flag, 5, at(f, "code"));
    bind_json(st.flag, 6, at(f, "message"));
    bind_text(st.flag, 7, suggest);
    if (!run(st.flag)) return fail("storing flags");
  }
  return true;
}

bool Store::update_record(std::string_view line, const json& r) {
  if (r.is_discarded()) {
    error_ = "an output record is not JSON";
    return false;
  }
  const json& id = at(r, "note_id");
  if (!id.is_string()) return true;
  const std::string& note_id = id.get_ref<const std::string&>();
  if (in_batch_ == 0 && !exec("BEGIN")) return false;
  ++in_batch_;
  Statements& st = *st_;
  std::string_view record = line;
  while (!record.empty() && record.back() == '\n') record.remove_suffix(1);
  bind_text(st.update_record, 1, note_id);
  bind_text(st.update_record, 2, record);
  bool ok = sqlite3_step(st.update_record) == SQLITE_DONE;
  sqlite3_reset(st.update_record);
  sqlite3_clear_bindings(st.update_record);
  if (!ok) return fail("updating a note's record");
  bind_text(st.delete_flags, 1, note_id);
  ok = sqlite3_step(st.delete_flags) == SQLITE_DONE;
  sqlite3_reset(st.delete_flags);
  sqlite3_clear_bindings(st.delete_flags);
  if (!ok) return fail("replacing a note's flags");
  if (!put_flags(note_id, r)) return false;
  if (in_batch_ >= kBatch) return commit();
  return true;
}

void Store::set_historical_counts(std::vector<std::string> concepts) {
  historical_counts_ = std::set<std::string>(concepts.begin(), concepts.end());
}

}  // namespace dxaudit::store
