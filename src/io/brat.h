// brat standoff annotations (.ann files beside .txt files), read and written.
//
// What callers may rely on:
//   - parse_brat() never throws; every line it cannot read becomes a BratProblem with its
//     1-based line number, and the rest of the file is still read.
//   - Entities (`T1<TAB>type BEGIN END[;BEGIN END...]<TAB>text`) are kept with their
//     fragments joined into one span [first begin, last end).
//   - Attributes (`A1<TAB>Name T1[ value]`) are kept as written; `#` notes, relations and
//     events are skipped (not an error), since dxaudit's annotations do not use them.
//   - brat offsets count characters (Unicode code points), dxaudit's count bytes:
//     CharByteMap converts between the two for one text; for ASCII text they agree.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::io {

struct BratEntity {
  std::string id;      // "T1"
  std::string type;    // a concept or element name
  uint32_t begin = 0;  // character offsets as written
  uint32_t end = 0;
  std::string text;
  int line = 0;
};

struct BratAttribute {
  std::string id;      // "A1"
  std::string name;    // "Negated", "Laterality"
  std::string target;  // "T1"
  std::string value;   // "left"; empty for a binary attribute
  int line = 0;
};

struct BratProblem {
  int line = 0;
  std::string message;
};

struct BratDocument {
  std::vector<BratEntity> entities;
  std::vector<BratAttribute> attributes;
};

// Parses the content of an .ann file. Problems go to *problems.
BratDocument parse_brat(std::string_view content, std::vector<BratProblem>* problems);

// Maps between character offsets (code points, as brat counts) and byte offsets of one
// UTF-8 text. Invalid bytes count as one character each.
class CharByteMap {
 public:
  explicit CharByteMap(std::string_view text);
  // Byte offset of character `c`; the text's size when c is at or past its end.
  uint32_t to_byte(uint32_t c) const;
  // Character offset of byte `b` (a byte inside a sequence maps to its character).
  uint32_t to_char(uint32_t b) const;
  uint32_t char_count() const { return static_cast<uint32_t>(char_starts_.size()); }

 private:
  std::vector<uint32_t> char_starts_;  // byte offset of every character
  uint32_t bytes_ = 0;
};

// Appends one entity line. The span is given in characters; `text` is the covered text.
// A span that crosses line breaks is written as brat fragments split at the breaks, as
// brat itself requires.
void append_brat_entity(std::string* out, int id, std::string_view type, uint32_t begin,
                        uint32_t end, std::string_view covered_text);

// Appends one attribute line (`value` empty for a binary attribute).
void append_brat_attribute(std::string* out, int id, std::string_view name, int entity_id,
                           std::string_view value);

}  // namespace dxaudit::io
