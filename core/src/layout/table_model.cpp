#include "layout/table_model.hpp"

#include <algorithm>
#include <numeric>

namespace planforge::detail {

std::vector<double> distribute_widths(const std::vector<ColumnNeed>& needs,
                                      const std::vector<double>& fractions, double total) {
  const std::size_t n = needs.size();
  std::vector<double> widths(n, 0);
  if (n == 0) return widths;
  auto fraction = [&](std::size_t i) { return i < fractions.size() ? std::max(0.0, fractions[i]) : 0.0; };

  double fixed_share = 0;
  std::vector<std::size_t> automatic;
  for (std::size_t i = 0; i < n; ++i) {
    if (fraction(i) > 0)
      fixed_share += fraction(i);
    else
      automatic.push_back(i);
  }
  // Shares over 1, or shares with no automatic column to take the rest, are normalised.
  const double scale = (fixed_share > 1 || (automatic.empty() && fixed_share > 0)) ? 1 / fixed_share : 1;
  for (std::size_t i = 0; i < n; ++i)
    if (fraction(i) > 0) widths[i] = fraction(i) * scale * total;
  if (automatic.empty()) return widths;

  const double rest = std::max(0.0, total - fixed_share * scale * total);
  double sum_min = 0, sum_pref = 0;
  for (std::size_t i : automatic) {
    sum_min += needs[i].min;
    sum_pref += std::max(needs[i].pref, needs[i].min);
  }
  for (std::size_t i : automatic) {
    const double min = needs[i].min;
    const double pref = std::max(needs[i].pref, min);
    if (sum_pref <= 0)
      widths[i] = rest / automatic.size();
    else if (sum_pref <= rest)
      widths[i] = pref + (rest - sum_pref) * pref / sum_pref;
    else if (sum_min <= rest && sum_pref > sum_min)
      widths[i] = min + (pref - min) * (rest - sum_min) / (sum_pref - sum_min);
    else
      widths[i] = sum_min > 0 ? min * rest / sum_min : rest / automatic.size();
  }
  return widths;
}

namespace {

TextStyle cell_style(const TableRow& row, double size, LayoutContext& ctx) {
  TextStyle st;
  st.size = size;
  st.leading = 1.3;
  st.bold = row.header || row.emphasis;
  st.color = row.header ? Color{255, 255, 255} : ctx.palette().text;
  return st;
}

}  // namespace

TableGrid make_grid(const Table& table, double width, LayoutContext& ctx) {
  TableGrid grid;
  grid.size = table.font_size > 0 ? table.font_size : ctx.theme.table_size;
  grid.pad_x = grid.size * 0.6;
  grid.pad_y = grid.size * 0.42;
  grid.marker = grid.size * 0.65 + grid.size * 0.45;

  grid.columns = table.columns.size();
  for (const TableRow& row : table.rows) {
    std::size_t spanned = 0;
    for (const Cell& cell : row.cells) spanned += static_cast<std::size_t>(std::max(1, cell.colspan));
    grid.columns = std::max(grid.columns, spanned);
  }

  for (const TableRow& row : table.rows) {
    GridRow gr;
    gr.row = &row;
    std::size_t col = 0;
    for (const Cell& cell : row.cells) {
      if (col >= grid.columns) break;
      GridCell gc;
      gc.cell = &cell;
      gc.column = col;
      gc.span = std::min<std::size_t>(std::max(1, cell.colspan), grid.columns - col);
      gc.style = cell_style(row, grid.size, ctx);
      Align align = cell.align;
      if (align == Align::left && col < table.columns.size()) align = table.columns[col].align;
      gc.style.align = align;
      gc.text = ctx.measure(styled_runs(cell.text, gc.style, ctx));
      col += gc.span;
      gr.cells.push_back(std::move(gc));
    }
    grid.rows.push_back(std::move(gr));
  }

  // Single-column cells set the needs; spanning cells then widen their columns evenly
  // where the columns together are too narrow for them.
  std::vector<ColumnNeed> needs(grid.columns);
  std::vector<std::pair<const GridCell*, ColumnNeed>> spanning;
  for (const GridRow& row : grid.rows) {
    for (const GridCell& cell : row.cells) {
      const TextExtent ext = cell.text->extent();
      const double extra = 2 * grid.pad_x + (cell.cell->marker ? grid.marker : 0);
      const ColumnNeed need{ext.min_width + extra, ext.max_width + extra};
      if (cell.span == 1) {
        needs[cell.column].min = std::max(needs[cell.column].min, need.min);
        needs[cell.column].pref = std::max(needs[cell.column].pref, need.pref);
      } else {
        spanning.emplace_back(&cell, need);
      }
    }
  }
  for (const auto& [cell, need] : spanning) {
    double have_min = 0, have_pref = 0;
    for (std::size_t c = cell->column; c < cell->column + cell->span; ++c) {
      have_min += needs[c].min;
      have_pref += needs[c].pref;
    }
    for (std::size_t c = cell->column; c < cell->column + cell->span; ++c) {
      if (need.min > have_min) needs[c].min += (need.min - have_min) / cell->span;
      if (need.pref > have_pref) needs[c].pref += (need.pref - have_pref) / cell->span;
    }
  }

  std::vector<double> fractions;
  for (const Column& c : table.columns) fractions.push_back(c.fraction);
  grid.widths = distribute_widths(needs, fractions, width);
  return grid;
}

}  // namespace planforge::detail
