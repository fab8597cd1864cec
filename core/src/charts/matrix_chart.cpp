// Matrix / heatmap: row labels on the left, column labels on top (rotated to read upwards when
// they do not fit side by side), shaded cells with centred text. Rows continue in further
// figures; columns too, when there are more than the width can show.

#include "charts/canvas.hpp"
#include "charts/chart_alt.hpp"
#include "charts/legend.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <cmath>

PLANFORGE_BEGIN_NAMESPACE

namespace {
using namespace detail::charts;

constexpr double kMinCell = 16, kMaxCell = 72;
constexpr double kMaxRotated = 120;  // longest rotated column label
constexpr double kLabelGap = 6;

struct MatrixGeometry {
  ChartFonts f;
  double label_col = 0, cell_w = 0, header_h = 0, line_h = 0;
  bool rotated = false;
  std::vector<std::vector<std::string>> column_lines;  // per column, 1–2 lines or 1 rotated
  std::vector<std::vector<std::string>> row_lines;
  std::vector<double> row_h;
  double legend_h = 0;
};

std::string normalized(std::string_view s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\t' || ch == '\n')
      space = !out.empty();
    else {
      if (space) out += ' ';
      space = false;
      out += ch;
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : " ") + l;
  return out;
}

MatrixGeometry measure(const MatrixData& d, const SectionBuilder& b, std::size_t c0, std::size_t c1) {
  MatrixGeometry g;
  g.f = chart_fonts(b);
  const double width = b.content_width();
  g.line_h = g.f.label * 1.2;
  double natural = 0;
  for (const auto& r : d.rows) natural = std::max(natural, b.text_width(r, g.f.label, FontStyle::regular));
  g.label_col = std::min(natural, width * 0.38);
  std::size_t n = c1 - c0;
  g.cell_w = std::clamp((width - g.label_col - kLabelGap) / std::max<std::size_t>(n, 1), kMinCell, kMaxCell);
  // Horizontal column labels only when every one fits in two lines without being cut.
  g.rotated = false;
  for (std::size_t c = c0; c < c1 && !g.rotated; ++c) {
    auto lines = wrap(b.measure(), d.columns[c], g.cell_w - 4, g.f.small, FontStyle::regular, 2);
    if (joined(lines) != normalized(d.columns[c])) g.rotated = true;
  }
  double longest = 0;
  for (std::size_t c = c0; c < c1; ++c) {
    if (g.rotated) {
      g.column_lines.push_back({ellipsize(b.measure(), d.columns[c], kMaxRotated, g.f.small)});
      longest = std::max(longest, b.text_width(g.column_lines.back()[0], g.f.small, FontStyle::regular));
    } else {
      g.column_lines.push_back(
          wrap(b.measure(), d.columns[c], g.cell_w - 4, g.f.small, FontStyle::regular, 2));
      longest = std::max(longest, static_cast<double>(g.column_lines.back().size()));
    }
  }
  g.header_h = g.rotated ? longest + 8 : longest * g.f.small * 1.2 + g.f.small * 0.4 + 6;
  for (const auto& r : d.rows) {
    g.row_lines.push_back(wrap(b.measure(), r, g.label_col, g.f.label, FontStyle::regular, 2));
    g.row_h.push_back(std::max(g.row_lines.back().size() * g.line_h + 4, g.f.label * 2.0));
  }
  g.legend_h = d.legend.empty() ? 0 : 8 + legend_height(b, d.legend, width, g.f.small);
  return g;
}

Figure draw_page(const MatrixData& d, const MatrixGeometry& g, std::size_t c0, std::size_t c1, std::size_t r0,
                 std::size_t r1, std::size_t page, const SectionBuilder& b) {
  const Palette& pal = b.palette();
  Canvas c(b, b.content_width());
  const double x0 = g.label_col + kLabelGap, top = g.header_h;
  for (std::size_t k = 0; k < c1 - c0; ++k) {
    double cx = x0 + (k + 0.5) * g.cell_w;
    const auto& lines = g.column_lines[k];
    if (g.rotated) {
      // Reads upwards from just above the grid; glyph tops point left, so shift right by
      // about half the cap height to centre the label on its column.
      c.text({cx + g.f.small * 0.3, top - 4}, lines[0], g.f.small, pal.text, FontStyle::regular,
             TextAnchor::start, 90);
    } else {
      double base = top - 4 - g.f.small * 0.25 - (lines.size() - 1) * g.f.small * 1.2;
      for (const auto& l : lines) {
        c.text({cx, base}, l, g.f.small, pal.text, FontStyle::regular, TextAnchor::middle);
        base += g.f.small * 1.2;
      }
    }
  }
  double y = top;
  for (std::size_t r = r0; r < r1; ++r) {
    double h = g.row_h[r];
    const auto& lines = g.row_lines[r];
    double base = y + h / 2 - lines.size() * g.line_h / 2 + g.line_h / 2 + g.f.label * 0.33;
    for (const auto& l : lines) {
      c.text({0, base}, l, g.f.label, pal.text);
      base += g.line_h;
    }
    for (std::size_t k = c0; k < c1; ++k) {
      double x = x0 + (k - c0) * g.cell_w;
      MatrixCell cell = r < d.cells.size() && k < d.cells[r].size() ? d.cells[r][k] : MatrixCell{};
      Color fill = cell.fill.value_or(Color{255, 255, 255});
      c.rect(x, y, g.cell_w, h, fill, pal.rule, 0.5);
      if (!cell.text.empty()) {
        std::string t = ellipsize(b.measure(), cell.text, g.cell_w - 4, g.f.label);
        if (!t.empty())
          c.text({x + g.cell_w / 2, y + h / 2 + g.f.label * 0.33}, t, g.f.label, pal.text_on(fill),
                 FontStyle::regular, TextAnchor::middle);
      }
    }
    y += h;
  }
  double end = y;
  if (!d.legend.empty()) end += 8 + draw_legend(c, d.legend, 0, end + 8, b.content_width(), g.f.small);
  return c.finish(std::ceil(end + 2), continued_caption(d.caption, page, c.builder().locale()));
}
}  // namespace

std::vector<Figure> matrix_chart(const MatrixData& data, const SectionBuilder& out) {
  if (data.rows.empty() || data.columns.empty() || out.content_width() <= 0) return {};
  // How many columns one figure can take at the narrowest readable cell.
  MatrixGeometry probe = measure(data, out, 0, data.columns.size());
  double room_w = out.content_width() - probe.label_col - kLabelGap;
  std::size_t per_figure = std::max<std::size_t>(1, static_cast<std::size_t>(room_w / kMinCell));
  std::vector<Figure> figures;
  for (std::size_t c0 = 0; c0 < data.columns.size(); c0 += per_figure) {
    std::size_t c1 = std::min(data.columns.size(), c0 + per_figure);
    MatrixGeometry g = measure(data, out, c0, c1);
    double room = max_figure_height(out) - g.header_h - g.legend_h - 4;
    for (auto [r0, r1] : balanced_pages(g.row_h, room))
      figures.push_back(draw_page(data, g, c0, c1, r0, r1, figures.size(), out));
  }
  describe(figures, data.alt, data.caption, summary(data, out.locale()), out.locale());
  return figures;
}

PLANFORGE_END_NAMESPACE
