#pragma once
// The text alternative (Figure::alt, the PDF's /Alt) of every chart: the plugin's `alt` (what
// the chart means) or else its caption, followed by the data the chart draws, written with
// the plan's number and date formats and no words of its own ("Help desk 53 %; Field 71 %"),
// so that it reads right in every language; at most 40 items, then "and N more". A continued
// figure's is its caption's continued form.

#include <planforge/charts.hpp>
#include <planforge/format.hpp>

#include <string>
#include <vector>

namespace planforge::detail::charts {

// Sets the alt of each of a chart's figures: "`alt` (or `caption`): `summary`" on the first,
// the continued caption on the rest.
void describe(std::vector<Figure>& figures, const std::string& alt, const std::string& caption,
              const std::string& summary, const Locale& locale);

// What each chart draws, as text.
std::string summary(const BarChartData& data, const Locale& locale);
std::string summary(const ScatterChartData& data, const Locale& locale);
std::string summary(const GanttData& data, const Locale& locale);
std::string summary(const TreeData& data, const Locale& locale);
std::string summary(const MatrixData& data, const Locale& locale);

}  // namespace planforge::detail::charts
