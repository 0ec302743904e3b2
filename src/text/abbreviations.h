// Words that keep their period ("Gen.", "Sept.", "Inc."), and the words that
// typically begin a sentence. The tokenizer uses the first to keep the period
// on the token; the sentence splitter uses both to decide whether such a
// period also ends the sentence.
#pragma once

#include <string_view>

namespace casus::text {

// `word` is the letters before the period, as written. `capitalized` says the
// word begins with an upper-case letter; `number_follows` that the next
// non-space character is a digit ("No. 10").
bool IsAbbreviation(std::string_view word, bool capitalized, bool number_follows);

// "The", "He", "In", "But", ...: capitalized words that after "U.S." or
// "Inc." show that the period also ended the sentence.
bool IsTypicalSentenceStarter(std::string_view word);

}  // namespace casus::text
