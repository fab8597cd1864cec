#include "engine/figure_check.hpp"
#include "text/font_measure.hpp"

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

const FontMeasure& measure() {
  static const FontMeasure m(fonts(), nullptr);
  return m;
}

const FigureLimits column{450, 600};

Figure canvas(double w = 100, double h = 50) {
  Figure f;
  f.width = w;
  f.height = h;
  return f;
}

std::string problem(const Figure& f) { return check_figure(f, measure(), column).value_or(""); }

}  // namespace

TEST_CASE("a figure whose operations stay inside is accepted") {
  Figure f = canvas();
  f.add(FigRect{0, 0, 100, 50});
  f.add(FigLine{{0, 0}, {100, 50}});
  f.add(FigPath{{{10, 10}, {90, 40}, {50, 5}}, true});
  f.add(FigCircle{{50, 25}, 25});
  f.add(FigText{{2, 20}, "Label", 8});
  CHECK_FALSE(check_figure(f, measure(), column).has_value());
}

TEST_CASE("rounding within half a point is tolerated") {
  Figure f = canvas();
  f.add(FigRect{-0.3, 0, 100.4, 50.2});
  CHECK_FALSE(check_figure(f, measure(), column).has_value());
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
  CHECK_FALSE(check_figure(f, measure(), column).has_value());

  Figure g = canvas();
  g.add(FigText{{100 - width + 5, 20}, "A rather long label", 8});
  CHECK(problem(g).starts_with("text 'A rather long label' (operation 1) spans x "));

  Figure bold = canvas();  // bold is wider than regular
  bold.add(FigText{{100 - width - 0.2, 20}, "A rather long label", 8, FontStyle::bold});
  CHECK(check_figure(bold, measure(), column).has_value());
}

TEST_CASE("text anchors and rotation are considered") {
  const double width = fonts().text_width("Quarter", 8, FontStyle::regular);
  Figure middle = canvas();
  middle.add(FigText{{width / 2 + 1, 20}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::middle});
  CHECK_FALSE(check_figure(middle, measure(), column).has_value());

  Figure end = canvas();
  end.add(FigText{{width - 2, 20}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::end});
  CHECK(check_figure(end, measure(), column).has_value());

  // Reading upwards from near the bottom: fits a tall canvas, not a short one.
  Figure tall = canvas(20, width + 10);
  tall.add(FigText{{12, width + 5}, "Quarter", 8, FontStyle::regular, {}, TextAnchor::start, 90});
  CHECK_FALSE(check_figure(tall, measure(), column).has_value());
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

TEST_CASE("the text box model: a text's box is the font's ascender to its descender") {
  const double width = fonts().text_width("Quarter", 8, FontStyle::regular);
  const FigBox box = text_box(FigText{{10, 20}, "Quarter", 8}, measure());
  CHECK(box.x0 == doctest::Approx(10));
  CHECK(box.x1 == doctest::Approx(10 + width));
  CHECK(box.y0 == doctest::Approx(20 - fonts().face(FontStyle::regular).ascender() * 8 / 1000));
  CHECK(box.y1 == doctest::Approx(20 - fonts().face(FontStyle::regular).descender() * 8 / 1000));
  // A text whose box touches the canvas's top edge exactly is accepted; a point higher is not.
  Figure top = canvas();
  top.add(FigText{{0, 20 - box.y0}, "Quarter", 8});
  CHECK(problem(top).empty());
  Figure above = canvas();
  above.add(FigText{{0, 20 - box.y0 - 1}, "Quarter", 8});
  CHECK(problem(above).starts_with("text 'Quarter' (operation 1) spans"));
}

TEST_CASE("a text box is checked by its box: exactly at the canvas's edge is inside, past it is not") {
  FigTextBox b;
  b.text = plain("Wrapped words of any length: the core cuts the lines, not the check");
  b.x = 40;
  b.y = 10;
  b.width = 60;       // to the right edge of 100
  b.max_height = 40;  // to the bottom edge of 50
  Figure edge = canvas();
  edge.add(b);
  CHECK(problem(edge).empty());

  Figure wide = canvas();
  b.width = 61;
  wide.add(b);
  CHECK(problem(wide) ==
        "text box 'Wrapped words of any length: the core cu…' (operation 1) spans x 40–101, y 10–50, "
        "outside its canvas of 100 × 50 pt");

  Figure tall = canvas();
  b.width = 60;
  b.max_height = 41;
  tall.add(b);
  CHECK(problem(tall).find("spans x 40–100, y 10–51") != std::string::npos);

  // Without a max_height the box is its first line: it may start one line above the bottom.
  b.max_height.reset();
  b.y = 50 - b.size * default_line_spacing;
  Figure low = canvas();
  low.add(b);
  CHECK(problem(low).empty());
  b.y += 1;
  Figure lower = canvas();
  lower.add(b);
  CHECK_FALSE(problem(lower).empty());
}

TEST_CASE("a text box needs a usable size and at least one line of height") {
  FigTextBox b;
  b.text = plain("Words");
  b.width = 50;
  Figure f = canvas();
  f.add(b);
  CHECK(problem(f).empty());
  f.ops.back() = FigTextBox{b};
  std::get<FigTextBox>(f.ops.back()).width = 0;
  CHECK(problem(f) == "text box 'Words' (operation 1) needs a finite width, size and line spacing above 0");
  std::get<FigTextBox>(f.ops.back()) = b;
  std::get<FigTextBox>(f.ops.back()).max_height = 5;
  CHECK(problem(f) == "text box 'Words' (operation 1) is 5 pt high, less than one line (9.6 pt)");
  std::get<FigTextBox>(f.ops.back()) = b;
  std::get<FigTextBox>(f.ops.back()).line_spacing = NAN;
  CHECK_FALSE(problem(f).empty());
  std::get<FigTextBox>(f.ops.back()) = b;
  std::get<FigTextBox>(f.ops.back()).max_lines = -1;
  CHECK(problem(f) == "text box 'Words' (operation 1) has max_lines -1 (0 means no limit)");
}
