// leading_words(): the words that every match of an RE2 expression starts with, so that a
// caller that already knows where each word of a sentence starts can try the expression
// anchored there instead of searching the whole sentence for it.
//
// A "word" here is a key of the matcher's literal index (matcher.cpp): a run of ASCII
// letters, digits and '_' that the expression ends before a byte outside that run (white
// space, punctuation) or at its own end, or a single ASCII character that is none of those
// and no space (",", "+", "("). The words are lower case; the text searched must be folded
// the same way (the matching view is).
//
// Callers may rely on: when leading_words() returns words, every match of the expression in
// a text folded to lower case, whose end does not continue a word of the text and whose
// start, if it is a letter or digit, does not continue one either (the matcher's "aligned"
// match), begins where a run of the text's word characters (or one other character) equal
// to one of the words begins. It returns nothing when it cannot show that: an expression
// that may start with a character class, "." or an anchor, a word that a repetition or a
// class may continue, a start that is not plain ASCII, or more than `max_words` words. A
// class of at most ten letters or digits that is read once (`l[1-5]`, `[ls]`, a lone `\d`)
// is the exception: it is each of its bytes in turn, so `\bl[1-5]\b` starts with "l1" to
// "l5" and `[0-5]/5` with "0" to "5". That
// is always safe: the caller then searches the expression unanchored.
//
// match_start() also says what a match may go on with after each leading word: the first
// byte past the word that is not a space or a tab. Callers may rely on: when a word's
// `next` is given, every aligned match that starts at a key equal to that word, in a text
// folded to lower case, reads after that key and any spaces and tabs a byte whose bit is
// set in `next`, or, only when bit 256 is set, reaches the end of the text searched there
// (a `$`). `next` is not given when a match may end with the word (or its spaces), or may
// read first something the analysis cannot name (".", a non-ASCII character, a class it
// cannot read): then every place that word starts must be tried. A caller
// that knows the byte after each word of its text skips the tries that cannot match,
// which for an expression led by "in", "for" or "," is most of them.
//
// match_start() also lists, where it can, the keys a match may read next after a word:
// callers may rely on: when a word's `next_keys` is given, every aligned match that starts
// at a key equal to that word, in a text folded to lower case, reads after that key and any
// white space (\s: space, tab, newline, carriage return, form feed) a key of the text equal
// to one of them. It is not given when a match may end there, or go on with something other
// than a key the analysis can spell (a class of word bytes, \w, a repetition, "."): an
// expression led by "," whose next word is "now" is then tried after ", now" and not after
// ", no".
//
// The analysis reads RE2 syntax on its own (RE2 exposes no parse tree); anything it does
// not know it treats as "may start anywhere" (or, after the word, "may read anything").
#pragma once

#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::match {

struct MatchStart {
  std::vector<std::string> words;  // the distinct leading words, sorted
  // Parallel to `words`: what a match that starts with the word may go on with (above).
  std::vector<std::optional<std::bitset<257>>> next;
  // Parallel to `words`: the keys (as `words` are keys) a match that starts with the word
  // may read next, after any white space, sorted; not given when it may read something else
  // first or end there (below).
  std::vector<std::optional<std::vector<std::string>>> next_keys;
};

// The leading words of `expression` and what may follow them, or nothing (above).
std::optional<MatchStart> match_start(std::string_view expression, size_t max_words = 64);

// The distinct leading words of `expression`, sorted, or nothing (above).
std::optional<std::vector<std::string>> leading_words(std::string_view expression,
                                                      size_t max_words = 64);

}  // namespace dxaudit::match
