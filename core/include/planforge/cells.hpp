#pragma once
/// @file cells.hpp  Shorthands for the table cells, header rows and coloured runs every
/// tabular section builds.

#include <planforge/builder.hpp>
#include <planforge/color.hpp>
#include <planforge/document.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// A cell holding `text`, aligned as given (the column's alignment applies to a left cell).
inline Cell cell(RichText text, Align align = Align::left) {
  Cell c;
  c.text = std::move(text);
  c.align = align;
  return c;
}

/// A cell of one plain run.
inline Cell cell(std::string text, Align align = Align::left) { return cell(plain(std::move(text)), align); }

/// A run of `text` in `color`, bold when asked.
inline Run colored(std::string text, Color color, bool is_bold = false) {
  Run r{std::move(text)};
  r.color = color;
  r.bold = is_bold;
  return r;
}

/// A run in the palette's muted colour: secondary facts such as owners, sources, a dash for
/// "not applicable".
inline Run muted(std::string text, const Palette& palette) { return colored(std::move(text), palette.muted); }

/// A cell of one muted run.
inline Cell muted_cell(std::string text, const Palette& palette, Align align = Align::left) {
  return cell(RichText{muted(std::move(text), palette)}, align);
}

/// A header row whose cells are the words of the plugin's catalogue `keys`, in order.
inline TableRow header_row(std::initializer_list<std::string_view> keys, const SectionBuilder& out) {
  TableRow row;
  row.header = true;
  for (std::string_view key : keys) row.cells.push_back(cell(plain(out.text(key))));
  return row;
}

/// A table of `columns` whose caption and header row are the plugin's catalogue words:
/// `caption_key`, and the header's `keys` in order (header_row()).
inline Table catalogue_table(std::string_view caption_key, std::vector<Column> columns,
                             std::initializer_list<std::string_view> keys, const SectionBuilder& out) {
  Table t;
  t.caption = out.text(caption_key);
  t.columns = std::move(columns);
  t.rows.push_back(header_row(keys, out));
  return t;
}

PLANFORGE_END_NAMESPACE
