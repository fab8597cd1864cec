// Every bundled theme's chart labels read on their fills: WCAG's 4.5 : 1 for the text of
// matrix cells, org-chart boxes, bars, keys and axes, with the fills the bundled plugins use
// (tints of the status colours, of the brand colour and of the series) and untinted series
// colours, where neither the text colour nor white always reads.
#include "chart_test_support.hpp"
#include "sample_data.hpp"

#include "theme/theme.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <filesystem>

using namespace planforge;

namespace {

const std::filesystem::path templates = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates";

Palette theme_palette(const std::string& name) {
  Diagnostics diags;
  auto theme = detail::load_theme(name, {templates}, diags);
  REQUIRE_MESSAGE(theme, name);
  return theme->palette;
}

// The fills charts of the bundled plugins and the example put text on.
std::vector<Color> label_fills(const Palette& p) {
  std::vector<Color> out = {p.primary,        p.primary.tint(0.35), p.primary.tint(0.88),
                            p.subtle,         p.good.tint(0.35),    p.warning.tint(0.35),
                            p.bad.tint(0.35), p.bad.tint(0.86),     p.accent};
  for (std::size_t i = 0; i < p.series.size(); ++i) {
    out.push_back(p.series_color(i));
    out.push_back(p.series_color(i).tint(0.88));
  }
  for (double v : {0.0, 0.25, 0.5, 0.75, 1.0}) out.push_back(scale_color(v, 0, 1, p.primary));
  return out;
}

void check(const Figure& f, const chart_test::TestBuilder& b, const std::string& what) {
  for (const std::string& problem : chart_test::contrast_problems(f, b)) FAIL_CHECK(what << ": " << problem);
}

}  // namespace

TEST_CASE("the bundled themes' chart labels have a contrast of at least 4.5 : 1") {
  std::size_t themes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(templates)) {
    if (!std::filesystem::exists(entry.path() / "theme.xml")) continue;
    const std::string name = entry.path().filename().string();
    ++themes;
    chart_test::TestBuilder b(theme_palette(name));
    const Palette& p = b.palette();
    const std::vector<Color> fills = label_fills(p);

    MatrixData m;
    m.caption = "Coverage";
    for (std::size_t r = 0; r < fills.size(); ++r) {
      m.rows.push_back("Row " + std::to_string(r + 1));
      m.cells.push_back(
          {MatrixCell{"12", fills[r]}, MatrixCell{"\u25CF", fills[r]}, MatrixCell{"3", std::nullopt}});
    }
    m.columns = {"One", "Two", "Three"};
    for (const Figure& f : matrix_chart(m, b)) check(f, b, name + " matrix");

    TreeData t;
    t.caption = "Organisation";
    t.nodes.push_back({"root",
                       "",
                       "Head of Service",
                       {"J. Ortiz", "4 people"},
                       std::nullopt,
                       std::nullopt,
                       BorderStyle::solid});
    for (std::size_t i = 0; i < fills.size(); ++i)
      t.nodes.push_back({"u" + std::to_string(i),
                         "root",
                         "Unit " + std::to_string(i + 1),
                         {"Lead", "12 people"},
                         fills[i],
                         std::nullopt,
                         BorderStyle::solid});
    for (const Figure& f : tree_chart(t, b)) check(f, b, name + " tree");

    for (const Figure& f : tree_chart(chart_test::ferry_tree(p), b)) check(f, b, name + " ferry tree");
    for (const Figure& f : gantt_chart(chart_test::ferry_gantt(p), b)) check(f, b, name + " gantt");
    check(scatter_chart(chart_test::ferry_scatter(p), b), b, name + " scatter");
    for (const Figure& f : matrix_chart(chart_test::coverage_matrix(6, 8, p), b))
      check(f, b, name + " coverage");
  }
  CHECK(themes >= 4);
}
