// The planforge program: parses the command line with CLI11 and runs one command.
#include "cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
  using namespace planforge;
  CLI::App app{"planforge: turns an XML plan definition into a finished PDF strategic plan", "planforge"};
  app.set_version_flag("--version", std::string("planforge ") + PLANFORGE_VERSION_STRING);
  app.require_subcommand(1);

  int verbose = 0;
  bool quiet = false;
  auto* verbose_flag = app.add_flag("-v,--verbose", verbose, "More log output (repeat for more)");
  app.add_flag("-q,--quiet", quiet, "Only errors")->excludes(verbose_flag);

  cli::Action action;
  cli::add_render_command(app, action);
  cli::add_validate_command(app, action);
  cli::add_diff_command(app, action);
  cli::add_lint_command(app, action);
  cli::add_watch_command(app, action);
  cli::add_plugins_command(app, action);
  cli::add_templates_command(app, action);
  cli::add_new_commands(app, action);
  // -v and -q may also follow the command's name.
  for (CLI::App* command : app.get_subcommands({})) command->fallthrough();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 says "A subcommand is required" for `planforge rnder x.xml`; name the word instead.
    if (dynamic_cast<const CLI::RequiredError*>(&e) && app.get_subcommands().empty() &&
        !app.remaining().empty()) {
      std::cerr << "unknown command '" << app.remaining().front()
                << "'; the commands are render, validate, lint, diff, watch, plugins, templates, new and "
                   "new-plugin\n"
                   "Run with --help for more information.\n";
      return static_cast<int>(ExitCode::usage);
    }
    const int code = app.exit(e);  // prints help, the version, or the error and a hint
    return code == 0 ? 0 : static_cast<int>(ExitCode::usage);
  }
  cli::set_quiet(quiet);
  set_log_verbosity(quiet ? -1 : verbose);
  if (!action) return static_cast<int>(ExitCode::usage);
  try {
    return action();
  } catch (const std::exception& e) {  // the engine never throws; printing might (e.g. out of memory)
    std::cerr << "planforge: error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::environment);
  }
}
