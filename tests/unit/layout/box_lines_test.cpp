// The compact line store of boxes (layout/box_lines.hpp) and the cuts pagination makes
// through a box (layout/chunk.hpp): what each line holds comes back in order, whole, and
// every piece of a cut box draws exactly the lines it holds.

#include "layout/chunk.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace planforge::detail;

namespace {

PlacedText text(std::string s, double baseline) {
  PlacedText t;
  t.text = std::move(s);
  t.baseline = baseline;
  return t;
}

PendingLink link_to(std::string target, double y) {
  PendingLink l;
  l.area.y = y;
  l.target = std::move(target);
  return l;
}

std::vector<std::string> words(std::span<const PageItem> items) {
  std::vector<std::string> out;
  for (const PageItem& item : items)
    if (const auto* t = std::get_if<PlacedText>(&item)) out.push_back(t->text);
  return out;
}

std::vector<std::string> words(const std::vector<PageItem>& items) { return words(std::span(items)); }

// `n` lines of `height`, each with one text ("line k") and every third with a link.
BoxLines lines_of(int n, double height) {
  BoxLines lines;
  for (int k = 0; k < n; ++k) {
    lines.items().push_back(text("line " + std::to_string(k), k * height + 8));
    if (k % 3 == 0) lines.links().push_back(link_to("to-" + std::to_string(k), k * height));
    lines.end_line(k * height, (k + 1) * height);
  }
  return lines;
}

// Records the pieces it is asked to paint.
struct Recorder final : BoxPainter {
  mutable std::vector<std::string> calls;
  void paint(std::size_t index, double h, bool first, bool last, std::vector<PageItem>& out) const override {
    calls.push_back(std::to_string(index) + (first ? " first" : "") + (last ? " last" : ""));
    out.push_back(PlacedRect{0, 0, 10, h, std::nullopt, std::nullopt, 0.5, 0});
  }
};

}  // namespace

TEST_CASE("a line store gives back each line's items, links and anchors in the order added") {
  BoxLines lines;
  lines.items().push_back(text("a", 1));
  lines.items().push_back(text("b", 1));
  lines.links().push_back(link_to("x", 0));
  lines.end_line(0, 10);
  lines.end_line(10, 20);  // an empty line
  lines.anchors().push_back({"row-3", 0});
  lines.end_line(0, 0);  // an anchor of the whole box
  lines.items().push_back(text("c", 21));
  lines.end_line(20, 30);

  REQUIRE(lines.size() == 4);
  CHECK(words(lines.items_of(0)) == std::vector<std::string>{"a", "b"});
  REQUIRE(lines.links_of(0).size() == 1);
  CHECK(lines.links_of(0)[0].target == "x");
  CHECK(lines.items_of(1).empty());
  CHECK(lines.links_of(1).empty());
  CHECK(lines.anchors_of(1).empty());
  REQUIRE(lines.anchors_of(2).size() == 1);
  CHECK(lines.anchors_of(2)[0].key == "row-3");
  CHECK(lines.items_of(2).empty());
  CHECK(words(lines.items_of(3)) == std::vector<std::string>{"c"});
  CHECK(lines.top(3) == 20);
  CHECK(lines.bottom(3) == 30);
  lines.shrink_to_fit();  // complete: nothing moves
  CHECK(words(lines.items_of(0)) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("appending a store moves its lines in after the others, lower by the offset given") {
  BoxLines row = lines_of(2, 10);
  BoxLines cell = lines_of(3, 10);
  cell.anchors().push_back({"cell", 0});
  cell.end_line(0, 0);
  row.append(std::move(cell), 5);
  CHECK(cell.empty());
  REQUIRE(row.size() == 6);
  CHECK(words(row.items_of(1)) == std::vector<std::string>{"line 1"});
  CHECK(words(row.items_of(2)) == std::vector<std::string>{"line 0"});  // the cell's first
  CHECK(std::get<PlacedText>(row.items_of(2)[0]).baseline == doctest::Approx(13));
  CHECK(row.top(2) == doctest::Approx(5));
  CHECK(row.bottom(4) == doctest::Approx(35));
  REQUIRE(row.links_of(2).size() == 1);
  CHECK(row.links_of(2)[0].area.y == doctest::Approx(5));
  CHECK(row.links_of(3).empty());
  REQUIRE(row.anchors_of(5).size() == 1);
  CHECK(row.anchors_of(5)[0].y == doctest::Approx(5));
}

TEST_CASE("a box cut across pages draws every line once, in order, and each piece is painted") {
  auto spec = std::make_shared<BoxSpec>();
  spec->pad_top = spec->pad_bottom = 2;
  spec->lines = lines_of(10, 10);
  spec->content_height = 100;
  auto painter = std::make_shared<Recorder>();
  spec->painter = painter;
  spec->index = 7;
  Chunk box = box_chunk(spec);
  CHECK(box.splittable);
  CHECK(box.height == doctest::Approx(104));
  CHECK(box.min_height == doctest::Approx(14));  // its first line with the padding
  CHECK(box.items.empty());                      // drawn only when placed

  // Cut to 45 pt: lines 0–3 (40 pt and the padding) fit.
  Chunk head, tail;
  REQUIRE(split_box(box, 45, head, tail));
  CHECK(head.height == doctest::Approx(44));
  CHECK(words(head.items) == std::vector<std::string>{"line 0", "line 1", "line 2", "line 3"});
  CHECK(head.links.size() == 2);  // lines 0 and 3
  CHECK(tail.height == doctest::Approx(64));
  // The rest cut again: its first line starts right under the padding.
  Chunk head2, tail2;
  REQUIRE(split_box(tail, 35, head2, tail2));
  CHECK(words(head2.items) == std::vector<std::string>{"line 4", "line 5", "line 6"});
  const auto& first_of_rest = std::get<PlacedText>(head2.items[1]);
  CHECK(first_of_rest.baseline == doctest::Approx(2 + 8));
  const Drawn last = drawn(tail2);
  CHECK(words(last.items) == std::vector<std::string>{"line 7", "line 8", "line 9"});
  REQUIRE(last.links.size() == 1);
  CHECK(last.links[0].target == "to-9");
  CHECK(painter->calls == std::vector<std::string>{"7 first", "7", "7 last"});

  // No cut leaves a piece when the room is less than one line.
  Chunk none_head, none_tail;
  CHECK_FALSE(split_box(box, 5, none_head, none_tail));
}
