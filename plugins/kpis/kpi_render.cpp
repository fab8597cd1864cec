#include "kpi_render.hpp"

#include "kpi_chart.hpp"
#include "kpi_model.hpp"
#include "kpi_status.hpp"

#include <planforge/cells.hpp>
#include <planforge/charts.hpp>
#include <planforge/narrative.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace kpis {

using namespace planforge;

namespace {

constexpr int column_count = 8;

// Keeps "Q4 2026" on one line in a narrow column.
std::string unbroken(std::string s) {
  std::string out;
  for (char c : s) out += c == ' ' ? std::string("\u00a0") : std::string(1, c);
  return out;
}

TableRow kpi_header(const SectionBuilder& out) {
  return header_row({"header.kpi", "header.unit", "header.baseline", "header.target", "header.latest",
                     "header.status", "header.owner-frequency", "header.goal"},
                    out);
}

// Digits after the point in the most precise of the KPI's numbers as written.
int decimals_of(std::string_view text) {
  const auto dot = text.find('.');
  return dot == std::string_view::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

// A number as the plan wrote it ("72.5"), with as many decimals, in the plan's language.
std::string as_written(std::string_view text, const Locale& locale) {
  const auto value = planforge::parse_number(text);
  return value ? locale.number(*value, decimals_of(text)) : std::string(text);
}

std::string status_word(Status s, const SectionBuilder& out) {
  return out.text(std::string("status.") + status_key(s));
}

// The muted line under the status word that lets a reader check the colour by hand: the
// value the plan expects by the actual's date, or how a measurement before the plan compares
// with the baseline.
std::string status_detail(const Kpi& k, const Assessment& a, const SectionBuilder& out) {
  if (a.status == Status::before_plan) {
    if (a.movement == Movement::worse) return out.text("detail.worse");
    if (a.movement == Movement::better) return out.text("detail.better");
    return out.text("detail.at-baseline");
  }
  if (!a.expected_value) return {};
  // One digit more than the data, so that a value just short of the expectation never
  // looks equal to it.
  int digits = std::max(
      {decimals_of(k.baseline_text), decimals_of(k.target_text), a.latest ? decimals_of(a.latest->text) : 0});
  const std::string value = out.locale().number_auto(*a.expected_value, std::min(digits + 1, 3));
  return unbroken(out.text("detail.expected", {{"value", value}}));
}

TableRow kpi_row(const Kpi& k, const Assessment& a, const SectionBuilder& out) {
  const Palette& p = out.palette();
  const Locale& locale = out.locale();
  TableRow row;
  row.anchor = k.id;
  Cell name;
  name.text = bold(k.name);
  row.cells.push_back(std::move(name));
  row.cells.push_back(cell(k.unit));
  // A service standard has no baseline: a dash says "not applicable" rather than "zero".
  row.cells.push_back(k.baseline ? cell(as_written(k.baseline_text, locale), Align::right)
                                 : muted_cell("\u2014", p, Align::right));
  Cell target = cell(as_written(k.target_text, locale), Align::right);
  if (k.due) {
    Run by{"\n" + unbroken(out.text("target.by", {{"date", locale.date(*k.due, TextLength::medium)}}))};
    by.color = p.muted;
    target.text.push_back(std::move(by));
  }
  if (!k.tolerance_text.empty()) {
    Run tol{"\n\u00b1" + as_written(k.tolerance_text, locale)};
    tol.color = p.muted;
    target.text.push_back(std::move(tol));
  }
  row.cells.push_back(std::move(target));
  if (a.latest) {
    Cell latest = cell(as_written(a.latest->text, locale), Align::right);
    Run when{"\n" + unbroken(locale.date(a.latest->period, TextLength::medium))};
    when.color = p.muted;
    latest.text.push_back(std::move(when));
    row.cells.push_back(std::move(latest));
  } else {
    row.cells.push_back(muted_cell("\u2014", p, Align::right));
  }
  Cell status = cell(status_word(a.status, out));
  status.marker = status_color(a.status, p);
  if (std::string detail = status_detail(k, a, out); !detail.empty()) {
    Run more{"\n" + detail};
    more.color = p.muted;
    status.text.push_back(std::move(more));
  }
  row.cells.push_back(std::move(status));
  // Owner and frequency share a column (the frequency muted under the owner): nine
  // columns do not fit a portrait page without breaking words.
  Cell owner = cell(k.owner);
  if (!k.frequency.empty()) {
    Run freq{(k.owner.empty() ? "" : "\n") + k.frequency};
    freq.color = p.muted;
    owner.text.push_back(std::move(freq));
  }
  row.cells.push_back(std::move(owner));
  Cell goal;
  if (!k.goal.empty()) {
    Run ref;
    ref.ref = k.goal;  // the core prints the goal's title and its page
    goal.text.push_back(std::move(ref));
  }
  row.cells.push_back(std::move(goal));
  return row;
}

Table scorecard(const std::vector<ScoredGroup>& groups, const SectionBuilder& out) {
  Table t;
  t.caption = out.text("scorecard.caption");
  // The names and goals get fixed shares so they wrap into few lines; the short
  // columns take their width from the content (at least their longest word).
  t.columns = {{Align::left, 0.18}, {Align::left}, {Align::right}, {Align::right},
               {Align::right},      {Align::left}, {Align::left},  {Align::left, 0.16}};
  t.rows.push_back(kpi_header(out));
  for (const ScoredGroup& g : groups) {
    if (!g.name.empty()) {
      TableRow group;
      group.emphasis = true;
      Cell c = cell(g.name);
      c.colspan = column_count;
      group.cells.push_back(std::move(c));
      t.rows.push_back(std::move(group));
    }
    for (const Scored& k : g.kpis) t.rows.push_back(kpi_row(*k.kpi, k.assessment, out));
  }
  return t;
}

// One sentence a board member reads first: how many KPIs stand where.
Paragraph summary(const std::vector<ScoredGroup>& groups, const SectionBuilder& out) {
  std::array<std::size_t, std::size(kAllStatuses)> counts{};
  std::size_t total = 0;
  for (const ScoredGroup& g : groups)
    for (const Scored& k : g.kpis) {
      ++counts[static_cast<std::size_t>(k.assessment.status)];
      ++total;
    }
  Paragraph para;
  para.text.push_back(Run{out.text("summary.total", {{"count", total}}) + " "});
  bool first = true;
  for (Status s : kAllStatuses) {
    const std::size_t n = counts[static_cast<std::size_t>(s)];
    if (n == 0) continue;
    if (!first) para.text.push_back(Run{", "});
    first = false;
    Run r{out.text(std::string("summary.") + status_key(s), {{"count", n}})};
    r.bold = true;
    r.color = status_color(s, out.palette());
    para.text.push_back(std::move(r));
  }
  para.text.push_back(Run{"."});
  return para;
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  // Narrative written before the first KPI introduces the scorecard; the rest follows it.
  with_narrative(section, out, [&] {
    const auto groups = read_groups(section);
    // Every verdict is computed once, here; the summary, the table and the chart read them.
    const auto scored = assess_groups(groups, out.plan().period());
    if (scored.empty()) return;
    out.add(summary(scored, out));
    out.add(scorecard(scored, out));
    BarChartData chart = progress_chart(scored, out);
    if (!chart.categories.empty())
      for (Figure& f : bar_chart(chart, out)) out.add(std::move(f));
  });
}

}  // namespace kpis
