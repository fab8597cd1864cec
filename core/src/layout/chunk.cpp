#include "layout/chunk.hpp"

#include <algorithm>
#include <vector>

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

constexpr double eps = 1e-9;

// A piece of a box holds the lines ending below `after` (and, when it is not the last
// piece, at or above its cut): a line crossing a cut moves whole to the next piece.
bool member(const BoxLines& lines, std::size_t l, double after) { return lines.bottom(l) > after + eps; }

// Where a piece's content starts: the box's top for the first piece, else its first line.
double origin_of(const BoxSpec& spec, double after, bool first) {
  if (first) return 0;
  double origin = spec.content_height;
  for (std::size_t l = 0; l < spec.lines.size(); ++l)
    if (member(spec.lines, l, after)) origin = std::min(origin, spec.lines.top(l));
  return origin;
}

// A piece of the box; without its items and links (`draw` false) for a chunk that draws
// them later.
Chunk box_piece(const std::shared_ptr<const BoxSpec>& spec, double after, double cut, bool first, bool last,
                bool draw = true) {
  const double origin = origin_of(*spec, after, first);
  const double end = last ? spec->content_height : cut;
  const BoxLines& lines = spec->lines;
  Chunk c;
  c.height = spec->pad_top + (end - origin) + spec->pad_bottom;
  if (draw && spec->painter) spec->painter->paint(spec->index, c.height, first, last, c.items);
  const double dy = spec->pad_top - origin;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (!member(lines, l, after) || (!last && lines.bottom(l) > cut + eps)) continue;
    if (draw)
      for (PageItem item : lines.items_of(l)) {
        shift_item(item, dy);
        c.items.push_back(std::move(item));
      }
    if (draw)
      for (PendingLink link : lines.links_of(l)) {
        link.area.y += dy;
        c.links.push_back(std::move(link));
      }
    for (AnchorMark mark : lines.anchors_of(l)) {
      mark.y += dy;
      c.anchors.push_back(std::move(mark));
    }
  }
  return c;
}

// The deepest line end at or above `limit` to cut after, leaving lines for a next piece;
// -1 when none. A cut crossing no line (table cells side by side) is preferred unless it
// wastes much more room than one that moves a crossing line down whole.
//
// Only the lines reaching into [origin, limit] can be cut after or cross a cut made there:
// one pass over the box finds them, and the candidates are checked against those alone, so
// a cut costs the box's lines plus the square of one page's, not the square of the box's (a
// table cell of thousands of lines is cut once per page).
double find_cut(const BoxSpec& spec, double after, double origin, double limit) {
  const BoxLines& lines = spec.lines;
  double clean = -1, any = -1;
  double last_bottom = after;
  std::vector<std::size_t> near;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (!member(lines, l, after)) continue;
    last_bottom = std::max(last_bottom, lines.bottom(l));
    if (lines.top(l) <= limit + eps && lines.bottom(l) > origin - eps) near.push_back(l);
  }
  for (std::size_t candidate : near) {
    const double cut = lines.bottom(candidate);
    if (cut <= origin + eps || cut > limit + eps) continue;
    if (cut >= last_bottom - eps) continue;  // nothing would be left for the next piece
    any = std::max(any, cut);
    if (cut <= clean) continue;
    bool crosses = false;
    for (std::size_t i = 0; i < near.size() && !crosses; ++i)
      crosses = lines.top(near[i]) < cut - eps && lines.bottom(near[i]) > cut + eps;
    if (!crosses) clean = cut;
  }
  const double tolerance = 0.15 * (limit - origin);
  return clean >= 0 && clean >= any - tolerance ? clean : any;
}

Chunk box_rest(const std::shared_ptr<const BoxSpec>& spec, double after, bool first) {
  Chunk c = box_piece(spec, after, 0, first, true, false);
  c.box = spec;
  c.box_after = after;
  c.box_first = first;
  c.splittable = true;
  const double origin = origin_of(*spec, after, first);
  // The smallest piece it can be cut to: its first line with the padding.
  const BoxLines& lines = spec->lines;
  double first_bottom = spec->content_height;
  for (std::size_t l = 0; l < lines.size(); ++l)
    if (member(lines, l, after) && lines.bottom(l) > lines.top(l))
      first_bottom = std::min(first_bottom, lines.bottom(l));
  c.min_height = spec->pad_top + (first_bottom - origin) + spec->pad_bottom;
  return c;
}

}  // namespace

Chunk box_chunk(std::shared_ptr<BoxSpec> spec) {
  spec->lines.shrink_to_fit();
  return box_rest(std::move(spec), -1, true);
}

bool split_box(const Chunk& c, double max_height, Chunk& head, Chunk& tail) {
  if (!c.splittable || !c.box) return false;
  const BoxSpec& spec = *c.box;
  const double origin = origin_of(spec, c.box_after, c.box_first);
  const double limit = origin + max_height - spec.pad_top - spec.pad_bottom;
  const double cut = find_cut(spec, c.box_after, origin, limit);
  if (cut < 0) return false;
  head = box_piece(c.box, c.box_after, cut, c.box_first, false);
  tail = box_rest(c.box, cut, false);
  return true;
}

namespace {

// What a chunk draws: a figure's canvas first, then `items` and `links` (copied or moved in).
template <class Items, class Links>
Drawn with_art(const Chunk& c, Items&& items, Links&& links) {
  if (!c.draw) return {std::forward<Items>(items), std::forward<Links>(links)};
  Chunk art;
  c.draw(art);
  art.items.insert(art.items.end(), std::begin(items), std::end(items));
  art.links.insert(art.links.end(), std::begin(links), std::end(links));
  return {std::move(art.items), std::move(art.links)};
}

}  // namespace

Drawn drawn(const Chunk& c) {
  if (!c.box) return with_art(c, c.items, c.links);
  Chunk full = box_piece(c.box, c.box_after, 0, c.box_first, true);
  return {std::move(full.items), std::move(full.links)};
}

Drawn take_drawn(Chunk& c) {
  if (c.box) return drawn(c);
  return with_art(c, std::move(c.items), std::move(c.links));
}

}  // namespace planforge::detail
