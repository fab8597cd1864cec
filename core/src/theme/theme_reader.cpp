#include "theme/theme_reader.hpp"

#include "plan/suggest.hpp"
#include "theme/file_checks.hpp"
#include "theme/units.hpp"

#include <planforge/style.hpp>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string_view>

namespace planforge::detail {

namespace {

std::string join(std::initializer_list<std::string_view> names) {
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

class Reader {
 public:
  Reader(const XmlSource& source, Theme& theme, Diagnostics& diags)
      : src_(source), theme_(theme), diags_(diags) {}

  bool read_root();

 private:
  // Reports unknown and duplicate attributes.
  void check_attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed);
  // Reports text, and child elements other than `allowed`.
  void check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed);
  void error(const pugi::xml_attribute& attr, const std::string& what,
             std::vector<std::string> hints = {}) {
    diags_.error(src_.value_at(attr), std::string(attr.name()) + " '" + attr.value() + "' " + what,
                 std::move(hints));
  }

  void read_page(const pugi::xml_node& node);
  void read_margins(const pugi::xml_node& node);
  void read_fonts(const pugi::xml_node& node);
  void read_palette(const pugi::xml_node& node);
  void read_series(const pugi::xml_node& node);
  void read_type(const pugi::xml_node& node);
  void read_slots(const pugi::xml_node& node, std::array<std::string, 3>& slots);
  void read_cover(const pugi::xml_node& node);
  void read_flow(const pugi::xml_node& node);
  void start_mode(const pugi::xml_node& node, const char* name, bool& new_page);
  void check_geometry(const pugi::xml_node& page, const pugi::xml_node& margins);

  bool length(const pugi::xml_node& node, const char* name, double& out);
  bool font_size(const pugi::xml_node& node, const char* name, double& out, double lo, double hi);
  void color(const pugi::xml_node& node, const char* name, Color& out);
  void check_slot_text(const pugi::xml_attribute& attr);
  std::filesystem::path resolve(const pugi::xml_attribute& attr) const;

  const XmlSource& src_;
  Theme& theme_;
  Diagnostics& diags_;
};

void Reader::check_attributes(const pugi::xml_node& node,
                              std::initializer_list<std::string_view> allowed) {
  for (auto attr = node.first_attribute(); attr; attr = attr.next_attribute()) {
    std::string_view name = attr.name();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      auto hints = loader::did_you_mean(name, loader::names(allowed));
      hints.push_back(allowed.size() ? "<" + std::string(node.name()) + "> takes: " + join(allowed)
                                     : "<" + std::string(node.name()) + "> takes no attributes");
      diags_.error(src_.at(attr),
                   "unknown attribute '" + std::string(name) + "' on <" + node.name() + ">",
                   std::move(hints));
      continue;
    }
    // pugixml keeps duplicate attributes silently and reads the first: say so.
    for (auto prev = node.first_attribute(); prev != attr; prev = prev.next_attribute())
      if (name == prev.name()) {
        diags_.error(src_.at(attr), "duplicate attribute '" + std::string(name) + "'");
        break;
      }
  }
}

void Reader::check_children(const pugi::xml_node& node,
                            std::initializer_list<std::string_view> allowed) {
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      // White space between elements is layout, not text.
      std::string_view text = child.value();
      if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
      diags_.error(src_.at(child), "unexpected text in <" + std::string(node.name()) + ">");
    } else if (child.type() == pugi::node_element &&
               std::find(allowed.begin(), allowed.end(), std::string_view(child.name())) ==
                   allowed.end()) {
      auto hints = loader::did_you_mean(child.name(), loader::names(allowed));
      hints.push_back(allowed.size() ? "<" + std::string(node.name()) + "> holds: " + join(allowed)
                                     : "<" + std::string(node.name()) + "> holds no elements");
      diags_.error(src_.at(child),
                   "unknown element <" + std::string(child.name()) + "> in <" + node.name() + ">",
                   std::move(hints));
    }
  }
}

bool Reader::length(const pugi::xml_node& node, const char* name, double& out) {
  auto attr = node.attribute(name);
  if (!attr) return false;
  auto parsed = parse_length(attr.value());
  if (!parsed.points) {
    error(attr, parsed.problem);
    return false;
  }
  out = *parsed.points;
  return true;
}

bool Reader::font_size(const pugi::xml_node& node, const char* name, double& out, double lo,
                       double hi) {
  auto attr = node.attribute(name);
  if (!attr) return false;
  auto parsed = parse_font_size(attr.value());
  if (!parsed.points) {
    error(attr, parsed.problem);
  } else if (*parsed.points < lo || *parsed.points > hi) {
    error(attr, "is outside " + std::to_string(static_cast<int>(lo)) + "–" +
                    std::to_string(static_cast<int>(hi)) + "pt");
  } else {
    out = *parsed.points;
    return true;
  }
  return false;
}

void Reader::color(const pugi::xml_node& node, const char* name, Color& out) {
  auto attr = node.attribute(name);
  if (!attr) return;
  if (auto c = Color::parse(attr.value())) {
    out = *c;
  } else {
    diags_.error(src_.value_at(attr),
                 std::string(name) + " '" + attr.value() + "' is not a colour",
                 {"write colours as #RRGGBB, e.g. #1B2F50"});
  }
}

std::filesystem::path Reader::resolve(const pugi::xml_attribute& attr) const {
  std::filesystem::path p = attr.value();
  if (p.is_relative()) p = theme_.dir / p;
  return p.lexically_normal();
}

bool Reader::read_root() {
  auto root = src_.root();
  if (std::string_view(root.name()) != "theme") {
    diags_.error(src_.at(root), "root element is <" + std::string(root.name()) + ">, not <theme>",
                 {"a theme file starts with <theme format=\"1\">"});
    return false;
  }
  check_attributes(root, {"format", "name", "extends", "description"});
  if (auto format = root.attribute("format"); format && std::string_view(format.value()) != "1") {
    diags_.error(src_.value_at(format),
                 "unknown theme format '" + std::string(format.value()) + "'",
                 {"this planforge reads theme format 1"});
    return false;
  }
  if (auto name = root.attribute("name")) theme_.name = name.value();
  // Each theme says what it is; a description is not inherited.
  theme_.description = root.attribute("description").value();
  theme_.extends = root.attribute("extends").value();

  using Handler = void (Reader::*)(const pugi::xml_node&);
  static const std::map<std::string_view, Handler> handlers{
      {"page", &Reader::read_page},     {"margins", &Reader::read_margins},
      {"fonts", &Reader::read_fonts},   {"palette", &Reader::read_palette},
      {"type", &Reader::read_type},     {"cover", &Reader::read_cover},
      {"flow", &Reader::read_flow}};
  check_children(root, {"page", "margins", "fonts", "palette", "type", "header", "footer",
                        "cover", "flow"});
  std::map<std::string_view, pugi::xml_node> seen;
  for (auto child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (auto [it, fresh] = seen.emplace(name, child); !fresh) {
      diags_.error(src_.at(child), "duplicate <" + std::string(name) + ">",
                   {"the first one is at line " + std::to_string(src_.at(it->second).line)});
      continue;
    }
    if (name == "header") {
      read_slots(child, theme_.header);
    } else if (name == "footer") {
      read_slots(child, theme_.footer);
    } else if (auto h = handlers.find(name); h != handlers.end()) {
      (this->*(h->second))(child);
    }
  }
  check_geometry(seen.count("page") ? seen["page"] : root,
                 seen.count("margins") ? seen["margins"] : root);
  return true;
}

void Reader::read_page(const pugi::xml_node& node) {
  check_attributes(node, {"size", "orientation", "width", "height"});
  check_children(node, {});
  auto size = node.attribute("size");
  bool has_w = node.attribute("width"), has_h = node.attribute("height");
  if (size && (has_w || has_h)) {
    diags_.error(src_.at(node), "<page> takes either size or width and height, not both");
    return;
  }
  if (size) {
    if (auto paper = paper_size(size.value())) {
      theme_.page_width = paper->first;
      theme_.page_height = paper->second;
    } else {
      error(size, "is not a known paper size");
      diags_.note(src_.value_at(size), "known sizes: A3, A4, A5, Letter, Legal; or give width "
                                       "and height, e.g. width=\"210mm\" height=\"297mm\"");
    }
  } else if (has_w != has_h) {
    diags_.error(src_.at(node), "<page> needs both width and height");
  } else if (has_w) {
    double w = 0, h = 0;
    if (length(node, "width", w) && length(node, "height", h)) {
      // PDF viewers handle 3 in to 200 in; beyond that the page is not a page.
      auto bad = [](double v) { return v < 216 || v > 14400; };
      if (bad(w)) error(node.attribute("width"), "is outside 3in–200in");
      if (bad(h)) error(node.attribute("height"), "is outside 3in–200in");
      if (!bad(w) && !bad(h)) {
        theme_.page_width = w;
        theme_.page_height = h;
      }
    }
  }
  if (auto orientation = node.attribute("orientation")) {
    std::string_view o = orientation.value();
    if (o == "landscape" || o == "portrait") {
      bool want_landscape = o == "landscape";
      if ((theme_.page_width > theme_.page_height) != want_landscape)
        std::swap(theme_.page_width, theme_.page_height);
    } else {
      error(orientation, "is not portrait or landscape",
            loader::did_you_mean(o, loader::names({"portrait", "landscape"})));
    }
  }
}

void Reader::read_margins(const pugi::xml_node& node) {
  check_attributes(node, {"top", "right", "bottom", "left"});
  check_children(node, {});
  length(node, "top", theme_.margin_top);
  length(node, "right", theme_.margin_right);
  length(node, "bottom", theme_.margin_bottom);
  length(node, "left", theme_.margin_left);
}

void Reader::check_geometry(const pugi::xml_node& page, const pugi::xml_node& margins) {
  // At least a column of about 2 inches by 3 inches must remain for the body.
  double w = theme_.page_width - theme_.margin_left - theme_.margin_right;
  double h = theme_.page_height - theme_.margin_top - theme_.margin_bottom;
  if (w < 144 || h < 216) {
    auto at = margins != src_.root() ? margins : page;
    diags_.error(src_.at(at), "the margins leave too little room on the page (" +
                                  std::to_string(static_cast<int>(w)) + "pt × " +
                                  std::to_string(static_cast<int>(h)) + "pt)",
                 {"at least 144pt × 216pt (2in × 3in) must remain between the margins"});
  }
}

void Reader::read_fonts(const pugi::xml_node& node) {
  static constexpr std::array<const char*, 4> names{"regular", "bold", "italic", "bold-italic"};
  check_attributes(node, {"regular", "bold", "italic", "bold-italic"});
  check_children(node, {});
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto attr = node.attribute(names[i]);
    if (!attr) continue;
    auto path = resolve(attr);
    if (auto problem = font_file_problem(path); !problem.empty()) {
      diags_.error(src_.value_at(attr), std::string("font file '") + attr.value() + "' " + problem,
                   {"looked for " + path.string()});
      continue;
    }
    theme_.fonts[i] = path;
  }
}

void Reader::read_palette(const pugi::xml_node& node) {
  check_attributes(node, {"text", "muted", "primary", "accent", "rule", "subtle", "good",
                          "warning", "bad"});
  check_children(node, {"series"});
  auto& p = theme_.palette;
  color(node, "text", p.text);
  color(node, "muted", p.muted);
  color(node, "primary", p.primary);
  color(node, "accent", p.accent);
  color(node, "rule", p.rule);
  color(node, "subtle", p.subtle);
  color(node, "good", p.good);
  color(node, "warning", p.warning);
  color(node, "bad", p.bad);
  auto series = node.children("series");
  for (auto it = series.begin(); it != series.end(); ++it) {
    if (it != series.begin()) {
      diags_.error(src_.at(*it), "duplicate <series>");
      continue;
    }
    read_series(*it);
  }
}

void Reader::read_series(const pugi::xml_node& node) {
  check_attributes(node, {});
  check_children(node, {"color"});
  std::vector<Color> colors;
  for (auto c : node.children("color")) {
    check_attributes(c, {"value"});
    check_children(c, {});
    auto value = c.attribute("value");
    if (!value) {
      diags_.error(src_.at(c), "<color> needs a value, e.g. value=\"#1B2F50\"");
      continue;
    }
    Color parsed;
    std::size_t errors = diags_.error_count();
    color(c, "value", parsed);
    if (diags_.error_count() == errors) colors.push_back(parsed);
  }
  if (colors.empty())
    diags_.error(src_.at(node), "<series> holds no colours", {"add <color value=\"#RRGGBB\"/>"});
  else
    theme_.palette.series = std::move(colors);
}

void Reader::read_type(const pugi::xml_node& node) {
  check_attributes(node, {"body", "small", "table", "line-height", "h1", "h2", "h3", "h4"});
  check_children(node, {});
  font_size(node, "body", theme_.body_size, 5, 24);
  font_size(node, "small", theme_.small_size, 4, 24);
  font_size(node, "table", theme_.table_size, 4, 24);
  for (int level = 1; level <= 4; ++level) {
    std::string name = "h" + std::to_string(level);
    font_size(node, name.c_str(), theme_.heading_sizes[level - 1], 5, 96);
  }
  if (auto attr = node.attribute("line-height")) {
    auto parsed = parse_factor(attr.value());
    if (!parsed.points)
      error(attr, parsed.problem);
    else if (*parsed.points < 0.8 || *parsed.points > 3)
      error(attr, "is outside 0.8–3 (a multiple of the font size)");
    else
      theme_.line_height = *parsed.points;
  }
}

void Reader::read_slots(const pugi::xml_node& node, std::array<std::string, 3>& slots) {
  check_attributes(node, {"left", "center", "right"});
  check_children(node, {});
  static constexpr std::array<const char*, 3> names{"left", "center", "right"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (auto attr = node.attribute(names[i])) {
      check_slot_text(attr);
      slots[i] = attr.value();
    }
  }
}

void Reader::check_slot_text(const pugi::xml_attribute& attr) {
  std::string_view text = attr.value();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') continue;
    auto close = text.find('}', i);
    bool dollar = i > 0 && text[i - 1] == '$';
    if (close == std::string_view::npos) {
      error(attr, dollar ? "has a '${' without its closing '}'" : "has a '{' without its closing '}'");
      return;
    }
    auto word = text.substr(i + 1, close - i - 1);
    if (!dollar && word != "page" && word != "pages" && word != "page-of-pages")
      diags_.warning(src_.value_at(attr), "unknown placeholder '{" + std::string(word) + "}' in " +
                                              attr.name() + " (printed as written)",
                     {"{page} and {pages} are page numbers, {page-of-pages} says \"Page 3 of 12\" in the "
                      "plan's language; ${name} is a plan variable"});
    i = close;
  }
}

void Reader::read_cover(const pugi::xml_node& node) {
  check_attributes(node, {"style", "logo"});
  check_children(node, {});
  if (auto style = node.attribute("style")) {
    std::string_view s = style.value();
    if (std::find(cover_styles.begin(), cover_styles.end(), s) == cover_styles.end())
      error(style, "is not a cover style (band, plain or full)",
            loader::did_you_mean(s, {cover_styles.begin(), cover_styles.end()}));
    else
      theme_.cover_style = s;
  }
  if (auto logo = node.attribute("logo")) {
    if (std::string_view(logo.value()).empty()) {
      theme_.logo.clear();  // a theme may drop the logo of the theme it extends
      return;
    }
    auto path = resolve(logo);
    if (auto problem = image_file_problem(path); !problem.empty())
      diags_.error(src_.value_at(logo), std::string("logo '") + logo.value() + "' " + problem,
                   {"looked for " + path.string()});
    else
      theme_.logo = path;
  }
}

void Reader::start_mode(const pugi::xml_node& node, const char* name, bool& new_page) {
  auto attr = node.attribute(name);
  if (!attr) return;
  const std::string_view v = attr.value();
  if (v == "new-page" || v == "continue")
    new_page = v == "new-page";
  else
    error(attr, "is not new-page or continue");
}

void Reader::read_flow(const pugi::xml_node& node) {
  check_attributes(node, {"section-start", "front-matter-start", "min-space"});
  check_children(node, {});
  start_mode(node, "section-start", theme_.section_new_page);
  start_mode(node, "front-matter-start", theme_.front_matter_new_page);
  if (auto attr = node.attribute("min-space")) {
    auto parsed = parse_percentage(attr.value());
    if (parsed.points)
      theme_.min_space = *parsed.points;
    else
      error(attr, parsed.problem);
  }
}

}  // namespace

bool read_theme_xml(const XmlSource& source, Theme& theme, Diagnostics& diags) {
  return Reader(source, theme, diags).read_root();
}

}  // namespace planforge::detail
