#include "chart_test_support.hpp"
#include "sample_data.hpp"

#include <planforge/charts.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace planforge;

TEST_CASE("matrix: long column labels are rotated, short ones stay horizontal") {
  chart_test::TestBuilder b;
  auto d = chart_test::coverage_matrix(6, 8, b.palette());
  auto figs = matrix_chart(d, b);
  REQUIRE(figs.size() == 1);
  auto problems = chart_test::figure_problems(figs[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
  std::size_t rotated = std::count_if(figs[0].ops.begin(), figs[0].ops.end(), [](const FigureOp& op) {
    const auto* t = std::get_if<FigText>(&op);
    return t && std::abs(t->rotation - 90) < 1e-9;
  });
  CHECK(rotated == 8);

  MatrixData small;
  small.rows = {"Basic", "Premium"};
  small.columns = {"Phone", "Web"};
  small.cells = {{{"\xE2\x80\xA2", b.palette().primary}, {}}, {{}, {"4h", std::nullopt}}};
  auto f2 = matrix_chart(small, b);
  REQUIRE(f2.size() == 1);
  CHECK(std::none_of(f2[0].ops.begin(), f2[0].ops.end(), [](const FigureOp& op) {
    const auto* t = std::get_if<FigText>(&op);
    return t && t->rotation != 0;
  }));
  // Text on a dark fill turns white.
  bool white = std::any_of(f2[0].ops.begin(), f2[0].ops.end(), [](const FigureOp& op) {
    const auto* t = std::get_if<FigText>(&op);
    return t && t->text == "\xE2\x80\xA2" && t->color == Color{255, 255, 255};
  });
  CHECK(white);
  problems = chart_test::figure_problems(f2[0], b);
  CHECK_MESSAGE(problems.empty(), problems.front());
}

TEST_CASE("matrix: many rows and columns continue in further figures") {
  chart_test::TestBuilder b;
  auto d = chart_test::coverage_matrix(80, 40, b.palette());
  auto figs = matrix_chart(d, b);
  REQUIRE(figs.size() >= 4);
  for (const auto& f : figs) {
    CHECK(f.height <= b.content_height());
    auto problems = chart_test::figure_problems(f, b);
    CHECK_MESSAGE(problems.empty(), problems.front());
  }
  CHECK(figs[1].caption == "Coverage (continued)");
}

TEST_CASE("scale_color runs from a light tint to the strong colour") {
  Color strong{0x1f, 0x3a, 0x5f};
  CHECK(scale_color(10, 0, 10, strong) == strong);
  CHECK(scale_color(0, 0, 10, strong) == strong.tint(0.9));
  CHECK(scale_color(-5, 0, 10, strong) == strong.tint(0.9));
  Color mid = scale_color(5, 0, 10, strong);
  CHECK(mid.r > strong.r);
  CHECK(mid.r < strong.tint(0.9).r);
  CHECK(scale_color(3, 3, 3, strong) == strong);
}
