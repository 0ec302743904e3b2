// Fuzzes the reader of event JSON lines used by `casus eval` (the events a
// coder wrote, ours or another's): bad lines are counted, never fatal.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "eval/cameo_sentence_eval.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::map<std::string, uint64_t> diagnostics;
  auto events = casus::eval::ParseEvalEventsJsonLines(std::string_view(reinterpret_cast<const char*>(data), size),
                                                      diagnostics);
  (void)events;
  return 0;
}
