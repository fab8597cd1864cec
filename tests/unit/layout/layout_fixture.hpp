#pragma once
// Shared set-up for the layout tests: the default fonts, a theme built in code, document
// builders, and readers that find text on the laid-out pages.

#include "layout/layout.hpp"

#include <planforge/document.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace planforge::test {

inline std::filesystem::path font_dir() {
  return std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates/default/fonts";
}

inline const detail::Theme& test_theme() {
  static const detail::Theme theme = [] {
    detail::Theme t;
    t.name = "test";
    t.fonts = {font_dir() / "OpenSans-Regular.ttf", font_dir() / "OpenSans-Bold.ttf",
               font_dir() / "OpenSans-Italic.ttf", font_dir() / "OpenSans-BoldItalic.ttf"};
    return t;
  }();
  return theme;
}

inline const detail::FontSet& test_fonts() {
  static const detail::FontSet fonts(test_theme().fonts);
  return fonts;
}

inline detail::DocumentInput base_input() {
  detail::DocumentInput in;
  in.cover.title = "Customer Service Strategic Plan";
  in.cover.client = "Acme Industrial Controls";
  in.cover.prepared_by = "Northwind Advisory";
  in.cover.date = "2026-11-15";
  in.cover.version = "1.3.0";
  in.cover.status = "Draft";  // the engine hands layout the word in the plan's language
  in.header = {"Acme", "", "Strategic Plan"};
  in.footer = {"Confidential", "", "Page {page} of {pages}"};
  return in;
}

inline detail::PageSet lay_out(const detail::DocumentInput& in) {
  Diagnostics diags;
  return detail::layout_document(in, test_theme(), test_fonts(), diags);
}

inline detail::PageSet lay_out(const detail::DocumentInput& in, Diagnostics& diags) {
  return detail::layout_document(in, test_theme(), test_fonts(), diags);
}

// Under a theme other than the built-in one (e.g. another section start).
inline detail::PageSet lay_out_with(const detail::DocumentInput& in, const detail::Theme& theme) {
  Diagnostics diags;
  return detail::layout_document(in, theme, test_fonts(), diags);
}

inline Heading heading(int level, std::string title, std::string label = {}, std::string id = {}) {
  Heading h;
  h.level = level;
  h.title = std::move(title);
  h.label = std::move(label);
  h.id = std::move(id);
  return h;
}

// base_input() whose body opens with section 1, `title`.
inline detail::DocumentInput input_with_section(std::string title) {
  detail::DocumentInput in = base_input();
  in.body.push_back(heading(1, std::move(title), "1"));
  return in;
}

inline Paragraph paragraph(std::string text) {
  Paragraph p;
  p.text = plain(std::move(text));
  return p;
}

inline TableRow row_of(std::vector<std::string> cells, bool header = false) {
  TableRow row;
  row.header = header;
  for (auto& c : cells) row.cells.push_back(Cell{plain(std::move(c))});
  return row;
}

// A paragraph of `words` distinct words ("w0 w1 …" with a prefix).
inline Paragraph words_paragraph(const std::string& prefix, int words) {
  std::string text;
  for (int i = 0; i < words; ++i) text += (i ? " " : "") + prefix + std::to_string(i);
  return paragraph(text);
}

inline std::vector<const detail::PlacedText*> texts(const detail::Page& page) {
  std::vector<const detail::PlacedText*> out;
  for (const auto& item : page.items)
    if (const auto* t = std::get_if<detail::PlacedText>(&item)) out.push_back(t);
  return out;
}

// 0-based indices of the pages holding a text item equal to `text`.
inline std::vector<int> pages_with(const detail::PageSet& set, const std::string& text) {
  std::vector<int> out;
  for (std::size_t p = 0; p < set.pages.size(); ++p)
    for (const auto* t : texts(set.pages[p]))
      if (t->text == text) {
        out.push_back(static_cast<int>(p));
        break;
      }
  return out;
}

// The body page holding `text` (the last: the contents list headings too).
inline int page_of(const detail::PageSet& set, const std::string& text) {
  const auto pages = pages_with(set, text);
  REQUIRE_MESSAGE(!pages.empty(), "'" << text << "' is on no page");
  return pages.back();
}

// A body of one section opening with `lines` one-line paragraphs: what follows them starts
// at every height of a page as the count goes up.
inline detail::DocumentInput with_filler(int lines) {
  auto in = base_input();
  in.body.push_back(heading(1, "Opening", "1"));
  for (int i = 0; i < lines; ++i) in.body.push_back(paragraph("Filler line " + std::to_string(i)));
  return in;
}

// The first text item on page `p` containing `needle`, or null.
inline const detail::PlacedText* find_text(const detail::Page& page, const std::string& needle) {
  for (const auto* t : texts(page))
    if (t->text.find(needle) != std::string::npos) return t;
  return nullptr;
}

inline double width_of(const detail::PlacedText& t) {
  return test_fonts().text_width(t.text, t.size, t.style);
}

}  // namespace planforge::test
