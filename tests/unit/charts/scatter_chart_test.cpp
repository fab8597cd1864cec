#include "chart_test_support.hpp"
#include "sample_data.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace planforge;

TEST_CASE("scatter: every point is labelled beside it or in the key, and nothing overlaps") {
  chart_test::TestBuilder b;
  auto d = chart_test::needs_scatter(b.palette());
  Figure f = scatter_chart(d, b);
  auto problems = chart_test::figure_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  CHECK(f.height <= b.content_height());
  auto t = chart_test::texts(f);
  // Beside the point in full, or in the key (possibly shortened there).
  for (const auto& p : d.points) {
    bool found = std::any_of(t.begin(), t.end(), [&](const std::string& s) {
      return s == p.label || (s.size() > 8 && p.label.rfind(s.substr(0, 8), 0) == 0);
    });
    CHECK_MESSAGE(found, p.label);
  }
  // One dot per point, even where ratings coincide (they are spread, not stacked).
  std::size_t dots = std::count_if(f.ops.begin(), f.ops.end(),
                                   [](const FigureOp& op) { return std::holds_alternative<FigCircle>(op); });
  CHECK(dots == d.points.size());
  // Whole-number ticks on a 1–5 scale, and the shaded weak region.
  CHECK(std::find(t.begin(), t.end(), "3") != t.end());
  CHECK(std::find(t.begin(), t.end(), "2.5") == t.end());
  bool shaded = std::any_of(f.ops.begin(), f.ops.end(), [](const FigureOp& op) {
    const auto* p = std::get_if<FigPath>(&op);
    return p && p->closed && p->fill && p->points.size() >= 3;
  });
  CHECK(shaded);
}

TEST_CASE("scatter: thirty points on one spot fall back to numbers and a key without overlaps") {
  chart_test::TestBuilder b;
  ScatterChartData d;
  d.x_label = "Importance";
  d.y_label = "Capability";
  for (int i = 0; i < 30; ++i)
    d.points.push_back({"Customer need with a rather long name " + std::to_string(i), 4, 2, std::nullopt});
  Figure f = scatter_chart(d, b);
  auto problems = chart_test::figure_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto t = chart_test::texts(f);
  // Every name appears somewhere (possibly shortened in the key).
  std::size_t named = std::count_if(t.begin(), t.end(),
                                    [](const std::string& s) { return s.rfind("Customer need", 0) == 0; });
  CHECK(named == 30);
  CHECK(f.height <= b.content_height());
}

TEST_CASE("scatter: deterministic") {
  chart_test::TestBuilder b;
  auto d = chart_test::needs_scatter(b.palette());
  CHECK(chart_test::dump(scatter_chart(d, b)) == chart_test::dump(scatter_chart(d, b)));
}

TEST_CASE(
    "scatter: points on the frame and close together: every label clear of points, labels and the frame") {
  chart_test::TestBuilder b;
  chart_test::new_corrections();
  const auto d = chart_test::ferry_scatter(b.palette());
  const Figure f = scatter_chart(d, b);
  CHECK(chart_test::new_corrections() == 0);
  const auto problems = chart_test::all_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  // Every point shows its rank and short name beside it: nothing sends the reader to the table.
  const auto t = chart_test::texts(f);
  for (const auto& p : d.points) {
    const std::string label = p.tag + " " + p.label;
    const bool whole = std::find(t.begin(), t.end(), label) != t.end();
    // or on two lines, the first starting with the tag
    const bool wrapped = std::any_of(t.begin(), t.end(), [&](const std::string& s) {
      return s.rfind(p.tag + " ", 0) == 0 && label.rfind(s, 0) == 0;
    });
    CHECK_MESSAGE((whole || wrapped), label);
  }
  // Points at the ends of the scales are drawn whole inside the frame.
  const FigRect* frame = nullptr;
  for (const auto& op : f.ops)
    if (const auto* r = std::get_if<FigRect>(&op); r && r->stroke && !r->fill) frame = r;
  REQUIRE(frame);
  for (const auto& op : f.ops)
    if (const auto* c = std::get_if<FigCircle>(&op)) {
      CHECK(c->center.x + c->radius < frame->x + frame->width);
      CHECK(c->center.y + c->radius < frame->y + frame->height);
      CHECK(c->center.x - c->radius > frame->x);
    }
}

TEST_CASE("scatter: a thousand points stay inside one valid figure, the key cut short") {
  chart_test::TestBuilder b;
  ScatterChartData d;
  for (int i = 0; i < 1000; ++i)
    d.points.push_back({"Need " + std::to_string(i), 1 + (i % 9) * 0.5, 1 + (i % 7) * 0.6, std::nullopt});
  const Figure f = scatter_chart(d, b);
  CHECK(f.height <= b.content_height());
  auto problems = chart_test::figure_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  const auto t = chart_test::texts(f);
  CHECK(std::any_of(t.begin(), t.end(), [](const std::string& s) {
    return s.rfind("and ", 0) == 0 && s.find(" more") != std::string::npos;
  }));
}
