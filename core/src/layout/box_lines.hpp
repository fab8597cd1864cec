#pragma once
// The lines of a box (a table row's cell lines, a callout's lines) in one flat store. Every
// line is a band [top, bottom) that pagination may cut a box between, holding a range of
// the store's items, links and anchors: a row of a table is three arrays and a list of
// bands, not a vector (or three) per cell line. Positions are relative to the box content's
// top; a line's content is in the order it was added.

#include "layout/page_set.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace planforge::detail {

// A link whose destination is known only once the pages are settled.
struct PendingLink {
  LinkArea area;       // y from the chunk's top; area.uri set for external links
  std::string target;  // anchor key for internal links
};

// A place that refs, the contents and bookmarks point at.
struct AnchorMark {
  std::string key;
  double y = 0;  // from the chunk's top
};

class BoxLines {
 public:
  // Where the next line's content is added (place_line appends to these); end_line() closes it.
  std::vector<PageItem>& items() { return items_; }
  std::vector<PendingLink>& links() { return links_; }
  std::vector<AnchorMark>& anchors() { return anchors_; }

  // Closes a line [top, bottom) holding what was added since the previous line closed.
  void end_line(double top, double bottom);
  // Moves `other`'s lines in after these, `dy` lower (content added here since the last
  // end_line() would join other's first line: close it first).
  void append(BoxLines&& other, double dy);
  // Gives back the growth slack of a complete box (it is kept across layout passes).
  void shrink_to_fit();

  std::size_t size() const { return lines_.size(); }
  bool empty() const { return lines_.empty(); }
  double top(std::size_t line) const { return lines_[line].top; }
  double bottom(std::size_t line) const { return lines_[line].bottom; }
  std::span<const PageItem> items_of(std::size_t line) const;
  std::span<const PendingLink> links_of(std::size_t line) const;
  std::span<const AnchorMark> anchors_of(std::size_t line) const;

 private:
  struct Line {
    double top = 0, bottom = 0;
    std::uint32_t items_end = 0, links_end = 0, anchors_end = 0;  // each range ends here
  };
  std::vector<Line> lines_;
  std::vector<PageItem> items_;
  std::vector<PendingLink> links_;
  std::vector<AnchorMark> anchors_;
};

}  // namespace planforge::detail
