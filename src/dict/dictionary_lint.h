// casus dict lint as library code: recognises a dictionary file's format by
// its folder, name and extension, loads it into scratch dictionaries, and
// reports malformed entries (errors) and duplicate or conflicting patterns
// (warnings) to the sink. Actor and agent names are compared across files by
// ActorDuplicateFinder (dict/actor_duplicates.h).
#pragma once

#include <string>

#include "dict/foreign_dictionaries.h"

namespace casus {

enum class DictionaryFileKind : uint8_t {
  kUnknown,
  kNativeActors, kNativeAgents, kNativeVerbs, kNativeDiscards,
  kTabariProject, kTabariVerbs, kTabariActors, kTabariAgents, kTabariOptions,
  kPetrarchConfig, kPetrarchVerbs, kPetrarchActors, kPetrarchAgents, kPetrarchDiscards, kPetrarchIssues,
};

DictionaryFileKind DetectDictionaryFile(const std::string& path);
const char* DictionaryFileKindName(DictionaryFileKind kind);

// Returns the number of errors reported.
size_t LintDictionaryFile(const std::string& path, DictionaryTargets& targets, DiagnosticSink* sink);

// Warnings for patterns written twice for one trigger (same code: duplicate;
// different codes: conflict).
void ReportDuplicatePatterns(const VerbDictionary& verbs, const CameoTable& cameo, DiagnosticSink* sink);

}  // namespace casus
