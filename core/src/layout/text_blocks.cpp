// Headings and paragraphs.

#include "layout/blocks.hpp"

#include <algorithm>

namespace planforge::detail {

TextStyle body_style(const LayoutContext& ctx) {
  TextStyle st;
  st.size = ctx.theme.body_size;
  st.color = ctx.palette().text;
  st.leading = ctx.theme.line_height;
  return st;
}

TextStyle paragraph_style(ParagraphStyle style, const LayoutContext& ctx) {
  TextStyle st = body_style(ctx);
  switch (style) {
    case ParagraphStyle::body: break;
    case ParagraphStyle::lead:
      st.size = ctx.theme.body_size * 1.2;
      st.leading = std::max(1.2, ctx.theme.line_height - 0.05);
      st.color = ctx.palette().primary;
      break;
    case ParagraphStyle::quote:
      st.size = ctx.theme.body_size * 1.1;
      st.italic = true;
      break;
    case ParagraphStyle::small:
      st.size = ctx.theme.small_size;
      st.color = ctx.palette().muted;
      break;
    case ParagraphStyle::caption:
      st.size = ctx.theme.small_size + 0.5;
      st.color = ctx.palette().muted;
      st.italic = true;
      st.leading = 1.3;
      break;
  }
  return st;
}

TextStyle heading_style(int level, const LayoutContext& ctx) {
  const HeadingStyle& h = ctx.theme.headings;
  TextStyle st;
  level = std::clamp(level, 1, 4);
  st.size = ctx.theme.heading_sizes[level - 1];
  st.bold = true;
  st.display = level <= h.display_levels;
  st.color = pick(ctx.palette(), h.color);
  st.leading = 1.25;
  return st;
}

std::vector<Chunk> line_chunks(const std::vector<Line>& lines, double x, double width, const TextStyle& style,
                               LayoutContext& ctx, int node) {
  std::vector<Chunk> chunks(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    chunks[i].height = style.line_height();
    chunks[i].role = Role::unit;
    chunks[i].unit = static_cast<int>(i);
    place_line(lines[i], x, 0, width, style, ctx, chunks[i].items, chunks[i].links, node);
  }
  return chunks;
}

std::vector<Chunk> heading_chunks(const Heading& heading, const std::string& key, LayoutContext& ctx) {
  const int level = std::clamp(heading.level, 1, 4);
  const TextStyle st = heading_style(level, ctx);
  const double left = ctx.page.left;
  const double width = ctx.page.column_width();
  const FontStyle face = font_style(st);
  const double label_width =
      heading.label.empty() ? 0 : ctx.fonts.text_width(heading.label, st.size, face) + st.size * 0.7;

  auto lines = set_lines(plain_run(heading.title, st), width - label_width, ctx);
  if (lines.empty()) lines.emplace_back();
  // Tagged at the level asked for; the document's structure closes any gap in the levels.
  const int node = ctx.element(StructType::heading);
  (*ctx.structure)[node].level = std::clamp(heading.level, 1, 6);
  // A box kept whole: only a heading longer than a page (never seen, but possible) is cut.
  auto spec = std::make_shared<BoxSpec>();
  const double lh = st.line_height();
  BoxLines& store = spec->lines;
  const std::optional<PlacedRect> change = ctx.change_bar(heading.id, 0, lines.size() * lh);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i == 0 && !heading.label.empty())
      store.items().push_back(PlacedText{left, baseline_offset(ctx.fonts, st.size, lh), heading.label, face,
                                         st.size, st.color, 0, content_of(node)});
    place_line(lines[i], left + label_width, i * lh, width - label_width, st, ctx, store.items(),
               store.links(), node);
    if (i == 0 && change) store.items().push_back(*change);  // drawn with the first line
    store.end_line(i * lh, (i + 1) * lh);
  }
  store.anchors().push_back({key, 0});
  store.end_line(0, 0);
  spec->content_height = lines.size() * lh;
  const HeadingStyle& style = ctx.theme.headings;
  if (level == 1 && style.rule != HeadingStyle::Rule::none) {
    // A section opens a page under a rule: the document's main landmarks. A line runs the
    // column's width; a bar is a short thick stroke, the way a modern report marks them.
    const bool bar = style.rule == HeadingStyle::Rule::bar;
    spec->pad_bottom = bar ? 14 : 9;
    const Color rule = pick(ctx.palette(), style.rule_color);
    const double length = bar ? std::min(width, st.size * 2.2) : width;
    const double thickness = bar ? 3.2 : 0.9;
    spec->painter = painter_of(
        [left, length, thickness, rule, bar](double h, bool, bool last, std::vector<PageItem>& out) {
          if (!last) return;
          if (bar)
            out.push_back(PlacedRect{left, h - 6, length, thickness, rule, std::nullopt, 0, 0});
          else
            out.push_back(PlacedLine{left, h - 4, left + length, h - 4, rule, thickness});
        });
  }
  Chunk c = box_chunk(spec);
  if (level > 1) {
    const double b = ctx.theme.body_size;
    c.space_before = level == 2 ? b * 1.7 : level == 3 ? b * 1.3 : b * 1.0;
  } else {
    // A section continuing on a page stands clear of what ends above it.
    c.space_before = ctx.theme.body_size * 2.4;
  }
  return one_chunk(std::move(c));
}

std::vector<Chunk> paragraph_chunks(const Paragraph& paragraph, LayoutContext& ctx) {
  TextStyle st = paragraph_style(paragraph.style, ctx);
  st.align = paragraph.align;
  double x = ctx.page.left;
  double width = ctx.page.column_width();
  const bool quote = paragraph.style == ParagraphStyle::quote;
  const double indent = quote ? ctx.theme.body_size * 1.6 : 0;
  const auto lines = set_lines(styled_runs(paragraph.text, st, ctx), width - indent, ctx);
  const int node = ctx.element(quote ? StructType::quote : StructType::paragraph);
  std::vector<Chunk> chunks = line_chunks(lines, x + indent, width - indent, st, ctx, node);
  if (chunks.empty()) chunks.emplace_back();  // still carries the anchor and the spacing
  if (quote) {
    // The bar runs down the whole quote: each line draws its piece, so a quote split by a
    // page break keeps a bar on both pages.
    for (Chunk& c : chunks)
      c.items.insert(c.items.begin(),
                     PlacedRect{x + 1, 0, 2.5, c.height, ctx.palette().primary, std::nullopt, 0, 0});
  }
  const Spacing sp = Spacing::of(ctx.theme);
  chunks.front().space_before = quote || paragraph.style == ParagraphStyle::lead ? sp.block : sp.paragraph;
  if (paragraph.style == ParagraphStyle::caption) chunks.front().space_before = sp.item * 1.5;
  if (!paragraph.anchor.empty()) chunks.front().anchors.push_back({paragraph.anchor, 0});
  return chunks;
}

}  // namespace planforge::detail
