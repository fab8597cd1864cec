// lint(): load the plan as every command does, then apply the rules and the plan's
// suppressions.
#include "sdk/guarded.hpp"
#include "engine/session.hpp"
#include "lint/linter.hpp"
#include "sdk/suggest.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/lint.hpp>

PLANFORGE_BEGIN_NAMESPACE

namespace {

RunResult run_lint(const LoadOptions& load, const std::vector<std::string>& disabled) {
  detail::Session session(load);
  session.set_warnings_as_errors(load.warnings_as_errors);
  std::set<std::string, std::less<>> off;
  for (const std::string& id : disabled) {
    if (const DiagnosticCode* rule = find_lint_rule(id)) {
      off.emplace(rule->id);
      continue;
    }
    std::vector<std::string_view> ids;
    for (const DiagnosticCode& rule : lint_rules()) ids.push_back(rule.id);
    session.diags.report(detail::code("usage/invalid-option"), Location{"command line"},
                         "--disable " + id + ": there is no lint rule '" + id + "'",
                         detail::loader::did_you_mean(id, ids));
    session.fail(ExitCode::usage);
  }
  if (session.failed()) return session.finish();
  // A plan with errors is validate's business; its completeness is judged once it is correct.
  if (!session.load_plan(load) || session.diags.has_errors()) return session.finish();
  detail::lint::Linter(*session.plan, std::move(off), session.diags).run();
  session.suppress_lint_findings();
  return session.finish();
}

}  // namespace

RunResult lint(const LoadOptions& load, const std::vector<std::string>& disabled) {
  return detail::guarded([&] { return run_lint(load, disabled); });
}

PLANFORGE_END_NAMESPACE
