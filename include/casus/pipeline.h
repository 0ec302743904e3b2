// The Pipeline: dictionaries and models loaded once, then shared read-only by
// every worker. Each worker owns a Doc and calls Process on it per document.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "casus/cameo.h"
#include "casus/diagnostics.h"
#include "casus/doc.h"
#include "casus/limits.h"
#include "casus/status.h"

namespace casus {

class Stage;
class EventCoder;
struct PipelineResources;

struct PipelineOptions {
  // Folder of our own dictionaries (data/dict); empty: the built-in default.
  std::string dict_dir;
  // Code with the field's dictionaries instead of ours: a TABARI project file
  // (.project naming .verbs/.actors/.agents/.options), or a folder of PETRARCH
  // dictionaries (CAMEO.2.0.txt, *.actors.txt, agents, discards) or its config file.
  std::string tabari_project;
  // Start the TABARI project's settings from TABARI's own defaults rather
  // than casus's (TabariOptions::TabariDefaults); `validate tabari` does.
  bool tabari_defaults = false;
  std::string petrarch_dicts;
  // Folder of data generated at build time (tagger lexicon, countries); empty: default.
  std::string generated_dir;
  // Keep negated, future and hypothetical events (flagged) instead of dropping them.
  bool keep_unreal_events = false;
  // Also find quotations, reported counts (Doc::quotations, Doc::counts) and
  // resolve event places (Doc::places, Event::place).
  bool extras = false;
  // Skip malformed dictionary entries (reported) instead of failing the load.
  bool lenient = false;
  // Longer sentences are cut into pieces of at most this many tokens (casus/limits.h).
  uint32_t max_sentence_tokens = kDefaultMaxSentenceTokens;
};

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Load(const PipelineOptions& options, DiagnosticSink* sink);
  ~Pipeline();

  // Runs every stage on a Doc whose id/text/date are set (Doc::Reset).
  Status Process(Doc& doc) const;
  // The same, also recording why each event was coded or dropped (casus explain).
  Status Explain(Doc& doc, std::vector<std::string>& trace) const;
  std::unique_ptr<Doc> NewDoc() const;
  // Changes a TABARI .options setting ("SET: CODE ALL") of a --tabari pipeline,
  // as TABARI's validation records do between records; not while coding.
  void SetTabariOption(std::string_view command);
  // Changes a PETRARCH configuration option ("require_dyad", "False") of a
  // --petrarch-dicts pipeline, as PETRARCH's <Config> records do; false for an
  // option casus does not model. Not while coding.
  bool SetPetrarchOption(std::string_view name, std::string_view value);

  const Vocabulary& vocabulary() const;
  const CameoTable& cameo() const;
  const PipelineResources& resources() const { return *resources_; }
  const PipelineOptions& options() const { return options_; }

 private:
  Pipeline();
  PipelineOptions options_;
  std::unique_ptr<PipelineResources> resources_;
  std::vector<std::unique_ptr<Stage>> stages_;
  const EventCoder* event_coder_ = nullptr;  // the last stage
};

// Where our data lives when no option says otherwise: $CASUS_DATA_DIR, else the
// source tree's data/ folder recorded at build time.
std::string DefaultDictDir();
std::string DefaultGeneratedDir();

}  // namespace casus
