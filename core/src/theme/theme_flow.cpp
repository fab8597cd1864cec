// <flow>: how the body runs from page to page (section starts, the room a block needs).
#include "theme/theme_elements.hpp"
#include "theme/units.hpp"

namespace planforge::detail {

namespace {

void start_mode(ThemeXml& x, const pugi::xml_node& node, const char* name, PartStart& start) {
  static constexpr PartStart kModes[] = {PartStart::new_page, PartStart::continue_on_page,
                                         PartStart::automatic};
  if (auto mode = x.choice(node, name, {"new-page", "continue", "auto"})) start = kModes[*mode];
}

}  // namespace

void read_flow(ThemeXml& x, const pugi::xml_node& node) {
  x.check_attributes(node, {"section-start", "front-matter-start", "min-space"});
  x.check_children(node, {});
  start_mode(x, node, "section-start", x.theme.section_start);
  start_mode(x, node, "front-matter-start", x.theme.front_matter_start);
  if (auto attr = node.attribute("min-space")) {
    auto parsed = parse_percentage(attr.value());
    if (parsed.points)
      x.theme.min_space = *parsed.points;
    else
      x.error(attr, parsed.problem);
  }
}

}  // namespace planforge::detail
