// Which dictionaries coded a run: a fingerprint of their files' bytes and the
// casus version, so two runs with equal fingerprints coded alike and a changed
// dictionary file gives a new run (casus recode) rather than silently mixing.
#pragma once

#include <string>

#include "casus/pipeline.h"
#include "casus/status.h"

namespace casus::store {

struct DictionaryFingerprint {
  std::string version;       // "casus 0.1.0, dictionaries 7f51524ba0905854"
  std::string dictionaries;  // "casus:/path/data/dict", "tabari:PROJECT" or "petrarch:DIR"
};

// Hashes (FNV-1a, 64 bits) every regular file under the dictionary folder the
// options select (for a file: the files of its folder), by relative path and
// content, in path order.
Result<DictionaryFingerprint> FingerprintDictionaries(const PipelineOptions& options);

// The casus version compiled in ("0.1.0").
std::string CasusVersion();

}  // namespace casus::store
