#pragma once
// Joins the blocks' structure trees (structure.hpp) into the document's: the Document holds
// the cover's elements, then a Sect for each part of the front matter and one for each
// heading, nested by level: a heading's Sect holds what follows it up to the next heading
// of its level or above. Heading levels are closed up as they are nested, so that none is
// ever skipped (a plugin's H1 followed by an H3 is tagged H1, H2), as the bookmarks are.

#include "layout/structure.hpp"

#include <vector>

namespace planforge::detail {

class DocumentStructure {
 public:
  DocumentStructure();
  // `parts` trees of `elements` elements in all will be added: the tree is allocated once, at
  // its final size (a long document's is tens of megabytes; doubling would hold up to twice).
  void reserve(std::size_t parts, std::size_t elements);

  // Appends `part` under the innermost open section; returns its offset (Structure::append).
  int add(const Structure& part);
  // Appends `part`, whose first top-level heading opens a section at `level`.
  int add_section(const Structure& part, int level);

  Structure take() { return std::move(tree_); }

 private:
  struct Open {
    int level = 0;
    int sect = 0;
  };
  Structure tree_;
  std::vector<Open> open_;  // the sections the next element goes into, outermost first
};

}  // namespace planforge::detail
