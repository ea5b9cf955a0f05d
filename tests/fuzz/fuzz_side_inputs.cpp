// The smaller readers on arbitrary bytes, chosen by the first byte (mod 3): 0, a claims
// CSV (ClaimsIndex::parse, then lookups); 1, a TSV file (TsvReader, as the ConText kit
// is read); 2, a brat .ann file (parse_brat) and the character/byte map over the same
// bytes as a text. Never a crash; errors and rows carry lines inside the input; brat
// entity spans are not reversed; the character map stays inside the text.
#include <sstream>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "io/brat.h"
#include "io/claims.h"
#include "io/tsv_reader.h"

using namespace dxaudit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const int which = data[0] % 3;
  std::string_view in = fuzz::as_view(data + 1, size - 1);
  const size_t lines = fuzz::line_count(in);

  if (which == 0) {
    io::ClaimsIndex claims;
    io::ClaimsIndex::LoadOutcome r = claims.parse(in, "claims.csv");
    if (!r.ok) FUZZ_CHECK(r.error.starts_with("claims.csv"), r.error);
    for (std::string_view key : {"", "n1", "e1", "a"}) claims.codes_for(key, key);
  } else if (which == 1) {
    std::string content(in);
    std::istringstream stream(content);
    io::TsvReader tsv;
    std::string error;
    if (!tsv.open(&stream, "kit.tsv", &error)) {
      FUZZ_CHECK(!error.empty(), "open failed without a message");
      return 0;
    }
    std::vector<std::string_view> fields;
    uint64_t line = 0, last = 0;
    while (tsv.next(&fields, &line)) {
      FUZZ_CHECK(line > last && line <= lines, std::to_string(line));
      last = line;
    }
  } else {
    std::vector<io::BratProblem> problems;
    io::BratDocument doc = io::parse_brat(in, &problems);
    for (const io::BratProblem& p : problems)
      FUZZ_CHECK(p.line >= 1 && static_cast<size_t>(p.line) <= lines && !p.message.empty(),
                 std::to_string(p.line) + ": " + p.message);
    for (const io::BratEntity& e : doc.entities)
      FUZZ_CHECK(e.begin <= e.end, "reversed entity span at line " + std::to_string(e.line));
    if (in.size() < UINT32_MAX) {
      io::CharByteMap map(in);
      const uint32_t n = static_cast<uint32_t>(in.size());
      FUZZ_CHECK(map.char_count() <= n, "more characters than bytes");
      uint32_t last = 0;
      for (uint32_t c = 0; c <= map.char_count() + 1; ++c) {
        uint32_t b = map.to_byte(c);
        FUZZ_CHECK(b <= n && b >= last, "to_byte out of the text or out of order");
        last = b;
      }
      for (uint32_t b = 0; b <= n; ++b)
        FUZZ_CHECK(map.to_char(b) <= map.char_count(), "to_char past the last character");
    }
  }
  return 0;
}
