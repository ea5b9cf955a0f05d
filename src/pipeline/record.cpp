#include "pipeline/record.h"

#include <cstring>

namespace dxaudit::pipeline {

void NoteRecord::clear() {
  ok = true;
  note_id.clear();
  patient_id.clear();
  encounter_id.clear();
  encounter_date.clear();
  provider.clear();
  warnings.clear();
  meta_json.clear();
  codes.clear();
  sections.clear();
  findings.clear();
  cues.clear();
  elements.clear();
  element_evidence.clear();
  flags.clear();
  review_flags = 0;
  verdicts.clear();
  quotes.clear();
  error_kind = io::ErrorKind::kNone;
  error_message.clear();
  input.file.clear();
  input.line = 0;
  resumed = false;
  content_hash.clear();
  has_text = false;
  text.clear();
}

void NoteRecord::set_error(const io::InputRecord& record, io::ErrorKind kind,
                           std::string_view message) {
  clear();
  ok = false;
  note_id = record.note.note_id;
  error_kind = kind;
  error_message = message;
  input = record.where;
}

namespace {

// "DXR" and the layout's version: bytes of another layout are refused, never misread.
constexpr char kMagic[4] = {'D', 'X', 'R', '2'};

// Appends fixed-width little-endian integers and length-prefixed strings.
class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}
  void u8(uint8_t v) { out_->push_back(static_cast<char>(v)); }
  void u16(uint16_t v) { put(v, 2); }
  void u32(uint32_t v) { put(v, 4); }
  void u64(uint64_t v) { put(v, 8); }
  void count(size_t n) { u32(static_cast<uint32_t>(n)); }
  void span(Span s) {
    u32(s.begin);
    u32(s.end);
  }
  void str(std::string_view s) {
    count(s.size());
    out_->append(s);
  }
  void strs(const std::vector<std::string>& v) {
    count(v.size());
    for (const std::string& s : v) str(s);
  }

 private:
  void put(uint64_t v, int bytes) {
    char b[8];
    for (int i = 0; i < bytes; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    out_->append(b, static_cast<size_t>(bytes));
  }
  std::string* out_;
};

// Reads what Writer wrote; every read checks the bytes left, and once one fails every later
// one does (ok() then says so).
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }

  uint8_t u8() { return static_cast<uint8_t>(get(1)); }
  uint16_t u16() { return static_cast<uint16_t>(get(2)); }
  uint32_t u32() { return static_cast<uint32_t>(get(4)); }
  uint64_t u64() { return get(8); }
  // A count of items, each at least `min_item_bytes` long: refused when the bytes left
  // cannot hold them, so a corrupt count cannot make a reader allocate gigabytes.
  size_t count(size_t min_item_bytes) {
    const size_t n = u32();
    if (ok_ && n * min_item_bytes > in_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }
  Span span() {
    Span s;
    s.begin = u32();
    s.end = u32();
    if (s.end < s.begin) ok_ = false;
    return s;
  }
  void str(std::string* s) {
    const size_t n = count(1);
    if (!ok_) return;
    s->assign(in_.data() + pos_, n);
    pos_ += n;
  }
  void strs(std::vector<std::string>* v) {
    v->resize(count(4));
    for (std::string& s : *v) str(&s);
  }
  // An enumerator of a table of `size` names, refused when outside it.
  template <typename Enum>
  Enum of(size_t size) {
    const uint8_t v = u8();
    if (v >= size) ok_ = false;
    return static_cast<Enum>(ok_ ? v : 0);
  }
  bool fail() { return ok_ = false; }
  bool raw(const char* bytes, size_t n) {
    if (!ok_ || in_.size() - pos_ < n || std::memcmp(in_.data() + pos_, bytes, n) != 0)
      return fail();
    pos_ += n;
    return true;
  }

 private:
  uint64_t get(int bytes) {
    if (!ok_ || in_.size() - pos_ < static_cast<size_t>(bytes)) {
      ok_ = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
      v |= uint64_t{static_cast<unsigned char>(in_[pos_ + static_cast<size_t>(i)])} << (8 * i);
    pos_ += static_cast<size_t>(bytes);
    return v;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

constexpr uint8_t kWellFormed = 1, kKnown = 2, kValid = 4, kHasTitle = 8;
constexpr uint8_t kNegated = 1, kUncertain = 2, kHistorical = 4, kHypothetical = 8, kActive = 16;

bool within(uint32_t first, uint32_t count, size_t size) {
  return first <= size && count <= size - first;
}

}  // namespace

void encode_record(const NoteRecord& r, uint64_t vocabulary, std::string* out) {
  out->clear();
  Writer w(out);
  out->append(kMagic, sizeof kMagic);
  w.u64(vocabulary);
  w.u8(r.ok ? 1 : 0);
  w.str(r.note_id);
  w.str(r.content_hash);
  if (!r.ok) {
    w.u8(static_cast<uint8_t>(r.error_kind));
    w.str(r.error_message);
    w.str(r.input.file);
    w.u64(r.input.line);
    return;
  }
  w.str(r.patient_id);
  w.str(r.encounter_id);
  w.str(r.encounter_date);
  w.str(r.provider);
  w.strs(r.warnings);
  w.str(r.meta_json);

  w.count(r.codes.size());
  for (const RecordCode& c : r.codes) {
    w.str(c.code);
    w.u8(static_cast<uint8_t>(c.source));
    w.span(c.span);
    w.u8(static_cast<uint8_t>((c.well_formed ? kWellFormed : 0) | (c.known ? kKnown : 0) |
                              (c.valid ? kValid : 0) | (c.has_title ? kHasTitle : 0)));
    w.str(c.title);
  }
  w.count(r.sections.size());
  for (const RecordSection& s : r.sections) {
    w.u16(s.name);
    w.span(s.span);
  }
  w.count(r.findings.size());
  for (const RecordFinding& f : r.findings) {
    w.u16(f.concept_id);
    w.span(f.span);
    w.span(f.text);
    w.u16(f.section);
    w.u8(static_cast<uint8_t>((f.negated ? kNegated : 0) | (f.uncertain ? kUncertain : 0) |
                              (f.historical ? kHistorical : 0) |
                              (f.hypothetical ? kHypothetical : 0) | (f.active ? kActive : 0)));
    w.u8(static_cast<uint8_t>(f.experiencer));
    w.u8(static_cast<uint8_t>(f.laterality));
    w.u8(static_cast<uint8_t>(f.region));
    w.str(f.level);
    w.u32(f.first_cue);
    w.u32(f.cue_count);
  }
  w.count(r.cues.size());
  for (const RecordCue& c : r.cues) {
    w.u8(static_cast<uint8_t>(c.category));
    w.span(c.span);
    w.span(c.text);
  }
  w.count(r.elements.size());
  for (const RecordElement& e : r.elements) {
    w.u8(e.present ? 1 : 0);
    w.u32(e.first_evidence);
    w.u32(e.evidence_count);
  }
  w.count(r.element_evidence.size());
  for (Span s : r.element_evidence) w.span(s);
  w.count(r.flags.size());
  for (const audit::Flag& f : r.flags) {
    w.str(f.rule);
    w.u8(static_cast<uint8_t>(f.severity));
    w.str(f.code);
    w.str(f.message);
    w.strs(f.suggest);
    w.count(f.evidence.size());
    for (const audit::FlagEvidence& e : f.evidence) {
      w.u16(e.concept_id);
      w.span(e.span);
      w.str(e.code);
      w.str(e.phrase);
    }
    w.u8(f.episodic ? 1 : 0);
    w.strs(f.subsequent_suggest);
    w.str(f.subsequent_message);
  }
  w.count(r.verdicts.size());
  for (const audit::CodeVerdict& v : r.verdicts) {
    w.str(v.code);
    w.u8(static_cast<uint8_t>(v.verdict));
  }
  w.str(r.quotes);
}

bool decode_record(std::string_view bytes, const Vocabulary& vocabulary, NoteRecord* r) {
  const bool has_text = r->has_text;
  std::string text = std::move(r->text);
  r->clear();
  r->has_text = has_text;
  r->text = std::move(text);
  Reader in(bytes);
  if (!in.raw(kMagic, sizeof kMagic) || in.u64() != vocabulary.fingerprint) return false;
  r->ok = in.u8() != 0;
  in.str(&r->note_id);
  in.str(&r->content_hash);
  if (!r->ok) {
    r->error_kind = in.of<io::ErrorKind>(io::kErrorKindNames.size());
    in.str(&r->error_message);
    in.str(&r->input.file);
    r->input.line = in.u64();
    return in.ok() && in.at_end();
  }
  in.str(&r->patient_id);
  in.str(&r->encounter_id);
  in.str(&r->encounter_date);
  in.str(&r->provider);
  in.strs(&r->warnings);
  in.str(&r->meta_json);

  r->codes.resize(in.count(16));
  for (RecordCode& c : r->codes) {
    in.str(&c.code);
    c.source = in.of<codes::CodeSource>(codes::kCodeSourceNames.size());
    c.span = in.span();
    const uint8_t bits = in.u8();
    c.well_formed = bits & kWellFormed;
    c.known = bits & kKnown;
    c.valid = bits & kValid;
    c.has_title = bits & kHasTitle;
    in.str(&c.title);
  }
  r->sections.resize(in.count(10));
  for (RecordSection& s : r->sections) {
    s.name = in.u16();
    if (s.name >= vocabulary.section_names) in.fail();
    s.span = in.span();
  }
  r->findings.resize(in.count(36));
  for (RecordFinding& f : r->findings) {
    f.concept_id = in.u16();
    if (f.concept_id >= vocabulary.concepts) in.fail();
    f.span = in.span();
    f.text = in.span();
    f.section = in.u16();
    if (f.section != evidence::kNoSection && f.section >= r->sections.size()) in.fail();
    const uint8_t bits = in.u8();
    f.negated = bits & kNegated;
    f.uncertain = bits & kUncertain;
    f.historical = bits & kHistorical;
    f.hypothetical = bits & kHypothetical;
    f.active = bits & kActive;
    f.experiencer = in.of<context::Experiencer>(2);
    f.laterality = in.of<lexicon::Laterality>(4);
    f.region = in.of<lexicon::Region>(lexicon::kRegionCount);
    in.str(&f.level);
    f.first_cue = in.u32();
    f.cue_count = in.u32();
  }
  r->cues.resize(in.count(17));
  for (RecordCue& c : r->cues) {
    c.category = in.of<lexicon::CueCategory>(lexicon::kCueCategoryCount);
    c.span = in.span();
    c.text = in.span();
  }
  r->elements.resize(in.count(9));
  if (r->elements.size() != vocabulary.elements) in.fail();
  for (RecordElement& e : r->elements) {
    e.present = in.u8() != 0;
    e.first_evidence = in.u32();
    e.evidence_count = in.u32();
  }
  r->element_evidence.resize(in.count(8));
  for (Span& s : r->element_evidence) s = in.span();
  r->flags.resize(in.count(22));
  for (audit::Flag& f : r->flags) {
    in.str(&f.rule);
    f.severity = in.of<audit::Severity>(audit::kSeverityNames.size());
    in.str(&f.code);
    in.str(&f.message);
    in.strs(&f.suggest);
    f.evidence.resize(in.count(18));
    for (audit::FlagEvidence& e : f.evidence) {
      e.concept_id = in.u16();
      if (e.concept_id != audit::kNoConcept && e.concept_id >= vocabulary.concepts) in.fail();
      e.span = in.span();
      in.str(&e.code);
      in.str(&e.phrase);
    }
    f.episodic = in.u8() != 0;
    in.strs(&f.subsequent_suggest);
    in.str(&f.subsequent_message);
  }
  r->verdicts.resize(in.count(5));
  for (audit::CodeVerdict& v : r->verdicts) {
    in.str(&v.code);
    v.verdict = in.of<audit::Verdict>(audit::kVerdictNames.size());
  }
  in.str(&r->quotes);
  if (!in.ok() || !in.at_end()) return false;
  // Indices between the record's own lists.
  for (const RecordFinding& f : r->findings)
    if (!within(f.first_cue, f.cue_count, r->cues.size()) || f.text.end > r->quotes.size())
      return false;
  for (const RecordCue& c : r->cues)
    if (c.text.end > r->quotes.size()) return false;
  for (const RecordElement& e : r->elements)
    if (!within(e.first_evidence, e.evidence_count, r->element_evidence.size())) return false;
  return true;
}

}  // namespace dxaudit::pipeline
