#pragma once
// Rich text to positioned lines: the SDK's runs become styled runs (bold/italic faces,
// link and ref colours, "Title (p. N)" for refs), lines are broken to a width and placed as
// text items with their link areas.

#include "layout/chunk.hpp"
#include "layout/context.hpp"
#include "text/line_breaker.hpp"
#include "text/rich_runs.hpp"

#include <planforge/document.hpp>

#include <string>
#include <vector>

namespace planforge::detail {

struct TextStyle {
  double size = 10;
  bool bold = false, italic = false;
  bool display = false;  // set in the theme's heading face (bold and italic then ignored)
  Color color;
  double leading = 1.4;  // line height as a multiple of the size
  Align align = Align::left;

  double line_height() const { return size * leading; }
};

// The face a style sets its text in.
FontStyle font_style(const TextStyle& style);

// What follows a cross-reference in the plan's language: "(p. 5)", "(S. 5)", kept on one line.
std::string page_reference(const Locale& locale, int page);

// The runs of `text` in `style`; refs render as "Title (p. N)" linked to their target.
std::vector<StyledRun> styled_runs(const RichText& text, const TextStyle& style, LayoutContext& ctx);
std::vector<StyledRun> plain_run(std::string text, const TextStyle& style);

// Lines broken to `width`, each `style.line_height()` tall.
std::vector<Line> set_lines(const std::vector<StyledRun>& runs, double width, LayoutContext& ctx);

// Appends a line's text items (and link areas, underlines for URIs) for a line whose box
// starts at (`x`, `top`), `width` wide, aligned by `align`. The text is content of
// structure element `node` (-1: an artifact); each link becomes a Link element under it.
void place_line(const Line& line, double x, double top, double width, const TextStyle& style,
                LayoutContext& ctx, std::vector<PageItem>& items, std::vector<PendingLink>& links, int node);

// The rule under a URI link's text from `x`, `width` long, on a line at `baseline`.
PlacedLine link_underline(double x, double baseline, double width, double size, Color color);

// Single-line text clipped with an ellipsis to `max_width` (header slots, cover fields).
std::string fit_text(const std::string& text, double max_width, double size, FontStyle style,
                     const FontSet& fonts);

}  // namespace planforge::detail
