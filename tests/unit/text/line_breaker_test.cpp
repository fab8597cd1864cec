#include "test_fonts.hpp"
#include "text/line_breaker.hpp"
#include "text/utf8.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;

namespace {

std::vector<StyledRun> plain(const std::string& text, double size = 10) {
  StyledRun run;
  run.text = text;
  run.size = size;
  return {run};
}

std::string line_text(const Line& line) {
  std::string out;
  for (const auto& f : line.fragments) out += f.text;
  return out;
}

const std::string lorem =
    "Customer service planning starts from where the organisation wants to be, what it can "
    "do today, the rules it must follow and the patterns in its environment.";

}  // namespace

TEST_CASE("every line fits the width and the words come back in order") {
  const auto& fonts = test::default_fonts();
  for (double width : {80.0, 120.0, 200.0, 333.0}) {
    const auto lines = break_lines(plain(lorem), width, fonts);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (const auto& line : lines) {
      CHECK(line.width <= width + 1e-9);
      CHECK(line.width == doctest::Approx(fonts.text_width(line_text(line), 10, FontStyle::regular)));
      const std::string t = line_text(line);
      CHECK(t.front() != ' ');
      CHECK(t.back() != ' ');  // trailing spaces are dropped
      joined += (joined.empty() ? "" : " ") + t;
    }
    CHECK(joined == lorem);
  }
}

TEST_CASE("a line is as full as it can be: the next word would not have fitted") {
  const auto& fonts = test::default_fonts();
  const auto lines = break_lines(plain(lorem), 150, fonts);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string next = line_text(lines[i + 1]);
    const std::string first_word = next.substr(0, next.find(' '));
    const double with_next = fonts.text_width(line_text(lines[i]) + " " + first_word, 10, FontStyle::regular);
    CHECK(with_next > 150);
  }
}

TEST_CASE("a word longer than the line without a dictionary breaks between letters with a hyphen") {
  const auto& fonts = test::default_fonts();
  const std::string word = "Überdurchschnittlichkeitsansprüche€€€";
  const auto lines = break_lines(plain(word), 40, fonts);
  REQUIRE(lines.size() > 2);
  std::string joined;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string text = line_text(lines[i]);
    CHECK(lines[i].width <= 40);
    CHECK(is_valid_utf8(text));  // never split inside a UTF-8 sequence
    // Every line that ends between two letters shows a hyphen: never "Mont/hs".
    if (i + 1 < lines.size() && text.back() != '\xAC') {
      CHECK_MESSAGE(text.back() == '-', text);
      text.pop_back();
    }
    joined += text;
  }
  CHECK(joined == word);
}

TEST_CASE("a code point wider than the line still gets a line, not a loop") {
  const auto lines = break_lines(plain("WW"), 2, test::default_fonts());
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines[0]) == "W");
}

TEST_CASE("newlines force breaks and are not shown") {
  const auto lines = break_lines(plain("one\ntwo\r\nthree\n\nfour"), 500, test::default_fonts());
  REQUIRE(lines.size() == 5);
  CHECK(line_text(lines[0]) == "one");
  CHECK(lines[0].hard_break);
  CHECK(line_text(lines[1]) == "two");
  CHECK(line_text(lines[2]) == "three");
  CHECK(line_text(lines[3]).empty());
  CHECK(line_text(lines[4]) == "four");
  CHECK_FALSE(lines[4].hard_break);
}

TEST_CASE("a non-breaking space holds its words together") {
  const auto& fonts = test::default_fonts();
  const std::string text = "Renewal rate 71\xC2\xA0% today";
  const double upto_pct = fonts.text_width("Renewal rate 71\xC2\xA0%", 10, FontStyle::regular);
  // Room for everything up to "71" but not the "%": a normal space would break before "%".
  const double width = upto_pct - 2;
  const auto lines = break_lines(plain(text), width, fonts);
  REQUIRE(lines.size() >= 2);
  CHECK(line_text(lines[0]) == "Renewal rate");
  CHECK(line_text(lines[1]).rfind("71\xC2\xA0%", 0) == 0);
}

TEST_CASE("fragments keep each run's style, colour, link and target, with offsets") {
  const auto& fonts = test::default_fonts();
  StyledRun a{"Read the ", FontStyle::regular, 10, Color{1, 2, 3}, "", ""};
  StyledRun b{"service charter", FontStyle::bold, 10, Color{4, 5, 6}, "https://example.com/c", ""};
  StyledRun c{" and ", FontStyle::regular, 10, Color{1, 2, 3}, "", ""};
  StyledRun d{"the KPIs", FontStyle::italic, 10, Color{7, 8, 9}, "", "kpis"};
  const auto lines = break_lines({a, b, c, d}, 1000, fonts);
  REQUIRE(lines.size() == 1);
  const auto& f = lines[0].fragments;
  REQUIRE(f.size() == 4);
  CHECK(f[1].text == "service charter");
  CHECK(f[1].style == FontStyle::bold);
  CHECK(f[1].link == "https://example.com/c");
  CHECK(f[1].color == Color{4, 5, 6});
  CHECK(f[3].target == "kpis");
  CHECK(f[3].style == FontStyle::italic);
  CHECK(f[1].x == doctest::Approx(fonts.text_width("Read the ", 10, FontStyle::regular)));
  CHECK(f[3].x == doctest::Approx(f[2].x + f[2].width));
  CHECK(lines[0].width == doctest::Approx(f[3].x + f[3].width));
}

TEST_CASE("a run boundary inside a word is not a break opportunity") {
  const auto& fonts = test::default_fonts();
  StyledRun a{"Over", FontStyle::bold, 10, {}, "", ""};
  StyledRun b{"sight matters", FontStyle::regular, 10, {}, "", ""};
  const double word =
      fonts.text_width("Over", 10, FontStyle::bold) + fonts.text_width("sight", 10, FontStyle::regular);
  const auto lines = break_lines({a, b}, word + 5, fonts);
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines[0]) == "Oversight");
}

TEST_CASE("empty text gives no lines — malformed bytes become U+FFFD") {
  const auto& fonts = test::default_fonts();
  CHECK(break_lines(plain(""), 100, fonts).empty());
  const auto lines = break_lines(plain("ab\xFF"
                                       "cd"),
                                 100, fonts);
  REQUIRE(lines.size() == 1);
  CHECK(line_text(lines[0]) ==
        "ab\xEF\xBF\xBD"
        "cd");
}

TEST_CASE("extent: the longest unbreakable piece and the longest hard line") {
  const auto& fonts = test::default_fonts();
  const auto extent = measure_extent(plain("a customer-satisfaction survey\nshort"), fonts);
  // UAX #14 allows a break after the hyphen.
  CHECK(extent.min_width == doctest::Approx(fonts.text_width("satisfaction", 10, FontStyle::regular)));
  CHECK(extent.max_width ==
        doctest::Approx(fonts.text_width("a customer-satisfaction survey", 10, FontStyle::regular)));
  const auto nbsp = measure_extent(plain("12\xC2\xA0h x"), fonts);
  CHECK(nbsp.min_width == doctest::Approx(fonts.text_width("12\xC2\xA0h", 10, FontStyle::regular)));
}
