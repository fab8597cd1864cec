#pragma once
// The codes of every diagnostic the portfolio plugin reports (listed in docs/cli.md). A plan
// may suppress a warning by its code; tools filter on it. Codes are stable: never reuse one.

#include <planforge/diagnostics.hpp>

namespace portfolio {

using planforge::Severity;

/// Every code the plugin reports; `code("…")` finds one while compiling.
inline constexpr auto code = planforge::code_table({
    {"portfolio/invalid-duration", Severity::error, "a service level that is not a duration"},
    {"portfolio/duplicate-stage", Severity::error, "an offering that gives one service-level stage twice"},
    {"portfolio/stage-order", Severity::warning,
     "a later service-level stage due sooner than an earlier one"},
    {"portfolio/price-as-written", Severity::warning, "a price shown as written, not formatted as money"},
    {"portfolio/empty-channel", Severity::warning, "an empty channel name in a list of channels"},
    {"portfolio/price-per-without-price", Severity::warning, "price-per without a price"},
    {"portfolio/addresses-nothing", Severity::warning, "an offering that addresses no customer need"},
    {"portfolio/invalid-currency", Severity::error, "a currency that is not an ISO 4217 code"},
    {"portfolio/duplicate-description", Severity::error, "a tier with more than one description"},
    {"portfolio/empty-tier", Severity::warning, "a tier without offerings"},
    {"portfolio/no-offerings", Severity::warning, "a portfolio section without offerings"},
});

}  // namespace portfolio
