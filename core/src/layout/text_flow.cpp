#include "layout/text_flow.hpp"

#include "text/utf8.hpp"

#include <cmath>

namespace planforge::detail {

std::string page_reference(const Locale& locale, int page) {
  std::string s = locale.text("ref.page", {{"page", std::to_string(page)}});
  // "(p. 5)" never parts at a line end: its spaces become no-break spaces.
  for (std::size_t i = s.find(' '); i != std::string::npos; i = s.find(' ', i)) s.replace(i, 1, "\u00A0");
  return s;
}

FontStyle font_style(const TextStyle& style) {
  return style.display ? FontStyle::heading : font_style(style.bold, style.italic);
}

std::vector<StyledRun> styled_runs(const RichText& text, const TextStyle& style, LayoutContext& ctx) {
  std::vector<StyledRun> out;
  out.reserve(text.size());
  for (const Run& run : text) {
    StyledRun s = styled_run(run, font_style(style), style.size, style.color);
    if (!run.link.empty() && !run.color) s.color = pick(ctx.palette(), ctx.theme.link_color);
    if (!run.ref.empty()) {
      const auto title = ctx.input.ref_titles.find(run.ref);
      std::string shown = !run.text.empty()                     ? run.text
                          : title != ctx.input.ref_titles.end() ? title->second
                                                                : run.ref;
      const std::string key = ctx.ref_key(run.ref);
      if (key.empty()) {
        ctx.missing_refs.insert(run.ref);
        s.text = std::move(shown);
      } else {
        s.text = run.show_page ? shown + " " + page_reference(ctx.input.locale, ctx.page_number(key)) : shown;
        s.target = key;
        if (!run.color) s.color = pick(ctx.palette(), ctx.theme.link_color);
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<StyledRun> plain_run(std::string text, const TextStyle& style) {
  StyledRun s;
  s.text = std::move(text);
  s.style = font_style(style);
  s.size = style.size;
  s.color = style.color;
  return {std::move(s)};
}

std::vector<Line> set_lines(const std::vector<StyledRun>& runs, double width, LayoutContext& ctx) {
  return break_lines(runs, width, ctx.fonts, ctx.hyphenator.get());
}

void place_line(const Line& line, double x, double top, double width, const TextStyle& style,
                LayoutContext& ctx, std::vector<PageItem>& items, std::vector<PendingLink>& links, int node) {
  const double lh = style.line_height();
  double start = x;
  if (style.align == Align::center) start = x + (width - line.width) / 2.0;
  if (style.align == Align::right) start = x + width - line.width;
  const double baseline = top + baseline_offset(ctx.fonts, style.size, lh);
  const std::size_t first_link = links.size();  // links of earlier lines never join this one's
  for (const LineFragment& f : line.fragments) {
    if (f.text.empty()) continue;
    if (f.link.empty() && f.target.empty()) {
      items.push_back(
          PlacedText{start + f.x, baseline - f.rise, f.text, f.style, f.size, f.color, 0, content_of(node)});
      continue;
    }
    // Adjacent fragments of one link make one clickable area and one Link element.
    PendingLink* prev = links.size() > first_link ? &links.back() : nullptr;
    const bool joins = prev && prev->area.uri == f.link && prev->target == f.target &&
                       std::abs(prev->area.y - top) < 1e-6 &&
                       std::abs(prev->area.x + prev->area.width - (start + f.x)) < 1e-6;
    if (joins) {
      prev->area.width += f.width;
      prev->area.contents += f.text;
    } else {
      PendingLink link;
      link.area = LinkArea{start + f.x, top, f.width, lh, f.link, -1, 0};
      link.area.node = node < 0 ? -1 : ctx.element(StructType::link, node);
      link.area.contents = f.text;
      link.target = f.target;
      links.push_back(std::move(link));
    }
    items.push_back(PlacedText{start + f.x, baseline - f.rise, f.text, f.style, f.size, f.color, 0,
                               content_of(links.back().area.node)});
    if (!f.link.empty())
      items.push_back(link_underline(start + f.x, baseline - f.rise, f.width, f.size, f.color));
  }
}

PlacedLine link_underline(double x, double baseline, double width, double size, Color color) {
  const double y = baseline + size * 0.11;
  return PlacedLine{x, y, x + width, y, color, size * 0.05};
}

std::string fit_text(const std::string& text, double max_width, double size, FontStyle style,
                     const FontSet& fonts) {
  if (fonts.text_width(text, size, style) <= max_width) return text;
  const std::string ellipsis = "\u2026";
  const double room = max_width - fonts.text_width(ellipsis, size, style);
  std::string out;
  double width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    const char32_t cp = next_code_point(text, next);
    const double w = fonts.face(style).advance(cp) * size / 1000.0;
    if (width + w > room) break;
    width += w;
    append_utf8(out, cp);
    pos = next;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + ellipsis;
}

}  // namespace planforge::detail
