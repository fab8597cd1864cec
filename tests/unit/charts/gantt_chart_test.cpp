#include "chart_test_support.hpp"
#include "sample_data.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace planforge;

namespace {
bool has(const std::vector<std::string>& t, const std::string& s) {
  return std::find(t.begin(), t.end(), s) != t.end();
}
}  // namespace

TEST_CASE("gantt: a year-long rollout gets a month axis under the year, bars and milestones") {
  chart_test::TestBuilder b;
  GanttData d;
  d.tasks.push_back({"a",
                     "Select call handling system",
                     "IT",
                     Date{2027, 0, 1, 0},
                     Date{2027, 0, 3, 0},
                     {},
                     {{Date{2027, 0, 3, 31}, "Vendor chosen"}},
                     std::nullopt});
  d.tasks.push_back({"b",
                     "Pilot help desk",
                     "Help desk lead",
                     Date{2027, 0, 4, 0},
                     Date{2027, 0, 9, 0},
                     {"a"},
                     {{Date{2027, 0, 6, 0}, "Pilot live"}},
                     std::nullopt});
  d.tasks.push_back({"c", "Roll out", "", Date{2027, 3, 0, 0}, Date{2027, 4, 0, 0}, {"b"}, {}, std::nullopt});
  auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() == 1);
  const Figure& f = figs[0];
  auto problems = chart_test::figure_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto t = chart_test::texts(f);
  CHECK(has(t, "2027"));
  CHECK(has(t, "Jan"));
  CHECK(has(t, "Dec"));
  CHECK(has(t, "Vendor chosen"));
  CHECK(has(t, "Help desk lead"));
  CHECK(has(t, "Milestone"));
  CHECK(has(t, "Dependency"));
  // Three bars: rounded rects whose left edges follow the start dates.
  std::vector<double> bars;
  for (const auto& op : f.ops)
    if (const auto* r = std::get_if<FigRect>(&op);
        r && r->fill && *r->fill == b.palette().series_color(0) && r->radius > 0)
      bars.push_back(r->x);
  REQUIRE(bars.size() == 3);
  CHECK(bars[0] < bars[1]);
  CHECK(bars[1] < bars[2]);
  // Arrowheads: closed triangles in the muted colour, one per drawn dependency.
  std::size_t heads = std::count_if(f.ops.begin(), f.ops.end(), [&](const FigureOp& op) {
    const auto* p = std::get_if<FigPath>(&op);
    return p && p->closed && p->points.size() == 3 && p->fill == b.palette().muted;
  });
  CHECK(heads == 2);
}

TEST_CASE("gantt: forty phases over three years continue in further figures with the axis repeated") {
  chart_test::TestBuilder b;
  auto d = chart_test::rollout_gantt(40, 36, b.palette());
  auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() >= 2);
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const Figure& f = figs[i];
    CHECK(f.height <= b.content_height());
    auto problems = chart_test::figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
    auto t = chart_test::texts(f);
    CHECK(has(t, "2028"));  // the axis on every figure
    CHECK(has(t, "Q3"));
    CHECK(f.caption == (i == 0 ? "Rollout plan" : "Rollout plan (continued)"));
    for (const auto& op : f.ops)
      if (const auto* text = std::get_if<FigText>(&op)) CHECK(text->size >= 6.5);
  }
  // Every phase's owner line appears, one row per phase across the figures.
  std::size_t rows = 0;
  for (const auto& f : figs) {
    auto t = chart_test::texts(f);
    for (const auto& s : t)
      for (const char* owner :
           {"Head of Service", "Help desk lead", "Field service manager", "IT", "HR and training"})
        rows += s == owner;
  }
  CHECK(rows == d.tasks.size());
}

TEST_CASE("gantt: crowded milestones are numbered and listed in a key") {
  chart_test::TestBuilder b;
  GanttData d;
  GanttTask t{"a", "Launch", "", Date{2027, 0, 1, 0}, Date{2029, 0, 12, 0}, {}, {}, std::nullopt};
  for (unsigned day = 1; day <= 12; ++day)
    t.milestones.push_back({Date{2027, 0, 6, day}, "Checkpoint number " + std::to_string(day)});
  d.tasks.push_back(t);
  auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() == 1);
  auto problems = chart_test::figure_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  auto texts = chart_test::texts(figs[0]);
  bool keyed = std::any_of(texts.begin(), texts.end(), [](const std::string& s) {
    return s.find("(") != std::string::npos && s.find(", 2027)") != std::string::npos;
  });
  CHECK(keyed);
}

TEST_CASE("gantt: a ten-year programme falls back to a year axis") {
  chart_test::TestBuilder b;
  GanttData d;
  d.tasks.push_back({"a", "Programme", "", Date{2027, 0, 0, 0}, Date{2036, 0, 0, 0}, {}, {}, std::nullopt});
  auto figs = gantt_chart(d, b);
  auto t = chart_test::texts(figs.at(0));
  CHECK(has(t, "2031"));
  CHECK(!has(t, "Q1"));
  auto problems = chart_test::figure_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
}

TEST_CASE("gantt: deterministic") {
  chart_test::TestBuilder b;
  auto d = chart_test::rollout_gantt(12, 20, b.palette());
  auto a = gantt_chart(d, b), c = gantt_chart(d, b);
  REQUIRE(a.size() == c.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(chart_test::dump(a[i]) == chart_test::dump(c[i]));
}

namespace {
// Arrowheads: closed muted triangles.
std::vector<const FigPath*> arrowheads(const Figure& f, const Palette& pal) {
  std::vector<const FigPath*> out;
  for (const auto& op : f.ops)
    if (const auto* p = std::get_if<FigPath>(&op);
        p && p->closed && p->points.size() == 3 && p->fill == pal.muted)
      out.push_back(p);
  return out;
}
}  // namespace

TEST_CASE("gantt: the ferry rollout: diamonds apart, names whole, connectors clear of every label") {
  chart_test::TestBuilder b;
  chart_test::new_corrections();
  const auto d = chart_test::ferry_gantt(b.palette());
  const auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() == 1);
  const Figure& f = figs[0];
  CHECK(chart_test::new_corrections() == 0);
  const auto problems = chart_test::all_problems(f, b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  // Every milestone name is shown whole beside its diamond: none shortened, none keyed.
  const auto t = chart_test::texts(f);
  for (const auto& task : d.tasks)
    for (const auto& m : task.milestones) CHECK_MESSAGE(has(t, m.label), m.label);
  // Milestones a week apart (a couple of points on a quarter axis) do not hide each other.
  std::size_t touching = 0;
  for (const auto& op : f.ops) {
    const auto* p = std::get_if<FigPath>(&op);
    if (!p || !p->closed || p->points.size() != 4 || p->fill != b.palette().accent) continue;
    for (const auto& other_op : f.ops) {
      const auto* q = std::get_if<FigPath>(&other_op);
      if (!q || q == p || !q->closed || q->points.size() != 4 || q->fill != b.palette().accent) continue;
      const bool same_row = std::abs(p->points[1].y - q->points[1].y) < 0.01;
      if (same_row && std::abs(p->points[0].x - q->points[0].x) < 2 * (p->points[1].x - p->points[0].x))
        ++touching;
    }
  }
  CHECK(touching == 0);
  // One arrowhead per dependency, of all three kinds.
  CHECK(arrowheads(f, b.palette()).size() == 10);
}

TEST_CASE("gantt: start-to-start enters the successor's start, finish-to-finish its end") {
  chart_test::TestBuilder b;
  GanttData d;
  d.tasks.push_back({"a", "Platform", "", Date{2027, 0, 4, 0}, Date{2028, 0, 3, 0}, {}, {}, std::nullopt});
  // A task of the two years that depends on "a" by `kind`.
  auto after_a = [](const char* id, const char* label, int month, DependencyKind kind) {
    return GanttTask{.id = id,
                     .label = label,
                     .start = Date{2027, 0, month, 0},
                     .end = Date{2028, 0, 3, 0},
                     .dependencies = {{"a", kind}}};
  };
  d.tasks.push_back(after_a("b", "Contact centre", 6, DependencyKind::start_to_start));
  d.tasks.push_back(after_a("c", "Academy", 5, DependencyKind::finish_to_finish));
  // Runs on after the others, so that there is room to come into their ends from the right.
  d.tasks.push_back({"d", "Execution", "", Date{2028, 0, 4, 0}, Date{2028, 0, 9, 0}, {}, {}, std::nullopt});
  const auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() == 1);
  std::vector<double> bar_x0, bar_x1;
  for (const auto& op : figs[0].ops)
    if (const auto* r = std::get_if<FigRect>(&op);
        r && r->fill == b.palette().series_color(0) && r->radius > 0)
      bar_x0.push_back(r->x), bar_x1.push_back(r->x + r->width);
  REQUIRE(bar_x0.size() == 4);
  const auto heads = arrowheads(figs[0], b.palette());
  REQUIRE(heads.size() == 2);
  // The tip is the point the other two corners lie behind; it touches the bar's end.
  auto tip_x = [](const FigPath* p) { return p->points[0].x; };
  CHECK(std::abs(tip_x(heads[0]) - bar_x0[1]) < 0.01);
  CHECK(std::abs(tip_x(heads[1]) - bar_x1[2]) < 0.01);
  CHECK(heads[1]->points[1].x > tip_x(heads[1]));  // pointing left, into the end
  auto problems = chart_test::label_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
}

TEST_CASE("gantt: a predecessor on an earlier figure still gets its arrow") {
  chart_test::TestBuilder b;
  const auto d = chart_test::rollout_gantt(40, 36, b.palette());
  const auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() >= 2);
  // Every dependency is drawn once, on the successor's figure, wherever its predecessor is.
  std::size_t links = 0, heads = 0;
  for (const auto& t : d.tasks) links += t.depends_on.size();
  for (const auto& f : figs) {
    heads += arrowheads(f, b.palette()).size();
    auto problems = chart_test::label_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
  }
  CHECK(heads == links);
}

TEST_CASE("gantt: a thousand phases make valid figures, laid out without corrections") {
  chart_test::TestBuilder b;
  chart_test::new_corrections();
  const auto d = chart_test::rollout_gantt(1000, 600, b.palette());
  const auto figs = gantt_chart(d, b);
  REQUIRE(figs.size() > 10);
  std::size_t owners = 0;
  for (const auto& f : figs) {
    CHECK(f.height <= b.content_height());
    auto problems = chart_test::figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
    for (const auto& s : chart_test::texts(f))
      for (const char* owner :
           {"Head of Service", "Help desk lead", "Field service manager", "IT", "HR and training"})
        owners += s == owner;
  }
  CHECK(owners == d.tasks.size());
  CHECK(chart_test::new_corrections() == 0);
}
