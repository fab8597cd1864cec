#include "kpi_chart.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kpis {

using namespace planforge;

namespace {
// A KPI far past its target (or far behind its baseline) would squash every other bar; the
// table shows the real value.
constexpr double kLowest = -50, kHighest = 150;
}  // namespace

BarChartData progress_chart(const std::vector<ScoredGroup>& groups, const SectionBuilder& out) {
  const Palette& p = out.palette();
  BarChartData data;
  BarSeries series;
  series.name = out.text("chart.series");
  series.color = p.primary;
  bool capped = false;
  std::set<Status> shown;
  std::map<Status, int> counts;
  for (const ScoredGroup& g : groups)
    for (const Scored& k : g.kpis) {
      const Assessment& a = k.assessment;
      if (!a.progress) continue;  // standards, held levels and unmeasured KPIs have none
      // Whole percents: a board reads "53 %", not "53.33 %".
      double v = std::round(std::clamp(*a.progress, kLowest, kHighest));
      capped = capped || *a.progress < kLowest || *a.progress > kHighest;
      data.categories.push_back(k.kpi->name);
      series.values.push_back(v);
      series.point_colors.push_back(status_color(a.status, p));
      data.targets.push_back(100.0);
      shown.insert(a.status);
      ++counts[a.status];
    }
  if (data.categories.empty()) return data;
  const auto [lo, hi] = std::minmax_element(series.values.begin(), series.values.end());
  data.min = std::min(0.0, *lo);
  data.max = std::max(100.0, *hi);
  data.series.push_back(std::move(series));
  data.value_label = out.text("chart.axis");
  data.value_suffix = "%";
  // The legend names exactly the colours drawn, in the summary's order.
  for (Status s : kAllStatuses)
    if (shown.count(s))
      data.legend.push_back({out.text(std::string("status.") + status_key(s)), status_color(s, p)});
  data.caption = out.text("chart.caption");
  // What a screen reader hears before the bars the chart lists: how many KPIs stand where.
  std::vector<std::string> standing;
  for (Status s : kAllStatuses)
    if (counts.count(s))
      standing.push_back(out.text(std::string("status.") + status_key(s)) + ": " +
                         out.locale().number(counts[s]));
  data.alt = data.caption + " (" + out.locale().list(standing) + ")";
  if (capped)
    data.caption += " " + out.text("chart.capped", {{"low", out.locale().percent(kLowest)},
                                                    {"high", out.locale().percent(kHighest)}});
  return data;
}

}  // namespace kpis
