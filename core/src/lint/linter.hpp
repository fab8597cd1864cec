#pragma once
// One lint run over a loaded plan: the rules (checks.cpp) and the findings they make, each a
// diagnostic with its rule's code. --disable drops a rule's findings here; a plan's
// `suppress` attributes are applied by the session afterwards, as for validate.

#include "plan/plan_data.hpp"

#include <planforge/diagnostics.hpp>
#include <planforge/element.hpp>

#include <set>
#include <string>

namespace planforge::detail::lint {

class Linter {
 public:
  // `disabled`: the codes of the rules switched off for the run.
  Linter(const PlanData& plan, std::set<std::string, std::less<>> disabled, Diagnostics& diags);

  // Applies every rule not disabled; findings go to `diags` with their rule's code.
  void run();

 private:
  // A finding of `rule` at `where`, unless the rule is switched off for the run.
  void find(const DiagnosticCode& rule, Location where, std::string message,
            std::vector<std::string> hints = {});

  void areas();
  void context();
  void goals();
  void kpis();
  void needs();
  void phases();
  void placeholders();

  const PlanData& plan_;
  PlanView view_;
  Diagnostics& diags_;
  std::set<std::string, std::less<>> disabled_;
};

}  // namespace planforge::detail::lint
