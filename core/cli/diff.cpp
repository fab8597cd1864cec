// planforge diff OLD.xml NEW.xml [--format text|json]
// planforge diff --git REV1[..REV2] PLAN.xml [--format text|json]
// Exit codes like diff(1): 0 no changes, 1 changes, 2 usage or a plan that cannot be
// compared, 3 a file or revision that cannot be read.
#include "cli.hpp"

#include <planforge/plan_diff.hpp>

#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

struct DiffArgs {
  std::vector<std::string> plans;
  std::string git, format = "text";
  ReadArgs read;
};

int run(const DiffArgs& args) {
  DiffSide before, after;
  args.read.apply(before.load);
  args.read.apply(after.load);
  if (args.git.empty()) {
    if (args.plans.size() != 2)
      return usage("diff compares two plans: OLD.xml NEW.xml",
                   "or one plan at two git revisions: --git REV1..REV2 PLAN.xml");
    before.load.plan = args.plans[0];
    after.load.plan = args.plans[1];
  } else {
    if (args.plans.size() != 1)
      return usage("--git compares one plan at two revisions", "planforge diff --git REV1[..REV2] PLAN.xml");
    const auto dots = args.git.find("..");
    before.git_revision = args.git.substr(0, dots);
    if (dots != std::string::npos) after.git_revision = args.git.substr(dots + 2);
    if (before.git_revision.empty() || (dots != std::string::npos && after.git_revision.empty()))
      return usage("--git " + args.git + ": a revision is missing",
                   "write REV (against the working tree) or REV1..REV2");
    before.load.plan = after.load.plan = args.plans[0];
  }

  const DiffResult result = diff_plans(before, after);
  print_diagnostics(result.diagnostics, Summary::never);
  if (result.compared)
    std::cout << (args.format == "json" ? diff_to_json(result.diff) : diff_to_text(result.diff));
  switch (result.exit_code) {
    case ExitCode::ok: return result.diff.changes.empty() ? 0 : 1;
    case ExitCode::environment: return static_cast<int>(ExitCode::environment);
    default: return static_cast<int>(ExitCode::usage);  // a plan with errors is trouble, like diff's
  }
}

}  // namespace

void add_diff_command(CLI::App& app, Action& action) {
  auto [command, args] =
      add_command<DiffArgs>(app, action, "diff", "What changed between two versions of a plan", run);
  command->add_option("plans", args->plans, "OLD.xml NEW.xml, or with --git one PLAN.xml")
      ->required()
      ->expected(1, 2)
      ->type_name("PLAN.xml");
  command->add_option("--git", args->git, "Compare the plan at REV1 with REV2, or with the working tree")
      ->type_name("REV1[..REV2]");
  command->add_option("--format", args->format, "text (a reviewer's summary) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_read_options(*command, args->read);
}

}  // namespace planforge::cli
