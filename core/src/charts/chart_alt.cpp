#include "charts/chart_alt.hpp"

#include "charts/canvas.hpp"

#include <algorithm>
#include <unordered_map>

namespace planforge::detail::charts {

namespace {

// A text alternative names this many items of a chart's data, then "and N more": a screen
// reader's user wants the gist, and the tables beside the chart have the rest.
constexpr std::size_t max_items = 40;

// Items joined by "; " (a list of list items reads as one in every language), at most
// max_items of them.
std::string join(const std::vector<std::string>& items, const Locale& locale) {
  const auto total = static_cast<std::size_t>(
      std::count_if(items.begin(), items.end(), [](const std::string& item) { return !item.empty(); }));
  std::string out;
  std::size_t shown = 0;
  for (const std::string& item : items) {
    if (item.empty()) continue;
    if (shown == max_items)
      return out + "; " + locale.text("chart.more-entries", {{"count", static_cast<long>(total - shown)}});
    if (!out.empty()) out += "; ";
    out += item;
    ++shown;
  }
  return out;
}

}  // namespace

void describe(std::vector<Figure>& figures, const std::string& alt, const std::string& caption,
              const std::string& summary, const Locale& locale) {
  const std::string& lead = alt.empty() ? caption : alt;
  const std::string first = lead.empty() ? summary : summary.empty() ? lead : lead + ": " + summary;
  for (std::size_t i = 0; i < figures.size(); ++i)
    figures[i].alt = i == 0 ? first : continued_caption(caption.empty() ? lead : caption, i, locale);
}

std::string summary(const BarChartData& data, const Locale& locale) {
  std::vector<std::string> rows;
  for (std::size_t c = 0; c < data.categories.size(); ++c) {
    std::vector<std::string> values;
    for (const BarSeries& s : data.series) {
      if (c >= s.values.size()) continue;
      std::string v = locale.number(s.values[c]) + data.value_suffix;
      values.push_back(data.series.size() > 1 ? s.name + " " + v : v);
    }
    rows.push_back(data.categories[c] + " " + locale.list(values));
  }
  return join(rows, locale);
}

std::string summary(const ScatterChartData& data, const Locale& locale) {
  std::vector<std::string> points;
  for (const ScatterPoint& p : data.points)
    points.push_back((p.tag.empty() ? "" : p.tag + " ") + p.label + " (" + data.x_label + " " +
                     locale.number(p.x, 1) + ", " + data.y_label + " " + locale.number(p.y, 1) + ")");
  return join(points, locale);
}

std::string summary(const GanttData& data, const Locale& locale) {
  std::vector<std::string> tasks;
  for (const GanttTask& t : data.tasks) {
    std::string s = t.label + (t.owner.empty() ? "" : " (" + t.owner + ")") + " " +
                    locale.date_range(t.start, t.end, TextLength::short_form);
    for (const GanttMilestone& m : t.milestones)
      s += ", " + m.label + " " + locale.date(m.date, TextLength::short_form);
    tasks.push_back(std::move(s));
  }
  return join(tasks, locale);
}

std::string summary(const TreeData& data, const Locale& locale) {
  // Each unit after the one it belongs to: "Service › Help desk".
  std::unordered_map<std::string, const TreeNode*> by_id;  // never iterated
  for (const TreeNode& n : data.nodes) by_id.emplace(n.id, &n);
  std::vector<std::string> units;
  for (const TreeNode& n : data.nodes) {
    const auto parent = n.parent.empty() ? by_id.end() : by_id.find(n.parent);
    units.push_back(parent == by_id.end() ? n.title : parent->second->title + " › " + n.title);
  }
  return join(units, locale);
}

std::string summary(const MatrixData& data, const Locale& locale) {
  std::vector<std::string> rows;
  for (std::size_t r = 0; r < data.rows.size() && r < data.cells.size(); ++r) {
    std::vector<std::string> marked;
    for (std::size_t c = 0; c < data.columns.size() && c < data.cells[r].size(); ++c) {
      const MatrixCell& cell = data.cells[r][c];
      if (!cell.text.empty()) marked.push_back(data.columns[c] + " " + cell.text);
    }
    std::string row = data.rows[r];
    for (std::size_t k = 0; k < marked.size(); ++k) row += (k == 0 ? ": " : ", ") + marked[k];
    rows.push_back(std::move(row));
  }
  return join(rows, locale);
}

}  // namespace planforge::detail::charts
