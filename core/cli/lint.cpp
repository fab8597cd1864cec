// planforge lint PLAN.xml... [--disable CODE]... [--list-rules] [--format text|json|github|sarif]
//                [--werror] [-j N] [--shard K/N] [--set k=v]... [--allow-read DIR]... [--limit NAME=VALUE]...
// Is the plan complete by the planning framework? (docs/lint.md)
#include "cli.hpp"

#include <planforge/lint.hpp>

#include <iostream>
#include <memory>

namespace planforge::cli {

namespace {

struct LintArgs {
  PlanArgs plan;
  RunArgs run;
  std::vector<std::string> disabled;
  bool list = false;
};

int list_rules() {
  std::vector<std::vector<std::string>> rows{{"CODE", "SEVERITY", "ASKS FOR"}};
  for (const DiagnosticCode& rule : lint_rules())
    rows.push_back({std::string(rule.id), to_string(rule.severity), std::string(rule.summary)});
  print_table(rows);
  std::cout << "Why each rule is there: docs/lint.md\n";
  return 0;
}

int run(const LintArgs& args) {
  if (args.list) return list_rules();
  BatchOptions batch;
  batch.mode = BatchMode::lint;
  batch.plans = args.run.selected(args.plan);
  batch.render.load = args.plan.options();
  batch.disabled_rules = args.disabled;
  return run_and_report("lint", batch, args.run);
}

const CLI::Validator& rule_id() {
  static const CLI::Validator validator(
      [](std::string& id) -> std::string {
        return find_lint_rule(id) ? std::string()
                                  : "there is no lint rule '" + id + "' (planforge lint --list-rules)";
      },
      "CODE", "lint rule");
  return validator;
}

}  // namespace

void add_lint_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<LintArgs>();
  CLI::App* command = app.add_subcommand("lint", "Check that plans are complete by the planning framework");
  command->add_flag("--list-rules", args->list, "List the rules, their severities and what they ask for");
  add_plan_options(*command, args->plan, true);
  // --list-rules needs no plan.
  command->get_option("plan")->required(false);
  command
      ->add_option("--disable", args->disabled,
                   "Switch a rule off for this run, by its code (lint/placeholder; the lint/ may be left "
                   "out; repeatable)")
      ->type_name("CODE")
      ->check(rule_id());
  add_run_options(*command, args->run);
  command->callback([args, &action] {
    if (!args->list && args->plan.plans.empty()) throw CLI::RequiredError("plan");
    action = [args] { return run(*args); };
  });
}

}  // namespace planforge::cli
