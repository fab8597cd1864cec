#pragma once
// The document's logical structure, plain data: what each part of a plan *is* — a heading,
// a paragraph, a list item's label, a table's header cell, a figure with its text
// alternative — in reading order. Block builders add elements and mark every item they draw
// with its element, or as an artifact (page furniture and decoration a reader skips); the
// layout joins the blocks' trees into the document's (document_structure.hpp); core/pdf
// writes it as a tagged PDF (structure_writer.hpp). This is the only model of it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

// The standard structure types of ISO 32000-1 14.8.4 that planforge uses (no role map is
// needed: every element is a standard type).
enum class StructType : std::uint8_t {
  document,
  sect,
  div,
  heading,  // H1–H6 by StructElement::level
  paragraph,
  quote,
  caption,  // P, BlockQuote, Caption
  list,
  list_item,
  label,
  list_body,  // L, LI, Lbl, LBody
  table,
  table_head,
  table_body,
  table_row,  // Table, THead, TBody, TR
  header_cell,
  data_cell,  // TH, TD
  figure,
  toc,
  toc_item,
  link  // Figure, TOC, TOCI, Link
};

// The standard name ("H2", "TD", "LBody"); `level` for headings.
std::string_view standard_name(StructType type, int level = 1);

// A header cell's /Scope.
enum class HeaderScope : std::uint8_t { column, row };
// A list's /ListNumbering: what its labels are.
enum class ListNumbering : std::uint8_t { none, disc, decimal, lower_alpha, lower_roman };

// Content that is not part of the document's text: decoration (fills, rules, status dots,
// dot leaders), page furniture (running header and footer, page numbers, the watermark) and
// table header rows drawn again on a continued page.
enum class ArtifactKind : std::uint8_t { layout, header, footer, watermark, pagination };

// What a drawn item is to the structure: content of element `node`, or an artifact. Every
// page item carries one; the default is a layout artifact, so decoration needs nothing.
struct Tag {
  int node = -1;
  ArtifactKind artifact = ArtifactKind::layout;
  bool is_artifact() const { return node < 0; }
};

inline Tag content_of(int node) { return Tag{node, ArtifactKind::layout}; }
inline Tag artifact(ArtifactKind kind) { return Tag{-1, kind}; }

// Where a figure is: page index and box (points from the top-left, y down).
struct PageBox {
  int page = 0;
  double x = 0, y = 0, width = 0, height = 0;
};

struct StructElement {
  StructType type = StructType::div;
  int parent = -1;                                // an earlier element; -1: the root's place (see Structure)
  int level = 0;                                  // headings: 1–6
  std::string alt;                                // figures: the text alternative (/Alt)
  bool alt_fallback = false;                      // the alternative is the core's stand-in, not the author's
  HeaderScope scope = HeaderScope::column;        // header cells
  int col_span = 1;                               // cells
  ListNumbering numbering = ListNumbering::none;  // lists
  std::optional<PageBox> bbox;                    // figures
};

// A tree of elements stored in reading order: every element comes after its parent, and
// siblings are in the order they are read. A document's tree has the Document at index 0;
// a block's tree has its top elements at parent -1, joined to the document by append().
class Structure {
 public:
  // Adds an element under `parent` (-1: at the top); returns its index.
  int add(StructType type, int parent = -1);
  StructElement& operator[](int index) { return elements_[static_cast<std::size_t>(index)]; }
  const StructElement& operator[](int index) const { return elements_[static_cast<std::size_t>(index)]; }
  std::size_t size() const { return elements_.size(); }
  bool empty() const { return elements_.empty(); }
  const std::vector<StructElement>& elements() const { return elements_; }
  void clear() { elements_.clear(); }
  // Room for `n` elements in all, so that appending up to that many never reallocates.
  void reserve(std::size_t n) { elements_.reserve(n); }
  // Gives back the growth slack of a tree that is complete (a block's, kept across passes).
  void shrink_to_fit() { elements_.shrink_to_fit(); }

  // Appends the elements of `part` with its top elements under `parent`; returns the index
  // its element 0 now has (add it to `part`'s node numbers).
  int append(const Structure& part, int parent);

 private:
  std::vector<StructElement> elements_;
};

}  // namespace planforge::detail
