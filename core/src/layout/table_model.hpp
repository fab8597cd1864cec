#pragma once
// A table's cells placed on its column grid, with the text styles and measurements that
// column sizing and row layout share (each cell's runs are built and measured once).

#include "layout/context.hpp"
#include "layout/text_flow.hpp"

#include <planforge/document.hpp>

#include <memory>
#include <vector>

namespace planforge::detail {

// The fill behind a cell's text, stripes aside (they are light in every theme): the cell's
// own, else the theme's header fill on a header row, else the emphasis tint. Both the text
// colour and the row painting take it from here, so text always reads on its fill.
std::optional<Color> cell_fill(const TableRow& row, const Cell& cell, const LayoutContext& ctx);

struct ColumnNeed {
  double min = 0;   // the longest unbreakable word, with padding
  double pref = 0;  // the whole text on one line, with padding
};

// Widths summing to `total`: columns with a fraction get that share; the others get their
// preferred width plus a share of what is left in proportion to it, or, when space is
// short, their minimum plus a proportional share of the rest, or at worst their minimum
// scaled down (words are then broken between letters).
std::vector<double> distribute_widths(const std::vector<ColumnNeed>& needs,
                                      const std::vector<double>& fractions, double total);

// What column balancing knows of a cell: where it sits and how much text it holds.
struct CellNeed {
  std::size_t column = 0, span = 1;
  double text_width = 0;  // all its text on one line (TextExtent::total_width)
  int hard_lines = 0;
  double extra = 0;  // padding and marker
};

// Like distribute_widths, but when the content does not fit on one line per cell the room
// above the minimums goes where it shortens the table most (rows are as tall as their
// tallest cell), instead of in proportion to the preferred widths: a column of long
// descriptions no longer starves a column of short names that then wrap on every row.
std::vector<double> balance_widths(const std::vector<ColumnNeed>& needs, const std::vector<CellNeed>& cells,
                                   const std::vector<double>& fractions, double total);

struct GridCell {
  const Cell* cell = nullptr;
  std::size_t column = 0, span = 1;
  TextStyle style;
  // What column sizing needs of its text. The measured text itself is not kept: a table of
  // thousands of rows would hold every cell's glyphs at once. Its row measures it again
  // (measure_cell; the short cells that repeat come from the layout's cache).
  TextExtent extent;
};

struct GridRow {
  const TableRow* row = nullptr;
  std::vector<GridCell> cells;
};

struct TableGrid {
  std::size_t columns = 0;
  std::vector<GridRow> rows;
  std::vector<double> widths;                             // one per column, summing to the table width
  double size = 8.5, pad_x = 5, pad_y = 3.5, marker = 0;  // marker: room a status dot takes
};

// Places the cells, builds their runs and sizes the columns for `width`.
TableGrid make_grid(const Table& table, double width, LayoutContext& ctx);

// The measured text of `cell` of `row`.
std::shared_ptr<const MeasuredText> measure_cell(const TableRow& row, const GridCell& cell,
                                                 LayoutContext& ctx);

}  // namespace planforge::detail
