#include "charts/gantt_layout.hpp"

#include <algorithm>
#include <array>

namespace planforge::detail::charts {

namespace {
constexpr double kLabelGap = 4;   // between milestone labels on one line

struct Span {
  double x0, x1;
};

bool clashes(const std::vector<Span>& taken, Span s) {
  for (const Span& t : taken)
    if (s.x0 < t.x1 + kLabelGap && t.x0 < s.x1 + kLabelGap) return true;
  return false;
}

// Tries each line and anchor; records the span and returns true when `text` finds room.
bool try_place(MilestoneMark& m, const std::string& text, double w, double lo, double hi,
               std::array<std::vector<Span>, kMarkLines>& lines, bool centred) {
  struct Option {
    int line;
    TextAnchor anchor;
  };
  // Names beside their diamond on the first free line; a key number under the diamond if it
  // can, else beside it.
  static constexpr Option kSide[] = {{0, TextAnchor::start}, {0, TextAnchor::end}, {1, TextAnchor::start},
                                     {1, TextAnchor::end},   {2, TextAnchor::start}, {2, TextAnchor::end}};
  static constexpr Option kMiddle[] = {{0, TextAnchor::middle}, {1, TextAnchor::middle}, {2, TextAnchor::middle},
                                       {0, TextAnchor::start},  {0, TextAnchor::end},    {1, TextAnchor::start},
                                       {1, TextAnchor::end},    {2, TextAnchor::start},  {2, TextAnchor::end}};
  auto try_options = [&](const auto& options) {
    for (const Option& o : options) {
      double x0 = o.anchor == TextAnchor::start ? m.x - 2 : o.anchor == TextAnchor::end ? m.x + 2 - w : m.x - w / 2;
      Span s{x0, x0 + w};
      if (s.x0 < lo || s.x1 > hi || clashes(lines[o.line], s)) continue;
      lines[o.line].push_back(s);
      m.text = text;
      m.line = o.line;
      m.anchor = o.anchor;
      m.text_x = o.anchor == TextAnchor::start ? x0 : o.anchor == TextAnchor::end ? x0 + w : m.x;
      return true;
    }
    return false;
  };
  return centred ? try_options(kMiddle) : try_options(kSide);
}
}  // namespace

std::string date_text(const Date& d, const Locale& locale) { return locale.date(d, TextLength::medium); }

GanttRow make_gantt_row(const GanttData& data, std::size_t index, const GanttGeometry& g,
                        const SectionBuilder& b, int& next_number) {
  const GanttTask& t = data.tasks[index];
  GanttRow r;
  r.task = index;
  r.label_lines = wrap(b, t.label, g.label_col, g.f.label, FontStyle::regular, 2);
  if (!t.owner.empty()) r.owner = ellipsize(b, t.owner, g.label_col, g.f.small);
  DaySpan s = span_of(t.start), e = span_of(t.end);
  long last = std::max(e.last, s.first);
  r.bar_x0 = g.axis.x(static_cast<double>(s.first));
  r.bar_x1 = std::max(g.axis.x(static_cast<double>(last + 1)), r.bar_x0 + 2);

  // Milestones left to right; each label goes under the bar beside its diamond if it can.
  std::vector<std::size_t> order(t.milestones.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto day_of = [&](const GanttMilestone& m) {
    DaySpan d = span_of(m.date);
    // A full date marks its day; a reduced one ("2027-06") means "by the end of it".
    return d.first == d.last ? d.first + 0.5 : static_cast<double>(d.last + 1);
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) {
    return day_of(t.milestones[a]) < day_of(t.milestones[c]);
  });
  std::array<std::vector<Span>, kMarkLines> lines;
  double lo = g.axis.left - 0.5, hi = g.width;
  double max_w = (g.axis.right - g.axis.left) * 0.45;
  for (std::size_t i : order) {
    const GanttMilestone& ms = t.milestones[i];
    MilestoneMark m;
    m.x = std::clamp(g.axis.x(day_of(ms)), g.axis.left, g.axis.right);
    std::string name = ellipsize(b, ms.label, max_w, g.f.small);
    bool named = !name.empty() &&
                 try_place(m, name, b.text_width(name, g.f.small, FontStyle::regular), lo, hi, lines, false);
    if (!named) {
      // No room beside the diamond: a number here, the name in the key under the chart.
      std::string number = std::to_string(next_number++);
      m.numbered = true;
      m.key = {number, ms.label + " (" + date_text(ms.date, b.locale()) + ")"};
      if (!try_place(m, number, b.text_width(number, g.f.small, FontStyle::bold), lo, hi, lines, true)) {
        m.text.clear();
        m.key.number.clear();
        --next_number;
      }
    }
    r.marks.push_back(std::move(m));
  }
  r.mark_lines = 0;
  for (int k = 0; k < kMarkLines; ++k)
    if (!lines[k].empty()) r.mark_lines = k + 1;
  double text_block = r.label_lines.size() * g.line_label + (r.owner.empty() ? 0 : g.line_small);
  double bar_block = std::max(g.line_label, g.bar_height) + r.mark_lines * g.line_mark + (r.mark_lines ? 2 : 0);
  r.height = GanttGeometry::kPad * 2 + std::max(text_block, bar_block);
  return r;
}

}  // namespace planforge::detail::charts
