#pragma once
// The vertical flow that pagination works on. Every block becomes a list of chunks: pieces
// of fixed height that are never cut (a line of a paragraph, a table row), with the rules
// that tie them together (keep with next, start a page, repeat the table header) and, for
// tall boxes, a way to cut them between lines. Block builders say what each chunk is (its
// role); keep_rules.hpp decides every keep and break from that, in one place.

#include "layout/box_lines.hpp"
#include "layout/page_set.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace planforge::detail {

// Where an element is drawn in a chunk (a figure's /BBox); y from the chunk's top.
struct ElementBox {
  int node = -1;
  double x = 0, y = 0, width = 0, height = 0;
};

// How strongly a keep holds. A hard keep gives way only when what it holds together is
// taller than a page; a soft one (small blocks kept whole) also gives way rather than leave
// a page less than a third full.
enum class Keep : std::uint8_t { none, soft, hard };

// What a chunk is to the keep rules.
enum class Role : std::uint8_t {
  other,    // spacing, a heading, a figure, a callout
  head,     // opens its block and stays with its first units: a table's caption and header rows
  unit,     // a piece of the block's body it may be split between: a line, a row, an item
  emphasis  // a table's group or total row (a unit)
};

struct BoxSpec;

struct Chunk {
  double height = 0;
  double space_before = 0;  // dropped at the top of a page
  Keep keep_with_next = Keep::none;
  bool break_before = false;  // starts a new page unless the page is still empty
  bool soft_break = false;    // … or less than a third full (then min_room decides)
  double min_room = 0;        // otherwise starts a new page unless this much room is left
  bool landscape = false;     // goes on a landscape page
  bool part_start = false;    // opens a section or a part of the front matter
  Role role = Role::other;
  int block = -1, unit = -1;    // the block in the flow and the unit in the block it belongs to
  std::vector<PageItem> items;  // page x; y from the chunk's top
  std::vector<PendingLink> links;
  std::vector<AnchorMark> anchors;
  std::vector<ElementBox> boxes;
  // Which structure the tags of its items and links refer to (the layout driver's
  // numbering of the blocks' trees); -1: none.
  int structure = -1;
  // Table header rows, drawn again first on every page this chunk opens after a break.
  std::shared_ptr<const std::vector<Chunk>> repeat;
  bool splittable = false;  // a box pagination may cut between its lines (split_box)
  // none: cut where it does not fit when taller than a quarter page; soft: kept whole unless
  // the page would be left less than a third full; hard: cut only when taller than a page.
  Keep keep_whole = Keep::none;
  // The smallest piece a cut can leave (its first line): what must share a page with a
  // chunk keeping with it when this one is tall enough to be cut.
  double min_height = 0;
  // A figure redrawn smaller to fit `height`, never below `min_shrunk`, where it would
  // otherwise leave a page less than a third full; empty: never shrunk.
  std::function<Chunk(double height)> shrink;
  double min_shrunk = 0;
  // A figure draws its canvas only when placed (drawn()), into the chunk given, before its
  // own items and links (the caption): until then the plugin's figure holds it.
  std::function<void(Chunk& into)> draw;
  // A box (box_chunk) draws its items and links only when it is placed (drawn()): until then
  // its lines hold them, so a table of thousands of rows is not held twice, and the rest left
  // by a cut, cut again, copies nothing.
  std::shared_ptr<const BoxSpec> box;
  double box_after = -1;  // the rest of the box below this line end
  bool box_first = true;  // the box's first piece (with its top decoration)
};

// A block of one chunk, moved in: `return {std::move(c)}` would copy it (an initializer
// list's elements are const), items and all.
inline std::vector<Chunk> one_chunk(Chunk c) {
  std::vector<Chunk> out;
  out.push_back(std::move(c));
  return out;
}

// Moves a positioned item down by `dy`.
void shift_item(PageItem& item, double dy);

// Draws the decoration of a box (fills, rules) under its content, for a piece `height` tall;
// `first`/`last` tell which piece it is. One painter may serve many boxes, told apart by
// `index` (a table's rows share their table's), so that a box holds no closure of its own.
class BoxPainter {
 public:
  virtual ~BoxPainter() = default;
  virtual void paint(std::size_t index, double height, bool first, bool last,
                     std::vector<PageItem>& out) const = 0;
};

// A painter of one box from a function (height, first, last, out).
template <class Paint>
std::shared_ptr<const BoxPainter> painter_of(Paint paint) {
  struct Painter final : BoxPainter {
    explicit Painter(Paint p) : paint_(std::move(p)) {}
    void paint(std::size_t, double height, bool first, bool last, std::vector<PageItem>& out) const override {
      paint_(height, first, last, out);
    }
    Paint paint_;
  };
  return std::make_shared<const Painter>(std::move(paint));
}

// A box drawn around lines: decoration (fills, rules) under the content, padding above and
// below. Cut between lines when it does not fit; each piece gets its own decoration.
struct BoxSpec {
  double pad_top = 0, pad_bottom = 0;
  double content_height = 0;
  BoxLines lines;
  std::shared_ptr<const BoxPainter> painter;  // none: undecorated
  std::size_t index = 0;                      // the box among its painter's
};

// The whole box as one chunk, cut into pieces by pagination when needed. Its lines are
// shrunk to fit: the box is complete.
Chunk box_chunk(std::shared_ptr<BoxSpec> spec);
// Cuts a splittable chunk so that `head` is at most `max_height` tall; false when no cut fits.
bool split_box(const Chunk& c, double max_height, Chunk& head, Chunk& tail);

// What a chunk draws, y from its top: its items and links, or a box's drawn now.
struct Drawn {
  std::vector<PageItem> items;
  std::vector<PendingLink> links;
};
Drawn drawn(const Chunk& c);
// The same for a chunk used up by the caller: its own items and links are moved out.
Drawn take_drawn(Chunk& c);

}  // namespace planforge::detail
