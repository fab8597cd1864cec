#include "layout/keep_rules.hpp"

#include <algorithm>

namespace planforge::detail {

namespace {

// Every assignment only strengthens a keep, so applying the rules twice changes nothing.
void tie(Chunk& c, Keep k) { c.keep_with_next = std::max(c.keep_with_next, k); }

// Ties each chunk of [from, to) to its next; never the block's last chunk to what follows.
void tie_range(std::vector<Chunk>& chunks, std::size_t from, std::size_t to, Keep k) {
  to = std::min(to, chunks.size() - 1);
  for (std::size_t i = from; i < to; ++i) tie(chunks[i], k);
}

bool is_unit(const Chunk& c) { return c.role == Role::unit || c.role == Role::emphasis; }

// Rules 1 and 2 over the units at `at` (positions in `chunks`): the first and the last
// `min_units_per_side` stay together; with `from_start`, so does everything before them.
// The first and last units are not cut either (a tall row cut across pages counts on both),
// so a split leaves two units on each side however it falls.
void keep_ends(std::vector<Chunk>& chunks, const std::vector<std::size_t>& at, bool from_start) {
  if (at.empty()) return;
  const std::size_t n = at.size(), m = std::min<std::size_t>(min_units_per_side, n);
  tie_range(chunks, from_start ? 0 : at.front(), at[m - 1], Keep::hard);
  tie_range(chunks, at[n - m], at.back(), Keep::hard);
  if (n >= 2)
    for (std::size_t end : {at.front(), at.back()})
      if (chunks[end].splittable) chunks[end].keep_whole = Keep::hard;
}

// Rule 1: each run of units sharing an id (a list item's lines) keeps its ends.
void keep_lines(std::vector<Chunk>& chunks) {
  std::vector<std::size_t> run;
  for (std::size_t i = 0; i <= chunks.size(); ++i) {
    if (i < chunks.size() && is_unit(chunks[i]) &&
        (run.empty() || chunks[run.front()].unit == chunks[i].unit)) {
      run.push_back(i);
      continue;
    }
    keep_ends(chunks, run, false);
    run.clear();
    if (i < chunks.size() && is_unit(chunks[i])) run.push_back(i);
  }
}

// Rule 4 for the rows of a table or a grid (each unit is one row; Chunk::unit is its index in
// `rows`, TableRow or GridRow; a grid row without an entry takes the defaults): an emphasis
// row (a table's group or total row, a grid's band) followed by body rows opens a group and
// keeps the next `group` rows; one that does not, closes a group and keeps the row above.
template <class Row>
void keep_rows(const std::vector<Row>& rows, std::size_t group, std::vector<Chunk>& chunks,
               const std::vector<std::size_t>& at) {
  auto body = [&](std::size_t k) { return k < at.size() && chunks[at[k]].role == Role::unit; };
  for (std::size_t k = 0; k < at.size(); ++k) {
    Chunk& row = chunks[at[k]];
    const bool listed = row.unit >= 0 && static_cast<std::size_t>(row.unit) < rows.size();
    static const Row unlisted{};  // by reference: a table row holds all its cells' text
    const Row& source = listed ? rows[static_cast<std::size_t>(row.unit)] : unlisted;
    if (source.keep_with_next) tie_range(chunks, at[k], at[k] + 1, Keep::hard);
    if (source.keep_together) row.keep_whole = Keep::hard;
    if (row.role != Role::emphasis) continue;
    if (body(k + 1)) {
      std::size_t last = k + 1;  // the group's last row kept with it
      while (last < k + group && body(last + 1)) ++last;
      tie_range(chunks, at[k], at[last], Keep::hard);
    } else if (k > 0) {
      tie_range(chunks, at[k - 1], at[k], Keep::hard);  // a total
    }
  }
}

// The height of a run of chunks as they would stand on one page.
double stacked_height(const std::vector<Chunk>& chunks, bool first) {
  double h = 0;
  for (const Chunk& c : chunks) {
    h += c.height + (first ? 0 : c.space_before);
    first = false;
  }
  return h;
}

void keep_whole(std::vector<Chunk>& chunks, Keep k) {
  tie_range(chunks, 0, chunks.size(), k);
  for (Chunk& c : chunks)
    if (c.splittable) c.keep_whole = std::max(c.keep_whole, k);
}

// Rule 3 applies to blocks whose parts belong together at a glance.
bool kept_whole_when_small(const Block& block) {
  return std::holds_alternative<Table>(block) || std::holds_alternative<List>(block) ||
         std::holds_alternative<KeyValues>(block) || std::holds_alternative<Callout>(block) ||
         std::holds_alternative<PanelGrid>(block) || std::holds_alternative<Grid>(block);
}

}  // namespace

bool is_label(const Block& block, const std::vector<Chunk>& chunks, const Block* next) {
  const auto* p = std::get_if<Paragraph>(&block);
  if (!p || (p->style != ParagraphStyle::small && p->style != ParagraphStyle::caption)) return false;
  if (chunks.size() != 1 || !next) return false;
  if (const auto* q = std::get_if<Paragraph>(next)) return q->style == ParagraphStyle::quote;
  return std::holds_alternative<List>(*next) || std::holds_alternative<Table>(*next) ||
         std::holds_alternative<KeyValues>(*next) || std::holds_alternative<Callout>(*next) ||
         std::holds_alternative<PanelGrid>(*next) || std::holds_alternative<Figure>(*next) ||
         std::holds_alternative<Image>(*next) || std::holds_alternative<Grid>(*next);
}

void apply_block_rules(const Block& block, std::vector<Chunk>& chunks, double body_height) {
  if (chunks.empty()) return;
  std::vector<std::size_t> units;
  for (std::size_t i = 0; i < chunks.size(); ++i)
    if (is_unit(chunks[i])) units.push_back(i);
  const double height = stacked_height(chunks, true);
  keep_lines(chunks);
  keep_ends(chunks, units, true);
  if (const auto* table = std::get_if<Table>(&block)) keep_rows(table->rows, 2, chunks, units);
  if (const auto* grid = std::get_if<Grid>(&block)) keep_rows(grid->rows, 1, chunks, units);
  if (std::holds_alternative<PanelGrid>(block))
    for (Chunk& c : chunks) c.keep_whole = Keep::hard;
  if (std::holds_alternative<Heading>(block)) {
    chunks.back().keep_whole = Keep::hard;
    tie(chunks.back(), Keep::hard);
  }

  const Flow* flow = flow_of(block);
  const Choice together = flow ? flow->keep_together : Choice::automatic;
  const bool fits = height <= body_height;
  if (together == Choice::yes && fits) {
    keep_whole(chunks, Keep::hard);
  } else if (together == Choice::automatic && fits && kept_whole_when_small(block) &&
             (units.size() <= small_block_units || height <= small_block_share * body_height)) {
    keep_whole(chunks, Keep::soft);
  }
  if (flow && flow->keep_with_next) tie(chunks.back(), Keep::hard);
}

// Rule 5's short subsections: blocks [from, to) starting with a heading below level 1. The
// heading's keep_together asks for the whole subsection on one page (when it fits on one).
void keep_subsection(const std::vector<RuledBlock>& blocks, std::size_t from, std::size_t to) {
  const bool asked = flow_of(*blocks[from].block)->keep_together == Choice::yes;
  double height = 0;
  for (std::size_t i = from; i < to; ++i) {
    const Flow* flow = flow_of(*blocks[i].block);
    if ((flow && flow->keep_together == Choice::no) || blocks[i].landscape != blocks[from].landscape) return;
    height += stacked_height(*blocks[i].chunks, i == from);
  }
  if (height > (asked ? 1.0 : small_subsection_share) * blocks[from].body_height) return;
  const Keep strength = asked ? Keep::hard : Keep::soft;
  std::size_t last = to;  // the last block with chunks keeps nothing with what follows
  while (last > from && blocks[last - 1].chunks->empty()) --last;
  for (std::size_t i = from; i < last; ++i) {
    std::vector<Chunk>& chunks = *blocks[i].chunks;
    for (std::size_t c = 0; c + (i + 1 == last ? 1 : 0) < chunks.size(); ++c) tie(chunks[c], strength);
  }
}

void start_part(Chunk& first, PartStart start, double min_space, double body_height) {
  first.part_start = true;
  first.break_before = start != PartStart::continue_on_page;
  first.soft_break = start == PartStart::automatic;
  first.min_room = start == PartStart::new_page ? 0 : std::clamp(min_space, 0.0, 1.0) * body_height;
}

void apply_keep_rules(const std::vector<RuledBlock>& blocks, const Theme& theme) {
  bool body_started = false;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const RuledBlock& b = blocks[i];
    std::vector<Chunk>& chunks = *b.chunks;
    if (chunks.empty()) continue;
    apply_block_rules(*b.block, chunks, b.body_height);
    if (is_label(*b.block, chunks, i + 1 < blocks.size() ? blocks[i + 1].block : nullptr))
      tie(chunks.back(), Keep::hard);

    const Flow* flow = flow_of(*b.block);
    Chunk& first = chunks.front();
    const auto* heading = std::get_if<Heading>(b.block);
    if (heading && heading->level == 1) {
      const PartStart start = flow->page_break_before == Choice::yes  ? PartStart::new_page
                              : flow->page_break_before == Choice::no ? PartStart::continue_on_page
                                                                      : theme.section_start;
      start_part(first, start, flow->min_space.value_or(theme.min_space), b.body_height);
    } else if (flow && flow->page_break_before == Choice::yes) {
      first.break_before = true;
    } else if (flow && flow->min_space) {
      first.min_room = std::clamp(*flow->min_space, 0.0, 1.0) * b.body_height;
    }
    // The body never continues on a page of the front matter.
    if (!body_started) {
      first.break_before = first.part_start = true;
      first.soft_break = false;
      body_started = true;
    }
    for (Chunk& c : chunks) c.landscape = b.landscape;
  }
  // Short subsections, each up to the next heading: one linear pass.
  for (std::size_t i = 0; i < blocks.size();) {
    const auto* heading = std::get_if<Heading>(blocks[i].block);
    std::size_t end = i + 1;
    while (end < blocks.size() && !std::holds_alternative<Heading>(*blocks[end].block)) ++end;
    if (heading && heading->level > 1) keep_subsection(blocks, i, end);
    i = end;
  }
}

}  // namespace planforge::detail
