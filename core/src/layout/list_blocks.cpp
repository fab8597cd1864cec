// Bulleted and numbered lists with hanging indents and nesting.

#include "layout/blocks.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

std::string roman(std::size_t n) {
  static const std::pair<std::size_t, const char*> digits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : digits)
    while (n >= value) {
      out += text;
      n -= value;
    }
  return out;
}

std::string alpha(std::size_t n) {  // 1 -> a, 26 -> z, 27 -> aa
  std::string out;
  while (n > 0) {
    --n;
    out.insert(out.begin(), static_cast<char>('a' + n % 26));
    n /= 26;
  }
  return out;
}

ListNumbering numbering(bool ordered, int depth) {
  if (!ordered) return depth % 2 == 0 ? ListNumbering::disc : ListNumbering::none;  // "–" has no name
  switch (depth % 3) {
    case 0: return ListNumbering::decimal;
    case 1: return ListNumbering::lower_alpha;
    default: return ListNumbering::lower_roman;
  }
}

// A list: L > LI > (Lbl, LBody); a nested list goes in its item's LBody. `parent` is the
// structure element it goes under (-1: the block's top).
void add_list(const List& list, double x, double width, int depth, int parent, LayoutContext& ctx,
              std::vector<Chunk>& out) {
  const TextStyle st = body_style(ctx);
  const Spacing sp = Spacing::of(ctx.theme);
  const FontStyle marker_face = list.ordered ? FontStyle::regular : FontStyle::bold;

  std::vector<std::string> markers;
  double widest = 0;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    markers.push_back(list_marker(list.ordered, depth, i + 1));
    widest = std::max(widest, ctx.fonts.text_width(markers.back(), st.size, marker_face));
  }
  // The text hangs at one indent for the whole list, so wrapped lines align.
  const double gap = st.size * 0.6;
  const double indent = std::max(st.size * 1.4, widest + gap);
  const double baseline = baseline_offset(ctx.fonts, st.size, st.line_height());
  const int node = ctx.element(StructType::list, parent);
  (*ctx.structure)[node].numbering = numbering(list.ordered, depth);

  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const ListItem& item = list.items[i];
    const int li = ctx.element(StructType::list_item, node);
    const int label = ctx.element(StructType::label, li);
    const int body = ctx.element(StructType::list_body, li);
    auto lines = set_lines(styled_runs(item.text, st, ctx), width - indent, ctx);
    if (lines.empty()) lines.emplace_back();
    std::vector<Chunk> chunks = line_chunks(lines, x + indent, width - indent, st, ctx, body);
    const double mw = ctx.fonts.text_width(markers[i], st.size, marker_face);
    // Numbers align on their right edge ("9." over "10."); bullets sit at the list's edge.
    const double mx = list.ordered ? x + indent - gap - mw : x + (indent - gap - mw) / 2;
    const Color colour = list.ordered ? st.color : ctx.palette().primary;
    // The marker goes first, so that the content reads "1. First item" as the tags do.
    auto& first = chunks.front().items;
    first.insert(first.begin(),
                 PlacedText{mx, baseline, markers[i], marker_face, st.size, colour, 0, content_of(label)});
    chunks.front().space_before = i == 0 ? 0 : sp.item;
    if (!item.anchor.empty()) chunks.front().anchors.push_back({item.anchor, 0});
    // An item's lines share one unit id (the place of its first line): rule 1 keeps its ends.
    const int id = static_cast<int>(out.size());
    for (Chunk& c : chunks) {
      c.unit = id;
      out.push_back(std::move(c));
    }
    for (const List& child : item.children) {
      const std::size_t first = out.size();
      add_list(child, x + indent, width - indent, depth + 1, body, ctx, out);
      if (out.size() > first) out[first].space_before = sp.item;
    }
  }
}

}  // namespace

std::string list_marker(bool ordered, int depth, std::size_t index) {
  if (!ordered) return depth % 2 == 0 ? "\u2022" : "\u2013";
  switch (depth % 3) {
    case 0: return std::to_string(index) + ".";
    case 1: return alpha(index) + ".";
    default: return roman(index) + ".";
  }
}

std::vector<Chunk> list_chunks(const List& list, LayoutContext& ctx) {
  std::vector<Chunk> out;
  add_list(list, ctx.page.left, ctx.page.column_width(), 0, -1, ctx, out);
  if (!out.empty()) out.front().space_before = Spacing::of(ctx.theme).paragraph;
  return out;
}

}  // namespace planforge::detail
