// planforge render PLAN.xml... [-o OUT.pdf | --out-dir DIR [--name PATTERN]] [-j N] [--shard K/N]
//                  [--format F] [--werror] [--template NAME|DIR] [--template-path DIR]...
//                  [--set k=v]... [--plugin-path DIR]... [--timings] [--threads N]
#include "cli.hpp"

#include <memory>

namespace planforge::cli {

namespace {

struct RenderArgs {
  PlanArgs plan;
  PluginArgs plugins;
  TemplateArgs templates;
  RunArgs run;
  std::string output, out_dir, name, changes_since, changes_since_rev;
  bool pdf_a = false;
  int threads = 0;
};

const CLI::Validator& output_pattern() {
  static const CLI::Validator validator(
      [](std::string& arg) -> std::string { return output_pattern_problem(arg); }, "PATTERN",
      "output pattern");
  return validator;
}

// --name is a file name inside --out-dir: relative, and never climbing out of it.
const CLI::Validator& name_in_folder() {
  static const CLI::Validator validator(
      [](std::string& arg) -> std::string {
        const std::filesystem::path name(arg);
        if (name.is_absolute())
          return "--name is a name inside --out-dir, not an absolute path: '" + arg + "'";
        for (const auto& part : name)
          if (part == "..") return "--name may not leave --out-dir ('..' in '" + arg + "')";
        return {};
      },
      "PATTERN", "name in folder");
  return validator;
}

int run(const RenderArgs& args) {
  BatchOptions batch;
  batch.plans = args.run.selected(args.plan);
  if (!args.output.empty() && args.plan.plans.size() > 1)
    return usage(
        "-o names the PDF of one plan, and " + std::to_string(args.plan.plans.size()) + " were given",
        "write several plans into a folder with --out-dir DIR (and --name PATTERN)");
  if (!args.changes_since.empty() && args.plan.plans.size() > 1)
    return usage("--changes-since names the earlier version of one plan, and " +
                     std::to_string(args.plan.plans.size()) + " were given",
                 "compare each plan with itself at a git revision: --changes-since-rev REV");
  batch.render.load = args.plan.options();
  batch.render.changes_since = args.changes_since;
  batch.render.changes_since_revision = args.changes_since_rev;
  batch.render.pdf_a = args.pdf_a;
  batch.render.threads = args.threads;
  batch.render.plugins = args.plugins.options();
  batch.render.templates = args.templates.options();
  batch.render.output = args.out_dir.empty() ? args.output : args.name;
  batch.out_dir = args.out_dir;
  return run_and_report("render", batch, args.run);
}

}  // namespace

void add_render_command(CLI::App& app, Action& action) {
  auto [command, args] = add_command<RenderArgs>(app, action, "render", "Render plans to PDF", run);
  add_plan_options(*command, args->plan, true);
  auto* output = command
                     ->add_option("-o,--output", args->output,
                                  "The PDF to write, a name pattern such as {id}-{version}.pdf (one plan; "
                                  "default: the plan's name with .pdf)")
                     ->type_name("OUT.pdf")
                     ->check(output_pattern());
  auto* out_dir =
      command
          ->add_option("--out-dir", args->out_dir, "Write the PDFs into this folder (created when missing)")
          ->type_name("DIR")
          ->excludes(output);
  command->add_option("--name", args->name, "The PDFs' names in --out-dir, a pattern (default: {id}.pdf)")
      ->type_name("PATTERN")
      ->check(output_pattern())
      ->check(name_in_folder())
      ->needs(out_dir);
  auto* since =
      command
          ->add_option("--changes-since", args->changes_since,
                       "Add an appendix of what changed since this earlier version of the plan, and "
                       "mark changed rows")
          ->type_name("OLD.xml")
          ->check(CLI::ExistingFile);
  command
      ->add_option("--changes-since-rev", args->changes_since_rev,
                   "The same, against the plan as it is at a git revision")
      ->type_name("REV")
      ->excludes(since);
  command->add_flag("--pdf-a", args->pdf_a,
                    "Write an archival PDF/A-2b (sRGB output intent, document ID from the content)");
  command
      ->add_option("--threads", args->threads,
                   "Threads painting and compressing the PDF's pages (default 0: one per CPU, at most 4; "
                   "shared among plans run at once)")
      ->type_name("N")
      ->check(CLI::Range(0, 64));
  add_template_options(*command, args->templates, true);
  add_run_options(*command, args->run);
  command->add_flag("--timings", args->run.timings,
                    "Print where the time went, stage by stage, to stderr (see docs/cli.md)");
  add_plugin_options(*command, args->plugins, true);
}

}  // namespace planforge::cli
