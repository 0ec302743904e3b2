// UTF-8 helpers shared by the readers and the tokenizer: decoding one code
// point without trusting the input, repairing invalid sequences, and telling
// text from binary data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casus::text {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at `text[pos]`. Returns its byte length (1..4), or 0
// when the bytes there are not well-formed UTF-8 (overlong, surrogate, out of
// range, truncated); `*cp` is then U+FFFD. Never reads past `text.size()`.
size_t DecodeUtf8(std::string_view text, size_t pos, char32_t* cp);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string& out);

// Replaces every ill-formed byte sequence in `text` with U+FFFD. Returns the
// number of replacements; if `bad_lines` is given, the 1-based numbers of the
// lines that had one are appended (each line once), counting from
// `first_line`. All-ASCII and valid text is left untouched without copying.
size_t RepairUtf8(std::string& text, std::vector<uint64_t>* bad_lines = nullptr, uint64_t first_line = 1);

// True for data that is not text: a NUL byte, or more than a tenth of the
// first 64 KiB being control bytes other than tab, newline, CR, FF, VT.
bool LooksBinary(std::string_view data);

// Removes a leading UTF-8 byte-order mark.
void StripByteOrderMark(std::string& text);

}  // namespace casus::text
