#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"casus: political event data from news text, coded in CAMEO"};
  app.require_subcommand(1);
  int exit_status = casus::cli::kExitOk;
  casus::cli::RegisterCode(app, exit_status);
  casus::cli::RegisterEval(app, exit_status);
  casus::cli::RegisterExplain(app, exit_status);
  casus::cli::RegisterValidate(app, exit_status);
  casus::cli::RegisterDict(app, exit_status);
  casus::cli::RegisterIngest(app, exit_status);
  casus::cli::RegisterStats(app, exit_status);
  casus::cli::RegisterQuery(app, exit_status);
  casus::cli::RegisterExport(app, exit_status);
  casus::cli::RegisterDedup(app, exit_status);
  casus::cli::RegisterRecode(app, exit_status);
  casus::cli::RegisterServe(app, exit_status);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_status;
}
