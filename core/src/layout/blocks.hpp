#pragma once
// Block builders: each SDK block becomes chunks for pagination. The first chunk of a block
// carries the space above it; the driver narrows that space after a heading. Each builder
// adds the block's structure elements to LayoutContext::structure and tags what it draws.

#include "layout/chunk.hpp"
#include "layout/context.hpp"
#include "layout/text_flow.hpp"

#include <planforge/document.hpp>

#include <string>
#include <vector>

namespace planforge::detail {

// Vertical rhythm, from the body size so that a theme's type scale carries through.
struct Spacing {
  double paragraph, block, item, after_heading;
  static Spacing of(const Theme& theme) {
    const double b = theme.body_size;
    return {b * 0.65, b * 1.1, b * 0.3, b * 0.55};
  }
};

TextStyle body_style(const LayoutContext& ctx);
TextStyle paragraph_style(ParagraphStyle style, const LayoutContext& ctx);
TextStyle heading_style(int level, const LayoutContext& ctx);

// One chunk per line, `style.line_height()` tall: units of their text (keep_rules.hpp keeps
// their ends together), content of structure element `node`.
std::vector<Chunk> line_chunks(const std::vector<Line>& lines, double x, double width, const TextStyle& style,
                               LayoutContext& ctx, int node);

// `key` is the heading's anchor (its id, or an internal key when it has none).
std::vector<Chunk> heading_chunks(const Heading& heading, const std::string& key, LayoutContext& ctx);
std::vector<Chunk> paragraph_chunks(const Paragraph& paragraph, LayoutContext& ctx);
std::vector<Chunk> list_chunks(const List& list, LayoutContext& ctx);
std::vector<Chunk> table_chunks(const Table& table, LayoutContext& ctx);
std::vector<Chunk> key_value_chunks(const KeyValues& kv, LayoutContext& ctx);
std::vector<Chunk> callout_chunks(const Callout& callout, LayoutContext& ctx);
std::vector<Chunk> panel_grid_chunks(const PanelGrid& grid, LayoutContext& ctx);
std::vector<Chunk> figure_chunks(const Figure& figure, LayoutContext& ctx);
std::vector<Chunk> image_chunks(const Image& image, LayoutContext& ctx);

// A caption centred under a figure or picture: its style, its lines and the gap above them.
struct Caption {
  TextStyle style;
  std::vector<Line> lines;
  double gap = 0;
  double height() const { return lines.size() * style.line_height() + gap; }
};
Caption caption_of(const std::string& text, LayoutContext& ctx);
// Places the caption's lines in `c` below `top` (the bottom of the picture), as content of
// structure element `tag` (a Caption; -1 for none); returns the bottom of the caption.
double place_caption(const Caption& caption, double top, Chunk& c, LayoutContext& ctx, int tag = -1);
std::vector<Chunk> grid_chunks(const Grid& grid, LayoutContext& ctx);

// The chunks of a block by its type: one name for the kinds the page flow and a grid cell
// share, so that each visits its blocks without a list of its own.
inline std::vector<Chunk> chunks_of(const Paragraph& b, LayoutContext& ctx) {
  return paragraph_chunks(b, ctx);
}
inline std::vector<Chunk> chunks_of(const List& b, LayoutContext& ctx) { return list_chunks(b, ctx); }
inline std::vector<Chunk> chunks_of(const Table& b, LayoutContext& ctx) { return table_chunks(b, ctx); }
inline std::vector<Chunk> chunks_of(const KeyValues& b, LayoutContext& ctx) {
  return key_value_chunks(b, ctx);
}
inline std::vector<Chunk> chunks_of(const Callout& b, LayoutContext& ctx) { return callout_chunks(b, ctx); }
inline std::vector<Chunk> chunks_of(const PanelGrid& b, LayoutContext& ctx) {
  return panel_grid_chunks(b, ctx);
}
inline std::vector<Chunk> chunks_of(const Figure& b, LayoutContext& ctx) { return figure_chunks(b, ctx); }
inline std::vector<Chunk> chunks_of(const Image& b, LayoutContext& ctx) { return image_chunks(b, ctx); }
inline std::vector<Chunk> chunks_of(const Grid& b, LayoutContext& ctx) { return grid_chunks(b, ctx); }

// The list markers: "•" / "–" by depth, "1." / "a." / "i." for ordered lists.
std::string list_marker(bool ordered, int depth, std::size_t index);

}  // namespace planforge::detail
