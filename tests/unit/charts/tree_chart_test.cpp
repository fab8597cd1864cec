#include "chart_test_support.hpp"
#include "sample_data.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>

using namespace planforge;

namespace {
struct BoxRect {
  double x0, y0, x1, y1;
};

// Node boxes: stroked or filled rects with a radius, or the outer of a double/dashed outline.
std::vector<BoxRect> node_boxes(const Figure& f) {
  std::vector<BoxRect> out;
  for (const auto& op : f.ops)
    if (const auto* r = std::get_if<FigRect>(&op); r && r->fill && r->width > 20 && r->height > 12)
      out.push_back({r->x, r->y, r->x + r->width, r->y + r->height});
  return out;
}

std::set<std::string> bold_texts(const Figure& f) {
  std::set<std::string> out;
  for (const auto& op : f.ops)
    if (const auto* t = std::get_if<FigText>(&op); t && t->style == FontStyle::bold) out.insert(t->text);
  return out;
}
}  // namespace

TEST_CASE("tree: a small organisation is one figure with children below their parent") {
  chart_test::TestBuilder b;
  TreeData d;
  d.nodes = {{"head", "", "Head of Service", {"J. Ortiz"}, std::nullopt, std::nullopt, BorderStyle::solid},
             {"desk", "head", "Help Desk", {"12 staff"}, std::nullopt, std::nullopt, BorderStyle::solid},
             {"field", "head", "Field Service", {}, std::nullopt, std::nullopt, BorderStyle::dashed},
             {"depot", "head", "Depot Repair", {}, std::nullopt, std::nullopt, BorderStyle::double_line}};
  d.legend = {{"Outsourced", b.palette().accent, LegendShape::dashed_box}};
  d.caption = "Org";
  auto figs = tree_chart(d, b);
  REQUIRE(figs.size() == 1);
  auto problems = chart_test::figure_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto boxes = node_boxes(figs[0]);
  REQUIRE(boxes.size() >= 4);
  // The root's box is above the others, and no two boxes overlap.
  for (std::size_t i = 1; i < boxes.size(); ++i) CHECK(boxes[i].y0 >= boxes[0].y1);
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      bool apart = boxes[i].x1 <= boxes[j].x0 || boxes[j].x1 <= boxes[i].x0 || boxes[i].y1 <= boxes[j].y0 ||
                   boxes[j].y1 <= boxes[i].y0;
      bool nested = boxes[j].x0 >= boxes[i].x0 && boxes[j].x1 <= boxes[i].x1;  // double border
      CHECK((apart || nested));
    }
  // Dashed border: four dashed lines.
  std::size_t dashed = std::count_if(figs[0].ops.begin(), figs[0].ops.end(), [](const FigureOp& op) {
    const auto* l = std::get_if<FigLine>(&op);
    return l && l->dashed;
  });
  CHECK(dashed >= 4);
  CHECK(bold_texts(figs[0]).count("Help Desk") == 1);
}

TEST_CASE("tree: sixty units stay legible by stacking and continuing in further figures") {
  chart_test::TestBuilder b;
  auto d = chart_test::org_tree(60, b.palette());
  auto figs = tree_chart(d, b);
  REQUIRE(figs.size() >= 2);
  std::set<std::string> titles;
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const Figure& f = figs[i];
    CHECK(f.height <= b.content_height());
    auto problems = chart_test::figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
    if (i > 0) CHECK(f.caption.find("(continued)") != std::string::npos);
    for (const auto& op : f.ops)
      if (const auto* t = std::get_if<FigText>(&op)) CHECK(t->size >= 6.5);
    for (const auto& op : f.ops)
      if (const auto* t = std::get_if<FigText>(&op); t && t->style == FontStyle::bold) titles.insert(t->text);
  }
  // Every unit appears (titles may wrap, so look for each unit's last word).
  for (const auto& n : d.nodes) {
    std::string last = n.title.substr(n.title.rfind(' ') + 1);
    bool found = std::any_of(titles.begin(), titles.end(), [&](const std::string& t) {
      return t.size() >= last.size() && t.compare(t.size() - last.size(), last.size(), last) == 0;
    });
    CHECK_MESSAGE(found, n.title);
  }
}

TEST_CASE("tree: a root with two hundred leaf units is split into parts, none unreadable") {
  chart_test::TestBuilder b;
  TreeData d;
  d.nodes.push_back({"r", "", "Partner network", {}, std::nullopt, std::nullopt, BorderStyle::solid});
  for (int i = 0; i < 200; ++i)
    d.nodes.push_back({"p" + std::to_string(i),
                       "r",
                       "Service partner " + std::to_string(i),
                       {"Region " + std::to_string(i % 7)},
                       std::nullopt,
                       std::nullopt,
                       BorderStyle::solid});
  auto figs = tree_chart(d, b);
  REQUIRE(figs.size() >= 2);
  for (const auto& f : figs) {
    auto problems = chart_test::figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
    CHECK(f.height <= b.content_height());
  }
}

TEST_CASE("tree: unknown parents and cycles do not loop") {
  chart_test::TestBuilder b;
  TreeData d;
  d.nodes = {{"a", "b", "A", {}, std::nullopt, std::nullopt, BorderStyle::solid},
             {"b", "a", "B", {}, std::nullopt, std::nullopt, BorderStyle::solid},
             {"c", "zz", "C", {}, std::nullopt, std::nullopt, BorderStyle::solid}};
  auto figs = tree_chart(d, b);
  REQUIRE(!figs.empty());
  std::set<std::string> all;
  for (const auto& f : figs)
    for (const auto& t : chart_test::texts(f)) all.insert(t);
  CHECK(all.count("A") == 1);
  CHECK(all.count("B") == 1);
  CHECK(all.count("C") == 1);
}

TEST_CASE("tree: deterministic") {
  chart_test::TestBuilder b;
  auto d = chart_test::org_tree(40, b.palette());
  auto a = tree_chart(d, b), c = tree_chart(d, b);
  REQUIRE(a.size() == c.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(chart_test::dump(a[i]) == chart_test::dump(c[i]));
}

TEST_CASE("tree: three thousand units, wide and deep, all shown in figures that fit") {
  // The benchmark's shape: two units with hundreds of children, chains four levels deep. The
  // chart finds how many subtrees to move out by doubling and halving, and wraps each title
  // once, so this is quick; it was minutes while subtrees moved out one layout at a time.
  chart_test::TestBuilder b;
  TreeData d;
  d.nodes.push_back({"u0", "", "Unit 0", {"12 people"}, std::nullopt, std::nullopt, BorderStyle::solid});
  std::vector<int> depth{0};
  unsigned seed = 7;
  for (int i = 1; i < 3000; ++i) {
    seed = seed * 1103515245u + 12345u;
    std::vector<int> open;  // the last six and the first two units that may have children
    for (int k = i - 1; k >= 0 && open.size() < 6; --k)
      if (depth[k] < 3) open.push_back(k);
    for (int k = 0; k < i && open.size() < 8; ++k)
      if (depth[k] < 3 && std::find(open.begin(), open.end(), k) == open.end()) open.push_back(k);
    const int parent = open[(seed >> 16) % open.size()];
    depth.push_back(depth[parent] + 1);
    d.nodes.push_back({"u" + std::to_string(i),
                       "u" + std::to_string(parent),
                       "Unit " + std::to_string(i),
                       {std::to_string(3 + i % 70) + " people"},
                       std::nullopt,
                       std::nullopt,
                       BorderStyle::solid});
  }
  const auto figs = tree_chart(d, b);
  REQUIRE(figs.size() >= 2);
  std::set<std::string> titles;
  for (const auto& f : figs) {
    CHECK(f.height <= b.content_height());
    const auto problems = chart_test::figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
    const auto bold = bold_texts(f);
    titles.insert(bold.begin(), bold.end());
  }
  for (const auto& n : d.nodes) CHECK_MESSAGE(titles.count(n.title) == 1, n.title);
}

TEST_CASE("tree: a wide organisation is centred, balanced, and its sibling rows line up") {
  chart_test::TestBuilder b;
  chart_test::new_corrections();
  const auto d = chart_test::ferry_tree(b.palette());
  const auto figs = tree_chart(d, b);
  REQUIRE(figs.size() == 1);
  CHECK(chart_test::new_corrections() == 0);
  auto problems = chart_test::figure_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto boxes = node_boxes(figs[0]);
  REQUIRE(boxes.size() >= d.nodes.size());
  double lo = 1e9, hi = -1e9;
  for (const auto& r : boxes) lo = std::min(lo, r.x0), hi = std::max(hi, r.x1);
  // Centred: as much room on the left as on the right.
  CHECK(std::abs((lo + hi) / 2 - b.content_width() / 2) < 3);
  // The root stands over the middle of what hangs below it.
  const BoxRect root = boxes[0];
  CHECK(std::abs((root.x0 + root.x1) / 2 - (lo + hi) / 2) < 0.2 * (hi - lo));
  // The director's direct reports that start a row share its top.
  std::set<long> tops;
  for (const auto& r : boxes)
    if (r.y0 > root.y1 && r.y0 < root.y1 + 40) tops.insert(std::lround(r.y0 * 10));
  CHECK(tops.size() == 1);
  // No two boxes overlap (a double outline's inner rectangle lies inside its outer one).
  for (std::size_t i = 0; i < boxes.size(); ++i)
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const bool apart = boxes[i].x1 <= boxes[j].x0 || boxes[j].x1 <= boxes[i].x0 ||
                         boxes[i].y1 <= boxes[j].y0 || boxes[j].y1 <= boxes[i].y0;
      const bool nested =
          boxes[j].x0 >= boxes[i].x0 && boxes[j].x1 <= boxes[i].x1 && boxes[j].y0 >= boxes[i].y0;
      CHECK((apart || nested));
    }
}

TEST_CASE("tree: a reporting chain three thousand deep is laid out without recursion") {
  chart_test::TestBuilder b;
  TreeData d;
  for (int i = 0; i < 3000; ++i)
    d.nodes.push_back({"u" + std::to_string(i),
                       i ? "u" + std::to_string(i - 1) : "",
                       "Unit " + std::to_string(i),
                       {},
                       std::nullopt,
                       std::nullopt,
                       BorderStyle::solid});
  const auto figs = tree_chart(d, b);
  REQUIRE(!figs.empty());
  std::size_t titles = 0;
  for (const auto& f : figs) {
    CHECK(f.height <= b.content_height());
    for (const auto& s : chart_test::texts(f)) titles += s.rfind("Unit ", 0) == 0;
  }
  CHECK(titles >= d.nodes.size());
}

TEST_CASE("tree: a unit's lead, however long, is shown whole (up to three lines), not cut short") {
  // The example's director: "Vice President, Customer Service (to be hired, Q1 2027)" was
  // shown as "… (to be hired, Q1 20…" when a line could only wrap to two.
  chart_test::TestBuilder b;
  TreeData d;
  d.nodes = {{"cs",
              "",
              "Customer Service & Support",
              {"Vice President, Customer Service (to be hired, Q1 2027)", "2 people"},
              std::nullopt,
              std::nullopt,
              BorderStyle::solid},
             {"desk",
              "cs",
              "Technical Help Desk (Tier 1)",
              {"R. Delgado, Help Desk Manager", "18 people"},
              std::nullopt,
              std::nullopt,
              BorderStyle::solid}};
  const auto figs = tree_chart(d, b);
  REQUIRE(figs.size() == 1);
  std::string all;
  for (const auto& s : chart_test::texts(figs[0])) {
    CHECK_MESSAGE(s.find("\xE2\x80\xA6") == std::string::npos, s);
    all += s + " ";
  }
  CHECK(all.find("Q1 2027)") != std::string::npos);
}
