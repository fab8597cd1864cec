// Tables: caption, header rows repeated after page breaks, wrapping cells, stripes,
// emphasis rows, fills, status dots; rows taller than a page are cut between lines.

#include "layout/blocks.hpp"
#include "layout/table_model.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

struct Fill {
  double x = 0, width = 0;
  Color color;
};

// The fills and rules of a table's rows: one painter for the table, a few bytes a row, so
// that a table of thousands of rows holds no closure per row.
class RowPainter final : public BoxPainter {
 public:
  RowPainter(double left, double right, Color rule, Color strong, bool row_rules)
      : left_(left), right_(right), rule_(rule), strong_(strong), row_rules_(row_rules) {}

  // Adds a row whose fills were added with fill(); returns its index.
  std::size_t add_row(bool header, bool open_header, bool first, bool last, std::optional<PlacedRect> bar) {
    Row row{static_cast<std::uint32_t>(fills_.size()), -1, header, open_header, first, last};
    if (bar) {
      row.bar = static_cast<int>(bars_.size());
      bars_.push_back(*bar);
    }
    rows_.push_back(row);
    return rows_.size() - 1;
  }
  void fill(Fill f) { fills_.push_back(f); }

  void paint(std::size_t index, double h, bool first_piece, bool last_piece,
             std::vector<PageItem>& out) const override {
    const Row& row = rows_[index];
    const std::uint32_t begin = index == 0 ? 0 : rows_[index - 1].fills_end;
    for (std::uint32_t i = begin; i < row.fills_end; ++i) {
      const Fill& f = fills_[i];
      out.push_back(PlacedRect{f.x, 0, f.width, h, f.color, std::nullopt, 0.5, 0});
    }
    if (row.bar >= 0) {
      PlacedRect piece = bars_[static_cast<std::size_t>(row.bar)];
      piece.height = h;
      out.push_back(piece);
    }
    if (row.first && first_piece && (!row.header || row.open_header))
      out.push_back(PlacedLine{left_, 0, right_, 0, strong_, 0.8});
    if (row.open_header && last_piece) out.push_back(PlacedLine{left_, h, right_, h, strong_, 0.5});
    if (row.header) return;
    const bool closing = row.last && last_piece;
    if (closing || row_rules_)
      out.push_back(PlacedLine{left_, h, right_, h, closing ? strong_ : rule_, closing ? 0.8 : 0.5});
  }

 private:
  struct Row {
    std::uint32_t fills_end = 0;  // its fills end here in fills_ (they begin where the last row's end)
    int bar = -1;                 // its change bar in bars_; -1: none
    bool header = false, open_header = false, first = false, last = false;
  };
  double left_, right_;
  Color rule_, strong_;
  bool row_rules_;
  std::vector<Row> rows_;
  std::vector<Fill> fills_;
  std::vector<PlacedRect> bars_;
};

// How a row's cells are tagged: TH with column scope in header rows; in a table without
// header rows, its first cell as TH with row scope (it names the row); TD otherwise.
enum class CellTags { column_headers, row_header_first, data };

// The chunk of one row, tagged as a TR under `parent`. `stripe`: this body row takes the
// stripe fill; `last`: the table's final row, closed by a stronger rule; `first`: the
// table's first row.
Chunk row_chunk(const TableGrid& grid, const GridRow& row, bool stripe, bool first, bool last, CellTags tags,
                int parent, const std::shared_ptr<RowPainter>& painter, LayoutContext& ctx) {
  const Palette& pal = ctx.palette();
  const TableStyle& style = ctx.theme.tables;
  auto spec = std::make_shared<BoxSpec>();
  spec->pad_top = spec->pad_bottom = grid.pad_y;
  const bool header = row.row->header;
  const bool header_fill = header && style.header != TableStyle::Header::ruled;
  const int tr = ctx.element(StructType::table_row, parent);

  std::vector<double> col_x(grid.columns + 1, ctx.page.left);
  for (std::size_t c = 0; c < grid.columns; ++c) col_x[c + 1] = col_x[c] + grid.widths[c];

  double content = 0;
  for (const GridCell& cell : row.cells) {
    const double x = col_x[cell.column];
    const double w = col_x[cell.column + cell.span] - x;
    std::optional<Color> fill = cell_fill(*row.row, *cell.cell, ctx);
    if (!fill && stripe) fill = pal.subtle;
    if (fill) painter->fill({x, w, *fill});

    // Padding gives way in columns too narrow for it (tables of very many columns).
    const double pad = std::min(grid.pad_x, w * 0.15);
    const double marker = cell.cell->marker ? grid.marker : 0;
    const double text_x = x + pad + marker;
    const double text_w = std::max(1.0, w - 2 * pad - marker);
    const bool th = tags == CellTags::column_headers ||
                    (tags == CellTags::row_header_first && &cell == &row.cells.front());
    const int node = ctx.element(th ? StructType::header_cell : StructType::data_cell, tr);
    (*ctx.structure)[node].scope = tags == CellTags::column_headers ? HeaderScope::column : HeaderScope::row;
    (*ctx.structure)[node].col_span = static_cast<int>(cell.span);
    const auto lines = measure_cell(*row.row, cell, ctx)->break_lines(text_w);
    const double lh = cell.style.line_height();
    BoxLines& store = spec->lines;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      place_line(lines[k], text_x, k * lh, text_w, cell.style, ctx, store.items(), store.links(), node);
      store.end_line(k * lh, k * lh + lh);
    }
    if (cell.cell->marker) {
      // The dot sits on the first line, centred on the height of its capitals.
      const double baseline = baseline_offset(ctx.fonts, grid.size, lh);
      const double cap = ctx.fonts.face(FontStyle::regular).cap_height() * grid.size / 1000.0;
      const double r = grid.size * 0.3;
      store.items().push_back(
          PlacedCircle{x + pad + r, baseline - cap / 2, r, *cell.cell->marker, std::nullopt, 0.5});
      store.end_line(0, lh);
    }
    content = std::max(content, lines.size() * lh);
  }
  content = std::max(content, grid.size * 1.3);
  if (!row.row->anchor.empty()) {
    spec->lines.anchors().push_back({row.row->anchor, 0});
    spec->lines.end_line(0, 0);
  }
  spec->content_height = content;
  // A header without a fill (ruled) stands between a strong rule and a thin one, as in a
  // book's tables; a filled header needs neither.
  spec->index =
      painter->add_row(header, header && !header_fill, first, last, ctx.change_bar(row.row->anchor, 0, 0));
  spec->painter = painter;
  return box_chunk(spec);
}

}  // namespace

std::vector<Chunk> table_chunks(const Table& table, LayoutContext& ctx) {
  const Spacing sp = Spacing::of(ctx.theme);
  std::vector<Chunk> out;
  // An empty chunk holds the block's space and anchor, so the anchor moves with the table.
  Chunk lead;
  lead.space_before = sp.block;
  lead.role = Role::head;
  if (!table.anchor.empty()) lead.anchors.push_back({table.anchor, 0});
  out.push_back(std::move(lead));
  const int node = ctx.element(StructType::table);

  if (!table.caption.empty()) {
    TextStyle st = paragraph_style(ParagraphStyle::caption, ctx);
    st.italic = false;
    st.bold = true;
    st.color = ctx.palette().text;
    const auto lines = set_lines(plain_run(table.caption, st), ctx.page.column_width(), ctx);
    const int caption = ctx.element(StructType::caption, node);
    for (Chunk& c : line_chunks(lines, ctx.page.left, ctx.page.column_width(), st, ctx, caption)) {
      c.role = Role::head;
      c.unit = -1;
      out.push_back(std::move(c));
    }
    out.back().height += sp.item;  // a little air between the caption and the rule below
  }
  if (table.rows.empty()) return out;

  const TableGrid grid = make_grid(table, ctx.page.column_width(), ctx);
  std::size_t header_rows = 0;
  while (header_rows < grid.rows.size() && grid.rows[header_rows].row->header) ++header_rows;

  // Header rows open the table and are drawn again first on every page it continues onto;
  // body rows are its units, numbered by their index in the table (keep_rules.hpp).
  auto repeat = std::make_shared<std::vector<Chunk>>();
  double right = ctx.page.left;  // summed as the rows place their columns
  for (double w : grid.widths) right += w;
  auto painter = std::make_shared<RowPainter>(ctx.page.left, right, ctx.palette().rule, ctx.palette().primary,
                                              ctx.theme.tables.row_rules);
  std::size_t body_index = 0;
  const int head = header_rows > 0 ? ctx.element(StructType::table_head, node) : -1;
  const int tbody = header_rows < grid.rows.size() ? ctx.element(StructType::table_body, node) : -1;
  const CellTags body_tags =
      header_rows == 0 && grid.columns > 1 ? CellTags::row_header_first : CellTags::data;
  for (std::size_t r = 0; r < grid.rows.size(); ++r) {
    const GridRow& row = grid.rows[r];
    const bool body = !row.row->header && !row.row->emphasis;
    const bool stripe = table.striped && ctx.theme.tables.stripes && body && (body_index++ % 2 == 1);
    const bool in_head = r < header_rows;
    Chunk c = row_chunk(grid, row, stripe, r == 0, r + 1 == grid.rows.size(),
                        row.row->header ? CellTags::column_headers : body_tags, in_head ? head : tbody,
                        painter, ctx);
    if (r < header_rows) {
      c.role = Role::head;
      repeat->push_back(c);
    } else {
      c.role = row.row->emphasis ? Role::emphasis : Role::unit;
      c.unit = static_cast<int>(r);
      if (header_rows > 0) c.repeat = repeat;
    }
    out.push_back(std::move(c));
  }
  // Header rows filling a third of a page are not worth repeating (and could not be).
  double header_height = 0;
  for (const Chunk& h : *repeat) header_height += h.height;
  if (header_height > ctx.page.body_height() / 3)
    for (Chunk& c : out) c.repeat = nullptr;
  for (Chunk& h : *repeat) h.splittable = false;
  return out;
}

}  // namespace planforge::detail
