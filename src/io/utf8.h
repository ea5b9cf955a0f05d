// UTF-8 inspection and repair: the byte level under every stage. It sits in io, the first
// stage, because the readers repair notes and the writers escape strings with it; text
// (tokens, the matching view) and the later stages build on it.
//
// Notes arrive with whatever bytes an export left in them. Nothing here ever fails on
// bad input: an invalid byte decodes as one "invalid" unit of length 1, so callers can
// step over it and keep offsets into the original bytes exact.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dxaudit::io {

// Returned by decode_utf8 for a byte that does not start a well-formed sequence
// (overlong forms, surrogates, code points above U+10FFFF and truncated sequences count
// as invalid).
inline constexpr char32_t kInvalidCodePoint = 0xFFFFFFFF;

// Decodes the code point starting at s[pos] (pos < s.size()). Returns the number of bytes
// it occupies (1 to 4) and stores it in *cp; an invalid byte yields 1 and kInvalidCodePoint.
size_t decode_utf8(std::string_view s, size_t pos, char32_t* cp);

// True when every byte of s belongs to a well-formed UTF-8 sequence.
bool is_valid_utf8(std::string_view s);

// A byte that is not UTF-8 read as Windows-1252, the encoding of most exports that are not
// UTF-8: its quotes (0x91-0x94) as U+2019 and U+201D, its dashes (0x96, 0x97) as U+2013,
// 0xA0-0xFF as the Latin-1 characters; its other bytes of 0x80-0x9F as ' '. What a reader
// keeps of it is the reader's (the matching view keeps the character, a JSON line's repair
// only what is one ASCII byte).
char32_t windows_1252(unsigned char b);

// The one ASCII byte that stands for a byte that is not UTF-8, read as Windows-1252, where
// one byte must stay one byte (a JSON line's repair, whose offsets count the bytes as
// received): a letter without its accent ('e' for 0xE9, 'ss' cannot be: 's' for 0xDF),
// quotes as '\'', dashes as '-', 0xD7 (multiplication sign) as 'x', and every other byte a
// space, including the no-break space. Never '?' nor any other mark a cue could read ("?",
// "+", "(").
char windows_1252_ascii(unsigned char b);

// Appends the UTF-8 of `byte` read as Windows-1252 (an ASCII byte as it is; U+FFFD for the
// five bytes the code page leaves undefined).
void append_windows_1252(unsigned char byte, std::string* out);

// `s` with each byte that is not part of a well-formed UTF-8 sequence read as Windows-1252
// (append_windows_1252): for fields no offset points into (a provider's name, a patient
// id, a meta value of a CSV written by a Windows program), whose U+FFFD repair in the
// output would make "Dr M\xFCller" and "Dr M\xF6ller" one name.
std::string invalid_bytes_as_windows_1252(std::string_view s);

// Writes the UTF-8 bytes of code point `cp` (at most U+10FFFF) to out[0..3]; returns how
// many (1 to 4).
size_t encode_utf8(char32_t cp, char* out);

// Appends s to *out with every invalid byte replaced by U+FFFD. Used for output only:
// spans always refer to the original bytes, never to the repaired copy.
void append_repaired_utf8(std::string_view s, std::string* out);

// Unicode letter or digit (the characters a token is made of). Invalid units are not.
bool is_word_code_point(char32_t cp);

}  // namespace dxaudit::io
