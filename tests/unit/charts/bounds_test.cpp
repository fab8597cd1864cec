// The guarantees under every chart: CanvasBounds keeps each operation on the canvas whatever a
// layout computed, and the occupancy model answers "is this place free?" exactly.
#include "chart_test_support.hpp"
#include "sample_data.hpp"

#include "charts/bounds.hpp"
#include "charts/occupancy.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <cmath>

using namespace planforge;
using namespace planforge::detail::charts;

TEST_CASE("bounds: shapes are clipped or clamped onto the canvas, text is moved whole") {
  chart_test::TestBuilder b;
  CanvasBounds bounds(b.measure(), 100, 50);
  FigRect r{90, 10, 30, 10};
  CHECK(bounds.fit(r));
  CHECK(r.x + r.width == doctest::Approx(100));
  FigRect gone{120, 10, 5, 5};
  CHECK_FALSE(bounds.fit(gone));
  FigLine l{{-5, 10}, {50, 80}};
  CHECK(bounds.fit(l));
  CHECK(l.from.x == 0);
  CHECK(l.to.y == 50);
  FigCircle c{{99, 25}, 3};
  CHECK(bounds.fit(c));
  CHECK(c.center.x == doctest::Approx(97));
  FigText t;
  t.at = {95, 20};
  t.text = "label";
  t.size = 8;
  const double w = b.text_width("label", 8);
  CHECK(bounds.fit(t));
  CHECK(t.at.x == doctest::Approx(100 - w));  // the run ends at the edge
  CHECK(text_box(t, b.measure()).inside(100, 50));
  FigText nan_text = t;
  nan_text.at.x = NAN;
  CHECK_FALSE(bounds.fit(nan_text));
  // One per coordinate moved: the rect 1, the rect off the canvas 2, the line 2, circle, text, NaN.
  CHECK(bounds.corrections() == 8);
  CHECK(bounds.bottom() <= 50);
}

TEST_CASE("bounds: the bar and matrix charts of the samples need no correction") {
  chart_test::TestBuilder b;
  chart_test::new_corrections();
  BarChartData bars;
  bars.categories = {"First contact resolution", "Renewal rate", "Depot turnaround"};
  bars.series.push_back({"Progress", {-20, 53, 150}, std::nullopt, {}});
  bars.targets = {100.0, 100.0, 100.0};
  bars.value_suffix = "%";
  for (const auto& f : bar_chart(bars, b)) CHECK(chart_test::figure_problems(f, b).empty());
  for (const auto& f : matrix_chart(chart_test::coverage_matrix(30, 12, b.palette()), b))
    CHECK(chart_test::figure_problems(f, b).empty());
  CHECK(chart_test::new_corrections() == 0);
}

TEST_CASE("occupancy: boxes and segments, found through the grid wherever they lie") {
  CHECK(segment_hits({0, 0}, {10, 10}, {4, 4, 6, 6}));
  CHECK_FALSE(segment_hits({0, 10}, {10, 10}, {4, 4, 6, 6}));
  CHECK(segment_hits({0, 10}, {10, 10}, {4, 4, 6, 6}, 4.5));  // within the pad
  CHECK(segment_hits({5, -100}, {5, 100}, {4, 4, 6, 6}));     // passes right through
  Occupancy occ({0, 0, 400, 300}, 24);
  occ.add({100, 100, 140, 110});
  occ.add_segment({0, 200}, {400, 250});  // a long diagonal across many cells
  CHECK_FALSE(occ.free({130, 105, 170, 115}));
  CHECK(occ.free({150, 105, 190, 115}));
  CHECK_FALSE(occ.free({195, 220, 205, 230}));  // on the diagonal, far from where it was added
  CHECK(occ.free({195, 100, 205, 110}));
  CHECK_FALSE(occ.clear({120, 0}, {120, 300}));  // through the box
  CHECK(occ.clear({160, 0}, {160, 300}));        // segments may cross segments
  CHECK(occ.inside({10, 10, 20, 20}));
  CHECK_FALSE(occ.inside({390, 10, 410, 20}));
}

TEST_CASE("label checks: they find a line over a label, a label over a point, and accept a halo") {
  chart_test::TestBuilder b;
  Figure f;
  f.width = 200, f.height = 100;
  FigText t;
  t.at = {20, 50};
  t.text = "Early warning";
  t.size = 8;
  f.add(t);
  f.add(FigLine{{10, 47}, {150, 47}, Color{}});  // drawn over the label
  CHECK(chart_test::label_problems(f, b).size() == 1);
  Figure halo;
  halo.width = 200, halo.height = 100;
  halo.add(FigLine{{10, 47}, {150, 47}, Color{}});
  halo.add(FigRect{18, 40, 70, 14, Color{255, 255, 255}});  // the label's halo hides the line
  halo.add(t);
  CHECK(chart_test::label_problems(halo, b).empty());
  halo.add(FigCircle{{30, 48}, 3.5, Color{}});  // a point under the label
  CHECK(chart_test::label_problems(halo, b).size() == 1);
  halo.add(FigRect{0, 0, 40, 100, std::nullopt, Color{}});  // a frame through it
  CHECK(chart_test::label_problems(halo, b).size() == 2);
}
