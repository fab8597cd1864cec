// Finding a theme by name or folder, and following `extends` to the theme it builds on.

#include "theme/theme.hpp"

#include "input/read_scope.hpp"
#include "theme/theme_reader.hpp"
#include "theme/xml_source.hpp"

#include <algorithm>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

// A chain this deep is a mistake even without a cycle.
constexpr std::size_t max_extends_depth = 8;

bool looks_like_path(const std::string& s) {
  return s.find('/') != std::string::npos || s == "." || s == "..";
}

fs::path absolute_normal(const fs::path& p) {
  std::error_code ec;
  auto abs = fs::absolute(p, ec);
  return (ec ? p : abs).lexically_normal();
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

// A theme given as a path: a folder holding theme.xml, or the theme.xml itself.
std::optional<fs::path> find_by_path(const std::string& given, const fs::path& base,
                                     std::vector<std::string>& looked) {
  fs::path p = fs::path(given).is_relative() ? base / given : fs::path(given);
  std::error_code ec;
  // A folder, or what would be one: "./brand" names brand/theme.xml even when it is missing.
  if (fs::is_directory(p, ec) || (!is_file(p) && p.extension() != ".xml")) p /= "theme.xml";
  looked.push_back(p.lexically_normal().string());
  if (is_file(p)) return p.lexically_normal();
  return std::nullopt;
}

// `skip`: a theme that extends its own name builds on the next theme of that name (a
// house "default" on the template path over the shipped one), not on itself.
std::optional<fs::path> find_by_name(const std::string& name, const std::vector<fs::path>& dirs,
                                     std::vector<std::string>& looked, const fs::path& skip = {}) {
  for (const auto& dir : dirs) {
    auto candidate = (dir / name / "theme.xml").lexically_normal();
    if (!skip.empty() && absolute_normal(candidate) == skip) continue;
    looked.push_back(candidate.string());
    if (is_file(candidate)) return candidate;
  }
  return std::nullopt;
}

std::vector<std::string> looked_hints(const std::vector<std::string>& looked) {
  std::vector<std::string> hints;
  for (const auto& l : looked) hints.push_back("looked for " + l);
  if (looked.empty()) hints.push_back("no template folders were given to search");
  return hints;
}

// A theme file outside the scope, or nullopt when it is inside: "template './brand' leads
// outside the plan's folder through a symbolic link (to /srv/brand/theme.xml)".
std::optional<std::string> outside(const ReadScope& scope, std::string_view what, std::string_view written,
                                   const fs::path& file) {
  const ReadScope::Resolved resolved = scope.resolve({}, absolute_normal(file).string());
  if (resolved.status != ReadScope::Status::outside) return std::nullopt;
  return ReadScope::outside_message(what, written, resolved);
}

// `scope` (a plan's template, theme.hpp) confines the themes a confined theme reaches by
// path or from its sibling folder, and the files they name; a theme on the search path is
// the user's and frees what it extends.
class Loader {
 public:
  Loader(const std::vector<fs::path>& search_dirs, Diagnostics& diags, const ReadScope* scope)
      : search_dirs_(search_dirs), diags_(diags), scope_(scope) {}

  std::optional<Theme> load(const fs::path& xml, bool confined);

 private:
  std::optional<Theme> load_base(const XmlSource& src, const pugi::xml_attribute& extends,
                                 const fs::path& dir, bool confined);
  void check_fonts(const XmlSource& src, const Theme& theme);

  const std::vector<fs::path>& search_dirs_;
  Diagnostics& diags_;
  const ReadScope* scope_;
  std::vector<fs::path> chain_;  // theme files being loaded, outermost first
};

std::optional<Theme> Loader::load(const fs::path& xml, bool confined) {
  XmlSource src;
  if (!src.load(xml, diags_)) return std::nullopt;
  std::size_t errors_before = diags_.error_count();
  auto dir = absolute_normal(xml.parent_path());

  Theme theme;
  auto root = src.root();
  if (auto extends = root.attribute("extends"); extends && std::string_view(root.name()) == "theme") {
    chain_.push_back(absolute_normal(xml));
    auto base = load_base(src, extends, dir, confined);
    chain_.pop_back();
    if (!base) return std::nullopt;
    theme = std::move(*base);
  }
  theme.dir = dir;
  theme.name = dir.filename().string();
  theme.files.push_back(absolute_normal(xml));
  bool understood = read_theme_xml(src, theme, diags_, confined ? scope_ : nullptr);
  if (understood && chain_.empty()) check_fonts(src, theme);
  if (diags_.error_count() != errors_before) return std::nullopt;
  return theme;
}

std::optional<Theme> Loader::load_base(const XmlSource& src, const pugi::xml_attribute& extends,
                                       const fs::path& dir, bool confined) {
  std::string given = extends.value();
  std::vector<std::string> looked;
  std::optional<fs::path> found;
  bool base_confined = confined;
  if (looks_like_path(given)) {
    found = find_by_path(given, dir, looked);
  } else if (!given.empty()) {
    // A sibling folder first: a theme and the one it extends usually sit side by side. A
    // confined theme's siblings are looked at only inside the scope.
    const fs::path siblings = dir.parent_path();
    std::vector<fs::path> dirs;
    if (!confined || scope_->allows(canonical_or_normal(siblings))) dirs.push_back(siblings);
    dirs.insert(dirs.end(), search_dirs_.begin(), search_dirs_.end());
    found = find_by_name(given, dirs, looked, chain_.back());
    base_confined = confined && found && found->parent_path().parent_path() == siblings;
  }
  if (!found) {
    diags_.error(src.value_at(extends), "base theme '" + given + "' not found", looked_hints(looked));
    return std::nullopt;
  }
  auto key = absolute_normal(*found);
  if (std::find(chain_.begin(), chain_.end(), key) != chain_.end()) {
    diags_.error(src.value_at(extends), "theme '" + given + "' extends itself through " + key.string());
    return std::nullopt;
  }
  if (chain_.size() >= max_extends_depth) {
    diags_.error(src.value_at(extends),
                 "themes extend each other more than " + std::to_string(max_extends_depth) + " levels deep");
    return std::nullopt;
  }
  if (base_confined)
    if (auto problem = outside(*scope_, "base theme", given, *found)) {
      diags_.error(src.value_at(extends), *problem, {scope_->outside_hint()});
      return std::nullopt;
    }
  auto base = load(*found, base_confined);
  if (!base) diags_.note(src.value_at(extends), "in the theme '" + given + "' extended here");
  return base;
}

void Loader::check_fonts(const XmlSource& src, const Theme& theme) {
  static constexpr std::array<const char*, 4> names{"regular", "bold", "italic", "bold-italic"};
  for (std::size_t i = 0; i < names.size(); ++i)
    if (theme.fonts[i].empty() &&
        theme.font_locations[i].file.empty())  // a named but broken font was reported
      diags_.error(src.at(src.root()), std::string("the theme names no ") + names[i] + " font",
                   {std::string("add <fonts ") + names[i] + "=\"fonts/….ttf\"/> or extends=\"default\""});
}

}  // namespace

std::optional<fs::path> find_theme(const ThemeRequest& request, const std::vector<fs::path>& search_dirs,
                                   std::vector<std::string>& looked) {
  const std::string& given = request.written;
  if (looks_like_path(given) || fs::path(given).is_absolute())
    return find_by_path(given, request.base, looked);
  if (given.empty()) return std::nullopt;
  return find_by_name(given, search_dirs, looked);
}

std::optional<Theme> load_theme(const ThemeRequest& request, const std::vector<fs::path>& search_dirs,
                                Diagnostics& diags) {
  std::vector<std::string> looked;
  auto found = find_theme(request, search_dirs, looked);
  if (!found) {
    const std::string& given = request.written;
    auto hints = looked_hints(looked);
    std::error_code ec;
    if (!looks_like_path(given) && !given.empty() && fs::is_directory(request.base / given, ec))
      hints.push_back("to use the folder '" + given + "' here, write ./" + given);
    diags.error(request.where, "theme '" + given + "' not found", std::move(hints));
    return std::nullopt;
  }
  // A plan's template by name comes from the search path: the user's, not confined.
  const bool confined =
      request.scope && (looks_like_path(request.written) || fs::path(request.written).is_absolute());
  if (confined)
    if (auto problem = outside(*request.scope, "template", request.written, *found)) {
      diags.error(request.where, *problem, {request.scope->outside_hint()});
      return std::nullopt;
    }
  return Loader(search_dirs, diags, request.scope).load(*found, confined);
}

std::optional<Theme> load_theme(const std::string& name_or_dir, const std::vector<fs::path>& search_dirs,
                                Diagnostics& diags) {
  return load_theme(ThemeRequest{name_or_dir, Location{name_or_dir}, {}}, search_dirs, diags);
}

}  // namespace planforge::detail
