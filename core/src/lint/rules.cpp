// The rule catalogue: the `lint/` run of the core's code table (core_codes.hpp). docs/lint.md
// gives each rule its rationale from the planning framework.
#include "sdk/core_codes.hpp"

#include <planforge/lint.hpp>

#include <algorithm>

PLANFORGE_BEGIN_NAMESPACE

std::span<const DiagnosticCode> lint_rules() {
  static const std::span<const DiagnosticCode> rules = [] {
    const std::span<const DiagnosticCode> all(detail::core_codes);
    const auto is_lint = [](const DiagnosticCode& c) { return c.id.starts_with("lint/"); };
    const auto first = std::find_if(all.begin(), all.end(), is_lint);
    const auto last = std::find_if_not(first, all.end(), is_lint);
    return all.subspan(static_cast<std::size_t>(first - all.begin()), static_cast<std::size_t>(last - first));
  }();
  return rules;
}

const DiagnosticCode* find_lint_rule(std::string_view id) {
  for (const DiagnosticCode& rule : lint_rules())
    if (rule.id == id || rule.id.substr(rule.id.find('/') + 1) == id) return &rule;
  return nullptr;
}

PLANFORGE_END_NAMESPACE
