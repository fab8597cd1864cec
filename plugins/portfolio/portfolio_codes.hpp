#pragma once
// The codes of every diagnostic the portfolio plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

#include <string_view>

namespace portfolio {

namespace code_table {
inline constexpr planforge::Severity E = planforge::Severity::error, W = planforge::Severity::warning;
inline constexpr planforge::DiagnosticCode codes[] = {
    {"portfolio/invalid-duration", E, "a service level that is not a duration"},
    {"portfolio/duplicate-stage", E, "an offering that gives one service-level stage twice"},
    {"portfolio/stage-order", W, "a later service-level stage due sooner than an earlier one"},
    {"portfolio/price-as-written", W, "a price shown as written, not formatted as money"},
    {"portfolio/empty-channel", W, "an empty channel name in a list of channels"},
    {"portfolio/price-per-without-price", W, "price-per without a price"},
    {"portfolio/addresses-nothing", W, "an offering that addresses no customer need"},
    {"portfolio/invalid-currency", E, "a currency that is not an ISO 4217 code"},
    {"portfolio/duplicate-description", E, "a tier with more than one description"},
    {"portfolio/empty-tier", W, "a tier without offerings"},
    {"portfolio/no-offerings", W, "a portfolio section without offerings"},
};
}  // namespace code_table

/// The code `id`, checked while compiling.
consteval const planforge::DiagnosticCode& code(std::string_view id) {
  return planforge::find_code(code_table::codes, id);
}

}  // namespace portfolio
