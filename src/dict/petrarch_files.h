// The dictionary files of a PETRARCH folder or config .ini.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/status.h"

namespace casus {

// One `name = value` line of a config's [Options] section.
struct PetrarchConfigOption {
  std::string name, value;
  uint32_t line = 0;
};

struct PetrarchFiles {
  std::vector<std::string> verbs, actors, agents, discards, issues;
  std::string config;                          // the .ini, when one named the files
  std::vector<PetrarchConfigOption> options;   // its [Options], in order
};

Result<PetrarchFiles> FindPetrarchFiles(const std::string& folder_or_config, DiagnosticSink* sink);

}  // namespace casus
