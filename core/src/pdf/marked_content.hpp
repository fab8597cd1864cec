#pragma once
// The marked-content sequences of one page's content stream (ISO 32000-1 14.6): content of
// a structure element goes in "/Tag <</MCID n>> BDC ... EMC", an artifact in
// "/Artifact <</Type ...>> BDC ... EMC". Consecutive items with the same tag share one
// sequence. Always outside a text object (the painter ends it first).

#include "layout/structure.hpp"
#include "pdf/content_writer.hpp"

#include <optional>
#include <vector>

namespace planforge::detail {

class MarkedContent {
 public:
  // `structure`: the document's, whose element names the sequences carry.
  MarkedContent(ContentWriter& out, const Structure& structure);

  // True when `tag` would open a new sequence (the painter must end its text object first).
  bool changes(const Tag& tag) const;
  // Closes the open sequence, if any, and opens one for `tag`.
  void enter(const Tag& tag);
  // Closes the open sequence; at the end of the page.
  void close();

  // The element of each MCID on this page, in MCID order.
  const std::vector<int>& mcids() const { return mcids_; }

 private:
  ContentWriter& out_;
  const Structure& structure_;
  std::optional<Tag> open_;
  std::vector<int> mcids_;
};

}  // namespace planforge::detail
