#include "io/dates.h"

#include <time.h>

#include <cstdio>

namespace dxaudit::io {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool real_date(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

std::string iso_of(int y, int m, int d) {
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", y, m, d);
  return out;
}

// Reads the digits at s[*pos] (at most `max`) into *value; how many were read. Only the
// first 9 digits make the value (it must fit an int); the rest are still read and counted,
// which is all a caller of more than 9 (a run of digits read as one date) needs.
size_t read_number(std::string_view s, size_t* pos, size_t max, int* value) {
  size_t n = 0;
  int v = 0;
  while (*pos < s.size() && n < max && is_digit(s[*pos])) {
    if (n < 9) v = v * 10 + (s[*pos] - '0');
    ++*pos;
    ++n;
  }
  *value = v;
  return n;
}

int full_year(int year, size_t digits) {
  if (digits != 2) return year;
  return year < 69 ? 2000 + year : 1900 + year;
}

// True when `rest` (what follows a date) is nothing or a time of day: [T or spaces]
// H[H]:MM[:SS[.fff]] [AM|PM] [Z | +HH[:]MM | -HH[:]MM], spaces allowed at the end.
bool time_of_day(std::string_view rest) {
  size_t p = 0;
  auto spaces = [&] {
    while (p < rest.size() && rest[p] == ' ') ++p;
  };
  if (rest.empty()) return true;
  if (rest[0] == 'T' || rest[0] == 't') {
    ++p;
  } else if (rest[0] == ' ') {
    spaces();
    if (p == rest.size()) return true;
  } else {
    return false;
  }
  int v;
  if (size_t n = read_number(rest, &p, 2, &v); n == 0 || v > 24) return false;
  if (p >= rest.size() || rest[p] != ':') return false;
  ++p;
  if (read_number(rest, &p, 2, &v) != 2 || v > 59) return false;
  if (p < rest.size() && rest[p] == ':') {
    ++p;
    if (read_number(rest, &p, 2, &v) != 2 || v > 60) return false;
    if (p < rest.size() && (rest[p] == '.' || rest[p] == ',')) {
      ++p;
      if (read_number(rest, &p, 9, &v) == 0) return false;
    }
  }
  spaces();
  if (p + 1 < rest.size() &&
      (rest[p] == 'A' || rest[p] == 'a' || rest[p] == 'P' || rest[p] == 'p') &&
      (rest[p + 1] == 'M' || rest[p + 1] == 'm'))
    p += 2;
  if (p < rest.size() && (rest[p] == 'Z' || rest[p] == 'z')) {
    ++p;
  } else if (p < rest.size() && (rest[p] == '+' || rest[p] == '-')) {
    ++p;
    if (read_number(rest, &p, 2, &v) != 2) return false;
    if (p < rest.size() && rest[p] == ':') ++p;
    if (read_number(rest, &p, 2, &v) != 2) return false;
  }
  spaces();
  return p == rest.size();
}

bool read_with_format(std::string_view text, std::string_view format, std::string* iso) {
  const std::string s(text), f(format);
  struct tm tm {};
  tm.tm_mday = 0;
  const char* end = strptime(s.c_str(), f.c_str(), &tm);
  if (end == nullptr) return false;
  while (*end == ' ') ++end;
  if (*end != '\0') return false;
  const int y = tm.tm_year + 1900, m = tm.tm_mon + 1, d = tm.tm_mday;
  if (!real_date(y, m, d)) return false;
  *iso = iso_of(y, m, d);
  return true;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

const char kFormats[] =
    "YYYY-MM-DD, MM/DD/YYYY, M/D/YY, YYYYMMDD or an ISO date-time; --date-format for another "
    "(docs/input-formats.md#dates)";

}  // namespace

DateReading read_date(std::string_view text, std::string_view format, std::string* iso,
                      std::string* why) {
  const std::string_view s = trimmed(text);
  if (!format.empty() && read_with_format(s, format, iso)) return DateReading::kRead;
  auto unreadable = [&](const char* what) {
    *why = std::string("is not ") + what + (format.empty() ? "" : " nor in --date-format '") +
           (format.empty() ? "" : std::string(format) + "'") + "; dates are read as " + kFormats;
    return DateReading::kUnreadable;
  };
  size_t p = 0;
  int a = 0, b = 0, c = 0;
  const size_t na = read_number(s, &p, 14, &a);
  if (na == 0) return unreadable("a date");
  // Digits only: YYYYMMDD, or HL7's YYYYMMDDHHMM[SS].
  if (p == s.size() && (na == 8 || na == 12 || na == 14)) {
    size_t q = 0;
    int y, m, d, hour = 0, minute = 0;
    read_number(s, &q, 4, &y);
    read_number(s, &q, 2, &m);
    read_number(s, &q, 2, &d);
    if (na >= 12) {
      read_number(s, &q, 2, &hour);
      read_number(s, &q, 2, &minute);
    }
    if (!real_date(y, m, d) || hour > 23 || minute > 59) return unreadable("a real calendar date");
    *iso = iso_of(y, m, d);
    return DateReading::kRead;
  }
  if (na > 4 || p >= s.size()) return unreadable("a date");
  const char sep = s[p];
  if (sep != '-' && sep != '/' && sep != '.') return unreadable("a date");
  ++p;
  const size_t nb = read_number(s, &p, 2, &b);
  if (nb == 0 || p >= s.size() || s[p] != sep) return unreadable("a date");
  ++p;
  const size_t nc = read_number(s, &p, 4, &c);
  if (!time_of_day(s.substr(p))) return unreadable("a date");
  if (na == 4) {  // year first: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
    if (nc == 0 || nc > 2) return unreadable("a date");
    if (!real_date(a, b, c)) return unreadable("a real calendar date");
    *iso = iso_of(a, b, c);
    return DateReading::kRead;
  }
  if (na > 2 || (nc != 2 && nc != 4)) return unreadable("a date");
  const int year = full_year(c, nc);
  if (!format.empty()) return unreadable("a date");  // day or month first: the format says
  if (sep == '.') {
    if (!real_date(year, b, a) && !real_date(year, a, b)) return unreadable("a real calendar date");
    *why = "is ambiguous: a dotted date may be day first";
    if (real_date(year, b, a)) *why += " (" + iso_of(year, b, a) + ")";
    *why += " or month first";
    if (real_date(year, a, b)) *why += " (" + iso_of(year, a, b) + ")";
    *why += "; say which with --date-format %d.%m.%Y or %m.%d.%Y";
    return DateReading::kAmbiguous;
  }
  if (real_date(year, a, b)) {
    *iso = iso_of(year, a, b);
    return DateReading::kRead;
  }
  if (a > 12 && real_date(year, b, a)) {
    *why = "is ambiguous: dxaudit reads such dates month first, and there is no month " +
           std::to_string(a) + "; day first it would be " + iso_of(year, b, a) +
           " (say so with --date-format %d" + sep + "%m" + sep + (nc == 2 ? "%y" : "%Y") + ")";
    return DateReading::kAmbiguous;
  }
  return unreadable("a real calendar date");
}

void normalize_date(std::string* date, std::string_view format) {
  const std::string& d = *date;
  // Already YYYY-MM-DD (a calendar check is the analysis's business): nothing to do.
  if (d.size() == 10 && d[4] == '-' && d[7] == '-' && is_digit(d[0]) && is_digit(d[1]) &&
      is_digit(d[2]) && is_digit(d[3]) && is_digit(d[5]) && is_digit(d[6]) && is_digit(d[8]) &&
      is_digit(d[9]))
    return;
  if (d.empty()) return;
  std::string iso, why;
  if (read_date(d, format, &iso, &why) == DateReading::kRead) *date = std::move(iso);
}

}  // namespace dxaudit::io
