#include "layout/structure.hpp"

#include <algorithm>
#include <array>

namespace planforge::detail {

std::string_view standard_name(StructType type, int level) {
  static constexpr std::array<std::string_view, 6> headings{"H1", "H2", "H3", "H4", "H5", "H6"};
  switch (type) {
    case StructType::document: return "Document";
    case StructType::sect: return "Sect";
    case StructType::div: return "Div";
    case StructType::heading: return headings[static_cast<std::size_t>(std::clamp(level, 1, 6) - 1)];
    case StructType::paragraph: return "P";
    case StructType::quote: return "BlockQuote";
    case StructType::caption: return "Caption";
    case StructType::list: return "L";
    case StructType::list_item: return "LI";
    case StructType::label: return "Lbl";
    case StructType::list_body: return "LBody";
    case StructType::table: return "Table";
    case StructType::table_head: return "THead";
    case StructType::table_body: return "TBody";
    case StructType::table_row: return "TR";
    case StructType::header_cell: return "TH";
    case StructType::data_cell: return "TD";
    case StructType::figure: return "Figure";
    case StructType::toc: return "TOC";
    case StructType::toc_item: return "TOCI";
    case StructType::link: return "Link";
  }
  return "Div";
}

int Structure::add(StructType type, int parent) {
  StructElement e;
  e.type = type;
  e.parent = parent;
  elements_.push_back(std::move(e));
  return static_cast<int>(elements_.size()) - 1;
}

int Structure::append(const Structure& part, int parent) {
  const int offset = static_cast<int>(elements_.size());
  for (StructElement e : part.elements_) {
    e.parent = e.parent < 0 ? parent : e.parent + offset;
    elements_.push_back(std::move(e));
  }
  return offset;
}

}  // namespace planforge::detail
