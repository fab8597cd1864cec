#include "layout/context.hpp"

namespace planforge::detail {

LayoutContext::LayoutContext(const DocumentInput& input_, const Theme& theme_,
                             const FontSet& fonts_, Diagnostics& diags_)
    : input(input_), theme(theme_), fonts(fonts_), diags(diags_) {
  page.width = theme.page_width;
  page.height = theme.page_height;
  page.left = theme.margin_left;
  page.right = theme.page_width - theme.margin_right;
  page.top = theme.margin_top;
  page.bottom = theme.page_height - theme.margin_bottom;
}

std::string LayoutContext::ref_key(const std::string& id) const {
  if (anchor_keys.count(id)) return id;
  const auto fallback = input.fallback_anchor.find(id);
  if (fallback != input.fallback_anchor.end() && anchor_keys.count(fallback->second))
    return fallback->second;
  return {};
}

int LayoutContext::page_number(const std::string& key) {
  used_numbers = true;
  const auto it = known_pages.find(key);
  const int number = it == known_pages.end() ? 0 : it->second;
  printed[key] = number;
  // A guess with the width of a typical number keeps the first pass's lines close to final.
  return number == 0 ? 10 : number;
}

}  // namespace planforge::detail
