#include "report/report_data.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

#include "audit/audit.h"
#include "io/json_writer.h"
#include "io/utf8.h"
#include "report/store_reader.h"

namespace dxaudit::report {

namespace {

struct Finding {
  std::string concept_name, category, section, experiencer, laterality, level;
  int64_t begin = 0, end = 0;
  bool negated = false, uncertain = false, historical = false, hypothetical = false;
  bool active = false;
  std::vector<std::string> cues;  // "negated: 'denies'"
};

std::string assertion_classes(const Finding& f) {
  std::string c = "f cat-" + f.category;
  if (f.negated) c += " negated";
  if (f.uncertain) c += " uncertain";
  if (f.hypothetical) c += " hypothetical";
  if (f.historical) c += " historical";
  if (f.experiencer != "patient") c += " other-experiencer";
  if (f.active) c += " active";
  return c;
}

// "radiating_leg_pain (radicular) - negated; side: left; section: hpi; cue negated: 'denies'"
std::string describe(const Finding& f) {
  std::string d = f.concept_name + " (" + f.category + ")";
  std::vector<std::string> how;
  if (f.negated) how.push_back("negated");
  if (f.uncertain) how.push_back("uncertain");
  if (f.hypothetical) how.push_back("hypothetical");
  if (f.historical) how.push_back("historical");
  if (f.experiencer != "patient") how.push_back("experiencer: " + f.experiencer);
  d += how.empty() ? std::string(" - affirmed") : " -";
  for (const std::string& h : how) d += " " + h;
  if (!f.laterality.empty()) d += "; side: " + f.laterality;
  if (!f.level.empty()) d += "; level: " + f.level;
  if (!f.section.empty()) d += "; section: " + f.section;
  for (const std::string& c : f.cues) d += "; cue " + c;
  return d;
}

// Byte offsets of a text to UTF-16 offsets (what JavaScript indexes), one pass over the
// text for all the offsets a note needs. An offset inside a code point maps to the end of
// that code point; an invalid byte is one U+FFFD, as the JSON writer repairs it.
class Utf16Offsets {
 public:
  Utf16Offsets(std::string_view text, std::vector<int64_t> offsets) {
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    size_t next = 0;
    int64_t units = 0;
    size_t i = 0;
    while (next < offsets.size()) {
      while (next < offsets.size() && offsets[next] <= static_cast<int64_t>(i))
        map_[offsets[next++]] = units;
      if (i >= text.size()) break;
      char32_t cp;
      const size_t len = io::decode_utf8(text, i, &cp);
      units += cp != io::kInvalidCodePoint && cp >= 0x10000 ? 2 : 1;
      i += len;
    }
    for (; next < offsets.size(); ++next) map_[offsets[next]] = units;
  }
  int64_t operator[](int64_t byte) const {
    auto it = map_.find(byte);
    return it == map_.end() ? 0 : it->second;
  }

 private:
  std::unordered_map<int64_t, int64_t> map_;
};

// "105-130;200-215" to pairs; a piece that is not two numbers is left out.
std::vector<std::pair<int64_t, int64_t>> parse_spans(std::string_view s) {
  std::vector<std::pair<int64_t, int64_t>> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t semi = s.find(';', pos);
    if (semi == std::string_view::npos) semi = s.size();
    const std::string_view piece = s.substr(pos, semi - pos);
    const size_t dash = piece.find('-');
    int64_t b = 0, e = 0;
    auto number = [](std::string_view digits, int64_t* v) {
      auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *v);
      return ec == std::errc() && end == digits.data() + digits.size();
    };
    if (dash != std::string_view::npos && number(piece.substr(0, dash), &b) &&
        number(piece.substr(dash + 1), &e))
      out.emplace_back(b, e);
    pos = semi + 1;
  }
  return out;
}

}  // namespace

bool read_report_data(StoreReader& db, size_t max_notes, std::string* json, ReportDataStats* stats,
                      std::string* error) {
  auto failed = [&](const char* what) {
    *error = std::string(what) + ": " + db.error();
    return false;
  };
  std::string rank_sql = "CASE severity";
  for (size_t i = 0; i < audit::kSeverityNames.size(); ++i)
    rank_sql +=
        " WHEN '" + std::string(audit::kSeverityNames.names[i]) + "' THEN " + std::to_string(i);
  rank_sql += " ELSE " + std::to_string(audit::kSeverityNames.size()) + " END";
  struct Note {
    std::string id, patient, provider, date, encounter, text;
  };
  std::vector<Note> notes;
  const std::string limit = max_notes > 0 ? std::to_string(max_notes) : "-1";
  const std::string sql =
      "SELECT n.note_id, coalesce(n.patient_id, ''), coalesce(n.provider, ''), "
      "coalesce(n.encounter_date, ''), coalesce(n.encounter_id, ''), coalesce(n.text, '') "
      "FROM notes n JOIN (SELECT note_id, min(" +
      rank_sql +
      ") AS rank FROM flags GROUP BY note_id) f USING (note_id) "
      "ORDER BY f.rank, n.encounter_date, n.note_id LIMIT ?1";
  if (!db.query(sql.c_str(), {limit}, [&](sqlite3_stmt* st) {
        notes.push_back({column_text(st, 0), column_text(st, 1), column_text(st, 2),
                         column_text(st, 3), column_text(st, 4), column_text(st, 5)});
      }))
    return failed("reading flagged notes");

  std::vector<std::string> strings, elements;
  std::unordered_map<std::string, size_t> string_index, text_index, marks_index;
  auto intern = [&](const std::string& s) {
    auto [it, added] = string_index.emplace(s, strings.size());
    if (added) strings.push_back(s);
    return it->second;
  };
  std::string texts_json, marks_json, notes_json, flags_json;
  io::JsonWriter texts(&texts_json), marks(&marks_json), out_notes(&notes_json),
      out_flags(&flags_json);
  texts.begin_array();
  marks.begin_array();
  out_notes.begin_array();
  out_flags.begin_array();
  size_t flag_count = 0;
  for (size_t note_index = 0; note_index < notes.size(); ++note_index) {
    const Note& n = notes[note_index];
    std::vector<Finding> findings;
    if (!db.query(
            "SELECT concept, coalesce(category, ''), coalesce(section, ''), "
            "coalesce(experiencer, 'patient'), coalesce(laterality, ''), coalesce(level, ''), "
            "begin, end, negated, uncertain, historical, hypothetical, active "
            "FROM findings WHERE note_id = ?1 ORDER BY finding",
            {n.id},
            [&](sqlite3_stmt* st) {
              Finding f;
              f.concept_name = column_text(st, 0);
              f.category = column_text(st, 1);
              f.section = column_text(st, 2);
              f.experiencer = column_text(st, 3);
              f.laterality = column_text(st, 4);
              f.level = column_text(st, 5);
              f.begin = column_number(st, 6);
              f.end = column_number(st, 7);
              f.negated = column_number(st, 8) != 0;
              f.uncertain = column_number(st, 9) != 0;
              f.historical = column_number(st, 10) != 0;
              f.hypothetical = column_number(st, 11) != 0;
              f.active = column_number(st, 12) != 0;
              findings.push_back(std::move(f));
            }) ||
        !db.query(
            "SELECT finding, category, text FROM cues WHERE note_id = ?1 ORDER BY finding, begin",
            {n.id}, [&](sqlite3_stmt* st) {
              auto k = static_cast<size_t>(column_number(st, 0));
              if (k < findings.size())
                findings[k].cues.push_back(column_text(st, 1) + ": '" + column_text(st, 2) + "'");
            }))
      return failed("reading findings");
    struct FlagRow {
      std::string rule, title, severity, code, verdict, message, suggest, spans, decision, status,
          reviewer, comment;
      std::optional<int64_t> begin, end;
    };
    std::vector<FlagRow> flags;
    if (!db.query(
            "SELECT f.rule, coalesce(f.title, ''), coalesce(f.severity, ''), "
            "coalesce(f.code, ''), coalesce((SELECT v.verdict FROM verdicts v WHERE v.note_id "
            "= f.note_id AND +v.code = f.code), ''), coalesce(f.message, ''), "
            "coalesce(f.suggest, ''), coalesce(f.evidence_spans, ''), f.evidence_begin, "
            "f.evidence_end, coalesce(r.decision, ''), coalesce(r.status, ''), "
            "coalesce(r.reviewer, ''), coalesce(r.comment, '') FROM flags f LEFT JOIN reviews "
            "r ON " DXAUDIT_REVIEW_OF_FLAG " WHERE f.note_id = ?1 "
            "ORDER BY f.flag",
            {n.id}, [&](sqlite3_stmt* st) {
              FlagRow f{column_text(st, 0),
                        column_text(st, 1),
                        column_text(st, 2),
                        column_text(st, 3),
                        column_text(st, 4),
                        column_text(st, 5),
                        column_text(st, 6),
                        column_text(st, 7),
                        column_text(st, 10),
                        column_text(st, 11),
                        column_text(st, 12),
                        column_text(st, 13),
                        {},
                        {}};
              if (sqlite3_column_type(st, 8) != SQLITE_NULL) f.begin = column_number(st, 8);
              if (sqlite3_column_type(st, 9) != SQLITE_NULL) f.end = column_number(st, 9);
              flags.push_back(std::move(f));
            }))
      return failed("reading flags");
    std::string element_bits;
    const bool first_note = elements.empty();
    std::vector<std::string> codes;  // JSON arrays
    if (!db.query("SELECT element, present FROM elements WHERE note_id = ?1 ORDER BY rowid", {n.id},
                  [&](sqlite3_stmt* st) {
                    if (first_note) elements.push_back(column_text(st, 0));
                    element_bits += column_number(st, 1) != 0 ? '1' : '0';
                  }) ||
        !db.query("SELECT c.code, coalesce(c.title, ''), coalesce(v.verdict, ''), c.valid FROM "
                  "codes c LEFT JOIN verdicts v ON v.note_id = c.note_id AND +v.code = c.code "
                  "WHERE c.note_id = ?1 ORDER BY c.rowid",
                  {n.id}, [&](sqlite3_stmt* st) {
                    std::string a;
                    io::JsonWriter w(&a);
                    w.begin_array()
                        .string(column_text(st, 0))
                        .string(column_text(st, 1))
                        .string(column_text(st, 2))
                        .number(column_number(st, 3) != 0 ? 1 : 0)
                        .end_array();
                    codes.push_back(std::move(a));
                  }))
      return failed("reading elements and codes");

    // Offsets in UTF-16 units of the text.
    std::vector<int64_t> offsets;
    std::vector<std::vector<std::pair<int64_t, int64_t>>> pieces;
    for (const Finding& f : findings) {
      offsets.push_back(f.begin);
      offsets.push_back(f.end);
    }
    for (const FlagRow& f : flags) {
      pieces.push_back(parse_spans(f.spans));
      for (const auto& [b, e] : pieces.back()) {
        offsets.push_back(b);
        offsets.push_back(e);
      }
    }
    const int64_t size = static_cast<int64_t>(n.text.size());
    for (int64_t& o : offsets) o = std::clamp<int64_t>(o, 0, size);
    Utf16Offsets utf16(n.text, offsets);
    auto at = [&](int64_t byte) { return utf16[std::clamp<int64_t>(byte, 0, size)]; };

    auto [text_it, new_text] = text_index.emplace(n.text, text_index.size());
    if (new_text) texts.string(n.text);
    std::string marks_of;
    io::JsonWriter m(&marks_of);
    m.begin_array();
    for (const Finding& f : findings) {
      if (f.begin < 0 || f.end > size || f.begin >= f.end) continue;
      m.begin_array()
          .number(static_cast<uint64_t>(at(f.begin)))
          .number(static_cast<uint64_t>(at(f.end)))
          .number(intern(assertion_classes(f)))
          .number(intern(describe(f)))
          .end_array();
    }
    m.end_array();
    auto [marks_it, new_marks] =
        marks_index.emplace(std::to_string(text_it->second) + ":" + marks_of, marks_index.size());
    if (new_marks) marks.raw(marks_of);

    out_notes.begin_object()
        .key("id")
        .string(n.id)
        .key("pt")
        .string(n.patient)
        .key("pv")
        .string(n.provider)
        .key("dt")
        .string(n.date)
        .key("enc")
        .string(n.encounter)
        .key("t")
        .number(text_it->second)
        .key("mk")
        .number(marks_it->second)
        .key("codes")
        .begin_array();
    for (const std::string& c : codes) out_notes.raw(c);
    out_notes.end_array()
        .key("el")
        .string(element_bits)
        .key("f")
        .begin_array()
        .number(flag_count)
        .number(flags.size())
        .end_array()
        .end_object();

    for (size_t i = 0; i < flags.size(); ++i) {
      const FlagRow& f = flags[i];
      std::string suggest = f.suggest;
      std::replace(suggest.begin(), suggest.end(), ';', ' ');
      out_flags.begin_object()
          .key("n")
          .number(note_index)
          .key("r")
          .string(f.rule)
          .key("ti")
          .string(f.title)
          .key("s")
          .string(f.severity)
          .key("c")
          .string(f.code)
          .key("v")
          .string(f.verdict)
          .key("m")
          .string(f.message)
          .key("g")
          .string(suggest)
          .key("b");
      if (f.begin)
        out_flags.number(static_cast<uint64_t>(*f.begin));
      else
        out_flags.null();
      out_flags.key("e");
      if (f.end)
        out_flags.number(static_cast<uint64_t>(*f.end));
      else
        out_flags.null();
      out_flags.key("sp").begin_array();
      for (const auto& [b, e] : pieces[i])
        out_flags.begin_array()
            .number(static_cast<uint64_t>(at(b)))
            .number(static_cast<uint64_t>(at(e)))
            .end_array();
      out_flags.end_array()
          .key("d")
          .string(f.decision)
          .key("st")
          .string(f.status)
          .key("rv")
          .string(f.reviewer)
          .key("cm")
          .string(f.comment)
          .end_object();
    }
    flag_count += flags.size();
  }
  texts.end_array();
  marks.end_array();
  out_notes.end_array();
  out_flags.end_array();

  json->clear();
  io::JsonWriter w(json);
  w.begin_object().key("elements").begin_array();
  for (const std::string& e : elements) w.string(e);
  w.end_array().key("strings").begin_array();
  for (const std::string& s : strings) w.string(s);
  w.end_array();
  w.key("texts").raw(texts_json);
  w.key("marks").raw(marks_json);
  w.key("notes").raw(notes_json);
  w.key("flags").raw(flags_json);
  w.end_object();
  stats->notes = notes.size();
  stats->flags = flag_count;
  stats->texts = text_index.size();
  stats->marks = marks_index.size();
  return true;
}

std::string gzip_base64(std::string_view data) {
  std::string packed;
  z_stream z{};
  // windowBits 15 + 16: a gzip header and trailer, as DecompressionStream("gzip") reads.
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    return std::string();
  packed.resize(deflateBound(&z, static_cast<uLong>(data.size())) + 32);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(packed.data());
  z.avail_out = static_cast<uInt>(packed.size());
  const int rc = deflate(&z, Z_FINISH);
  packed.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) return std::string();
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((packed.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < packed.size(); i += 3) {
    const uint32_t v = (static_cast<unsigned char>(packed[i]) << 16) |
                       (static_cast<unsigned char>(packed[i + 1]) << 8) |
                       static_cast<unsigned char>(packed[i + 2]);
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < packed.size()) {
    uint32_t v = static_cast<unsigned char>(packed[i]) << 16;
    if (i + 1 < packed.size()) v |= static_cast<unsigned char>(packed[i + 1]) << 8;
    out += kAlphabet[v >> 18];
    out += kAlphabet[(v >> 12) & 63];
    out += i + 1 < packed.size() ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace dxaudit::report
