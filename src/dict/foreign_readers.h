// File readers for TABARI and PETRARCH dictionaries. Each reports malformed
// entries (file, line, reason) to the sink, skips them, and returns the number
// of errors. LoadTabariProject / LoadPetrarchDictionaries call these.
#pragma once

#include <string>

#include "dict/foreign_syntax.h"
#include "dict/tabari_options.h"

namespace casus {

// TABARI .verbs and PETRARCH CAMEO.2.0.txt: synsets, verb blocks, patterns.
size_t LoadForeignVerbs(const std::string& path, ForeignFormat format, DictionaryTargets& targets,
                        DiagnosticSink* sink);

// TABARI .actors / PETRARCH *.actors.txt (agents = false) and .agents /
// agents.txt (agents = true).
size_t LoadForeignActors(const std::string& path, ForeignFormat format, bool agents, DictionaryTargets& targets,
                         DiagnosticSink* sink);

// Discard phrases, one a line (PETRARCH '+' marks story-level discards; we
// discard the sentence either way).
size_t LoadForeignDiscards(const std::string& path, ForeignFormat format, DictionaryTargets& targets,
                           DiagnosticSink* sink);

// TABARI .options: checked for syntax; the coding settings TabariCoder acts
// on (CODE BY, COMPLEX, COMMA, DEFAULT) are read into `options` when given.
size_t LoadTabariOptions(const std::string& path, DiagnosticSink* sink, TabariOptions* options = nullptr);

}  // namespace casus
