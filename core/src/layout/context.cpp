#include "layout/context.hpp"

namespace planforge::detail {

LayoutContext::LayoutContext(const DocumentInput& input_, const Theme& theme_, const FontSet& fonts_,
                             Diagnostics& diags_)
    : input(input_), theme(theme_), fonts(fonts_), diags(diags_), page(geometry(false)) {
  hyphenator = Hyphenator::for_locale(input.locale.language(), input.locale.tag());
}

PageGeometry LayoutContext::geometry(bool landscape) const {
  // A landscape page keeps the theme's margins, each on the same side as the reader sees it.
  const auto [width, height] = page_size(theme, landscape);
  PageGeometry g;
  g.width = width;
  g.height = height;
  g.left = theme.margin_left;
  g.right = width - theme.margin_right;
  g.top = theme.margin_top;
  g.bottom = height - theme.margin_bottom;
  return g;
}

std::string LayoutContext::ref_key(const std::string& id) const {
  if (anchor_keys.count(id)) return id;
  const auto fallback = input.fallback_anchor.find(id);
  if (fallback != input.fallback_anchor.end() && anchor_keys.count(fallback->second)) return fallback->second;
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

std::string LayoutContext::key_of(const StyledRun& r) {
  std::string key;
  key.reserve(r.text.size() + 24);
  key += static_cast<char>('0' + static_cast<int>(r.style));
  key += std::to_string(r.size);
  key += {static_cast<char>(r.color.r), static_cast<char>(r.color.g), static_cast<char>(r.color.b)};
  key += r.text;
  return key;
}

std::shared_ptr<const MeasuredText> LayoutContext::measure(std::vector<StyledRun> runs) {
  auto make = [&] { return std::make_shared<const MeasuredText>(std::move(runs), fonts, hyphenator.get()); };
  // Only short plain texts are kept: they are what repeats, and a long text's glyphs would
  // be held for the whole layout though it is seldom measured twice.
  const bool plain = runs.size() == 1 && runs[0].link.empty() && runs[0].target.empty() &&
                     runs[0].text.size() <= max_kept_text;
  if (!plain) return make();
  std::string key = key_of(runs[0]);
  if (const auto it = measured_.find(key); it != measured_.end()) return it->second;
  auto text = make();
  if (measured_.size() < max_kept_texts) measured_.emplace(std::move(key), text);
  return text;
}

std::optional<PlacedRect> LayoutContext::change_bar(const std::string& anchor, double top,
                                                    double height) const {
  if (anchor.empty() || !input.changed.contains(anchor)) return std::nullopt;
  // In the margin, clear of the text column: a reviewer's mark, as in a marked-up contract.
  const double width = 2.5, gap = 6;
  return PlacedRect{page.left - gap - width, top, width, height, palette().accent, std::nullopt, 0, 0};
}

}  // namespace planforge::detail
