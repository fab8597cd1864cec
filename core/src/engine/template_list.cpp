// `planforge templates`: the themes on the template search path, each loaded and checked.
#include "engine/install_paths.hpp"
#include "engine/runs.hpp"
#include "theme/theme.hpp"
#include "theme/units.hpp"

#include <algorithm>
#include <map>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

// Folders holding a theme.xml, sorted by name (skeleton/ and plugin/ hold none).
std::vector<fs::path> theme_folders(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_directory(type_ec) && fs::is_regular_file(it->path() / "theme.xml", type_ec))
      out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

TemplateCandidate examine(const fs::path& folder, const std::vector<fs::path>& search) {
  TemplateCandidate c;
  c.name = folder.filename().string();
  c.file = folder / "theme.xml";
  Diagnostics diags;
  const auto theme = load_theme(ThemeRequest{folder.string(), Location{c.file.string()}, {}}, search, diags);
  c.usable = theme.has_value();
  if (theme) {
    c.description = theme->description;
    c.extends = theme->extends;
    c.page = describe_page(theme->page_width, theme->page_height);
  } else {
    for (const Diagnostic& d : diags.sorted())
      if (d.severity == Severity::error) {
        c.problem = format_diagnostic(d);
        c.problem = c.problem.substr(0, c.problem.find('\n'));  // the hints stay out of a listing
        break;
      }
  }
  return c;
}

}  // namespace

std::vector<TemplateCandidate> run_list_templates(const TemplateOptions& options,
                                                  std::vector<Diagnostic>& problems) {
  SearchPath search = resolve_template_path(options);
  problems.insert(problems.end(), search.problems.begin(), search.problems.end());
  std::vector<TemplateCandidate> out;
  std::map<std::string, fs::path> first;  // name -> the theme.xml that name selects
  for (const auto& dir : search.folders) {
    for (const auto& folder : theme_folders(dir)) {
      TemplateCandidate c = examine(folder, search.folders);
      if (auto [it, fresh] = first.emplace(c.name, c.file); !fresh) c.shadowed_by = it->second;
      out.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace planforge::detail
