// ReportData: the flagged notes of a store as the data the HTML report embeds and its
// script renders on demand (docs/report.md, "How the report scales").
//
//   std::string json;
//   ReportDataStats stats;
//   if (!read_report_data(db, 2000, &json, &stats, &error)) fail(error);
//   std::string blob = gzip_base64(json);     // what the page holds in <script id=dx-data>
//
// The JSON object (every string valid UTF-8, invalid bytes as U+FFFD):
//   "elements": documentation element names, in the order of each note's "el" string;
//   "strings":  a table of finding classes and descriptions, referred to by index;
//   "texts":    note texts, each once (MTSamples repeats notes across specialties);
//   "marks":    per distinct (text, findings): [begin, end, class, description] with
//               offsets in UTF-16 code units of the text, as JavaScript indexes strings;
//   "notes":    per flagged note, the most severe first then by date (at most max_notes):
//               id, pt (patient), pv (provider), dt (date), enc (encounter), t (text),
//               mk (marks), codes [[code, title, verdict, valid]], el ("1" present / "0"
//               missing per element), f [first flag, count];
//   "flags":    per flag of those notes: n (note), r (rule), ti (title), s (severity),
//               c (code), v (the code's verdict), m (message), g (suggested codes), b, e
//               (evidence byte offsets; null without evidence; with n, r and c the review
//               key), sp
//               (evidence pieces, UTF-16 offsets), d, st, rv, cm (the stored review
//               decision, its status, reviewer and comment; "" when none).
// Nothing in it is HTML: the page builds its DOM from it with text nodes only, so no
// note text can run as script. Errors are returned, never thrown.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dxaudit::report {

class StoreReader;

struct ReportDataStats {
  uint64_t notes = 0, flags = 0, texts = 0, marks = 0;
};

bool read_report_data(StoreReader& db, size_t max_notes, std::string* json, ReportDataStats* stats,
                      std::string* error);

// `data` gzip-compressed (zlib, best compression) and base64-encoded: what a browser's
// DecompressionStream("gzip") reads back after atob().
std::string gzip_base64(std::string_view data);

}  // namespace dxaudit::report
