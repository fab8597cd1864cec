#pragma once
// Output name patterns ("{id}-{version}.pdf"): for `render -o` and `render --out-dir`, so a
// pipeline names its PDFs after what is in the plans. The placeholders and their rules are
// documented in docs/cli.md ("Output names").

#include "plan/plan_data.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace planforge::detail {

// What the placeholders stand for, for one plan. An empty value is missing.
struct PatternValues {
  std::string id, version, name, dir, status, date;
};

// The values of a plan file and, when it could be loaded, of its content. {id} falls back to
// the file's name; the others have no fallback.
PatternValues pattern_values(const std::filesystem::path& plan_file, const PlanData* plan);

// True when the pattern names something only the loaded plan knows ({id}, {version},
// {status}, {date}); {name} and {dir} come from the plan's path.
bool pattern_needs_plan(std::string_view pattern);

struct Expansion {
  std::string path;     // the expanded pattern
  std::string missing;  // the placeholder without a value, when there is one
};

// Expands a pattern whose syntax output_pattern_problem() accepted. Values lose what cannot
// stand in a file name: '/', '\', control characters; "." and ".." become "_".
Expansion expand_output_pattern(std::string_view pattern, const PatternValues& values);

}  // namespace planforge::detail
