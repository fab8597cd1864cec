// <header>, <footer>, <cover>, <headings>, <tables>, <links> and <watermark>: how the furniture
// and the blocks look.
#include "theme/file_checks.hpp"
#include "theme/theme_elements.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

void check_slot_text(ThemeXml& x, const pugi::xml_attribute& attr) {
  std::string_view text = attr.value();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    auto close = text.find('}', i);
    bool dollar = i > 0 && text[i - 1] == '$';
    if (close == std::string_view::npos) {
      x.error(attr, dollar ? "has a '${' without its closing '}'" : "has a '{' without its closing '}'");
      return;
    }
    auto word = text.substr(i + 1, close - i - 1);
    if (!dollar && word != "page" && word != "pages" && word != "page-of-pages")
      x.diags.warning(
          x.src.value_at(attr),
          "unknown placeholder '{" + std::string(word) + "}' in " + attr.name() + " (printed as written)",
          {"{page} and {pages} are page numbers, {page-of-pages} says \"Page 3 of 12\" in the "
           "plan's language; ${name} is a plan variable"});
    i = close;
  }
}

void read_slots(ThemeXml& x, const pugi::xml_node& node, std::array<std::string, 3>& slots) {
  x.check_attributes(node, {"left", "center", "right"});
  x.check_children(node, {});
  static constexpr std::array<const char*, 3> names{"left", "center", "right"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (auto attr = node.attribute(names[i])) {
      check_slot_text(x, attr);
      slots[i] = attr.value();
    }
  }
}

}  // namespace

void read_header(ThemeXml& x, const pugi::xml_node& node) { read_slots(x, node, x.theme.header); }
void read_footer(ThemeXml& x, const pugi::xml_node& node) { read_slots(x, node, x.theme.footer); }

void read_cover(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"style", "logo"});
  x.check_children(node, {});
  if (auto style = x.choice(node, "style", {cover_styles.begin(), cover_styles.end()}))
    x.theme.cover_style = cover_styles[*style];
  if (auto logo = node.attribute("logo")) {
    if (std::string_view(logo.value()).empty()) {
      x.theme.logo.clear();  // a theme may drop the logo of the theme it extends
      return;
    }
    const auto path = x.resolve(logo, "logo");
    if (!path) return;
    if (auto problem = image_file_problem(*path); !problem.empty())
      x.diags.error(x.src.value_at(logo), std::string("logo '") + logo.value() + "' " + problem,
                    {"looked for " + path->string()});
    else
      x.theme.logo = *path;
  }
}

void read_headings(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"face-levels", "color", "rule", "rule-color"});
  x.check_children(node, {});
  HeadingStyle& h = x.theme.headings;
  if (auto levels = x.choice(node, "face-levels", {"0", "1", "2", "3", "4"}))
    h.display_levels = static_cast<int>(*levels);
  x.role(node, "color", h.color);
  if (auto rule = x.choice(node, "rule", {"line", "bar", "none"}))
    h.rule = static_cast<HeadingStyle::Rule>(*rule);
  x.role(node, "rule-color", h.rule_color);
}

void read_tables(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"header", "stripes", "row-rules"});
  x.check_children(node, {});
  TableStyle& t = x.theme.tables;
  if (auto header = x.choice(node, "header", {"filled", "tinted", "ruled"}))
    t.header = static_cast<TableStyle::Header>(*header);
  x.flag(node, "stripes", t.stripes);
  x.flag(node, "row-rules", t.row_rules);
}

void read_links(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"color"});
  x.check_children(node, {});
  x.role(node, "color", x.theme.link_color);
}

void read_watermark(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"draft"});
  x.check_children(node, {});
  x.flag(node, "draft", x.theme.draft_watermark);
}

}  // namespace planforge::detail
