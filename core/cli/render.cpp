// planforge render PLAN.xml [-o OUT.pdf] [--template NAME|DIR] [--template-path DIR]...
//                  [--set k=v]... [--plugin-path DIR]...
#include "cli.hpp"

#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

struct RenderArgs {
  PlanArgs plan;
  PluginArgs plugins;
  TemplateArgs templates;
  std::string output;
};

int run(const RenderArgs& args) {
  RenderOptions options;
  options.load = args.plan.options();
  options.plugins = args.plugins.options();
  options.output = args.output;
  options.templates = args.templates.options();
  const RunResult result = render(options);
  print_diagnostics(result.diagnostics, false);
  if (result.exit_code == ExitCode::ok && !quiet())
    std::cout << "wrote " << result.output.string() << " (" << result.pages
              << (result.pages == 1 ? " page)" : " pages)") << '\n';
  return static_cast<int>(result.exit_code);
}

}  // namespace

void add_render_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<RenderArgs>();
  CLI::App* command = app.add_subcommand("render", "Render a plan to PDF");
  add_plan_options(*command, args->plan);
  command->add_option("-o,--output", args->output, "The PDF to write (default: the plan's name with .pdf)")
      ->type_name("OUT.pdf");
  add_template_options(*command, args->templates, true);
  add_plugin_options(*command, args->plugins, true);
  command->callback([args, &action] { action = [args] { return run(*args); }; });
}

}  // namespace planforge::cli
