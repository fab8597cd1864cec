#pragma once
// Writes the document's structure (layout/structure.hpp) as a tagged PDF (ISO 32000-1 14.7,
// 14.8): the StructTreeRoot with one StructElem per element that has content (table cells
// are kept even when empty, so rows stay whole), each element's kids in reading order (its
// marked content, its child elements, its link annotations), the ParentTree that maps every
// MCID and every link annotation back to its element, and the catalog entries a tagged
// document needs (/MarkInfo, /ViewerPreferences /DisplayDocTitle) with /Tabs /S on pages.
//
// The tree is kept as compact index tables and written by planforge when libharu saves
// (object_range.hpp): a StructureObjects must live until the document is saved.

#include "layout/structure.hpp"
#include "pdf/link_annotations.hpp"
#include "pdf/navigation.hpp"

#include <memory>
#include <vector>

namespace planforge::detail {

// What painting the pages left for the structure: each page's MCIDs (the element of each).
struct PageTags {
  std::vector<std::vector<int>> mcids;  // by page
};

class StructureObjects {
 public:
  // `links`: finished (LinkAnnotations::finish) with /StructParent keys from pages.size().
  StructureObjects(Haru& haru, const Structure& structure, const std::vector<PdfPage>& pages,
                   const PageTags& tags, const LinkAnnotations& links);
  ~StructureObjects();
  StructureObjects(const StructureObjects&) = delete;
  StructureObjects& operator=(const StructureObjects&) = delete;

 private:
  class Tree;
  std::unique_ptr<Tree> tree_;
};

}  // namespace planforge::detail
