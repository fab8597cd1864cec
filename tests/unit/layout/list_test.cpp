#include "layout_fixture.hpp"
#include "layout/blocks.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::test;

TEST_CASE("list markers: bullets by depth, numbers then letters then roman numerals") {
  CHECK(detail::list_marker(false, 0, 1) == "\u2022");
  CHECK(detail::list_marker(false, 1, 1) == "\u2013");
  CHECK(detail::list_marker(true, 0, 12) == "12.");
  CHECK(detail::list_marker(true, 1, 2) == "b.");
  CHECK(detail::list_marker(true, 1, 28) == "ab.");
  CHECK(detail::list_marker(true, 2, 4) == "iv.");
  CHECK(detail::list_marker(true, 2, 1994) == "mcmxciv.");
}

TEST_CASE("nested lists indent each level and hang wrapped lines at the text") {
  auto in = input_with_section("Lists");
  List inner2;
  inner2.ordered = true;
  inner2.items.push_back(ListItem{plain("deepest item")});
  List inner;
  inner.ordered = true;
  ListItem child{plain("child item")};
  child.children.push_back(inner2);
  inner.items.push_back(child);
  List outer;
  outer.ordered = true;
  std::string long_text = "outer item";
  for (int i = 0; i < 40; ++i) long_text += " wrapword";
  ListItem first{plain(long_text)};
  first.children.push_back(inner);
  outer.items.push_back(first);
  outer.items.push_back(ListItem{plain("second outer")});
  in.body.push_back(outer);
  const auto set = lay_out(in);
  const int p = pages_with(set, "1.").at(0);
  const auto& page = set.pages[p];
  const auto* m1 = find_text(page, "1.");
  const auto* ma = find_text(page, "a.");
  const auto* mi = find_text(page, "i.");
  const auto* m2 = find_text(page, "2.");
  REQUIRE(m1);
  REQUIRE(ma);
  REQUIRE(mi);
  REQUIRE(m2);
  const auto* t1 = find_text(page, "outer item");
  const auto* ta = find_text(page, "child item");
  const auto* ti = find_text(page, "deepest item");
  CHECK(m1->x < t1->x);
  CHECK(ta->x > t1->x);
  CHECK(ti->x > ta->x);
  CHECK(ma->x > m1->x);
  CHECK(mi->x > ma->x);
  // The marker sits on its item's first line; the second item comes after the nested ones.
  CHECK(m1->baseline == t1->baseline);
  CHECK(mi->baseline == ti->baseline);
  CHECK(m2->baseline > ti->baseline);
  // Wrapped lines of the first item start where its text starts, not under the number.
  int wrapped = 0;
  for (const auto* t : texts(page))
    if (t->text.rfind("wrapword", 0) == 0) {
      CHECK(t->x == doctest::Approx(t1->x));
      ++wrapped;
    }
  CHECK(wrapped >= 1);
}

TEST_CASE("bullet lists use a bullet, then a dash when nested") {
  auto in = input_with_section("Bullets");
  List inner;
  inner.items.push_back(ListItem{plain("inner")});
  List outer;
  ListItem item{plain("outer")};
  item.children.push_back(inner);
  outer.items.push_back(item);
  in.body.push_back(outer);
  const auto set = lay_out(in);
  const int p = pages_with(set, "outer").at(0);
  CHECK(find_text(set.pages[p], "\u2022") != nullptr);
  CHECK(find_text(set.pages[p], "\u2013") != nullptr);
}
