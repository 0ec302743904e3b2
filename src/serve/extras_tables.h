// Places and quotations beside the store's tables. The store does not keep them
// yet (docs/store.md); `serve --events` fills these two tables from the
// `location` of each event and the quotation records of `casus code --extras`,
// and `serve --db` uses them when a store has them. Schema in docs/serve.md.
#pragma once

#include "casus/status.h"
#include "store/sqlite_database.h"

namespace casus::serve {

// event_places(event, name, admin1, country, lat, lon, begin, end): events.id -> its place.
// quotations(doc, sentence, speaker_code, speaker_text, speaker_begin, speaker_end, verb,
//            quote_text, quote_begin, quote_end).
Status CreateExtrasTables(store::Database& db);

struct ExtrasPresent {
  bool places = false;
  bool quotations = false;
};
Result<ExtrasPresent> FindExtrasTables(store::Database& db);

}  // namespace casus::serve
