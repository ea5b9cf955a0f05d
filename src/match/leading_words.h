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
// class may continue, a start that is not plain ASCII, or more than `max_words` words. That
// is always safe: the caller then searches the expression unanchored.
//
// The analysis reads RE2 syntax on its own (RE2 exposes no parse tree); anything it does
// not know it treats as "may start anywhere".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dxaudit::match {

// The distinct leading words of `expression`, sorted, or nothing (above).
std::optional<std::vector<std::string>> leading_words(std::string_view expression,
                                                      size_t max_words = 64);

}  // namespace dxaudit::match
