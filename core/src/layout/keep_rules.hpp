#pragma once
// Every keep and break decision of the layout, in one place. Block builders build chunks and
// say what each one is (Chunk::role, Chunk::unit); these rules tie them together, and the
// paginator honours the ties. docs/plugins.md ("Page flow") states the same rules for
// plugin authors, docs/plan-format.md for plan authors, docs/templates.md the theme's part.
//
//  1. Lines: a text of two or more lines keeps its first two and its last two lines
//     together (no orphan, no widow); so does each list item.
//  2. Splits: a block split between its units (lines, rows, items) keeps at least two of
//     them on each side; its head (a table's caption and header rows) keeps the first two.
//  3. Small blocks: a table, list, key-value grid, callout or panel grid of at most six units,
//     or shorter than a quarter of the page, moves to the next page whole (a soft keep).
//  4. Table rows: an emphasis row followed by body rows opens a group and keeps the next two
//     rows; one that closes the table or a group (a total) keeps the row above it. A row's
//     own keep_with_next and keep_together are honoured. Panel rows are never cut. Grid rows
//     likewise: a band (one cell across every column) opens a group and keeps the next row,
//     or closes one and keeps the row above; each row's GridRow keeps, whole by default.
//  5. Headings keep with the start of what follows (the part rules 1–4 keep together), and
//     so does a label: a one-line small or caption paragraph right above a block. A short
//     subsection — a heading below a section's and what follows it up to the next heading,
//     two fifths of a page or less — moves to the next page whole (a soft keep).
//  6. A block's Flow: keep_with_next; keep_together (yes: a hard keep of the whole block, no:
//     rule 3 off); page_break_before; min_space; landscape.
//  7. Starts: a section's heading starts a new page, or continues on the current one when at
//     least the minimum space remains, or (auto) starts a new page unless the current one is
//     less than a third full (the theme's setting, overridden by the plan's Flow); the
//     revision history after the contents likewise; the body always starts a new page.
// The paginator adds three: a change of orientation starts a page; a soft keep gives way
// rather than leave a page less than a third full (a hard keep only when it cannot fit); and
// rather than leave a page less than a third full, a figure that does not fit the room left
// is drawn smaller to fit it, down to 80 % of its size.

#include "layout/chunk.hpp"
#include "theme/theme.hpp"

#include <planforge/document.hpp>

#include <vector>

namespace planforge::detail {

inline constexpr int min_units_per_side = 2;           // rule 2
inline constexpr int small_block_units = 6;            // rule 3
inline constexpr double small_block_share = 0.25;      // rule 3, of the page's text height
inline constexpr double small_subsection_share = 0.4;  // rule 5
inline constexpr double min_page_fill = 1.0 / 3;       // a soft keep never leaves less
inline constexpr double min_figure_scale = 0.8;        // nor a figure it may be drawn smaller for

// A block with its chunks and the text height of the pages it goes on.
struct RuledBlock {
  const Block* block = nullptr;
  std::vector<Chunk>* chunks = nullptr;
  double body_height = 0;
  bool landscape = false;
};

// A one-line small or caption paragraph right above a table, list, figure, box or quote
// labels it ("Our values"): it belongs with what follows (rule 5).
bool is_label(const Block& block, const std::vector<Chunk>& chunks, const Block* next);

// Rules 1–4 and 6's keeps within one block.
void apply_block_rules(const Block& block, std::vector<Chunk>& chunks, double body_height);

// Every rule for the body, in document order: each block's own, then those between
// neighbours (5) and the starts (6, 7). Idempotent: blocks kept from an earlier layout pass
// may go through it again.
void apply_keep_rules(const std::vector<RuledBlock>& blocks, const Theme& theme);

// Rule 7 for a part of the document (a section, the revision history): `first` opens it as
// `start` says, continuing only where at least `min_space` of `body_height` remains.
void start_part(Chunk& first, PartStart start, double min_space, double body_height);

}  // namespace planforge::detail
