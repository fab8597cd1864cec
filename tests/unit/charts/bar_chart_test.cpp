#include "chart_test_support.hpp"

#include "charts/canvas.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <algorithm>

using namespace planforge;
using chart_test::figure_problems;

namespace {
BarChartData kpi_like() {
  BarChartData d;
  d.categories = {"First contact resolution", "Customer satisfaction (CSAT)",
                  "Mean time to repair for on-site field service interventions across all regions, customer "
                  "segments and contract tiers",
                  "Renewal rate"};
  d.series.push_back({"Actual", {66, 82, 71.5, 74}, std::nullopt, {}});
  d.series.push_back({"Baseline", {62, 78, 60, 71}, std::nullopt, {}});
  d.targets = {80, 90, std::nullopt, 85};
  d.value_suffix = "%";
  d.value_label = "Share of cases";
  d.caption = "KPI progress";
  return d;
}
}  // namespace

TEST_CASE("bar chart: labels, bars, ticks and legend fit and never overlap") {
  chart_test::TestBuilder b;
  auto figs = bar_chart(kpi_like(), b);
  REQUIRE(figs.size() == 1);
  const Figure& f = figs[0];
  CHECK(f.width == doctest::Approx(b.content_width()));
  CHECK(f.height > 50);
  CHECK(f.height <= b.content_height());
  auto problems = figure_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto t = chart_test::texts(f);
  // Value labels with the suffix, rounded ticks, legend entries for both series and the target.
  CHECK(std::count(t.begin(), t.end(), "71.5%") == 1);
  CHECK(std::count(t.begin(), t.end(), "100%") == 1);
  CHECK(std::count(t.begin(), t.end(), "Actual") == 1);
  CHECK(std::count(t.begin(), t.end(), "Target") == 1);
  CHECK(f.caption == "KPI progress");
}

TEST_CASE("bar chart: a long category label wraps to two lines and ends in an ellipsis") {
  chart_test::TestBuilder b;
  auto figs = bar_chart(kpi_like(), b);
  auto t = chart_test::texts(figs.at(0));
  bool ellipsis = std::any_of(
      t.begin(), t.end(), [](const std::string& s) { return s.find("\xE2\x80\xA6") != std::string::npos; });
  CHECK(ellipsis);
  CHECK(std::find(t.begin(), t.end(),
                  "Mean time to repair for on-site field service interventions across all regions, customer "
                  "segments and contract tiers") == t.end());
}

TEST_CASE("bar chart: many categories continue in further figures") {
  chart_test::TestBuilder b;
  BarChartData d;
  BarSeries s{"", {}, std::nullopt, {}};
  for (int i = 0; i < 120; ++i) {
    d.categories.push_back("Category number " + std::to_string(i));
    s.values.push_back(i * 3.5 - 40);
  }
  d.series.push_back(s);
  d.caption = "Many";
  auto figs = bar_chart(d, b);
  REQUIRE(figs.size() >= 2);
  CHECK(figs[0].caption == "Many");
  CHECK(figs[1].caption == "Many (continued)");
  for (const auto& f : figs) {
    CHECK(f.height <= b.content_height());
    auto problems = figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
  }
  // Negative values get a zero line and labels on the left of their bars.
  auto t = chart_test::texts(figs[0]);
  CHECK(std::find(t.begin(), t.end(), "\u221240") != t.end());  // a real minus sign
}

TEST_CASE("bar chart: identical input gives identical figures") {
  chart_test::TestBuilder b;
  auto a = bar_chart(kpi_like(), b), c = bar_chart(kpi_like(), b);
  REQUIRE(a.size() == c.size());
  CHECK(chart_test::dump(a[0]) == chart_test::dump(c[0]));
}

TEST_CASE("bar chart: empty input gives no figure") {
  chart_test::TestBuilder b;
  CHECK(bar_chart(BarChartData{}, b).empty());
}

TEST_CASE("bar chart: a target mark never strikes through a value label") {
  chart_test::TestBuilder b;
  BarChartData d;
  d.categories = {"A", "B", "C"};
  d.series.push_back({"", {82, 79.5, 40}, std::nullopt, {}});
  d.targets = {84, 80, 41};  // just beyond each bar end, where the label would start
  auto figs = bar_chart(d, b);
  REQUIRE(figs.size() == 1);
  auto boxes = chart_test::text_boxes(figs[0], b);
  for (const auto& op : figs[0].ops) {
    const auto* l = std::get_if<FigLine>(&op);
    if (!l || l->width < 1.4) continue;  // target marks are the 1.5 pt lines
    for (const auto& box : boxes) {
      bool crosses = l->from.x > box.x0 && l->from.x < box.x1 && std::max(l->from.y, l->to.y) > box.y0 &&
                     std::min(l->from.y, l->to.y) < box.y1;
      CHECK_MESSAGE(!crosses, box.text);
    }
  }
  auto problems = chart_test::figure_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
}

TEST_CASE("balanced pages: as few pages as greedy, none a lonely row") {
  std::vector<double> rows(21, 10.0);
  auto pages = detail::charts::balanced_pages(rows, 100);
  REQUIRE(pages.size() == 3);
  for (auto [first, last] : pages) CHECK(last - first == 7);
  auto one = detail::charts::balanced_pages({500.0, 10.0}, 100);  // a row taller than a page
  REQUIRE(one.size() == 2);
  CHECK(one[0] == std::make_pair<std::size_t, std::size_t>(0, 1));
}
