#include "layout/document_structure.hpp"

namespace planforge::detail {

DocumentStructure::DocumentStructure() { tree_.add(StructType::document); }

void DocumentStructure::reserve(std::size_t parts, std::size_t elements) {
  // The Document, and at most one Sect per part.
  tree_.reserve(1 + parts + elements);
}

int DocumentStructure::add(const Structure& part) {
  return tree_.append(part, open_.empty() ? 0 : open_.back().sect);
}

int DocumentStructure::add_section(const Structure& part, int level) {
  while (!open_.empty() && open_.back().level >= level) open_.pop_back();
  const int parent = open_.empty() ? 0 : open_.back().sect;
  const int sect = tree_.add(StructType::sect, parent);
  open_.push_back({level, sect});
  const int offset = add(part);
  // Its heading's level is its depth among the open sections: one below the enclosing one.
  for (std::size_t i = 0; i < part.size(); ++i) {
    StructElement& e = tree_[offset + static_cast<int>(i)];
    if (e.type == StructType::heading && part[static_cast<int>(i)].parent < 0) {
      e.level = static_cast<int>(open_.size());
      break;
    }
  }
  return offset;
}

}  // namespace planforge::detail
