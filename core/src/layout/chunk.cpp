#include "layout/chunk.hpp"

#include <algorithm>

namespace planforge::detail {

void shift_item(PageItem& item, double dy) {
  std::visit(
      [dy](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, PlacedText>) {
          it.baseline += dy;
        } else if constexpr (std::is_same_v<T, PlacedRect> || std::is_same_v<T, PlacedImage>) {
          it.y += dy;
        } else if constexpr (std::is_same_v<T, PlacedLine>) {
          it.y1 += dy;
          it.y2 += dy;
        } else if constexpr (std::is_same_v<T, PlacedPath>) {
          for (auto& p : it.points) p.second += dy;
        } else if constexpr (std::is_same_v<T, PlacedCircle>) {
          it.cy += dy;
        }
      },
      item);
}

namespace {

// Content between `from` and `to` (box content coordinates) as one piece.
Chunk box_piece(const std::shared_ptr<const BoxSpec>& spec, double from, double to, bool first,
                bool last) {
  Chunk c;
  c.height = spec->pad_top + (to - from) + spec->pad_bottom;
  if (spec->decorate) spec->decorate(c.height, first, last, c.items);
  const double dy = spec->pad_top - from;
  for (const BoxLine& line : spec->lines) {
    if (line.top < from - 1e-9 || line.bottom > to + 1e-9) continue;
    for (PageItem item : line.items) {
      shift_item(item, dy);
      c.items.push_back(std::move(item));
    }
    for (PendingLink link : line.links) {
      link.area.y += dy;
      c.links.push_back(std::move(link));
    }
    for (AnchorMark mark : line.anchors) {
      mark.y += dy;
      c.anchors.push_back(std::move(mark));
    }
  }
  return c;
}

// The deepest place above `limit` where no line is cut, deeper than `from`; -1 when none.
double find_cut(const BoxSpec& spec, double from, double limit) {
  double best = -1;
  for (const BoxLine& candidate : spec.lines) {
    const double cut = candidate.bottom;
    if (cut <= from + 1e-9 || cut > limit + 1e-9 || cut <= best) continue;
    const bool clean = std::none_of(spec.lines.begin(), spec.lines.end(), [&](const BoxLine& l) {
      return l.top < cut - 1e-9 && l.bottom > cut + 1e-9;
    });
    if (clean) best = cut;
  }
  return best;
}

Chunk box_rest(const std::shared_ptr<const BoxSpec>& spec, double from, bool first);

// The smallest piece a box can be cut to: its first line with the padding.
double first_piece_height(const BoxSpec& spec, double from) {
  double first_bottom = spec.content_height;
  for (const BoxLine& l : spec.lines)
    if (l.top >= from - 1e-9) first_bottom = std::min(first_bottom, l.bottom);
  return spec.pad_top + (first_bottom - from) + spec.pad_bottom;
}

Chunk box_rest(const std::shared_ptr<const BoxSpec>& spec, double from, bool first) {
  Chunk c = box_piece(spec, from, spec->content_height, first, true);
  c.min_height = first_piece_height(*spec, from);
  c.split = [spec, from, first](double max_height, Chunk& head, Chunk& tail) {
    const double limit = from + max_height - spec->pad_top - spec->pad_bottom;
    const double cut = find_cut(*spec, from, limit);
    if (cut < 0 || cut >= spec->content_height - 1e-9) return false;
    head = box_piece(spec, from, cut, first, false);
    tail = box_rest(spec, cut, false);
    return true;
  };
  return c;
}

}  // namespace

Chunk box_chunk(std::shared_ptr<const BoxSpec> spec) { return box_rest(spec, 0, true); }

}  // namespace planforge::detail
