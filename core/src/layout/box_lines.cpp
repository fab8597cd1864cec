#include "layout/box_lines.hpp"

#include "layout/chunk.hpp"

#include <algorithm>
#include <iterator>

namespace planforge::detail {

namespace {

template <class T>
std::span<const T> range(const std::vector<T>& all, std::uint32_t begin, std::uint32_t end) {
  return std::span<const T>(all.data() + begin, end - begin);
}

}  // namespace

void BoxLines::end_line(double top, double bottom) {
  lines_.push_back({top, bottom, static_cast<std::uint32_t>(items_.size()),
                    static_cast<std::uint32_t>(links_.size()), static_cast<std::uint32_t>(anchors_.size())});
}

void BoxLines::append(BoxLines&& other, double dy) {
  const auto items_at = static_cast<std::uint32_t>(items_.size());
  const auto links_at = static_cast<std::uint32_t>(links_.size());
  const auto anchors_at = static_cast<std::uint32_t>(anchors_.size());
  if (dy != 0) {
    for (PageItem& item : other.items_) shift_item(item, dy);
    for (PendingLink& link : other.links_) link.area.y += dy;
    for (AnchorMark& mark : other.anchors_) mark.y += dy;
  }
  std::move(other.items_.begin(), other.items_.end(), std::back_inserter(items_));
  std::move(other.links_.begin(), other.links_.end(), std::back_inserter(links_));
  std::move(other.anchors_.begin(), other.anchors_.end(), std::back_inserter(anchors_));
  for (const Line& l : other.lines_)
    lines_.push_back({l.top + dy, l.bottom + dy, items_at + l.items_end, links_at + l.links_end,
                      anchors_at + l.anchors_end});
  other = BoxLines();
}

void BoxLines::shrink_to_fit() {
  lines_.shrink_to_fit();
  items_.shrink_to_fit();
  links_.shrink_to_fit();
  anchors_.shrink_to_fit();
}

std::span<const PageItem> BoxLines::items_of(std::size_t line) const {
  return range(items_, line == 0 ? 0 : lines_[line - 1].items_end, lines_[line].items_end);
}

std::span<const PendingLink> BoxLines::links_of(std::size_t line) const {
  return range(links_, line == 0 ? 0 : lines_[line - 1].links_end, lines_[line].links_end);
}

std::span<const AnchorMark> BoxLines::anchors_of(std::size_t line) const {
  return range(anchors_, line == 0 ? 0 : lines_[line - 1].anchors_end, lines_[line].anchors_end);
}

}  // namespace planforge::detail
