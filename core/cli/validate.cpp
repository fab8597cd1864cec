// planforge validate PLAN.xml [--format text|json] [--template NAME|DIR] [--template-path DIR]...
//                    [--set k=v]... [--plugin-path DIR]...
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

struct ValidateArgs {
  PlanArgs plan;
  PluginArgs plugins;
  TemplateArgs templates;
  std::string format = "text";
};

int run(const ValidateArgs& args) {
  const RunResult result = validate(args.plan.options(), args.plugins.options(), args.templates.options());
  if (args.format == "json")
    std::cout << diagnostics_to_json(result.diagnostics);
  else
    print_diagnostics(result.diagnostics, true);
  return static_cast<int>(result.exit_code);
}

}  // namespace

void add_validate_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* command = app.add_subcommand("validate", "Check a plan without rendering it");
  add_plan_options(*command, args->plan);
  command->add_option("--format", args->format, "How diagnostics are written: text (stderr) or json (stdout)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_template_options(*command, args->templates, true);
  add_plugin_options(*command, args->plugins, true);
  command->callback([args, &action] { action = [args] { return run(*args); }; });
}

}  // namespace planforge::cli
