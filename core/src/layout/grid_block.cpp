// Grids: cells of ordinary blocks in columns. Each cell's blocks are built by the same
// block builders as the page flow, on a page narrowed to the cell's inside, and their
// chunks are stacked as the lines of the row's box (cut between them only when a row is
// taller than a page, or as its GridRow allows: keep_rules.cpp).

#include "layout/blocks.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace planforge::detail {

namespace {

constexpr int max_columns = 12;

// One cell placed in its row: the box it fills and its content, from the content's top.
struct PlacedCell {
  const GridCell* cell = nullptr;
  double x = 0, width = 0, pad = 0;
  double content_height = 0;
  BoxLines lines;
};

std::vector<double> column_widths(const Grid& grid, std::size_t columns, double available) {
  std::vector<double> shares(columns, 1.0);
  const bool given =
      grid.widths.size() == columns &&
      std::all_of(grid.widths.begin(), grid.widths.end(), [](double w) { return std::isfinite(w) && w > 0; });
  if (given) shares = grid.widths;
  const double total = std::accumulate(shares.begin(), shares.end(), 0.0);
  for (double& s : shares) s = available * s / total;
  return shares;
}

std::vector<Chunk> cell_block_chunks(const CellBlock& block, std::optional<Align> align, LayoutContext& ctx) {
  return std::visit(
      [&](const auto& b) -> std::vector<Chunk> {
        if constexpr (std::is_same_v<std::decay_t<decltype(b)>, Paragraph>) {
          if (align) {  // the cell's alignment, unless the paragraph has its own
            Paragraph aligned = b;
            aligned.align = *align;
            return chunks_of(aligned, ctx);
          }
        }
        return chunks_of(b, ctx);
      },
      block);
}

// The cell's blocks as lines from its content's top; returns the content's height.
double lay_out_cell(PlacedCell& pc, LayoutContext& ctx) {
  const GridCell& cell = *pc.cell;
  const PageGeometry page = ctx.page;
  ctx.page.left = pc.x + pc.pad;
  ctx.page.right = ctx.page.left + std::max(1.0, pc.width - 2 * pc.pad);
  double y = 0;
  bool first = true;
  for (const CellBlock& block : cell.blocks) {
    for (Chunk& c : cell_block_chunks(block, cell.align, ctx)) {
      if (!first) y += c.space_before;
      first = false;
      Drawn content = take_drawn(c);
      for (PageItem& item : content.items) {
        shift_item(item, y);
        pc.lines.items().push_back(std::move(item));
      }
      for (PendingLink& link : content.links) {
        link.area.y += y;
        pc.lines.links().push_back(std::move(link));
      }
      for (AnchorMark& mark : c.anchors) {
        mark.y += y;
        pc.lines.anchors().push_back(std::move(mark));
      }
      pc.lines.end_line(y, y + c.height);
      y += c.height;
    }
  }
  ctx.page = page;
  if (!cell.anchor.empty()) {
    pc.lines.anchors().push_back({cell.anchor, 0});
    pc.lines.end_line(0, 0);
  }
  return y;
}

Chunk row_chunk(std::vector<PlacedCell>& row) {
  double tallest = 0;
  for (const PlacedCell& pc : row) tallest = std::max(tallest, pc.content_height + 2 * pc.pad);
  auto spec = std::make_shared<BoxSpec>();
  spec->content_height = tallest;
  struct Decoration {
    double x, width, border_width;
    std::optional<Color> fill, border;
  };
  std::vector<Decoration> decorations;
  for (PlacedCell& pc : row) {
    const double room = tallest - 2 * pc.pad - pc.content_height;
    const double offset = pc.pad + (pc.cell->valign == VAlign::middle   ? room / 2
                                    : pc.cell->valign == VAlign::bottom ? room
                                                                        : 0);
    spec->lines.append(std::move(pc.lines), offset);
    if (pc.cell->fill || pc.cell->border)
      decorations.push_back(
          {pc.x, pc.width, std::max(0.0, pc.cell->border_width), pc.cell->fill, pc.cell->border});
  }
  spec->painter = painter_of([decorations](double h, bool, bool, std::vector<PageItem>& out) {
    for (const Decoration& d : decorations) {
      // The border is drawn inside the cell's box, so neighbours' borders never overlap.
      const double inset = d.border ? d.border_width / 2 : 0;
      out.push_back(PlacedRect{d.x + inset, inset, d.width - 2 * inset, h - 2 * inset, d.fill, d.border,
                               d.border_width, 0});
    }
  });
  return box_chunk(spec);
}

}  // namespace

std::vector<Chunk> grid_chunks(const Grid& grid, LayoutContext& ctx) {
  const std::size_t columns = static_cast<std::size_t>(std::clamp(grid.columns, 1, max_columns));
  const double gap = grid.gap >= 0 && std::isfinite(grid.gap) ? grid.gap : ctx.theme.body_size;
  const double available = std::max(1.0, ctx.page.column_width() - gap * static_cast<double>(columns - 1));
  const std::vector<double> widths = column_widths(grid, columns, available);

  std::vector<Chunk> out;
  std::vector<PlacedCell> row;
  std::size_t column = 0;
  auto finish_row = [&] {
    if (row.empty()) return;
    // A band, one cell across all the columns, heads or closes the rows around it (keep_rules).
    const bool band = columns > 1 && row.size() == 1 && column == columns;
    Chunk c = row_chunk(row);
    c.space_before = out.empty() ? Spacing::of(ctx.theme).block : gap;
    c.role = band ? Role::emphasis : Role::unit;
    c.unit = static_cast<int>(out.size());
    out.push_back(std::move(c));
    row.clear();
    column = 0;
  };
  for (const GridCell& cell : grid.cells) {
    const std::size_t span =
        std::min<std::size_t>(static_cast<std::size_t>(std::max(1, cell.colspan)), columns);
    if (column + span > columns) finish_row();
    PlacedCell pc;
    pc.cell = &cell;
    pc.x = ctx.page.left;
    for (std::size_t i = 0; i < column; ++i) pc.x += widths[i] + gap;
    pc.width = gap * static_cast<double>(span - 1);
    for (std::size_t i = column; i < column + span; ++i) pc.width += widths[i];
    const bool boxed = cell.fill || cell.border;
    pc.pad = cell.padding >= 0 && std::isfinite(cell.padding) ? std::min(cell.padding, pc.width / 4)
             : boxed                                          ? ctx.theme.body_size * 0.8
                                                              : 0;
    pc.content_height = lay_out_cell(pc, ctx);
    row.push_back(std::move(pc));
    column += span;
    if (column == columns) finish_row();
  }
  finish_row();
  if (out.empty()) out.emplace_back();  // still carries the anchor and the spacing
  if (!grid.anchor.empty()) out.front().anchors.push_back({grid.anchor, 0});
  return out;
}

}  // namespace planforge::detail
