// Key-value grids, callouts and panel grids.

#include "layout/blocks.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

// Lines of paragraphs stacked from `top` inside a box, each a P under structure element
// `parent`; returns the bottom.
double stack_paragraphs(const std::vector<RichText>& paragraphs, double x, double width, double top,
                        const TextStyle& st, double gap, int parent, LayoutContext& ctx, BoxLines& out) {
  double y = top;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) y += gap;
    const int node = ctx.element(StructType::paragraph, parent);
    for (const Line& line : set_lines(styled_runs(paragraphs[p], st, ctx), width, ctx)) {
      place_line(line, x, y, width, st, ctx, out.items(), out.links(), node);
      const double bottom = y + st.line_height();
      out.end_line(y, bottom);
      y = bottom;
    }
  }
  return y;
}

Color callout_colour(CalloutKind kind, const Palette& pal) {
  switch (kind) {
    case CalloutKind::warning: return pal.warning;
    case CalloutKind::success: return pal.good;
    case CalloutKind::info: break;
  }
  return pal.primary;
}

}  // namespace

std::vector<Chunk> key_value_chunks(const KeyValues& kv, LayoutContext& ctx) {
  const Spacing sp = Spacing::of(ctx.theme);
  TextStyle label = body_style(ctx);
  label.bold = true;
  label.color = ctx.palette().muted;
  const TextStyle value = body_style(ctx);
  const double width = ctx.page.column_width();
  const double gap = value.size * 1.2;
  double widest = 0;
  for (const auto& item : kv.items)
    widest = std::max(widest, ctx.fonts.text_width(item.first, label.size, FontStyle::bold));
  const double label_w = std::min(widest, width * 0.32);
  const double value_x = ctx.page.left + label_w + gap;
  const double value_w = width - label_w - gap;

  std::vector<Chunk> out;
  const double lh = value.line_height();
  // A table of two columns whose labels are row headers ("Owner: Vice President").
  const int table = kv.items.empty() ? -1 : ctx.element(StructType::table);
  for (const auto& [name, text] : kv.items) {
    const int row = ctx.element(StructType::table_row, table);
    const int th = ctx.element(StructType::header_cell, row);
    (*ctx.structure)[th].scope = HeaderScope::row;
    const int td = ctx.element(StructType::data_cell, row);
    // A box, so that a value running over a page is cut between its lines. The label's
    // lines come first, so that the content reads label, value as the tags do.
    auto spec = std::make_shared<BoxSpec>();
    const auto label_lines = set_lines(plain_run(name, label), label_w, ctx);
    const auto value_lines = set_lines(styled_runs(text, value, ctx), value_w, ctx);
    BoxLines& store = spec->lines;
    for (std::size_t i = 0; i < label_lines.size(); ++i) {
      place_line(label_lines[i], ctx.page.left, i * lh, label_w, label, ctx, store.items(), store.links(),
                 th);
      store.end_line(i * lh, (i + 1) * lh);
    }
    for (std::size_t i = 0; i < value_lines.size(); ++i) {
      place_line(value_lines[i], value_x, i * lh, value_w, value, ctx, store.items(), store.links(), td);
      store.end_line(i * lh, (i + 1) * lh);
    }
    spec->content_height = std::max<std::size_t>({1, label_lines.size(), value_lines.size()}) * lh;
    if (out.empty() && !kv.anchor.empty()) {
      store.anchors().push_back({kv.anchor, 0});
      store.end_line(0, 0);
    }
    Chunk c = box_chunk(spec);
    c.space_before = out.empty() ? sp.paragraph : sp.item;
    c.role = Role::unit;
    c.unit = static_cast<int>(out.size());
    out.push_back(std::move(c));
  }
  if (out.empty()) {
    out.emplace_back();
    if (!kv.anchor.empty()) out.front().anchors.push_back({kv.anchor, 0});
  }
  return out;
}

std::vector<Chunk> callout_chunks(const Callout& callout, LayoutContext& ctx) {
  const Palette& pal = ctx.palette();
  const Color colour = callout_colour(callout.kind, pal);
  const TextStyle body = body_style(ctx);
  const double rule_w = 3, pad_x = body.size * 1.2, pad_y = body.size * 0.8;
  const double left = ctx.page.left, width = ctx.page.column_width();
  const double text_x = left + rule_w + pad_x;
  const double text_w = width - rule_w - 2 * pad_x;

  auto spec = std::make_shared<BoxSpec>();
  spec->pad_top = spec->pad_bottom = pad_y;
  double y = 0;
  const int node = ctx.element(StructType::div);
  const Color fill = colour.tint(0.9);
  if (!callout.title.empty()) {
    TextStyle title = body;
    title.bold = true;
    // Amber text on a pale amber fill is hard to read; warnings title in the text colour.
    // Any other kind's colour is darkened where a theme's would not read on its tint.
    title.color = readable_text_on(fill, callout.kind == CalloutKind::warning ? pal.text : colour);
    y = stack_paragraphs({plain(callout.title)}, text_x, text_w, 0, title, 0, node, ctx, spec->lines);
    if (!callout.paragraphs.empty()) y += body.size * 0.3;
  }
  y = stack_paragraphs(callout.paragraphs, text_x, text_w, y, body, body.size * 0.5, node, ctx, spec->lines);
  spec->content_height = std::max(y, body.line_height());
  if (!callout.anchor.empty()) {
    spec->lines.anchors().push_back({callout.anchor, 0});
    spec->lines.end_line(0, 0);
  }
  spec->painter =
      painter_of([left, width, rule_w, fill, colour](double h, bool, bool, std::vector<PageItem>& out) {
        out.push_back(PlacedRect{left, 0, width, h, fill, std::nullopt, 0.5, 0});
        out.push_back(PlacedRect{left, 0, rule_w, h, colour, std::nullopt, 0.5, 0});
      });
  Chunk c = box_chunk(spec);
  c.space_before = Spacing::of(ctx.theme).block;
  return one_chunk(std::move(c));
}

std::vector<Chunk> panel_grid_chunks(const PanelGrid& grid, LayoutContext& ctx) {
  const Palette& pal = ctx.palette();
  const Spacing sp = Spacing::of(ctx.theme);
  const std::size_t columns = static_cast<std::size_t>(std::clamp(grid.columns, 1, 4));
  const double gap = ctx.theme.body_size;
  const double width = (ctx.page.column_width() - gap * (columns - 1)) / columns;
  TextStyle title = body_style(ctx);
  title.bold = true;
  title.size = ctx.theme.body_size * 1.05;
  title.color = pal.primary;
  title.leading = 1.3;
  TextStyle subtitle = paragraph_style(ParagraphStyle::small, ctx);
  TextStyle text = body_style(ctx);
  text.size = ctx.theme.body_size * 0.95;
  const double pad = ctx.theme.body_size, accent_h = 3;

  // Every panel is laid out first: rows share the height of the tallest panel. The grid is
  // a list of its panels (a reader hears how many there are), each panel's text in its LBody.
  std::vector<BoxLines> contents;
  double tallest = 0;
  const int list = grid.panels.empty() ? -1 : ctx.element(StructType::list);
  for (std::size_t i = 0; i < grid.panels.size(); ++i) {
    const Panel& p = grid.panels[i];
    const double x = ctx.page.left + (i % columns) * (width + gap) + pad;
    const double w = width - 2 * pad;
    const int body = ctx.element(StructType::list_body, ctx.element(StructType::list_item, list));
    BoxLines lines;
    double y = 0;
    if (!p.title.empty()) y = stack_paragraphs({plain(p.title)}, x, w, y, title, 0, body, ctx, lines);
    if (!p.subtitle.empty())
      y = stack_paragraphs({plain(p.subtitle)}, x, w, y, subtitle, 0, body, ctx, lines);
    if (!p.paragraphs.empty()) {
      if (!p.title.empty() || !p.subtitle.empty()) y += text.size * 0.4;
      y = stack_paragraphs(p.paragraphs, x, w, y, text, text.size * 0.45, body, ctx, lines);
    }
    if (!p.anchor.empty()) {
      lines.anchors().push_back({p.anchor, 0});
      lines.end_line(0, 0);
    }
    tallest = std::max(tallest, y);
    contents.push_back(std::move(lines));
  }

  // Each row is a box, cut between lines only if taller than a page (keep_rules.hpp).
  std::vector<Chunk> out;
  for (std::size_t first = 0; first < contents.size(); first += columns) {
    auto spec = std::make_shared<BoxSpec>();
    spec->pad_top = accent_h + pad;
    spec->pad_bottom = pad;
    spec->content_height = tallest;
    std::vector<std::pair<double, Color>> panels;  // x and accent of each panel in the row
    for (std::size_t i = first; i < std::min(first + columns, contents.size()); ++i) {
      spec->lines.append(std::move(contents[i]), 0);
      panels.emplace_back(ctx.page.left + (i - first) * (width + gap),
                          grid.panels[i].accent.value_or(pal.primary));
    }
    const Color fill = pal.subtle;
    spec->painter = painter_of(
        [panels, width, fill, accent_h](double h, bool first_piece, bool, std::vector<PageItem>& items) {
          for (const auto& [x, accent] : panels) {
            items.push_back(PlacedRect{x, 0, width, h, fill, std::nullopt, 0.5, 0});
            if (first_piece) items.push_back(PlacedRect{x, 0, width, accent_h, accent, std::nullopt, 0.5, 0});
          }
        });
    Chunk row = box_chunk(spec);
    row.space_before = out.empty() ? sp.block : gap;
    row.role = Role::unit;
    row.unit = static_cast<int>(out.size());
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace planforge::detail
