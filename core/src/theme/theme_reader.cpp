#include "theme/theme_reader.hpp"

#include "theme/theme_elements.hpp"
#include "theme/units.hpp"

#include <map>
#include <string_view>

namespace planforge::detail {

namespace {

void check_geometry(ThemeXml& x, const pugi::xml_node& page, const pugi::xml_node& margins);

}  // namespace

void read_page(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"size", "orientation", "width", "height"});
  x.check_children(node, {});
  auto size = node.attribute("size");
  bool has_w = node.attribute("width"), has_h = node.attribute("height");
  if (size && (has_w || has_h)) {
    x.diags.error(x.src.at(node), "<page> takes either size or width and height, not both");
    return;
  }
  if (size) {
    if (auto paper = paper_size(size.value())) {
      x.theme.page_width = paper->first;
      x.theme.page_height = paper->second;
    } else {
      x.error(size, "is not a known paper size");
      x.diags.note(x.src.value_at(size),
                   "known sizes: A3, A4, A5, Letter, Legal; or give width "
                   "and height, e.g. width=\"210mm\" height=\"297mm\"");
    }
  } else if (has_w != has_h) {
    x.diags.error(x.src.at(node), "<page> needs both width and height");
  } else if (has_w) {
    double w = 0, h = 0;
    if (x.length(node, "width", w) && x.length(node, "height", h)) {
      // PDF viewers handle 3 in to 200 in; beyond that the page is not a page.
      auto bad = [](double v) { return v < 216 || v > 14400; };
      if (bad(w)) x.error(node.attribute("width"), "is outside 3in–200in");
      if (bad(h)) x.error(node.attribute("height"), "is outside 3in–200in");
      if (!bad(w) && !bad(h)) {
        x.theme.page_width = w;
        x.theme.page_height = h;
      }
    }
  }
  if (auto o = x.choice(node, "orientation", {"portrait", "landscape"})) {
    const bool want_landscape = *o == 1;
    if ((x.theme.page_width > x.theme.page_height) != want_landscape)
      std::swap(x.theme.page_width, x.theme.page_height);
  }
}

void read_margins(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"top", "right", "bottom", "left"});
  x.check_children(node, {});
  x.length(node, "top", x.theme.margin_top);
  x.length(node, "right", x.theme.margin_right);
  x.length(node, "bottom", x.theme.margin_bottom);
  x.length(node, "left", x.theme.margin_left);
}

namespace {

void check_geometry(ThemeXml& x, const pugi::xml_node& page, const pugi::xml_node& margins) {
  // At least a column of about 2 inches by 3 inches must remain for the body.
  double w = x.theme.page_width - x.theme.margin_left - x.theme.margin_right;
  double h = x.theme.page_height - x.theme.margin_top - x.theme.margin_bottom;
  if (w < 144 || h < 216) {
    auto at = margins != x.src.root() ? margins : page;
    x.diags.error(x.src.at(at),
                  "the margins leave too little room on the page (" + std::to_string(static_cast<int>(w)) +
                      "pt × " + std::to_string(static_cast<int>(h)) + "pt)",
                  {"at least 144pt × 216pt (2in × 3in) must remain between the margins"});
  }
}

// The reader of each element <theme> may hold. An element added to the format gets its
// reader in a file of its own and a line here (and in docs/templates.md).
const std::map<std::string_view, ElementReader>& element_readers() {
  static const std::map<std::string_view, ElementReader> readers{
      {"page", read_page},          {"margins", read_margins}, {"fonts", read_fonts},
      {"palette", read_palette},    {"type", read_type},       {"header", read_header},
      {"footer", read_footer},      {"cover", read_cover},     {"headings", read_headings},
      {"tables", read_tables},      {"links", read_links},     {"flow", read_flow},
      {"watermark", read_watermark}};
  return readers;
}

}  // namespace

bool read_theme_xml(const XmlSource& source, Theme& theme, Diagnostics& diags, const ReadScope* scope) {
  ThemeXml x(source, theme, diags, scope);
  auto root = source.root();
  if (std::string_view(root.name()) != "theme") {
    diags.error(source.at(root), "root element is <" + std::string(root.name()) + ">, not <theme>",
                {"a theme file starts with <theme format=\"1\">"});
    return false;
  }
  x.check_attributes(root, {"format", "name", "extends", "description"});
  if (auto format = root.attribute("format"); format && std::string_view(format.value()) != "1") {
    diags.error(source.value_at(format), "unknown theme format '" + std::string(format.value()) + "'",
                {"this planforge reads theme format 1"});
    return false;
  }
  if (auto name = root.attribute("name")) theme.name = name.value();
  // Each theme says what it is; a description is not inherited.
  theme.description = root.attribute("description").value();
  theme.extends = root.attribute("extends").value();

  const auto& readers = element_readers();
  // The allowed list for check_children, in the order the reference documents them.
  x.check_children(root, {"page", "margins", "fonts", "palette", "type", "header", "footer", "cover", "flow",
                          "headings", "tables", "links", "watermark"});
  std::map<std::string_view, pugi::xml_node> seen;
  for (auto child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (auto [it, fresh] = seen.emplace(name, child); !fresh) {
      diags.error(source.at(child), "duplicate <" + std::string(name) + ">",
                  {"the first one is at line " + std::to_string(source.at(it->second).line)});
      continue;
    }
    if (auto r = readers.find(name); r != readers.end()) r->second(x, child);
  }
  check_geometry(x, seen.count("page") ? seen["page"] : root, seen.count("margins") ? seen["margins"] : root);
  return true;
}

}  // namespace planforge::detail
