#pragma once
// The document's link annotations, written by planforge at save time (object_range.hpp):
// each page's links are recorded as it is painted, as plain data, and become objects with
// /Contents saying what they link (a screen reader speaks it), the print flag, no border,
// and either a /URI action or a destination on a page of the document (/FitH, the target a
// little below the window's top edge). In a tagged document each has /StructParent.

#include "layout/page_set.hpp"
#include "pdf/navigation.hpp"
#include "pdf/object_range.hpp"

#include <memory>
#include <string>
#include <vector>

namespace planforge::detail {

class LinkAnnotations {
 public:
  LinkAnnotations(Haru& haru, const std::vector<PdfPage>& pages);

  // Records the links of page `index` (laid out as `page`). Throws PdfError for a link with a
  // coordinate that is not a number or a target page that does not exist. A URI too long for
  // a PDF string stays text only.
  void add(int index, const Page& page);
  // After the last page: makes the objects and each page's /Annots. `struct_parents`: the
  // first /StructParent key (the number of pages) for a tagged document, -1 for none.
  void finish(long long struct_parents);

  std::size_t size() const { return links_.size(); }
  // Link k's object number (after finish), page (0-based) and Link structure element (-1: none).
  unsigned number(std::size_t k) const { return objects_->number(k); }
  int page(std::size_t k) const { return links_[k].page; }
  int node(std::size_t k) const { return links_[k].node; }

 private:
  struct Link {
    double rect[4];  // PDF coordinates: x0 y0 x1 y1
    int page = 0, node = -1;
    int dest_page = -1;  // internal: a page and the /FitH top; else `uri`
    double dest_top = 0;
    std::string uri, contents;
  };
  void body(std::size_t k, std::string& out) const;
  unsigned page_number(std::size_t page) const;

  Haru& haru_;
  const std::vector<PdfPage>& pages_;
  std::vector<Link> links_;
  long long struct_parents_ = -1;
  std::unique_ptr<ObjectRange> objects_;
};

}  // namespace planforge::detail
