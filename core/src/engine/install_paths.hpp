#pragma once
// Where the templates (themes and skeletons) are: the install's folder, found relative to the
// core library so that an install can be moved, then the source tree's (for a planforge run
// from its build tree).

#include <filesystem>
#include <vector>

namespace planforge::detail {

// Existing template folders, in search order.
std::vector<std::filesystem::path> template_search_dirs();

// The first template folder holding `relative` (e.g. "skeleton/plan.xml"), or empty.
std::filesystem::path find_template_file(const std::filesystem::path& relative);

}  // namespace planforge::detail
