// planforge validate PLAN.xml... [--format text|json|github|sarif] [--werror] [-j N] [--shard K/N]
//                    [--template NAME|DIR] [--template-path DIR]...
//                    [--set k=v]... [--plugin-path DIR]...
#include "cli.hpp"

#include <memory>

namespace planforge::cli {

namespace {

struct ValidateArgs {
  PlanArgs plan;
  PluginArgs plugins;
  TemplateArgs templates;
  RunArgs run;
};

int run(const ValidateArgs& args) {
  BatchOptions batch;
  batch.mode = BatchMode::validate;
  batch.plans = args.run.selected(args.plan);
  batch.render.load = args.plan.options();
  batch.render.plugins = args.plugins.options();
  batch.render.templates = args.templates.options();
  return run_and_report("validate", batch, args.run);
}

}  // namespace

void add_validate_command(CLI::App& app, Action& action) {
  auto [command, args] =
      add_command<ValidateArgs>(app, action, "validate", "Check plans without rendering them", run);
  add_plan_options(*command, args->plan, true);
  add_run_options(*command, args->run);
  add_template_options(*command, args->templates, true);
  add_plugin_options(*command, args->plugins, true);
}

}  // namespace planforge::cli
