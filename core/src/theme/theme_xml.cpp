#include "theme/theme_xml.hpp"

#include "input/read_scope.hpp"

#include "sdk/suggest.hpp"
#include "theme/units.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

std::string join_names(std::initializer_list<std::string_view> names) {
  return loader::join_choices(loader::names(names), ", ");
}

}  // namespace

void ThemeXml::check_attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) {
  for (auto attr = node.first_attribute(); attr; attr = attr.next_attribute()) {
    std::string_view name = attr.name();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      auto hints = loader::did_you_mean(name, loader::names(allowed));
      hints.push_back(allowed.size() ? "<" + std::string(node.name()) + "> takes: " + join_names(allowed)
                                     : "<" + std::string(node.name()) + "> takes no attributes");
      diags.error(src.at(attr), "unknown attribute '" + std::string(name) + "' on <" + node.name() + ">",
                  std::move(hints));
      continue;
    }
    for (auto prev = node.first_attribute(); prev != attr; prev = prev.next_attribute())
      if (name == prev.name()) {
        diags.error(src.at(attr), "duplicate attribute '" + std::string(name) + "'");
        break;
      }
  }
}

void ThemeXml::check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed) {
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      // White space between elements is layout, not text.
      std::string_view text = child.value();
      if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
      diags.error(src.at(child), "unexpected text in <" + std::string(node.name()) + ">");
    } else if (child.type() == pugi::node_element &&
               std::find(allowed.begin(), allowed.end(), std::string_view(child.name())) == allowed.end()) {
      auto hints = loader::did_you_mean(child.name(), loader::names(allowed));
      hints.push_back(allowed.size() ? "<" + std::string(node.name()) + "> holds: " + join_names(allowed)
                                     : "<" + std::string(node.name()) + "> holds no elements");
      diags.error(src.at(child),
                  "unknown element <" + std::string(child.name()) + "> in <" + node.name() + ">",
                  std::move(hints));
    }
  }
}

void ThemeXml::error(const pugi::xml_attribute& attr, const std::string& what,
                     std::vector<std::string> hints) {
  diags.error(src.value_at(attr), std::string(attr.name()) + " '" + attr.value() + "' " + what,
              std::move(hints));
}

bool ThemeXml::length(const pugi::xml_node& node, const char* name, double& out) {
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

bool ThemeXml::font_size(const pugi::xml_node& node, const char* name, double& out, double lo, double hi) {
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

bool ThemeXml::color(const pugi::xml_node& node, const char* name, Color& out) {
  auto attr = node.attribute(name);
  if (!attr) return false;
  if (auto c = Color::parse(attr.value())) {
    out = *c;
    return true;
  }
  error(attr, "is not a colour", {"write colours as #RRGGBB, e.g. #1B2F50"});
  return false;
}

std::optional<std::size_t> ThemeXml::choice(const pugi::xml_node& node, const char* name,
                                            const std::vector<std::string_view>& choices) {
  auto attr = node.attribute(name);
  if (!attr) return std::nullopt;
  const std::string_view value = attr.value();
  for (std::size_t i = 0; i < choices.size(); ++i)
    if (choices[i] == value) return i;
  auto hints = loader::did_you_mean(value, choices);
  const std::string listed = loader::join_choices(choices);
  error(attr, choices.size() == 2 ? "is not " + listed : "is not one of " + listed, std::move(hints));
  return std::nullopt;
}

bool ThemeXml::flag(const pugi::xml_node& node, const char* name, bool& out) {
  auto i = choice(node, name, {"yes", "no"});
  if (i) out = *i == 0;
  return i.has_value();
}

bool ThemeXml::role(const pugi::xml_node& node, const char* name, PaletteRole& out) {
  auto i = choice(node, name, {"text", "muted", "primary", "accent"});
  if (i) out = static_cast<PaletteRole>(*i);
  return i.has_value();
}

std::optional<std::filesystem::path> ThemeXml::resolve(const pugi::xml_attribute& attr,
                                                       std::string_view what) {
  std::filesystem::path p = attr.value();
  if (p.is_relative()) p = theme.dir / p;
  if (!scope_) return p.lexically_normal();
  // Refused before it is opened, like the plan's own includes and logo.
  const ReadScope::Resolved resolved = scope_->resolve(theme.dir, attr.value());
  if (resolved.status != ReadScope::Status::outside) return resolved.path;
  diags.error(src.value_at(attr), ReadScope::outside_message(what, attr.value(), resolved),
              {scope_->outside_hint()});
  return std::nullopt;
}

}  // namespace planforge::detail
