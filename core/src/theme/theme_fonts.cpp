// <fonts>, <palette> and <type>: the faces, colours and sizes everything is set in.
#include "theme/file_checks.hpp"
#include "theme/font_family.hpp"
#include "theme/theme_elements.hpp"
#include "theme/units.hpp"
#include "sdk/palette_names.hpp"

#include <planforge/style.hpp>

#include <algorithm>
#include <array>

namespace planforge::detail {

namespace {

void read_series(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {});
  x.check_children(node, {"color"});
  std::vector<Color> colors;
  for (auto c : node.children("color")) {
    x.check_attributes(c, {"value"});
    x.check_children(c, {});
    auto value = c.attribute("value");
    if (!value) {
      x.diags.error(x.src.at(c), "<color> needs a value, e.g. value=\"#1B2F50\"");
      continue;
    }
    if (Color parsed; x.color(c, "value", parsed)) colors.push_back(parsed);
  }
  if (colors.empty())
    x.diags.error(x.src.at(node), "<series> holds no colours", {"add <color value=\"#RRGGBB\"/>"});
  else
    x.theme.palette.series = std::move(colors);
}

}  // namespace

void read_fonts(ThemeXml& x, const pugi::xml_node& node) {
  static constexpr std::array<const char*, 4> names{"regular", "bold", "italic", "bold-italic"};
  x.check_attributes(
      node, {"family", "heading-family", "regular", "bold", "italic", "bold-italic", "heading", "package"});
  x.check_children(node, {});
  // Where the files come from, for the hint when one is missing.
  const std::string package = node.attribute("package").value();
  // Where each face is named, even when its file is no good: a font that fails later (in
  // FreeType, or the checks before libharu) is reported there.
  auto& where = x.theme.font_locations;
  const auto heading_style = static_cast<std::size_t>(FontStyle::heading);
  if (auto family = node.attribute("family")) {
    std::fill(where.begin(), where.begin() + 4, x.src.value_at(family));
    use_font_family(family.value(), x.src.value_at(family), x.theme.fonts, x.diags);
  }
  if (auto family = node.attribute("heading-family")) {
    where[heading_style] = x.src.value_at(family);
    use_heading_family(family.value(), x.src.value_at(family), x.theme.heading_font, x.diags);
  }
  auto font_file = [&](const pugi::xml_attribute& attr, std::size_t style, std::filesystem::path& out) {
    where[style] = x.src.value_at(attr);
    const auto resolved = x.resolve(attr, "font file");
    if (!resolved) return;
    const std::filesystem::path& path = *resolved;
    if (auto problem = font_file_problem(path); !problem.empty()) {
      std::vector<std::string> hints{"looked for " + path.string()};
      if (!package.empty()) hints.push_back("the theme's fonts come with Debian: apt-get install " + package);
      x.diags.error(x.src.value_at(attr), std::string("font file '") + attr.value() + "' " + problem,
                    std::move(hints));
      return;
    }
    out = path;
  };
  for (std::size_t i = 0; i < names.size(); ++i)
    if (auto attr = node.attribute(names[i])) font_file(attr, i, x.theme.fonts[i]);
  if (auto heading = node.attribute("heading")) {
    if (std::string_view(heading.value()).empty())
      x.theme.heading_font.clear();  // back to the bold face
    else
      font_file(heading, heading_style, x.theme.heading_font);
  }
}

void read_palette(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node,
                     {"text", "muted", "primary", "accent", "rule", "subtle", "good", "warning", "bad"});
  x.check_children(node, {"series"});
  for (std::string_view name : palette_color_names)
    x.color(node, std::string(name).c_str(), *palette_color(x.theme.palette, name));
  auto series = node.children("series");
  for (auto it = series.begin(); it != series.end(); ++it) {
    if (it != series.begin()) {
      x.diags.error(x.src.at(*it), "duplicate <series>");
      continue;
    }
    read_series(x, *it);
  }
}

void read_type(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"body", "small", "table", "line-height", "h1", "h2", "h3", "h4"});
  x.check_children(node, {});
  x.font_size(node, "body", x.theme.body_size, 5, 24);
  x.font_size(node, "small", x.theme.small_size, 4, 24);
  x.font_size(node, "table", x.theme.table_size, 4, 24);
  for (int level = 1; level <= 4; ++level) {
    std::string name = "h" + std::to_string(level);
    x.font_size(node, name.c_str(), x.theme.heading_sizes[level - 1], 5, 96);
  }
  if (auto attr = node.attribute("line-height")) {
    auto parsed = parse_factor(attr.value());
    if (!parsed.points)
      x.error(attr, parsed.problem);
    else if (*parsed.points < 0.8 || *parsed.points > 3)
      x.error(attr, "is outside 0.8–3 (a multiple of the font size)");
    else
      x.theme.line_height = *parsed.points;
  }
}

}  // namespace planforge::detail
