// The files a TABARI .project names, resolved against the project's folder.
#pragma once

#include <string>
#include <vector>

#include "casus/diagnostics.h"
#include "casus/status.h"

namespace casus {

struct TabariProject {
  std::vector<std::string> verbs, actors, agents, discards, texts;
  std::string options;
};

Result<TabariProject> ReadTabariProject(const std::string& project_file, DiagnosticSink* sink);

}  // namespace casus
