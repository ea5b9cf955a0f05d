#include "io/json_fast_path.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

#include "io/dates.h"
#include "io/json_writer.h"
#include "io/source.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dxaudit::io {
namespace {

constexpr uint64_t kEveryByte = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of `word` below `limit` (at most 0x80) is set. Only the lowest
// flagged byte is sure to be a true one: a borrow out of a true one may flag bytes above it.
// That is all the callers need, since they want the first such byte.
constexpr uint64_t bytes_below(uint64_t word, uint8_t limit) {
  return (word - kEveryByte * limit) & ~word & kHighBits;
}

constexpr bool ends_plain_run(unsigned char c) {
  return c == '"' || c == '\\' || c < 0x20;
}

// The first byte in [p, end) that ends a run of plain string content: a quote, a backslash
// or a control byte (JSON forbids them raw inside a string); `end` when there is none.
// Most of a line is the note text, so this looks at many bytes at once: sixteen where there
// is SSE2 (every x86-64), then eight in a 64-bit word, then the last few one by one.
const char* find_run_end(const char* p, const char* end) {
#if defined(__SSE2__)
  // A byte below 0x20 is one that the unsigned minimum with 0x1F leaves unchanged.
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i last_control = _mm_set1_epi8(0x1F);
  while (end - p >= 16) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)),
                     _mm_cmpeq_epi8(_mm_min_epu8(chunk, last_control), chunk));
    const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return p + std::countr_zero(mask);
    p += 16;
  }
#endif
  while (end - p >= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    const uint64_t hits = bytes_below(word ^ (kEveryByte * '"'), 1) |
                          bytes_below(word ^ (kEveryByte * '\\'), 1) | bytes_below(word, 0x20);
    if (hits != 0) {
      const int bit = std::endian::native == std::endian::little ? std::countr_zero(hits)
                                                                 : std::countl_zero(hits);
      return p + bit / 8;
    }
    p += 8;
  }
  while (p < end && !ends_plain_run(static_cast<unsigned char>(*p))) ++p;
  return p;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Reads the four hex digits of a \u escape at *p; false when they are not four hex digits.
bool read_hex4(const char** p, const char* end, uint32_t* unit) {
  if (end - *p < 4) return false;
  uint32_t value = 0;
  for (int i = 0; i < 4; ++i) {
    const int digit = hex_value((*p)[i]);
    if (digit < 0) return false;
    value = value << 4 | static_cast<uint32_t>(digit);
  }
  *p += 4;
  *unit = value;
  return true;
}

void append_utf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    const char bytes[] = {static_cast<char>(0xC0 | cp >> 6), static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(bytes, 2);
  } else if (cp < 0x10000) {
    const char bytes[] = {static_cast<char>(0xE0 | cp >> 12),
                          static_cast<char>(0x80 | (cp >> 6 & 0x3F)),
                          static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(bytes, 3);
  } else {
    const char bytes[] = {
        static_cast<char>(0xF0 | cp >> 18), static_cast<char>(0x80 | (cp >> 12 & 0x3F)),
        static_cast<char>(0x80 | (cp >> 6 & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out->append(bytes, 4);
  }
}

// Decodes a \u escape whose 'u' is just behind *p (a surrogate pair takes two escapes) and
// appends it as UTF-8. False where nlohmann fails the line: not four hex digits, a lone
// surrogate of either half.
bool read_unicode_escape(const char** p, const char* end, std::string* out) {
  uint32_t unit;
  if (!read_hex4(p, end, &unit)) return false;
  if (unit >= 0xDC00 && unit <= 0xDFFF) return false;
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    uint32_t low;
    if (end - *p < 2 || (*p)[0] != '\\' || (*p)[1] != 'u') return false;
    *p += 2;
    if (!read_hex4(p, end, &low) || low < 0xDC00 || low > 0xDFFF) return false;
    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
  }
  append_utf8(unit, out);
  return true;
}

// Decodes the JSON string whose opening quote is just behind *p, appending its content to
// *out (whole runs between escapes at a time) and leaving *p after the closing quote. False
// on anything nlohmann rejects: no closing quote, a raw control byte, an unknown escape, a
// bad \u escape.
bool read_string(const char** p, const char* end, std::string* out) {
  for (;;) {
    const char* stop = find_run_end(*p, end);
    out->append(*p, stop);
    if (stop == end) return false;
    *p = stop + 1;
    if (*stop == '"') return true;
    if (*stop != '\\' || *p == end) return false;  // a raw control byte, or a cut-off escape
    const char escaped = *(*p)++;
    switch (escaped) {
      case '"':
      case '\\':
      case '/':
        out->push_back(escaped);
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'u':
        if (!read_unicode_escape(p, end, out)) return false;
        break;
      default:
        return false;
    }
  }
}

// An unknown member, kept for meta_json. Both views point into the line.
struct MetaMember {
  std::string_view key;        // as written, which is as decoded: keys with escapes fall back
  std::string_view raw_value;  // "…" with its quotes, null, true or false, as written
  bool has_escape = false;     // a string to decode and dump again rather than copy
};

// Skips JSON whitespace (what nlohmann skips between tokens).
const char* skip_whitespace(const char* p, const char* end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  return p;
}

// Reads the literal `word` (null, true, false) at *p.
bool read_literal(const char** p, const char* end, std::string_view word) {
  if (static_cast<size_t>(end - *p) < word.size() || std::string_view(*p, word.size()) != word)
    return false;
  *p += word.size();
  return true;
}

// The members parse_note_json reads into Note fields, one bit each, to catch a key given twice.
enum KnownField : unsigned {
  kNoteId = 1,
  kText = 2,
  kPatientId = 4,
  kEncounterId = 8,
  kEncounterDate = 16,
  kProvider = 32,
  kCodes = 64,
};

// The known field `key` names and the string it goes to (null for codes); 0 for an unknown key.
// `names`: the key of each field (io/fields.h order), or null for their own names.
unsigned known_field(std::string_view key, const FieldMap* names, Note* note,
                     std::string** target) {
  struct Known {
    std::string_view name;
    unsigned field;
    std::string Note::*member;
  };
  // In the order of io::Field.
  static constexpr Known kKnown[] = {
      {"note_id", kNoteId, &Note::note_id},
      {"text", kText, &Note::text},
      {"patient_id", kPatientId, &Note::patient_id},
      {"encounter_id", kEncounterId, &Note::encounter_id},
      {"encounter_date", kEncounterDate, &Note::encounter_date},
      {"provider", kProvider, &Note::provider},
      {"codes", kCodes, nullptr},
  };
  for (size_t i = 0; i < std::size(kKnown); ++i) {
    const Known& known = kKnown[i];
    if (key != (names == nullptr ? known.name : std::string_view(names->names[i]))) continue;
    *target = known.member == nullptr ? nullptr : &(note->*known.member);
    return known.field;
  }
  return 0;
}

// Reads `codes`' value at *p: null, a ';'-separated string, or an array of strings.
bool read_codes(const char** p, const char* end, Note* note, std::string* scratch) {
  if (**p == 'n') return read_literal(p, end, "null");
  if (**p == '"') {
    ++*p;
    scratch->clear();
    if (!read_string(p, end, scratch)) return false;
    split_codes(*scratch, &note->codes);
    return true;
  }
  if (**p != '[') return false;
  *p = skip_whitespace(*p + 1, end);
  if (*p < end && **p == ']') {
    ++*p;
    return true;
  }
  for (;;) {
    if (*p == end || **p != '"') return false;
    ++*p;
    if (!read_string(p, end, &note->codes.emplace_back())) return false;
    *p = skip_whitespace(*p, end);
    if (*p == end) return false;
    const char c = *(*p)++;
    if (c == ']') return true;
    if (c != ',') return false;
    *p = skip_whitespace(*p, end);
  }
}

// Reads an unknown member's value at *p into *member (a string is checked, not kept).
bool read_meta_value(const char** p, const char* end, MetaMember* member, std::string* scratch) {
  const char* start = *p;
  switch (**p) {
    case '"': {
      ++*p;
      scratch->clear();
      if (!read_string(p, end, scratch)) return false;
      member->raw_value = std::string_view(start, static_cast<size_t>(*p - start));
      // Every escape is longer than what it decodes to, so a string decodes to as many
      // bytes as it has between its quotes only when it has no escape.
      member->has_escape = scratch->size() != member->raw_value.size() - 2;
      return true;
    }
    case 'n':
      if (!read_literal(p, end, "null")) return false;
      break;
    case 't':
      if (!read_literal(p, end, "true")) return false;
      break;
    case 'f':
      if (!read_literal(p, end, "false")) return false;
      break;
    default:
      return false;  // numbers, objects and arrays: nlohmann's business
  }
  member->raw_value = std::string_view(start, static_cast<size_t>(*p - start));
  return true;
}

// meta_json as nlohmann dumps an object of these members: keys in byte order, compact.
// False when a key is there twice (which member nlohmann keeps is for it to say).
bool write_meta_json(std::vector<MetaMember>* members, std::string* scratch, std::string* out) {
  std::sort(members->begin(), members->end(),
            [](const MetaMember& a, const MetaMember& b) { return a.key < b.key; });
  size_t size = 2;
  for (size_t i = 0; i < members->size(); ++i) {
    const MetaMember& member = (*members)[i];
    if (i > 0 && member.key == (*members)[i - 1].key) return false;
    size += member.key.size() + member.raw_value.size() + 4;
  }
  out->reserve(size);
  out->push_back('{');
  for (const MetaMember& member : *members) {
    if (&member != &members->front()) out->push_back(',');
    // The key has no escape and no control byte, so it is dumped as written.
    out->push_back('"');
    out->append(member.key);
    out->append("\":");
    if (!member.has_escape) {
      out->append(member.raw_value);  // as dumped: nothing in it needs escaping
      continue;
    }
    // Decoded once more (it was read without fault before), then escaped. nlohmann's dump
    // (ensure_ascii off) and append_json_string escape alike: \" \\ \b \f \n \r \t,
    // other control bytes as \u00xx, everything else as it is; the line was valid UTF-8,
    // so no byte is replaced.
    const char* p = member.raw_value.data() + 1;
    scratch->clear();
    read_string(&p, member.raw_value.data() + member.raw_value.size(), scratch);
    append_json_string(*scratch, out);
  }
  out->push_back('}');
  return true;
}

// The parse proper; on false the caller clears what it filled.
bool parse_record(std::string_view line, const FieldMap* names, Note* note) {
  const char* p = line.data();
  const char* const end = p + line.size();
  std::string scratch;
  std::vector<MetaMember> meta;
  unsigned seen = 0;

  p = skip_whitespace(p, end);
  if (p == end || *p != '{') return false;
  p = skip_whitespace(p + 1, end);
  if (p == end || *p != '"') return false;  // `{}` has no note_id: an error record
  for (;;) {
    // The key, with no escape in it: then it is its own decoded form.
    const char* key_start = ++p;
    p = find_run_end(p, end);
    if (p == end || *p != '"') return false;
    const std::string_view key(key_start, static_cast<size_t>(p - key_start));
    p = skip_whitespace(p + 1, end);
    if (p == end || *p != ':') return false;
    p = skip_whitespace(p + 1, end);
    if (p == end) return false;

    std::string* target = nullptr;
    if (const unsigned field = known_field(key, names, note, &target); field != 0) {
      if ((seen & field) != 0) return false;
      seen |= field;
      if (field == kCodes) {
        if (!read_codes(&p, end, note, &scratch)) return false;
      } else if (*p == '"') {
        ++p;
        if (!read_string(&p, end, target)) return false;
      } else if (*p == 'n' && field != kText) {
        if (!read_literal(&p, end, "null")) return false;  // absent, as nlohmann reads it
      } else {
        return false;  // a null text or any other type: an error record
      }
    } else {
      MetaMember& member = meta.emplace_back();
      member.key = key;
      if (!read_meta_value(&p, end, &member, &scratch)) return false;
    }

    p = skip_whitespace(p, end);
    if (p == end) return false;
    const char c = *p++;
    if (c == '}') break;
    if (c != ',') return false;
    p = skip_whitespace(p, end);
    if (p == end || *p != '"') return false;
  }
  if (skip_whitespace(p, end) != end) return false;
  if (note->note_id.empty() || (seen & kText) == 0 || note->text.size() >= UINT32_MAX)
    return false;  // error records, with the reader's wording
  if (!meta.empty() && !write_meta_json(&meta, &scratch, &note->meta_json)) return false;
  return true;
}

}  // namespace

bool try_parse_note_json_fast(std::string_view line, InputRecord* record) {
  Note& note = record->note;
  // Only an empty note can be put back as it was by clearing it.
  if (!note.note_id.empty() || !note.text.empty() || !note.patient_id.empty() ||
      !note.encounter_id.empty() || !note.encounter_date.empty() || !note.provider.empty() ||
      !note.codes.empty() || !note.meta_json.empty())
    return false;
  if (!parse_record(line, record->fields.get(), &note)) {
    // Emptied. The text's memory is given back (swap: assigning an empty string keeps the
    // buffer): a huge text copied before a number turned up must not stay allocated while
    // nlohmann builds its own copy. The small fields keep theirs for the next record.
    note.note_id.clear();
    std::string().swap(note.text);
    note.patient_id.clear();
    note.encounter_id.clear();
    note.encounter_date.clear();
    note.provider.clear();
    note.codes.clear();
    note.meta_json.clear();
    return false;
  }
  normalize_date(&note.encounter_date, record->fields ? record->fields->date_format : "");
  record->ok = true;
  return true;
}

}  // namespace dxaudit::io
