// planforge new NAME: a folder holding a starter plan.
// planforge new-plugin NAME: a folder holding a section plugin that builds against the SDK.
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

int report(const RunResult& result, const char* what) {
  print_diagnostics(result.diagnostics);
  if (result.exit_code == ExitCode::ok && !quiet())
    std::cout << "created " << result.output.string() << "/ with " << what << '\n';
  return static_cast<int>(result.exit_code);
}

}  // namespace

void add_new_commands(CLI::App& app, Action& action) {
  auto plan = std::make_shared<std::string>();
  CLI::App* new_plan = app.add_subcommand("new", "Start a plan in a new folder NAME");
  new_plan->add_option("name", *plan, "The folder to create")->required()->type_name("NAME");
  new_plan->callback(
      [plan, &action] { action = [plan] { return report(create_plan(*plan), "a starter plan.xml"); }; });

  auto plugin = std::make_shared<std::string>();
  CLI::App* new_plugin = app.add_subcommand("new-plugin", "Start a section plugin in a new folder NAME");
  new_plugin->add_option("name", *plugin, "The folder to create; its name is the plugin's")
      ->required()
      ->type_name("NAME");
  new_plugin->callback([plugin, &action] {
    action = [plugin] { return report(create_plugin(*plugin), "a plugin skeleton (see its README.md)"); };
  });
}

}  // namespace planforge::cli
