#include "chart_test_support.hpp"
#include "../i18n/locale_fixture.hpp"

#include "charts/text_fit.hpp"
#include "text/hyphenator.hpp"
#include "charts/ticks.hpp"
#include "charts/time_axis.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace planforge;
using namespace planforge::detail::charts;

TEST_CASE("wrap keeps to the width and the line limit, ending in an ellipsis") {
  chart_test::TestBuilder b;
  std::string text = "Identification of customer needs and requirements for world class service";
  auto lines = wrap(b.measure(), text, 120, 8);
  CHECK(lines.size() >= 3);
  for (const auto& l : lines) CHECK(b.text_width(l, 8, FontStyle::regular) <= 120);
  auto two = wrap(b.measure(), text, 120, 8, FontStyle::regular, 2);
  REQUIRE(two.size() == 2);
  CHECK(two[1].size() > 3);
  CHECK(two[1].substr(two[1].size() - 3) == "\xE2\x80\xA6");
  CHECK(b.text_width(two[1], 8, FontStyle::regular) <= 120);
  // A word wider than the line is broken, not left to overflow, with a hyphen.
  auto broken = wrap(b.measure(), "Supercalifragilisticexpialidocious", 40, 8);
  CHECK(broken.size() >= 2);
  for (const auto& l : broken) CHECK(b.text_width(l, 8, FontStyle::regular) <= 40);
  CHECK(broken[0].ends_with("-"));
}

namespace {

// A chart builder whose plan is in `tag`.
class LanguageBuilder : public chart_test::TestBuilder {
 public:
  explicit LanguageBuilder(const std::string& tag) : locale_(i18n_test::locale_for(tag)) {}
  const Locale& locale() const override { return locale_; }

 private:
  Locale locale_;
};

// The word again from its pieces: a line's added hyphen dropped.
std::string joined(const std::vector<std::string>& lines, std::string_view word) {
  std::string out;
  for (const auto& l : lines) out += l;
  std::string plain;
  for (std::size_t i = 0, w = 0; i < out.size(); ++i) {
    if (out[i] == '-' && (w >= word.size() || word[w] != '-')) continue;
    plain += out[i];
    ++w;
  }
  return plain;
}

}  // namespace

// (Danish: its dictionary loads at once; German's takes seconds.)
TEST_CASE("a word wider than a chart label breaks like the text column: at a syllable, with a hyphen") {
  LanguageBuilder da("da");
  const std::string word = "kundetilfredshedsundersøgelse";
  const auto lines = wrap(da.measure(), word, 45, 8);
  REQUIRE(lines.size() >= 2);
  const auto points = detail::Hyphenator::for_language("da", "")->points(word);
  REQUIRE(!points.empty());
  std::size_t taken = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    INFO(lines[i]);
    REQUIRE(lines[i].ends_with("-"));
    CHECK(da.text_width(lines[i], 8, FontStyle::regular) <= 45);
    taken += lines[i].size() - 1;
    // At a hyphenation point of the Danish dictionary, not wherever the width ran out.
    CHECK(std::find(points.begin(), points.end(), taken) != points.end());
  }
  CHECK(joined(lines, word) == word);
  // A compound with its own hyphen breaks after it, adding none; digits break without one.
  const auto compound = wrap(da.measure(), "slut-til-start-afhængighed", 60, 8);
  REQUIRE(compound.size() >= 2);
  CHECK(compound[0].ends_with("-"));
  CHECK_FALSE(compound[0].ends_with("--"));
  const auto digits = wrap(da.measure(), "1234567890123456789012345", 30, 8);
  REQUIRE(digits.size() >= 2);
  CHECK_FALSE(digits[0].ends_with("-"));
}

TEST_CASE("balanced wrapping evens out the lines") {
  chart_test::TestBuilder b;
  auto plain = wrap(b.measure(), "Quality and KPIs team 7", 94, 8, FontStyle::bold);
  auto even = wrap_balanced(b.measure(), "Quality and KPIs team 7", 94, 8, FontStyle::bold);
  REQUIRE(plain.size() == even.size());
  if (plain.size() == 2) CHECK(even[1].size() > plain[1].size());
}

TEST_CASE("ellipsize respects code points") {
  chart_test::TestBuilder b;
  std::string s = ellipsize(b.measure(), "Kundenzufriedenheit über alles für München", 60, 8);
  CHECK(b.text_width(s, 8, FontStyle::regular) <= 60);
  CHECK(s.substr(s.size() - 3) == "\xE2\x80\xA6");
  CHECK(ellipsize(b.measure(), "short", 100, 8) == "short");
  CHECK(ellipsize(b.measure(), "anything", 1, 8).empty());
}

TEST_CASE("nice axes use steps of 1, 2, 2.5 or 5 and format numbers plainly") {
  ValueAxis a = nice_axis(0, 87, 6);
  CHECK(a.lo == 0);
  CHECK(a.hi == 100);
  CHECK(a.step == 20);
  CHECK(a.ticks.size() == 6);
  ValueAxis c = nice_axis(1, 5, 5, true);
  CHECK(c.step == 1);
  CHECK(c.ticks.front() == 1);
  CHECK(c.ticks.back() == 5);
  CHECK(nice_axis(0, 10, 4).step == 2.5);
  const Locale english;
  CHECK(format_number(12345.6, 1, english) == "12,345.6");
  CHECK(format_number(-0.01, 1, english) == "0.0");
  CHECK(format_number(-3, 0, english) == "\u22123");
  CHECK(format_number(2.5, 1, english) == "2.5");
}

TEST_CASE("calendar: reduced dates span their whole period") {
  DaySpan m = span_of(Date{2028, 0, 2, 0});
  CHECK(civil_from_days(m.first).day == 1);
  CHECK(civil_from_days(m.last).day == 29);  // leap year
  DaySpan q = span_of(Date{2027, 2, 0, 0});
  CHECK(civil_from_days(q.first).month == 4);
  CHECK(civil_from_days(q.last).month == 6);
  CHECK(civil_from_days(q.last).day == 30);
  DaySpan y = span_of(Date{2027, 0, 0, 0});
  CHECK(y.last - y.first == 364);
  CHECK(days_from_civil(1970, 1, 1) == 0);
}
