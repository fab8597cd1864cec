#include "layout/front_matter.hpp"

#include "layout/blocks.hpp"
#include "layout/keep_rules.hpp"

#include <algorithm>
#include <cmath>

namespace planforge::detail {

namespace {

// A title styled like a section heading, unnumbered, opening a part of the front matter
// (on a new page, or where the theme's minimum space remains) and kept with what follows.
Chunk title_chunk(const std::string& title, const std::string& key, PartStart start, LayoutContext& ctx) {
  Heading h;
  h.level = 1;
  h.title = title;
  std::vector<Chunk> chunks = heading_chunks(h, key, ctx);
  apply_block_rules(Block{h}, chunks, ctx.page.body_height());
  start_part(chunks.front(), start, ctx.theme.min_space, ctx.page.body_height());
  return std::move(chunks.front());
}

// One entry, tagged TOCI > Link under `item` (the TOCI): label, title and page number are
// the link's text, the dot leader an artifact.
Chunk toc_entry(const TocEntry& e, bool first, int item, LayoutContext& ctx) {
  const double left = ctx.page.left, right = ctx.page.right;
  TextStyle st = body_style(ctx);
  // A list of one-line entries reads well set closer than running text, and a long plan's
  // contents then keep to one page on US Letter too.
  st.leading = std::min(st.leading, 1.3);
  st.bold = e.level == 1;
  st.color = e.level == 1 ? ctx.palette().primary : ctx.palette().text;
  if (e.level >= 3) st.size = ctx.theme.body_size * 0.95;
  const FontStyle face = font_style(st.bold, false);

  static constexpr double indents[] = {0, 24, 54};
  static constexpr double number_boxes[] = {24, 30, 38};
  const int lv = std::clamp(e.level, 1, 3) - 1;
  const double label_x = left + indents[lv];
  const double label_w = e.label.empty() ? 0 : ctx.fonts.text_width(e.label, st.size, face);
  const double title_x =
      label_x + (e.label.empty() ? 0 : std::max(number_boxes[lv], label_w + st.size * 0.6));
  // The page column is as wide as a three-digit number, so every title wraps the same way
  // whatever numbers the pass prints.
  const double page_w = ctx.fonts.text_width("000", st.size, face);
  const double title_w = right - page_w - st.size * 2 - title_x;

  Chunk c;
  c.space_before = e.level == 1 ? (first ? 0 : st.size * 0.9) : st.size * 0.25;
  const double lh = st.line_height();
  auto lines = set_lines(plain_run(e.title, st), title_w, ctx);
  if (lines.empty()) lines.emplace_back();
  const int link = ctx.element(StructType::link, item);
  if (!e.label.empty())
    c.items.push_back(PlacedText{label_x, baseline_offset(ctx.fonts, st.size, lh), e.label, face, st.size,
                                 st.color, 0, content_of(link)});
  std::vector<PendingLink> ignored;  // the whole entry is one link, added below
  for (std::size_t i = 0; i < lines.size(); ++i)
    place_line(lines[i], title_x, i * lh, title_w, st, ctx, c.items, ignored, link);
  const double baseline = (lines.size() - 1) * lh + baseline_offset(ctx.fonts, st.size, lh);

  const int page = ctx.page_number(e.key);
  const std::string number = std::to_string(page);
  const double number_w = ctx.fonts.text_width(number, st.size, face);

  // Dot leaders, one text item per entry, starting on a grid from the column's left edge so
  // that dots line up from entry to entry.
  const double pitch = ctx.fonts.text_width(". ", st.size, FontStyle::regular);
  const double from = title_x + lines.back().width + st.size * 0.5;
  const double to = right - page_w - st.size * 0.5;
  const double first_dot = left + std::ceil((from - left) / pitch) * pitch;
  const int dots = static_cast<int>(std::floor((to - first_dot) / pitch));
  if (dots > 0) {
    std::string leader;
    for (int k = 0; k < dots; ++k) leader += k == 0 ? "." : " .";
    c.items.push_back(
        PlacedText{first_dot, baseline, leader, FontStyle::regular, st.size, ctx.palette().muted});
  }
  c.items.push_back(
      PlacedText{right - number_w, baseline, number, face, st.size, st.color, 0, content_of(link)});

  c.height = lines.size() * lh;
  PendingLink pending;
  pending.area = LinkArea{label_x, 0, right - label_x, c.height, "", -1, 0};
  pending.area.node = link;
  pending.area.contents =
      (e.label.empty() ? "" : e.label + " ") + e.title + " " + page_reference(ctx.input.locale, page);
  pending.target = e.key;
  c.links.push_back(std::move(pending));
  return c;
}

}  // namespace

std::vector<Chunk> contents_chunks(const std::vector<TocEntry>& entries, LayoutContext& ctx) {
  std::vector<Chunk> out;
  out.push_back(title_chunk(ctx.input.locale.text("contents"), contents_key, PartStart::new_page, ctx));
  if (entries.empty()) out.back().keep_with_next = Keep::none;
  // TOC > TOCI; a deeper entry goes in a TOC inside the entry above it.
  const int toc = entries.empty() ? -1 : ctx.element(StructType::toc);
  struct Open {
    int level, item, sub_toc;
  };
  std::vector<Open> open;  // the chain of entries the next one may nest in
  for (std::size_t i = 0; i < entries.size(); ++i) {
    while (!open.empty() && open.back().level >= entries[i].level) open.pop_back();
    int parent = toc;
    if (!open.empty()) {
      if (open.back().sub_toc < 0) open.back().sub_toc = ctx.element(StructType::toc, open.back().item);
      parent = open.back().sub_toc;
    }
    const int item = ctx.element(StructType::toc_item, parent);
    open.push_back({entries[i].level, item, -1});
    out.push_back(toc_entry(entries[i], i == 0, item, ctx));
    // A section's entry is a heading to its subsections' (rule 5): it keeps the first.
    if (entries[i].level == 1 && i + 1 < entries.size() && entries[i + 1].level > 1)
      out.back().keep_with_next = Keep::hard;
  }
  return out;
}

std::vector<Chunk> revision_chunks(const std::vector<RevisionRow>& revisions, LayoutContext& ctx) {
  if (revisions.empty()) return {};
  Table table;
  // Narrow columns for the short fields; the description takes the rest.
  table.columns = {Column{Align::left, 0.12}, Column{Align::left, 0.14}, Column{Align::left, 0.2}, Column{}};
  TableRow header;
  header.header = true;
  for (const char* key : {"revision.version", "revision.date", "revision.author", "revision.description"})
    header.cells.push_back(Cell{plain(ctx.input.locale.text(key))});
  table.rows.push_back(std::move(header));
  for (const RevisionRow& r : revisions) {
    TableRow row;
    row.cells = {Cell{plain(r.version)}, Cell{plain(r.date)}, Cell{plain(r.author)}, Cell{r.description}};
    table.rows.push_back(std::move(row));
  }
  std::vector<Chunk> out;
  out.push_back(title_chunk(ctx.input.locale.text("revision-history"), revisions_key,
                            ctx.theme.front_matter_start, ctx));
  std::vector<Chunk> rows = table_chunks(table, ctx);
  apply_block_rules(Block{table}, rows, ctx.page.body_height());
  for (Chunk& c : rows) out.push_back(std::move(c));
  out[1].space_before = Spacing::of(ctx.theme).after_heading;
  return out;
}

}  // namespace planforge::detail
