// The KPI status rule (docs/kpi-status.md) and the progress chart's colours, tested on the
// plugin's own functions. The rows of the docs' example table are pinned end to end by
// tests/integration/kpi_status_test.cpp; here the promises that must hold for *every* KPI are
// checked over a sweep of values: never green when worse than the baseline, a green bar never
// below zero, and the chart's colours and legend exactly the table's verdicts.
#include "kpi_chart.hpp"
#include "kpi_status.hpp"
#include "plan/view_access.hpp"

#include <doctest/doctest.h>

#include <set>

namespace {

using kpis::Assessment;
using kpis::Kpi;
using kpis::Status;
using planforge::Date;

Date date(const char* text) { return *Date::parse(text); }

Kpi make(double baseline, double target, bool up, double tolerance = 0) {
  Kpi k;
  k.id = k.name = "k";
  k.baseline = baseline;
  k.baseline_text = std::to_string(baseline);
  k.target = target;
  k.up = up;
  k.tolerance = tolerance;
  return k;
}

void measure(Kpi& k, const char* period, double value) {
  k.actuals.push_back({date(period), value, std::to_string(value)});
}

const kpis::Period plan{date("2027-01"), date("2028-12")};

// Widths of half an em a byte, one line a text: enough for what the status rule measures.
class ByteMeasure : public planforge::TextMeasure {
 public:
  double width(std::string_view utf8, double size, planforge::FontStyle) const override {
    return utf8.size() * size * 0.5;
  }
  double ascent(double size, planforge::FontStyle) const override { return size; }
  double descent(double size, planforge::FontStyle) const override { return size * 0.25; }
  planforge::TextLayout set(const planforge::FigTextBox& box) const override {
    planforge::TextLayout out;
    out.line_height = line_height(box.size, box.line_spacing);
    planforge::TextLine& line = out.lines.emplace_back();
    for (const planforge::Run& run : box.text) {
      line.spans.push_back({run.text, box.style, box.size, box.color, run.link, run.ref, line.width});
      line.spans.back().width = width(run.text, box.size, box.style);
      line.width += line.spans.back().width;
    }
    out.height = out.line_height;
    return out;
  }
};

// What progress_chart asks a builder for: the palette and its words (here their keys, so
// the test sees which word each colour gets).
class WordsBuilder : public planforge::SectionBuilder {
 public:
  void add(planforge::Block) override {}
  void begin_subsection(std::string, std::string, std::string) override {}
  void end_subsection() override {}
  void add_generic(planforge::Element) override {}
  double content_width() const override { return 471; }
  double content_height() const override { return 701; }
  double body_size() const override { return 10; }
  const planforge::TextMeasure& measure() const override { return measure_; }
  const planforge::Palette& palette() const override { return palette_; }
  const planforge::PlanView& plan() const override { return plan_; }
  std::string text(std::string_view key, const planforge::MessageArgs&) const override {
    return std::string(key);
  }

 private:
  planforge::Palette palette_;
  ByteMeasure measure_;
  planforge::PlanView plan_ = planforge::detail::view_of(nullptr);
};

}  // namespace

TEST_CASE("kpi status: the issue's four regressions are never on track") {
  struct Case {
    double baseline, target, actual;
    bool up;
  };
  // first contact resolution 64 -> 63, attrition 34 -> 35, abandoned calls 41 -> 44,
  // cost per contact 71 -> 73
  for (const Case& c :
       {Case{64, 80, 63, true}, Case{34, 20, 35, false}, Case{41, 20, 44, false}, Case{71, 55, 73, false}}) {
    CAPTURE(c.baseline);
    Kpi before = make(c.baseline, c.target, c.up);
    measure(before, "2026-Q4", c.actual);
    const Assessment a = kpis::assess(before, plan);
    CHECK(a.status == Status::before_plan);
    CHECK(a.movement == kpis::Movement::worse);

    Kpi during = make(c.baseline, c.target, c.up);
    measure(during, "2027-01", c.actual);  // the first month of the plan: 1.4 % expected
    CHECK(kpis::assess(during, plan).status == Status::off_track);
  }
}

TEST_CASE("kpi status: tolerance widens on track only as far as it says") {
  Kpi k = make(3.6, 4.4, true, 0.1);
  measure(k, "2027-Q4", 3.9);  // 37.5 % against 49.9 % expected; the tolerance is 12.5 %
  CHECK(kpis::assess(k, plan).status == Status::on_track);
  k.tolerance = 0;
  CHECK(kpis::assess(k, plan).status == Status::at_risk);
  k.tolerance = 0.1;
  k.actuals.back().value = 3.55;  // worse than the baseline, within the tolerance
  CHECK(kpis::assess(k, plan).status == Status::at_risk);
  k.actuals.back().value = 3.49;  // worse by more than the tolerance
  CHECK(kpis::assess(k, plan).status == Status::off_track);
}

TEST_CASE("kpi status: a zero-width band and a standard are pass or fail, at any date") {
  Kpi hold = make(90, 90, true);
  measure(hold, "2026-Q3", 89);  // before the plan too
  CHECK(kpis::assess(hold, plan).status == Status::not_met);
  hold.tolerance = 1;
  CHECK(kpis::assess(hold, plan).status == Status::met);

  Kpi standard = make(0, 95, true);
  standard.baseline.reset();
  measure(standard, "2027-06", 96);
  CHECK(kpis::assess(standard, plan).status == Status::met);
}

TEST_CASE("kpi status: no green when worse than the baseline, over a sweep of values") {
  // Every direction, tolerance, date and value on a grid: the promises of docs/kpi-status.md.
  const char* periods[] = {"2026-Q4", "2027-01", "2027-Q2", "2027-Q4", "2028-Q3", "2029-Q2"};
  std::set<Status> seen;
  for (bool up : {true, false})
    for (double tolerance : {0.0, 0.5, 2.0})
      for (const char* period : periods)
        for (double value = 40; value <= 100; value += 0.25) {
          Kpi k = up ? make(60, 80, true, tolerance) : make(80, 60, false, tolerance);
          k.targets.push_back({date("2027-Q4"), up ? 66.0 : 74.0, ""});
          measure(k, period, value);
          const Assessment a = kpis::assess(k, plan);
          seen.insert(a.status);
          const double toward = (value - *k.baseline) * (up ? 1 : -1);
          CAPTURE(up);
          CAPTURE(tolerance);
          CAPTURE(period);
          CAPTURE(value);
          if (toward < 0) CHECK(a.status != Status::on_track);
          if (toward < -tolerance - 1e-9)
            CHECK((a.status == Status::off_track || a.status == Status::before_plan));
          if (a.status == Status::on_track) CHECK(*a.progress >= -1e-9);
          // A verdict below the expected value less the tolerance is never on track.
          if (a.expected && !a.target_met && *a.progress < *a.expected - tolerance / 20 * 100 - 1e-6)
            CHECK(a.status != Status::on_track);
        }
  // The sweep reaches every status a KPI with a baseline can have.
  for (Status s : {Status::on_track, Status::at_risk, Status::off_track, Status::before_plan})
    CHECK(seen.count(s));
}

TEST_CASE("kpi chart: bar colours and legend are the table's verdicts") {
  const WordsBuilder words;
  const planforge::Palette& palette = words.palette();
  std::vector<kpis::Group> groups(1);
  auto add = [&](double baseline, double target, bool up, const char* period, double value) {
    Kpi k = make(baseline, target, up);
    k.name = "kpi " + std::to_string(groups[0].kpis.size());
    measure(k, period, value);
    groups[0].kpis.push_back(std::move(k));
  };
  add(64, 80, true, "2026-Q4", 63);   // before plan, worse: a grey bar below zero
  add(34, 20, false, "2027-06", 35);  // off track: a red bar below zero
  add(70, 85, true, "2027-Q4", 78);   // on track
  add(60, 80, true, "2027-Q4", 65);   // at risk
  Kpi standard = make(0, 95, true);
  standard.baseline.reset();
  measure(standard, "2027-Q4", 96);  // a standard: no bar
  groups[0].kpis.push_back(standard);

  const auto scored = kpis::assess_groups(groups, plan);
  const planforge::BarChartData chart = kpis::progress_chart(scored, words);
  REQUIRE(chart.categories.size() == 4);
  REQUIRE(chart.series.size() == 1);
  std::set<std::string> legend;
  for (const auto& e : chart.legend) legend.insert(e.label);
  CHECK(legend ==
        std::set<std::string>{"status.on-track", "status.at-risk", "status.off-track", "status.before-plan"});
  for (std::size_t i = 0; i < 4; ++i) {
    const Assessment& a = scored[0].kpis[i].assessment;
    CHECK(chart.series[0].point_colors[i] == kpis::status_color(a.status, palette));
    if (chart.series[0].values[i] < 0) CHECK(chart.series[0].point_colors[i] != palette.good);
  }
  CHECK(chart.series[0].point_colors[0] == palette.muted);
  CHECK(chart.series[0].point_colors[1] == palette.bad);
}
