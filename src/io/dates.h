// Dates of service as EHR exports write them, read into the one form the rest of dxaudit
// uses: YYYY-MM-DD.
//
//   std::string iso, why;
//   read_date("1/5/25", "", &iso, &why);           // kRead, iso "2025-01-05"
//   read_date("13/05/2025", "", &iso, &why);       // kAmbiguous, why says "day first?"
//   read_date("5.1.2025", "%d.%m.%Y", &iso, &why); // kRead, iso "2025-01-05"
//
// The built-in formats (docs/input-formats.md#dates): YYYY-MM-DD (and YYYY/MM/DD, single-
// digit month or day allowed), MM/DD/YYYY and M/D/YY (month first, as US exports write
// them; '-' for '/' too), YYYYMMDD, and any of these followed by a time of day (ISO
// date-times such as 2025-01-05T10:30:00Z, "01/05/2025 10:30 AM", HL7's
// YYYYMMDDHHMM[SS]); the time is dropped. Two-digit years are 2000-2068 for 00-68 and
// 1969-1999 for 69-99 (as strptime's %y). A `format` (strptime(3), e.g. "%d.%m.%Y") is
// tried first; with one, slashed and dotted dates are read only by it.
//
// Callers may rely on: kRead only for a real calendar date from 1900 on; an ISO date that
// is already YYYY-MM-DD is returned as it is without a copy (normalize_date leaves it);
// nothing is guessed: a date that could be read two ways (a dotted date, a slashed date
// whose first number can only be a day) is kAmbiguous, never read.
#pragma once

#include <string>
#include <string_view>

namespace dxaudit::io {

enum class DateReading { kRead, kAmbiguous, kUnreadable };

// Reads `text`; on kRead *iso is the date as YYYY-MM-DD, otherwise *why says what is wrong
// with it and what to do (a sentence fragment: "is ambiguous: ...").
DateReading read_date(std::string_view text, std::string_view format, std::string* iso,
                      std::string* why);

// Rewrites *date as YYYY-MM-DD when it reads; leaves it as given otherwise (the analysis
// then warns, pipeline/analyzer.h). Cheap for a date already in that form.
void normalize_date(std::string* date, std::string_view format);

}  // namespace dxaudit::io
