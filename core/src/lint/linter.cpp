// A lint run: the rules in order, and --disable.
#include "lint/linter.hpp"

#include "plan/view_access.hpp"

namespace planforge::detail::lint {

Linter::Linter(const PlanData& plan, std::set<std::string, std::less<>> disabled, Diagnostics& diags)
    : plan_(plan), view_(view_of(&plan)), diags_(diags), disabled_(std::move(disabled)) {}

void Linter::find(const DiagnosticCode& rule, Location where, std::string message,
                  std::vector<std::string> hints) {
  if (disabled_.contains(rule.id)) return;
  diags_.report(rule, std::move(where), std::move(message), std::move(hints));
}

void Linter::run() {
  areas();
  context();
  goals();
  kpis();
  needs();
  phases();
  placeholders();
}

}  // namespace planforge::detail::lint
