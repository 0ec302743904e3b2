// The dictionary files of a PETRARCH folder or config .ini.
#pragma once

#include <string>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/status.h"

namespace casus {

struct PetrarchFiles {
  std::vector<std::string> verbs, actors, agents, discards, issues;
};

Result<PetrarchFiles> FindPetrarchFiles(const std::string& folder_or_config, DiagnosticSink* sink);

}  // namespace casus
