// A Locale keeps the ICU formatters it builds (i18n/format_cache.hpp): what it formats must
// not depend on what it formatted before, on how many kinds it has seen, or on the thread.
#include "i18n/format_cache.hpp"
#include "locale_fixture.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <thread>
#include <vector>

using i18n_test::locale_for;
using planforge::Date;
using planforge::TextLength;

TEST_CASE("a Locale's kept formatters give what fresh ones give, in any order") {
  const Date month{2026, 0, 3, 0}, day{2026, 0, 3, 15}, later{2026, 0, 5, 0};
  // Every answer of a Locale that has formatted all the others before, against the same
  // question put to a new Locale (a fresh formatter).
  const std::vector<std::function<std::string(const planforge::Locale&)>> questions = {
      [](const auto& l) { return l.number(1234.5, 1); },
      [](const auto& l) { return l.number(1234.5, 0); },  // same kind, other decimals
      [](const auto& l) { return l.number_auto(2.5); },
      [](const auto& l) { return l.percent(85); },
      [](const auto& l) { return l.money(12.5, "EUR"); },
      [](const auto& l) { return l.money(12, "EUR"); },
      [](const auto& l) { return l.money(12, "USD"); },
      [&](const auto& l) { return l.date(month); },
      [&](const auto& l) { return l.date(day, TextLength::medium); },
      [&](const auto& l) { return l.date_range(month, later, TextLength::medium); },
      [](const auto& l) { return l.duration(3, planforge::DurationUnit::month); },
  };
  for (const char* tag : {"de", "fr", "en-GB"}) {
    const auto used = locale_for(tag);
    for (int round = 0; round < 2; ++round)
      for (const auto& ask : questions) CHECK(ask(used) == ask(locale_for(tag)));
  }
  CHECK(locale_for("de").number(1234.5, 1) == "1.234,5");
  CHECK(locale_for("en").number(1234.5, 1) == "1,234.5");
}

TEST_CASE("past its bound the cache still formats right, building formatters it does not keep") {
  const auto en = locale_for("en");
  // 26 × 26 three-letter codes: more kinds than the cache keeps (ICU accepts any
  // well-formed code).
  std::vector<std::string> codes;
  for (char a = 'A'; a <= 'Z'; ++a)
    for (char b = 'A'; b <= 'Z'; ++b) codes.push_back(std::string{'X', a, b});
  REQUIRE(codes.size() > planforge::detail::FormatCache::capacity);
  // Another Locale takes them in the opposite order: a code kept by one is past the other's
  // bound, built for the call.
  const auto other = locale_for("en");
  std::vector<std::string> backwards;
  for (auto it = codes.rbegin(); it != codes.rend(); ++it) backwards.push_back(other.money(5.25, *it));
  std::size_t differ = 0;
  for (std::size_t i = 0; i < codes.size(); ++i)
    differ += en.money(5.25, codes[i]) != backwards[codes.size() - 1 - i];
  CHECK(differ == 0);
  CHECK(en.money(5, "USD") == "$5");
  CHECK(en.number(7, 3) == "7.000");
}

TEST_CASE("one Locale formats from several threads at once") {
  const auto fr = locale_for("fr");
  const std::string number = fr.number(1234.5, 1),
                    date = fr.date(Date{2026, 0, 11, 15}, TextLength::long_form);
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        if (fr.number(1234.5, 1) != number) ++wrong[t];
        if (fr.date(Date{2026, 0, 11, 15}, TextLength::long_form) != date) ++wrong[t];
        fr.percent(i, i % 3);
      }
    });
  for (auto& thread : threads) thread.join();
  for (int w : wrong) CHECK(w == 0);
}
