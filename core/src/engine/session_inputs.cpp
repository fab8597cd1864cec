// The files a run depends on: what `planforge watch` watches.
#include "engine/session.hpp"

#include <set>

namespace planforge::detail {

namespace fs = std::filesystem;

std::vector<fs::path> Session::inputs() const {
  std::set<fs::path> files;
  if (plan) {
    files.insert(plan->paths.begin(), plan->paths.end());
    files.insert(plan->missing.begin(), plan->missing.end());
    // Whatever the plan names with href (a logo, an image), relative to the file naming it;
    // links point at the web and includes are in `paths` already.
    std::vector<const Node*> stack;
    if (plan->root) stack.push_back(plan->root);
    while (!stack.empty()) {
      const Node* node = stack.back();
      stack.pop_back();
      for (const Node* child : node->children)
        if (child->kind == Node::Kind::element) stack.push_back(child);
      const Attribute* href = node->find_attribute("href");
      if (!href || node->name == "link" || href->value.empty() || node->file >= plan->paths.size()) continue;
      const fs::path named(std::string(href->value));
      if (named.has_root_name() || href->value.find("://") != std::string_view::npos) continue;
      files.insert((plan->paths[node->file].parent_path() / named).lexically_normal());
    }
  }
  if (plan && !plan->meta.brand.logo.empty()) files.insert(plan->meta.brand.logo);
  if (theme) {
    files.insert(theme->dir / "theme.xml");
    files.insert(theme->files.begin(), theme->files.end());  // the themes it extends too
    for (const fs::path& font : theme->fonts)
      if (!font.empty()) files.insert(font);
    if (!theme->heading_font.empty()) files.insert(theme->heading_font);
    if (!theme->logo.empty()) files.insert(theme->logo);
  }
  return {files.begin(), files.end()};
}

std::vector<fs::path> Session::plugin_files() const {
  std::vector<fs::path> out;
  if (host_)
    for (const PluginCandidate& candidate : host_->candidates()) out.push_back(candidate.file);
  return out;
}

}  // namespace planforge::detail
