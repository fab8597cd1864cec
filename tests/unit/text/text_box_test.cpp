// Figure text boxes set into lines (TextMeasure::set, text/text_box): the paragraphs' line
// breaker, max_lines and max_height with an ellipsis, alignment, links and references.
#include "test_fonts.hpp"
#include "text/font_measure.hpp"
#include "text/line_breaker.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace planforge;
using namespace planforge::detail;

namespace {

const std::string words =
    "Customer service planning starts from where the organisation wants to be, what it can "
    "do today, the rules it must follow and the patterns in its environment.";

const Color link_blue{0x1f, 0x5f, 0xbf};

const FontMeasure& measure() {
  static const FontMeasure m(test::default_fonts(), Hyphenator::for_language("en", "US"), link_blue,
                             [](const std::string& id) { return id == "g-1" ? "Fewer repeat calls" : ""; });
  return m;
}

std::string text_of(const TextLine& line) {
  std::string out;
  for (const TextSpan& s : line.spans) out += s.text;
  return out;
}

FigTextBox box_of(RichText text, double width) {
  FigTextBox b;
  b.text = std::move(text);
  b.width = width;
  b.size = 9;
  return b;
}

const std::string ellipsis = "\u2026";

}  // namespace

TEST_CASE("a text box breaks its lines exactly as a paragraph of the same runs does") {
  for (double width : {60.0, 95.0, 150.0, 300.0}) {
    const TextLayout set = measure().set(box_of(plain(words), width));
    StyledRun run;
    run.text = words;
    run.size = 9;
    const auto paragraph =
        break_lines({run}, width, test::default_fonts(), Hyphenator::for_language("en", "US").get());
    REQUIRE(set.lines.size() == paragraph.size());
    CHECK_FALSE(set.truncated);
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
      std::string expected;
      for (const auto& f : paragraph[i].fragments) expected += f.text;
      CHECK(text_of(set.lines[i]) == expected);
      CHECK(set.lines[i].width <= width + 1e-6);
      CHECK(set.lines[i].width == doctest::Approx(measure().width(expected, 9)));
    }
    CHECK(set.line_height == doctest::Approx(9 * default_line_spacing));
    CHECK(set.height == doctest::Approx(set.line_height * static_cast<double>(set.lines.size())));
    CHECK(set.lines[1].top == doctest::Approx(set.line_height));
    CHECK(set.lines[0].baseline > 0);
    CHECK(set.lines[0].baseline < set.line_height);
  }
}

TEST_CASE("max_lines keeps that many lines, the last filled up to an ellipsis") {
  FigTextBox b = box_of(plain(words), 120);
  const std::size_t all = measure().set(b).lines.size();
  REQUIRE(all > 3);
  b.max_lines = 3;
  const TextLayout set = measure().set(b);
  REQUIRE(set.lines.size() == 3);
  CHECK(set.truncated);
  const std::string last = text_of(set.lines[2]);
  CHECK(last.ends_with(ellipsis));
  CHECK(set.lines[2].width <= 120 + 1e-6);
  CHECK(set.lines[2].width == doctest::Approx(measure().width(last, 9)));
  // Cut at a character, not at the last word that fits: the line is nearly full.
  CHECK(set.lines[2].width > 120 - measure().width("mm" + ellipsis, 9));
  // The two lines before are the untouched ones.
  const TextLayout full = measure().set(box_of(plain(words), 120));
  CHECK(text_of(set.lines[0]) == text_of(full.lines[0]));
  CHECK(text_of(set.lines[1]) == text_of(full.lines[1]));
  // Exactly as many lines as the text has: nothing left out, no ellipsis.
  b.max_lines = static_cast<int>(all);
  CHECK_FALSE(measure().set(b).truncated);
  CHECK_FALSE(text_of(measure().set(b).lines.back()).ends_with(ellipsis));
}

TEST_CASE("max_height holds as many whole lines as fit, and no dangling comma before the ellipsis") {
  FigTextBox b = box_of(plain("Goals, measures, owners, dates, budgets, risks and reviews"), 70);
  b.max_height = b.size * b.line_spacing * 2 + 0.5;
  const TextLayout set = measure().set(b);
  REQUIRE(set.lines.size() == 2);
  CHECK(set.truncated);
  const std::string last = text_of(set.lines[1]);
  CHECK(last.ends_with(ellipsis));
  CHECK_FALSE(last.ends_with("," + ellipsis));
  CHECK_FALSE(last.ends_with(" " + ellipsis));
  // Not even the ellipsis fits a box this narrow: nothing is drawn rather than an overflow.
  const TextLayout tiny = measure().wrap(plain("Anything"), 2, 9, FontStyle::regular, 1);
  for (const TextLine& line : tiny.lines) CHECK(line.width <= 2);
}

TEST_CASE("alignment across the width and within max_height") {
  FigTextBox b = box_of(plain(words), 150);
  const TextLayout left = measure().set(b);
  b.align = Align::center;
  const TextLayout centre = measure().set(b);
  b.align = Align::right;
  const TextLayout right = measure().set(b);
  for (std::size_t i = 0; i < left.lines.size(); ++i) {
    CHECK(left.lines[i].spans.front().x == doctest::Approx(0));
    CHECK(centre.lines[i].spans.front().x == doctest::Approx((150 - left.lines[i].width) / 2));
    CHECK(right.lines[i].spans.front().x + right.lines[i].width == doctest::Approx(150));
  }
  // Justified: every line but the last ends at the right edge; the last stays as aligned.
  b.align = Align::left;
  b.justify = true;
  const TextLayout just = measure().set(b);
  REQUIRE(just.lines.size() == left.lines.size());
  for (std::size_t i = 0; i + 1 < just.lines.size(); ++i) {
    const TextSpan& end = just.lines[i].spans.back();
    CHECK(end.x + end.width == doctest::Approx(150));
    CHECK(text_of(just.lines[i]) == text_of(left.lines[i]));
  }
  CHECK(just.lines.back().spans.back().x + just.lines.back().spans.back().width ==
        doctest::Approx(left.lines.back().width));
  // Vertically: the lines sit at the top, in the middle or at the bottom of max_height.
  b.justify = false;
  b.max_height = 200;
  b.valign = VAlign::middle;
  const TextLayout middle = measure().set(b);
  CHECK(middle.lines.front().top == doctest::Approx((200 - middle.height) / 2));
  b.valign = VAlign::bottom;
  const TextLayout bottom = measure().set(b);
  CHECK(bottom.lines.back().top + bottom.line_height == doctest::Approx(200));
}

TEST_CASE("links and references keep their targets — styles and colours come from the runs") {
  RichText text;
  text.push_back(Run{"Read "});
  Run link{"the service charter"};
  link.link = "https://example.com/charter";
  text.push_back(link);
  text.push_back(Run{" and "});
  Run ref;
  ref.ref = "g-1";
  text.push_back(ref);
  Run strong{" now", true};
  text.push_back(strong);
  const TextLayout set = measure().set(box_of(text, 400));
  REQUIRE(set.lines.size() == 1);
  const auto& spans = set.lines[0].spans;
  REQUIRE(spans.size() == 5);
  CHECK(spans[1].text == "the service charter");
  CHECK(spans[1].link == "https://example.com/charter");
  CHECK(spans[1].color == link_blue);
  // A reference shows its target's title, without a page number, and names its target.
  CHECK(spans[3].text == "Fewer repeat calls");
  CHECK(spans[3].ref == "g-1");
  CHECK(spans[3].color == link_blue);
  CHECK(spans[4].style == FontStyle::bold);
  CHECK(spans[0].link.empty());
  CHECK(spans[2].x == doctest::Approx(spans[1].x + spans[1].width));
  // A link broken over two lines keeps its target on both.
  const TextLayout narrow = measure().set(box_of(text, 70));
  int linked = 0;
  for (const TextLine& line : narrow.lines)
    for (const TextSpan& s : line.spans)
      if (s.link == "https://example.com/charter") ++linked;
  CHECK(linked >= 2);
}

TEST_CASE("a word longer than the box is hyphenated as in paragraphs") {
  FigTextBox b = box_of(plain("Incomprehensibilities"), 40);
  const TextLayout set = measure().set(b);
  REQUIRE(set.lines.size() >= 2);
  StyledRun run;
  run.text = "Incomprehensibilities";
  run.size = 9;
  const auto paragraph =
      break_lines({run}, 40, test::default_fonts(), Hyphenator::for_language("en", "US").get());
  REQUIRE(paragraph.size() == set.lines.size());
  for (std::size_t i = 0; i < paragraph.size(); ++i) {
    CHECK(text_of(set.lines[i]) == paragraph[i].fragments.front().text);
    CHECK(set.lines[i].width <= 40 + 1e-6);
  }
  CHECK(text_of(set.lines[0]).ends_with("-"));
}

TEST_CASE("nothing to set: no text, or sizes that are not usable") {
  CHECK(measure().set(box_of({}, 100)).lines.empty());
  FigTextBox b = box_of(plain("Words"), 0);
  CHECK(measure().set(b).lines.empty());
  b.width = 100;
  b.size = NAN;
  CHECK(measure().set(b).lines.empty());
  b.size = 9;
  b.max_height = 1;  // less than a line
  const TextLayout none = measure().set(b);
  CHECK(none.lines.empty());
  CHECK(none.truncated);
}
