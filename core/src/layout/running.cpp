#include "layout/running.hpp"

#include "layout/text_flow.hpp"
#include "layout/watermark.hpp"

#include <algorithm>
#include <array>

namespace planforge::detail {

std::string fill_page_fields(const std::string& text, int number, int total, const Locale& locale) {
  std::string out;
  out.reserve(text.size() + 4);
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 15, "{page-of-pages}") == 0) {
      out +=
          locale.text("page.number-of", {{"page", std::to_string(number)}, {"pages", std::to_string(total)}});
      i += 15;
    } else if (text.compare(i, 7, "{pages}") == 0) {
      out += std::to_string(total);
      i += 7;
    } else if (text.compare(i, 6, "{page}") == 0) {
      out += std::to_string(number);
      i += 6;
    } else {
      out += text[i++];
    }
  }
  return out;
}

namespace {

// Three slots on one baseline: left, centred, right. Each slot keeps to its share of the
// width (a long title is cut with an ellipsis rather than running into its neighbour).
void slots(const std::array<std::string, 3>& texts, double baseline, int number, int total, Tag tag,
           LayoutContext& ctx, Page& page) {
  const double size = ctx.theme.small_size;
  const Color colour = ctx.palette().muted;
  const double left = ctx.page.left, width = ctx.page.column_width();
  const double gap = size * 2;
  std::array<std::string, 3> filled;
  std::array<double, 3> natural{};
  for (int i = 0; i < 3; ++i) {
    filled[i] = fill_page_fields(texts[i], number, total, ctx.input.locale);
    natural[i] = ctx.fonts.text_width(filled[i], size, FontStyle::regular);
  }
  // The centre slot takes what it needs up to a third; the sides share the rest equally.
  const double centre = filled[1].empty() ? 0 : std::min(natural[1], width / 3);
  const double side = filled[1].empty() ? (width - gap) / 2 : (width - centre) / 2 - gap;
  std::array<double, 3> room{side, centre, side};
  // A side with nothing lends its room to the other.
  if (filled[0].empty()) room[2] = filled[1].empty() ? width : side;
  if (filled[2].empty()) room[0] = filled[1].empty() ? width : side;
  for (int i = 0; i < 3; ++i) {
    if (filled[i].empty()) continue;
    const std::string text = fit_text(filled[i], std::max(0.0, room[i]), size, FontStyle::regular, ctx.fonts);
    const double w = ctx.fonts.text_width(text, size, FontStyle::regular);
    const double x = i == 0 ? left : i == 1 ? left + (width - w) / 2 : left + width - w;
    page.items.push_back(PlacedText{x, baseline, text, FontStyle::regular, size, colour, 0, tag});
  }
}

bool any(const std::array<std::string, 3>& texts) {
  return std::any_of(texts.begin(), texts.end(), [](const std::string& s) { return !s.empty(); });
}

}  // namespace

void add_running_elements(Page& page, int number, int total, LayoutContext& ctx) {
  const DocumentInput& in = ctx.input;
  if (!in.watermark.empty()) page.items.push_back(watermark_for(ctx));
  const double left = ctx.page.left, right = ctx.page.right;
  const double size = ctx.theme.small_size;
  const Color rule = ctx.palette().rule;
  // Page furniture: artifacts a reader skips (the document's title and page are known to it).
  if (any(in.header)) {
    const Tag tag = artifact(ArtifactKind::header);
    const double rule_y = ctx.page.top - size * 1.6;
    slots(in.header, rule_y - size * 0.6, number, total, tag, ctx, page);
    page.items.push_back(PlacedLine{left, rule_y, right, rule_y, rule, 0.5, false, tag});
  }
  if (any(in.footer)) {
    const Tag tag = artifact(ArtifactKind::footer);
    const double rule_y = ctx.page.bottom + size * 1.6;
    page.items.push_back(PlacedLine{left, rule_y, right, rule_y, rule, 0.5, false, tag});
    slots(in.footer, rule_y + size * 1.6, number, total, tag, ctx, page);
  }
}

}  // namespace planforge::detail
