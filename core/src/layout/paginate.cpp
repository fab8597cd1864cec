#include "layout/paginate.hpp"

#include "layout/keep_rules.hpp"

#include <algorithm>
#include <array>

namespace planforge::detail {

namespace {

constexpr double epsilon = 1e-6;

// A box that does not fit the room left is cut there, rather than moved whole, when it is
// too tall to be moved without leaving a large hole (or to fit any page at all).
constexpr double cut_threshold = 0.25;

// A keep chain is followed at most this many chunks deep (besides a page's height), so that
// a long run of empty chunks cannot make pagination quadratic.
constexpr std::size_t max_chain = 512;

struct Chain {
  double height = 0;
  std::size_t end = 0;  // index of its last chunk in the flow
};

// A piece of `from` made by a cut keeps what it is; it starts no part and forces no break.
void inherit(const Chunk& from, Chunk& piece) {
  piece.role = from.role;
  piece.unit = from.unit;
  piece.block = from.block;
  piece.structure = from.structure;
  piece.landscape = from.landscape;
  piece.keep_whole = from.keep_whole;
}

// What a cut rest no longer needs once it has been cut again: what it would have drawn.
// Its box (shared with its pieces) is gone with the cut too.
void release(Chunk& rest) {
  std::vector<PageItem>().swap(rest.items);
  std::vector<PendingLink>().swap(rest.links);
  std::vector<AnchorMark>().swap(rest.anchors);
  std::vector<ElementBox>().swap(rest.boxes);
  rest.splittable = false;
  rest.shrink = nullptr;
  rest.box = nullptr;
}

class Paginator {
 public:
  Paginator(const std::vector<const Chunk*>& flow, const PageGeometry& portrait,
            const PageGeometry& landscape)
      : flow_(flow), geometry_{portrait, landscape} {}

  Pagination run() {
    begin_page(!flow_.empty() && flow_.front()->landscape);
    for (std::size_t i = 0; i < flow_.size(); ++i) place_flow(i);
    close_page(PageEnd::document);
    return std::move(out_);
  }

 private:
  void begin_page(bool landscape) {
    out_.pages.emplace_back().landscape = landscape;
    set_geometry(landscape);
  }

  void set_geometry(bool landscape) {
    const PageGeometry& g = geometry_[landscape];
    top_ = g.top;
    bottom_ = g.bottom;
    capacity_ = g.body_height();
    y_ = top_;
    has_content_ = false;
    page_block_ = -1;
    page_units_ = 0;
  }

  void close_page(PageEnd end) {
    out_.pages.back().used = y_ - top_;
    out_.pages.back().end = end;
  }

  void put(const Chunk* c, double y, const Chunk* repeats = nullptr) {
    out_.pages.back().placements.push_back({c, y, repeats});
    const int page = static_cast<int>(out_.pages.size()) - 1;
    for (const AnchorMark& a : c->anchors) out_.anchors.try_emplace(a.key, AnchorPlace{page, y + a.y});
  }

  void place(const Chunk* c, double space) {
    put(c, y_ + space);
    y_ += space + c->height;
    has_content_ = has_content_ || c->height > 0;
    // How many units of the last block with units on this page are here.
    if ((c->role == Role::unit || c->role == Role::emphasis) && c->block >= 0) {
      if (c->block != page_block_) {
        page_block_ = c->block;
        page_units_ = 0;
      }
      if (page_units_ == 0 || c->unit != last_unit_) ++page_units_;
      last_unit_ = c->unit;
    }
  }

  // Ends the page because of `next`, which opens the next one (its table header first).
  void open_page(const Chunk* next, bool forced) {
    close_page(next->part_start ? PageEnd::part : forced ? PageEnd::forced : PageEnd::flow);
    begin_page(next->landscape);
    if (next->repeat) {
      for (const Chunk& h : *next->repeat) {
        put(&h, y_, next);
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

  double fill() const { return capacity_ > 0 ? (y_ - top_) / capacity_ : 1; }

  // Whether pagination cuts `c` where it does not fit rather than moving it whole.
  bool cut_when_short(const Chunk* c) const {
    if (!c->splittable) return false;
    if (c->height > capacity_ - repeat_height(c) + epsilon) return true;
    switch (c->keep_whole) {
      case Keep::none: return c->height > cut_threshold * capacity_;
      case Keep::soft: return fill() < min_page_fill;
      case Keep::hard: break;
    }
    return false;
  }

  // Whether a figure may be drawn smaller here: rather than leave a page less than a third
  // full (judged where the chain it ends was placed, for a chunk at flow index i).
  bool may_shrink(std::size_t i) const { return fill() < min_page_fill || i < shrink_end_; }

  // What of `c` must share a page with the chunk that keeps with it.
  double kept_height(const Chunk* c) const {
    if (c->shrink && fill() < min_page_fill) return std::min(c->height, c->min_shrunk);
    return cut_when_short(c) && c->min_height > 0 ? c->min_height : c->height;
  }

  // `c` (at flow index i) and the chunks it keeps with by ties at least `strength` strong.
  Chain chain(std::size_t i, const Chunk* c, Keep strength) const {
    Chain out{c->height, i};
    for (std::size_t j = i; c->keep_with_next >= strength && j + 1 < flow_.size() &&
                            out.height <= capacity_ && j - i < max_chain;
         ++j) {
      const Chunk* next = flow_[j + 1];
      if (next->break_before || next->landscape != c->landscape) break;
      out.height += next->space_before + kept_height(next);
      out.end = j + 1;
      c = next;
    }
    return out;
  }

  void place_flow(std::size_t i) {
    const Chunk* c = flow_[i];
    if (c->landscape != out_.pages.back().landscape) {
      if (has_content_) {
        open_page(c, true);
      } else {  // nothing on the page yet: it takes the orientation
        out_.pages.back().landscape = c->landscape;
        set_geometry(c->landscape);
      }
    } else if (has_content_ && ((c->break_before && !(c->soft_break && fill() < min_page_fill)) ||
                                bottom_ - y_ < c->min_room - epsilon)) {
      open_page(c, true);
    }
    for (;;) {
      const double space = has_content_ ? c->space_before : 0;
      const double room = bottom_ - y_ - space;
      const double page_room = capacity_ - repeat_height(c);  // what a fresh page offers
      // Soft ties count unless an earlier chunk's chain gave way through this one. A chain
      // that no page can hold, even with `c` cut to its first line, gives way: first its soft
      // ties, then the hard ones.
      const bool cuttable = c->splittable && c->keep_whole != Keep::hard;
      const double least = cuttable && c->min_height > 0 ? c->min_height : c->height;
      auto too_tall = [&](const Chain& k) { return k.height - c->height + least > page_room + epsilon; };
      Keep strength = i < released_end_ ? Keep::hard : Keep::soft;
      Chain kept = chain(i, c, strength);
      if (too_tall(kept) && strength == Keep::soft) kept = chain(i, c, strength = Keep::hard);
      if (too_tall(kept)) kept = {c->height, i};
      if (kept.height <= room + epsilon) {
        if (fill() < min_page_fill) shrink_end_ = std::max(shrink_end_, kept.end + 1);
        place(c, space);
        return;
      }
      const bool fits = c->height <= room + epsilon;
      if (fits && !has_content_ && !cuttable) {  // no page holds its chain: it is broken here
        place(c, space);
        return;
      }
      // The chunk fits but what it keeps with does not. A soft chain gives way rather than
      // leave the page less than a third full; otherwise the chain moves to a new page.
      if (fits && strength == Keep::soft && fill() < min_page_fill &&
          chain(i, c, Keep::hard).height <= room + epsilon) {
        released_end_ = kept.end + 1;
        place(c, space);
        return;
      }
      if (!fits && c->shrink && has_content_ && may_shrink(i) && c->min_shrunk <= room + epsilon) {
        Chunk small = c->shrink(room);
        inherit(*c, small);
        small.keep_with_next = c->keep_with_next;
        place(&out_.pieces.emplace_back(std::move(small)), space);
        return;
      }
      // Cut it where the page ends, if it may be cut, when its chain fits no page whole, or
      // when moving it would leave a single unit of its block on this page (rows taller than
      // half a page).
      const bool thin = c->block >= 0 && c->block == page_block_ && page_units_ < min_units_per_side &&
                        c->keep_whole != Keep::hard;
      if (c->splittable && (!has_content_ || thin || (!fits && cut_when_short(c))) && cut(c, room, space))
        continue;
      if (has_content_) {
        open_page(c, false);
        continue;
      }
      // Taller than an empty page and not cuttable: the builders prevent this (figures
      // are scaled to fit), so it is placed rather than lost.
      place(c, space);
      has_content_ = true;
      return;
    }
  }

  // Cuts `c` to the room left and opens the next page for the rest; false when no cut fits.
  bool cut(const Chunk*& c, double room, double space) {
    Chunk head, tail;
    if (!split_box(*c, room, head, tail)) return false;
    inherit(*c, head);
    inherit(*c, tail);
    tail.repeat = c->repeat;
    tail.keep_with_next = c->keep_with_next;
    // A rest cut again is never placed: drop its items (each rest holds all that follows,
    // so keeping them would cost memory quadratic in the cuts of one tall box).
    if (!out_.pieces.empty() && c == &out_.pieces.back()) release(out_.pieces.back());
    place(&out_.pieces.emplace_back(std::move(head)), space);
    c = &out_.pieces.emplace_back(std::move(tail));
    open_page(c, false);
    return true;
  }

  const std::vector<const Chunk*>& flow_;
  const std::array<PageGeometry, 2> geometry_;  // portrait, landscape
  Pagination out_;
  double top_ = 0, bottom_ = 0, capacity_ = 0;
  double y_ = 0;
  bool has_content_ = false;
  std::size_t released_end_ = 0;  // chunks before this index count hard ties only
  std::size_t shrink_end_ = 0;    // figures before this index may be drawn smaller
  int page_block_ = -1, page_units_ = 0, last_unit_ = -1;
};

}  // namespace

Pagination paginate(const std::vector<const Chunk*>& flow, const PageGeometry& portrait,
                    const PageGeometry& landscape) {
  return Paginator(flow, portrait, landscape).run();
}

}  // namespace planforge::detail
