#include "charts/time_axis.hpp"

#include <algorithm>
#include <array>

namespace planforge::detail::charts {

namespace {
unsigned days_in_month(int y, unsigned m) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[(m - 1) % 12];
}

long month_start(int month_index) {  // month_index = year * 12 + month - 1
  int y = month_index >= 0 ? month_index / 12 : (month_index - 11) / 12;
  return days_from_civil(y, static_cast<unsigned>(month_index - y * 12 + 1), 1);
}

int month_index_of(long day) {
  Civil c = civil_from_days(day);
  return c.year * 12 + static_cast<int>(c.month) - 1;
}
}  // namespace

long days_from_civil(int y, unsigned m, unsigned d) { return Date{y, 0, m, d}.days(); }

Civil civil_from_days(long z) {
  const Date d = Date::from_days(z);
  return {d.year, d.month, d.day};
}

DaySpan span_of(const Date& d) {
  if (d.month >= 1 && d.month <= 12) {
    if (d.day >= 1) {
      long day = days_from_civil(d.year, d.month, std::min(d.day, days_in_month(d.year, d.month)));
      return {day, day};
    }
    return {days_from_civil(d.year, d.month, 1),
            days_from_civil(d.year, d.month, days_in_month(d.year, d.month))};
  }
  if (d.quarter >= 1 && d.quarter <= 4) {
    unsigned m0 = 3 * d.quarter - 2, m1 = 3 * d.quarter;
    return {days_from_civil(d.year, m0, 1), days_from_civil(d.year, m1, days_in_month(d.year, m1))};
  }
  return {days_from_civil(d.year, 1, 1), days_from_civil(d.year, 12, 31)};
}

TimeAxis make_time_axis(long first_day, long last_day, double left, double right, const SectionBuilder& b,
                        double size) {
  TimeAxis a;
  a.left = left;
  a.right = right;
  if (last_day < first_day) std::swap(first_day, last_day);
  int m0 = month_index_of(first_day), m1 = month_index_of(last_day);
  int months = m1 - m0 + 1;
  double width = right - left;
  // Month and quarter names in the plan's language: "Nov", "nov.", "marras"; "Q4", "T4", "IV kw.".
  const Locale& locale = b.locale();
  std::array<std::string, 12> month_names, month_letters;
  double month_label = 0, letter = 0;
  for (unsigned m = 0; m < 12; ++m) {
    month_names[m] = locale.month_name(m + 1, TextLength::medium);
    month_letters[m] = locale.month_name(m + 1, TextLength::short_form);
    month_label = std::max(month_label, b.text_width(month_names[m], size, FontStyle::regular));
    letter = std::max(letter, b.text_width(month_letters[m], size, FontStyle::regular));
  }
  std::array<std::string, 4> quarter_names;
  double quarter_label = 0;
  for (unsigned q = 0; q < 4; ++q) {
    quarter_names[q] = locale.quarter_name(q + 1, TextLength::medium);
    quarter_label = std::max(quarter_label, b.text_width(quarter_names[q], size, FontStyle::regular));
  }

  int q0 = m0 - ((m0 % 12) % 3), q1 = m1 - ((m1 % 12) % 3) + 2;
  int quarters = (q1 - q0 + 1) / 3;
  if (months <= 18 && width / months >= letter + 3)
    a.unit = TimeUnit::month;
  else if (width / quarters >= quarter_label + 4)
    a.unit = TimeUnit::quarter;
  else
    a.unit = TimeUnit::year;

  int from = m0, to = m1, step = 1;  // month indexes, inclusive
  if (a.unit == TimeUnit::quarter) from = q0, to = q1, step = 3;
  if (a.unit == TimeUnit::year) {
    // Years in steps of 1, 2, 5, 10… so that their labels fit however long the span.
    int y0 = m0 >= 0 ? m0 / 12 : (m0 - 11) / 12, y1 = m1 >= 0 ? m1 / 12 : (m1 - 11) / 12;
    const double year_label = b.text_width("2000", size, FontStyle::regular) + 4;
    int years = 1;
    for (int k : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
      years = k;
      const int first = y0 - (((y0 % k) + k) % k), count = (y1 - first) / k + 1;
      if (width / count >= year_label) break;
    }
    from = (y0 - (((y0 % years) + years) % years)) * 12;
    to = (y1 - (((y1 % years) + years) % years) + years) * 12 - 1;
    step = 12 * years;
  }
  a.start = month_start(from);
  a.end = month_start(to + 1);
  bool full_months = a.unit == TimeUnit::month && width / months >= month_label + 4;
  for (int m = from; m <= to; m += step) {
    Period p{month_start(m), month_start(m + step), {}};
    int year = m >= 0 ? m / 12 : (m - 11) / 12;
    int month = m - year * 12;
    if (a.unit == TimeUnit::month)
      p.label = full_months ? month_names[month] : month_letters[month];
    else if (a.unit == TimeUnit::quarter)
      p.label = quarter_names[month / 3];
    else
      p.label = std::to_string(year);
    a.periods.push_back(std::move(p));
  }
  if (a.unit != TimeUnit::year) {
    int y0 = from >= 0 ? from / 12 : (from - 11) / 12, y1 = to >= 0 ? to / 12 : (to - 11) / 12;
    for (int y = y0; y <= y1; ++y) {
      long s = std::max(a.start, days_from_civil(y, 1, 1)), e = std::min(a.end, days_from_civil(y + 1, 1, 1));
      a.years.push_back({s, e, std::to_string(y)});
    }
  }
  return a;
}

double time_axis_height(const TimeAxis& a, double size) { return (a.years.empty() ? 1 : 2) * size * 1.6 + 2; }

void draw_time_axis(Canvas& c, const TimeAxis& a, double top, double bottom, double size) {
  const Palette& pal = c.palette();
  double row = size * 1.6;
  double y = top;
  if (!a.years.empty()) {
    for (std::size_t i = 0; i < a.years.size(); ++i) {
      const Period& p = a.years[i];
      double x0 = a.x(p.start), x1 = a.x(p.end);
      if (i % 2 == 1) c.rect(x0, y, x1 - x0, row, pal.subtle, std::nullopt);
      // A year cut short at either end keeps a label only if it fits; "’27" before nothing.
      std::string label = p.label;
      if (c.measure(label, size, FontStyle::bold) > x1 - x0 - 4)
        label = "\xE2\x80\x99" + p.label.substr(p.label.size() >= 2 ? p.label.size() - 2 : 0);
      if (c.measure(label, size, FontStyle::bold) <= x1 - x0 - 2)
        c.text({(x0 + x1) / 2, y + row / 2 + size * 0.33}, label, size, pal.text, FontStyle::bold,
               TextAnchor::middle);
    }
    y += row;
  }
  for (const Period& p : a.periods) {
    double x0 = a.x(p.start), x1 = a.x(p.end);
    if (c.measure(p.label, size) <= x1 - x0 - 1)
      c.text({(x0 + x1) / 2, y + row / 2 + size * 0.33}, p.label, size, pal.muted, FontStyle::regular,
             TextAnchor::middle);
  }
  y += row;
  // Period gridlines light, year boundaries stronger, through the header and the rows.
  for (const Period& p : a.periods) {
    double x = a.x(p.start);
    Civil civ = civil_from_days(p.start);
    bool year_start = civ.month == 1 && civ.day == 1;
    c.line({x, year_start ? top : y - row}, {x, bottom}, year_start ? pal.muted : pal.rule,
           year_start ? 0.6 : 0.3);
  }
  c.line({a.right, top}, {a.right, bottom}, pal.rule, 0.3);
  c.line({a.left, y}, {a.right, y}, pal.muted, 0.5);
}

}  // namespace planforge::detail::charts
