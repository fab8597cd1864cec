#include "layout/paginate.hpp"

namespace planforge::detail {

namespace {

constexpr double epsilon = 1e-6;

// A box that does not fit the room left is cut there, rather than moved whole, when it is
// too tall to be moved without leaving a large hole (or to fit any page at all).
constexpr double cut_threshold = 0.25;

class Paginator {
 public:
  Paginator(const std::vector<const Chunk*>& flow, const PageGeometry& page)
      : flow_(flow), top_(page.top), bottom_(page.bottom), capacity_(page.body_height()) {}

  Pagination run() {
    out_.pages.emplace_back();
    y_ = top_;
    for (std::size_t i = 0; i < flow_.size(); ++i) place_flow(i);
    return std::move(out_);
  }

 private:
  void put(const Chunk* c, double y) {
    out_.pages.back().placements.push_back({c, y});
    const int page = static_cast<int>(out_.pages.size()) - 1;
    for (const AnchorMark& a : c->anchors) out_.anchors.try_emplace(a.key, AnchorPlace{page, y + a.y});
  }

  // Opens a page; `next` is the chunk that will start it (its table header comes first).
  void open_page(const Chunk* next) {
    out_.pages.emplace_back();
    y_ = top_;
    has_content_ = false;
    if (next && next->repeat) {
      for (const Chunk& h : *next->repeat) {
        put(&h, y_);
        y_ += h.height;
      }
    }
  }

  double repeat_height(const Chunk* c) const {
    double h = 0;
    if (c->repeat)
      for (const Chunk& r : *c->repeat) h += r.height;
    return h;
  }

  // Whether pagination cuts `c` where it does not fit rather than moving it whole.
  bool cut_when_short(const Chunk* c) const {
    if (!c->split) return false;
    return c->height > capacity_ - repeat_height(c) + epsilon ||
           (!c->keep_whole && c->height > cut_threshold * capacity_);
  }

  // What of `c` must share a page with the chunk that keeps with it.
  double kept_height(const Chunk* c) const {
    return cut_when_short(c) && c->min_height > 0 ? c->min_height : c->height;
  }

  // Height that must fit for `c` at index i: itself and the chain of chunks kept with it.
  double chain_height(std::size_t i, const Chunk* c) const {
    double h = c->height;
    for (std::size_t j = i; c->keep_with_next && j + 1 < flow_.size() && h <= capacity_; ++j) {
      const Chunk* next = flow_[j + 1];
      if (next->break_before) break;
      h += next->space_before + kept_height(next);
      c = next;
    }
    return h;
  }

  void place_flow(std::size_t i) {
    const Chunk* c = flow_[i];
    if (c->break_before && has_content_) open_page(c);
    for (;;) {
      const double space = has_content_ ? c->space_before : 0;
      const double room = bottom_ - y_ - space;
      if (chain_height(i, c) <= room + epsilon) {
        put(c, y_ + space);
        y_ += space + c->height;
        has_content_ = has_content_ || c->height > 0;
        return;
      }
      if (c->height <= room + epsilon) {
        // The chunk fits but what it keeps with does not: move the chain, unless the page
        // is still empty (then the chain cannot fit anywhere and is broken here).
        if (has_content_) {
          open_page(c);
          continue;
        }
        put(c, y_ + space);
        y_ += space + c->height;
        has_content_ = has_content_ || c->height > 0;
        return;
      }
      if (c->split && (cut_when_short(c) || !has_content_)) {
        Chunk head, tail;
        if (c->split(room, head, tail)) {
          tail.repeat = c->repeat;
          tail.keep_with_next = c->keep_with_next;
          const Chunk* placed = &out_.pieces.emplace_back(std::move(head));
          put(placed, y_ + space);
          c = &out_.pieces.emplace_back(std::move(tail));
          open_page(c);
          continue;
        }
      }
      if (has_content_) {
        open_page(c);
        continue;
      }
      // Taller than an empty page and not cuttable: the builders prevent this (figures
      // are scaled to fit), so it is placed rather than lost.
      put(c, y_ + space);
      y_ += space + c->height;
      has_content_ = true;
      return;
    }
  }

  const std::vector<const Chunk*>& flow_;
  const double top_, bottom_, capacity_;
  Pagination out_;
  double y_ = 0;
  bool has_content_ = false;
};

}  // namespace

Pagination paginate(const std::vector<const Chunk*>& flow, const PageGeometry& page) {
  return Paginator(flow, page).run();
}

}  // namespace planforge::detail
