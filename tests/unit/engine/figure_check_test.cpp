#include "engine/figure_check.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace planforge;
using namespace planforge::detail;

namespace {

const FontSet& fonts() {
  const std::filesystem::path dir = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates/default/fonts";
  static const FontSet set({dir / "OpenSans-Regular.ttf", dir / "OpenSans-Bold.ttf",
                            dir / "OpenSans-Italic.ttf", dir / "OpenSans-BoldItalic.ttf"});
  return set;
}

const FigureLimits column{450, 600};

Figure canvas(double w = 100, double h = 50) {
  Figure f;
  f.width = w;
  f.height = h;
  return f;
}

std::string problem(const Figure& f) { return check_figure(f, fonts(), column).value_or(""); }

}  // namespace

TEST_CASE("a figure whose operations stay inside is accepted") {
  Figure f = canvas();
  f.add(FigRect{0, 0, 100, 50});
  f.add(FigLine{{0, 0}, {100, 50}});
  f.add(FigPath{{{10, 10}, {90, 40}, {50, 5}}, true});
  f.add(FigCircle{{50, 25}, 25});
  f.add(FigText{{2, 20}, "Label", 8});
  CHECK_FALSE(check_figure(f, fonts(), column).has_value());
}

TEST_CASE("rounding within half a point is tolerated") {
  Figure f = canvas();
  f.add(FigRect{-0.3, 0, 100.4, 50.2});
  CHECK_FALSE(check_figure(f, fonts(), column).has_value());
}

TEST_CASE("a rectangle leaving the canvas is named with its extent") {
  Figure f = canvas();
  f.add(FigLine{{0, 0}, {1, 1}});
  f.add(FigRect{80, 10, 40, 20});
  CHECK(problem(f) == "rectangle (operation 2) spans x 80–120, y 10–30, outside its canvas of 100 × 50 pt");
}

TEST_CASE("text is measured with the real font") {
  Figure f = canvas();
  const double width = fonts().text_width("A rather long label", 8, FontStyle::regular);
  REQUIRE(width > 50);
  f.add(FigText{{100 - width - 1, 20}, "A rather long label", 8});
  CHECK_FALSE(check_figure(f, fonts(), column).has_value());

  Figure g = canvas();
  g.add(FigText{{100 - width + 5, 20}, "A rather long label", 8});
  CHECK(problem(g).starts_with("text 'A rather long label' (operation 1) spans x "));

  Figure bold = canvas();  // bold is wider than regular
  bold.add(FigText{{100 - width - 0.2, 20}, "A rather long label", 8, FontStyle::bold});
  CHECK(check_figure(bold, fonts(), column).has_value());
}

TEST_CASE("text anchors and rotation are considered") {
  const double width = fonts().text_width("Quarter", 8, FontStyle::regular);
  Figure middle = canvas();
  middle.add(FigText{{width / 2 + 1, 20}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::middle});
  CHECK_FALSE(check_figure(middle, fonts(), column).has_value());

  Figure end = canvas();
  end.add(FigText{{width - 2, 20}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::end});
  CHECK(check_figure(end, fonts(), column).has_value());

  // Reading upwards from near the bottom: fits a tall canvas, not a short one.
  Figure tall = canvas(20, width + 10);
  tall.add(FigText{{12, width + 5}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::start, 90});
  CHECK_FALSE(check_figure(tall, fonts(), column).has_value());
  Figure flat = canvas(100, 30);
  flat.add(FigText{{12, 28}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::start, 90});
  CHECK(problem(flat).find("y ") != std::string::npos);
}

TEST_CASE("sizes: empty, non-finite and larger than the text column") {
  CHECK(problem(canvas(0, 50)).starts_with("figure has no usable size"));
  CHECK(problem(canvas(NAN, 50)).starts_with("figure has no usable size"));
  CHECK(problem(canvas(500, 50)) == "figure of 500 × 50 pt is larger than the text column (450 × 600 pt)");

  Figure f = canvas();
  f.add(FigPath{{{10, 10}, {NAN, 20}}});
  CHECK(problem(f).find("not a finite number") != std::string::npos);
  Figure g = canvas();
  g.add(FigCircle{{50, 25}, -3});
  CHECK(problem(g).find("negative size") != std::string::npos);
  Figure h = canvas();
  h.add(FigText{{10, 20}, "x", 0});
  CHECK(problem(h).find("text 'x'") == 0);
}
