// Fuzzes one document reader (the format is fixed at compile time): whatever
// the bytes, Next() must terminate, never crash, and hand out only documents
// whose text and title are valid UTF-8 and whose text is not blank.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "casus/reader.h"
#include "text/utf8.h"

namespace {

// Names the broken invariant, then crashes so that libFuzzer keeps the input.
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

bool ValidUtf8(const std::string& s) {
  for (size_t pos = 0; pos < s.size();) {
    char32_t cp;
    size_t n = casus::text::DecodeUtf8(s, pos, &cp);
    if (n == 0) return false;
    pos += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first byte picks a document size limit, so the "too large" paths
  // (which drop the rest of a line or file) are fuzzed as well.
  casus::ReaderLimits limits;
  if (size > 0 && (data[0] & 1)) limits.max_document_bytes = data[0] >> 1;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  casus::DiagnosticList sink;
  auto reader = casus::MakeReader(casus::InputFormat::CASUS_FUZZ_FORMAT, in, "fuzz", &sink, limits);
  casus::RawDocument doc;
  size_t documents = 0;
  while (reader->Next(doc)) {
    if (!ValidUtf8(doc.text) || !ValidUtf8(doc.title) || !ValidUtf8(doc.id)) Fail("a document that is not valid UTF-8");
    if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) Fail("a blank document");
    if (++documents > size + 1) Fail("more documents than bytes");  // a reader that does not advance
  }
  for (const auto& d : sink.items)
    if (d.message.empty()) Fail("a diagnostic without a message");
  return 0;
}
