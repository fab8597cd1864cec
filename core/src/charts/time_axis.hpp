#pragma once
// Calendar arithmetic and the time axis of the Gantt chart: months, quarters or years chosen
// from the span and the width, with a band of years above.

#include "charts/canvas.hpp"

#include <planforge/date.hpp>

#include <string>
#include <vector>

namespace planforge::detail::charts {

// Days since 1970-01-01 of a proleptic Gregorian date.
long days_from_civil(int y, unsigned m, unsigned d);
struct Civil {
  int year;
  unsigned month, day;
};
Civil civil_from_days(long days);

// The first and last day (inclusive) a plan date stands for: `2027-03` is all of March.
// Computed here rather than with Date::first_day() so that charts need nothing but the data.
struct DaySpan {
  long first = 0, last = 0;
};
DaySpan span_of(const Date& d);

enum class TimeUnit { month, quarter, year };

struct Period {
  long start = 0, end = 0;  // [start, end) in days
  std::string label;
};

struct TimeAxis {
  TimeUnit unit = TimeUnit::month;
  long start = 0, end = 0;  // [start, end) in days, snapped to whole periods
  std::vector<Period> periods;
  std::vector<Period> years;  // the band above; empty when the unit is a year
  double left = 0, right = 0;

  double x(double day) const {
    return end > start ? left + (day - start) / double(end - start) * (right - left) : left;
  }
};

// Chooses the unit (months up to a year and a half when their labels fit, else quarters,
// else years) and builds the periods between `left` and `right`.
TimeAxis make_time_axis(long first_day, long last_day, double left, double right, const SectionBuilder& b,
                        double size);

// Height of the axis header (year band and period row).
double time_axis_height(const TimeAxis& a, double size);

// Draws the header with its top at `top`; gridlines run from the header down to `bottom`.
void draw_time_axis(Canvas& c, const TimeAxis& a, double top, double bottom, double size);

}  // namespace planforge::detail::charts
