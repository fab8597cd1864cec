#include "layout/table_model.hpp"

#include <algorithm>
#include <numeric>

namespace planforge::detail {

namespace {

TextStyle cell_style(const TableRow& row, const Cell& cell, double size, LayoutContext& ctx) {
  TextStyle st;
  st.size = size;
  st.leading = 1.3;
  st.bold = row.header || row.emphasis;
  // A tinted header sets its words in the brand colour; every other cell in the text colour,
  // each made readable on the cell's fill (white on a filled header of a dark brand colour).
  const bool brand = row.header && ctx.theme.tables.header == TableStyle::Header::tinted;
  st.color = brand ? ctx.palette().primary : ctx.palette().text;
  if (const auto fill = cell_fill(row, cell, ctx)) st.color = readable_text_on(*fill, st.color);
  return st;
}

}  // namespace

std::optional<Color> cell_fill(const TableRow& row, const Cell& cell, const LayoutContext& ctx) {
  if (cell.fill) return cell.fill;
  const Palette& pal = ctx.palette();
  if (row.header) {
    switch (ctx.theme.tables.header) {
      case TableStyle::Header::filled: return pal.primary;
      case TableStyle::Header::tinted: return pal.primary.tint(0.88);
      case TableStyle::Header::ruled: break;
    }
    return std::nullopt;
  }
  if (row.emphasis) return pal.primary.tint(0.86);
  return std::nullopt;
}

std::shared_ptr<const MeasuredText> measure_cell(const TableRow& row, const GridCell& cell,
                                                 LayoutContext& ctx) {
  std::vector<StyledRun> runs = styled_runs(cell.cell->text, cell.style, ctx);
  // A run in a colour of its own (a muted owner, a status word) must read on the fill too.
  if (const auto fill = cell_fill(row, *cell.cell, ctx))
    for (StyledRun& r : runs) r.color = readable_text_on(*fill, r.color);
  return ctx.measure(std::move(runs));
}

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
      gc.style = cell_style(row, cell, grid.size, ctx);
      Align align = cell.align;
      if (align == Align::left && col < table.columns.size()) align = table.columns[col].align;
      gc.style.align = align;
      gc.extent = measure_cell(row, gc, ctx)->extent();
      col += gc.span;
      gr.cells.push_back(std::move(gc));
    }
    grid.rows.push_back(std::move(gr));
  }

  // Single-column cells set the needs; spanning cells then widen their columns evenly
  // where the columns together are too narrow for them.
  std::vector<ColumnNeed> needs(grid.columns);
  std::vector<CellNeed> cells;
  std::vector<std::pair<const GridCell*, ColumnNeed>> spanning;
  for (const GridRow& row : grid.rows) {
    for (const GridCell& cell : row.cells) {
      const TextExtent& ext = cell.extent;
      const double extra = 2 * grid.pad_x + (cell.cell->marker ? grid.marker : 0);
      const ColumnNeed need{ext.min_width + extra, ext.max_width + extra};
      cells.push_back({cell.column, cell.span, ext.total_width, ext.hard_lines, extra});
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
  grid.widths = balance_widths(needs, cells, fractions, width);
  return grid;
}

}  // namespace planforge::detail
