#pragma once
// Files a plan names by a path other than includes (an <image href>): resolved relative to
// the file holding the element and confined to the plan's folder by the rule includes follow
// (unless the command line allows files outside it). The one place this rule lives for them.

#include "plan/plan_data.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

struct PlanFile {
  std::filesystem::path path;               // absolute and normalised; empty when unusable
  const DiagnosticCode* problem = nullptr;  // why not, when `path` is empty
  std::string message;
  std::vector<std::string> hints;
};

// `href` as written on `element` (trimmed), resolved and checked: it must exist, be a
// regular file and stand inside the plan's folder. `what` names it in messages ("image").
PlanFile resolve_plan_file(const Node& element, std::string_view href, std::string_view what);

}  // namespace planforge::detail
