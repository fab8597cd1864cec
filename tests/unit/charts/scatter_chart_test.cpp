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
  std::size_t dots = std::count_if(f.ops.begin(), f.ops.end(), [](const FigureOp& op) {
    return std::holds_alternative<FigCircle>(op);
  });
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
  for (int i = 0; i < 30; ++i) d.points.push_back({"Customer need with a rather long name " + std::to_string(i), 4, 2, std::nullopt});
  Figure f = scatter_chart(d, b);
  auto problems = chart_test::figure_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto t = chart_test::texts(f);
  // Every name appears somewhere (possibly shortened in the key).
  std::size_t named = std::count_if(t.begin(), t.end(), [](const std::string& s) {
    return s.rfind("Customer need", 0) == 0;
  });
  CHECK(named == 30);
  CHECK(f.height <= b.content_height());
}

TEST_CASE("scatter: deterministic") {
  chart_test::TestBuilder b;
  auto d = chart_test::needs_scatter(b.palette());
  CHECK(chart_test::dump(scatter_chart(d, b)) == chart_test::dump(scatter_chart(d, b)));
}
