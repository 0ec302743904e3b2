// Reading a document's extras back: quotations, reported counts and places,
// from the run that coded it last or a given run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "casus/status.h"
#include "store/event_query.h"
#include "store/store.h"

namespace casus::store {

struct StoredQuotation {
  int64_t sentence = 0;
  std::string text;
  int64_t begin = 0, end = 0;
  StoredEvent::Actor speaker;  // present: has an actor code; text may be set without one
  std::string verb;
};

struct StoredCount {
  int64_t sentence = 0;
  std::string text;
  int64_t begin = 0, end = 0;
  int64_t number = 0;
  std::string kind;  // casus::CountKindName (extras_writer.h)
  StoredEvent::Actor actor;
  int64_t event = -1;  // index of the document's event it belongs to, or -1
  std::string event_key;  // that event's "DOC:SENTENCE:K" id, or ""
};

struct StoredPlace {
  std::string text;
  int64_t begin = 0, end = 0;
  std::string name, admin1, country;
  double lat = 0, lon = 0;
};

struct StoredExtras {
  std::vector<StoredQuotation> quotations;
  std::vector<StoredCount> counts;
  std::vector<StoredPlace> places;
};

// In the order the pipeline found them; `run` 0: the run that coded the document last.
Result<StoredExtras> ReadExtras(Store& store, const std::string& doc, int64_t run = 0);

}  // namespace casus::store
