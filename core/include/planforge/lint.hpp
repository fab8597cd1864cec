#pragma once
/// @file lint.hpp  `planforge lint`: is the plan complete by the planning framework
/// (docs/lint.md)? Each rule is a diagnostic code of the `lint/` area (`lint/goal-unmeasured`):
/// its findings carry it, `--disable` switches it off for a run, and a plan's
/// `suppress="lint/…: reason"` silences it where it was considered. Plugins do not need this
/// header.

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>
#include <planforge/export.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// Every rule's code, in the order of docs/lint.md.
PLANFORGE_API std::span<const DiagnosticCode> lint_rules();

/// The rule named `id`: its code (`lint/goal-unmeasured`) or the code without its area
/// (`goal-unmeasured`); nullptr when there is none.
PLANFORGE_API const DiagnosticCode* find_lint_rule(std::string_view id);

/// Loads the plan (a plan with errors is reported as validate's loader reports it, exit 1,
/// and not linted) and applies every rule not in `disabled` (ids as find_lint_rule() takes
/// them), honouring the plan's `suppress` attributes. Exit 1 when a finding is an error
/// (with --werror: any finding); an unknown id in `disabled` is a usage error (exit 2).
/// Never throws.
PLANFORGE_API RunResult lint(const LoadOptions& load, const std::vector<std::string>& disabled);

PLANFORGE_END_NAMESPACE
