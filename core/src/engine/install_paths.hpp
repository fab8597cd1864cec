#pragma once
// Where the templates (themes and skeletons) are: the install's folder, found relative to the
// core library so that an install can be moved, then the source tree's (for a planforge run
// from its build tree). Themes are also found on the folders a user adds.

#include "plugins/search_path.hpp"

#include <planforge/engine.hpp>

#include <filesystem>
#include <vector>

namespace planforge::detail {

// Existing template folders planforge ships, in search order.
std::vector<std::filesystem::path> template_search_dirs();

// Where themes are found by name: --template-path folders, PLANFORGE_TEMPLATE_PATH, then
// template_search_dirs(). A --template-path that is not a folder is a problem.
SearchPath resolve_template_path(const TemplateOptions& options);

// The core's message catalogues (<tag>.messages): the install's, else the source tree's;
// empty when neither exists (English still works: it is built in).
std::filesystem::path messages_dir();

// The first template folder holding `relative` (e.g. "skeleton/plan.xml"), or empty.
std::filesystem::path find_template_file(const std::filesystem::path& relative);

}  // namespace planforge::detail
