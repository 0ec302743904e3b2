#include "commands.h"

namespace casus::cli {

void AddCommonOptions(CLI::App& command, CommonOptions& options) {
  command.add_option("--dict", options.dict_dir, "folder of casus dictionaries (default: the shipped data/dict)");
  command.add_option("--tabari", options.tabari_project,
                     "code with a TABARI project's dictionaries (its .verbs, .actors, .agents, .options)");
  command.add_option("--petrarch-dicts", options.petrarch_dicts,
                     "code with PETRARCH dictionaries: a folder (CAMEO.2.0.txt, *.actors.txt, agents, discards) or a config file");
  command.add_flag("--lenient", options.lenient, "skip malformed dictionary entries (reported) instead of stopping");
}

PipelineOptions ToPipelineOptions(const CommonOptions& options) {
  PipelineOptions out;
  out.dict_dir = options.dict_dir;
  out.tabari_project = options.tabari_project;
  out.petrarch_dicts = options.petrarch_dicts;
  out.lenient = options.lenient;
  return out;
}

}  // namespace casus::cli
