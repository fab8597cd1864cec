#include "kpi_render.hpp"

#include "kpi_model.hpp"
#include "kpi_status.hpp"

#include <planforge/charts.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace kpis {

using namespace planforge;

namespace {

constexpr int column_count = 8;

Color status_color(Status s, const Palette& p) {
  switch (s) {
    case Status::on_track:
    case Status::met: return p.good;
    case Status::at_risk: return p.warning;
    case Status::off_track:
    case Status::not_met: return p.bad;
    case Status::not_measured: break;
  }
  return p.muted;
}

Cell text_cell(std::string text, Align align = Align::left) {
  Cell c;
  c.text = plain(std::move(text));
  c.align = align;
  return c;
}

// Keeps "Q4 2026" on one line in a narrow column.
std::string unbroken(std::string s) {
  std::string out;
  for (char c : s) out += c == ' ' ? std::string("\u00a0") : std::string(1, c);
  return out;
}

Cell muted_cell(std::string text, const Palette& p, Align align = Align::left) {
  Cell c = text_cell(std::move(text), align);
  c.text.front().color = p.muted;
  return c;
}

TableRow header_row() {
  TableRow row;
  row.header = true;
  for (const char* title : {"KPI", "Unit", "Baseline", "Target", "Latest actual", "Status",
                            "Owner, frequency", "Goal"})
    row.cells.push_back(text_cell(title));
  return row;
}

TableRow kpi_row(const Kpi& k, const Assessment& a, const Palette& p) {
  TableRow row;
  row.anchor = k.id;
  Cell name;
  name.text = bold(k.name);
  row.cells.push_back(std::move(name));
  row.cells.push_back(text_cell(k.unit));
  // A service standard has no baseline: a dash says "not applicable" rather than "zero".
  row.cells.push_back(k.baseline ? text_cell(display_number(k.baseline_text), Align::right)
                                 : muted_cell("\u2014", p, Align::right));
  Cell target = text_cell(display_number(k.target_text), Align::right);
  if (k.due) {
    Run by{"\nby " + unbroken(k.due->display())};
    by.color = p.muted;
    target.text.push_back(std::move(by));
  }
  row.cells.push_back(std::move(target));
  if (a.latest) {
    Cell latest = text_cell(display_number(a.latest->text), Align::right);
    Run when{"\n" + unbroken(a.latest->period.display())};
    when.color = p.muted;
    latest.text.push_back(std::move(when));
    row.cells.push_back(std::move(latest));
  } else {
    row.cells.push_back(muted_cell("\u2014", p, Align::right));
  }
  Cell status = text_cell(status_word(a.status));
  status.marker = status_color(a.status, p);
  row.cells.push_back(std::move(status));
  // Owner and frequency share a column (the frequency muted under the owner): nine
  // columns do not fit a portrait page without breaking words.
  Cell owner = text_cell(k.owner);
  if (!k.frequency.empty()) {
    Run freq{(k.owner.empty() ? "" : "\n") + k.frequency};
    freq.color = p.muted;
    owner.text.push_back(std::move(freq));
  }
  row.cells.push_back(std::move(owner));
  Cell goal;
  if (!k.goal.empty()) {
    Run ref;
    ref.ref = k.goal;   // the core prints the goal's title and its page
    goal.text.push_back(std::move(ref));
  }
  row.cells.push_back(std::move(goal));
  return row;
}

Table scorecard(const std::vector<Group>& groups, const Period& period, const Palette& p) {
  Table t;
  t.caption = "KPI scorecard";
  // The names and goals get fixed shares so they wrap into few lines; the short
  // columns take their width from the content (at least their longest word).
  t.columns = {{Align::left, 0.18}, {Align::left}, {Align::right}, {Align::right}, {Align::right},
               {Align::left}, {Align::left}, {Align::left, 0.16}};
  t.rows.push_back(header_row());
  for (const Group& g : groups) {
    if (!g.name.empty()) {
      TableRow group;
      group.emphasis = true;
      Cell c = text_cell(g.name);
      c.colspan = column_count;
      group.cells.push_back(std::move(c));
      t.rows.push_back(std::move(group));
    }
    for (const Kpi& k : g.kpis) t.rows.push_back(kpi_row(k, assess(k, period), p));
  }
  return t;
}

// One sentence a board member reads first: how many KPIs stand where.
Paragraph summary(const std::vector<Group>& groups, const Period& period, const Palette& p) {
  std::array<std::size_t, 6> counts{};
  std::size_t total = 0;
  for (const Group& g : groups)
    for (const Kpi& k : g.kpis) {
      ++counts[static_cast<std::size_t>(assess(k, period).status)];
      ++total;
    }
  Paragraph para;
  para.text.push_back(Run{std::to_string(total) + (total == 1 ? " KPI" : " KPIs") + ": "});
  bool first = true;
  for (Status s : {Status::on_track, Status::at_risk, Status::off_track, Status::met,
                   Status::not_met, Status::not_measured}) {
    const std::size_t n = counts[static_cast<std::size_t>(s)];
    if (n == 0) continue;
    if (!first) para.text.push_back(Run{", "});
    first = false;
    std::string word = status_word(s);
    word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    Run r{std::to_string(n) + " " + word};
    r.bold = true;
    r.color = status_color(s, p);
    para.text.push_back(std::move(r));
  }
  para.text.push_back(Run{"."});
  return para;
}

void progress_chart(const std::vector<Group>& groups, const Period& period,
                    SectionBuilder& out) {
  const Palette& p = out.palette();
  BarChartData data;
  BarSeries series;
  series.name = "Progress toward target";
  series.color = p.primary;
  bool capped = false;
  for (const Group& g : groups)
    for (const Kpi& k : g.kpis) {
      const Assessment a = assess(k, period);
      if (!a.progress) continue;   // standards and unmeasured KPIs have no progress
      // A KPI far past its target (or far behind its baseline) would squash every other
      // bar; the table shows the real value.
      // Whole percents: a board reads "53 %", not "53.33 %".
      double v = std::round(std::clamp(*a.progress, -50.0, 150.0));
      capped = capped || *a.progress < -50.0 || *a.progress > 150.0;
      data.categories.push_back(k.name);
      series.values.push_back(v);
      series.point_colors.push_back(status_color(a.status, p));
      data.targets.push_back(100.0);
    }
  if (data.categories.empty()) return;
  data.series.push_back(std::move(series));
  data.value_label = "% of the way from baseline to target";
  data.value_suffix = "%";
  data.min = std::min(0.0, *std::min_element(data.series[0].values.begin(),
                                             data.series[0].values.end()));
  data.max = std::max(100.0, *std::max_element(data.series[0].values.begin(),
                                               data.series[0].values.end()));
  data.legend = {{"On track", p.good}, {"At risk", p.warning}, {"Off track", p.bad}};
  data.caption = "Progress toward target of the KPIs with a baseline and a measurement";
  if (capped) data.caption += " (bars capped at \u221250 % and 150 %)";
  for (Figure& f : bar_chart(data, out)) out.add(std::move(f));
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  const auto children = section.children();
  // Narrative written before the first KPI introduces the scorecard; the rest follows it.
  auto first_own = std::find_if(children.begin(), children.end(),
                                [](const Element& e) { return !e.is_generic_block(); });
  for (auto it = children.begin(); it != first_own; ++it) out.add_generic(*it);

  const auto groups = read_groups(section);
  const Period period = plan_period(section);
  if (!groups.empty()) {
    out.add(summary(groups, period, out.palette()));
    out.add(scorecard(groups, period, out.palette()));
    progress_chart(groups, period, out);
  }
  for (auto it = first_own; it != children.end(); ++it)
    if (it->is_generic_block()) out.add_generic(*it);
}

}  // namespace kpis
