// Numbers, percentages, money, dates, durations and axis names per language: the
// conventions of docs/localisation.md, as ICU's CLDR data gives them.
#include "locale_fixture.hpp"

#include <doctest/doctest.h>

using i18n_test::locale_for;
using planforge::Date;
using planforge::DurationUnit;
using planforge::TextLength;

namespace {
const std::string nbsp = "\u00A0", nnbsp = "\u202F", minus = "\u2212";
}

TEST_CASE("numbers: decimal comma, grouping from four digits, a real minus, never -0") {
  CHECK(locale_for("en").number(-1234567.891, 2) == minus + "1,234,567.89");
  CHECK(locale_for("de").number(1234.5, 1) == "1.234,5");
  CHECK(locale_for("fr").number(1234.5, 1) == "1" + nnbsp + "234,5");
  CHECK(locale_for("sv").number(-1234.5, 1) == minus + "1" + nbsp + "234,5");
  CHECK(locale_for("nb").number(1234, 0) == "1" + nbsp + "234");
  CHECK(locale_for("fi").number(1234, 0) == "1" + nbsp + "234");
  // Spanish and Polish would group only from 10 000; planforge groups every column alike.
  CHECK(locale_for("es").number(1234, 0) == "1.234");
  CHECK(locale_for("pl").number(1234, 0) == "1" + nbsp + "234");
  CHECK(locale_for("de-CH").number(1234.5, 1) == "1\u2019234.5");
  CHECK(locale_for("de").number(-0.004, 2) == "0,00");
  CHECK(locale_for("it").number_auto(2.5) == "2,5");
  CHECK(locale_for("it").number_auto(3.0) == "3");
}

TEST_CASE("percentages follow the language's spacing, with a no-break space") {
  CHECK(locale_for("en").percent(85) == "85%");
  CHECK(locale_for("de").percent(85) == "85" + nbsp + "%");
  CHECK(locale_for("fr").percent(85.5, 1) == "85,5" + nbsp + "%");
  CHECK(locale_for("nl").percent(85) == "85%");
  CHECK(locale_for("sv").percent(-3) == minus + "3" + nbsp + "%");
}

TEST_CASE("money: currency placement per language, joined to the amount, cents only when there") {
  CHECK(locale_for("en").money(1250.5, "EUR") == "\u20AC1,250.50");
  CHECK(locale_for("en").money(1250.5, "NOK") == "NOK" + nbsp + "1,250.50");
  CHECK(locale_for("de").money(1250.5, "EUR") == "1.250,50" + nbsp + "\u20AC");
  CHECK(locale_for("nl").money(1250, "EUR") == "\u20AC" + nbsp + "1.250");
  CHECK(locale_for("nb").money(1250.5, "NOK") == "kr" + nbsp + "1" + nbsp + "250,50");
  CHECK(locale_for("fr").money(-49, "EUR") == minus + "49" + nbsp + "\u20AC");
  for (const char* tag : {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "nb", "da", "fi"}) {
    const std::string s = locale_for(tag).money(1250.5, "CHF");
    CHECK_MESSAGE(s.find(' ') == std::string::npos, tag << ": " << s);  // never split at a line end
  }
}

TEST_CASE("a money column: whole amounts show a dash for the cents when another has them") {
  const auto en = locale_for("en").money_column({49, 1250.5, 12000}, "EUR");
  CHECK(en == std::vector<std::string>{"\u20AC49.\u2013", "\u20AC1,250.50", "\u20AC12,000.\u2013"});
  const auto de = locale_for("de").money_column({49, 1250.5}, "EUR");
  CHECK(de == std::vector<std::string>{"49,\u2013" + nbsp + "\u20AC", "1.250,50" + nbsp + "\u20AC"});
  // No cents anywhere: no decimals anywhere.
  CHECK(locale_for("de").money_column({49, 12000}, "EUR") ==
        std::vector<std::string>{"49" + nbsp + "\u20AC", "12.000" + nbsp + "\u20AC"});
}

TEST_CASE("dates at each precision the plan writes") {
  const Date day{2026, 0, 11, 15}, month{2026, 0, 11, 0}, quarter{2026, 4, 0, 0}, year{2026, 0, 0, 0};
  const auto de = locale_for("de"), fr = locale_for("fr"), gb = locale_for("en-GB");
  CHECK(de.date(day) == "15. November 2026");
  CHECK(fr.date(day, TextLength::medium) == "15 nov. 2026");
  CHECK(gb.date(day) == "15 November 2026");
  CHECK(locale_for("en").date(day, TextLength::medium) == "Nov 15, 2026");
  CHECK(locale_for("pl").date(day) == "15 listopada 2026");
  CHECK(locale_for("fi").date(day) == "15. marraskuuta 2026");
  CHECK(de.date(day, TextLength::short_form) == "15.11.2026");
  CHECK(de.date(month) == "November 2026");
  CHECK(locale_for("pl").date(month) == "listopad 2026");  // the nominative stands alone
  CHECK(de.date(quarter, TextLength::medium) == "Q4 2026");
  CHECK(de.date(quarter) == "4. Quartal 2026");
  CHECK(fr.date(quarter, TextLength::medium) == "T4 2026");
  CHECK(de.date(year) == "2026");
  CHECK(de.date_range(Date{2027, 0, 1, 0}, Date{2029, 0, 12, 0}) ==
        "Januar 2027\u2009\u2013\u2009Dezember 2029");
}

TEST_CASE("month and quarter names for chart axes") {
  CHECK(locale_for("de").month_name(3) == "M\u00E4r");
  CHECK(locale_for("de").month_name(3, TextLength::long_form) == "M\u00E4rz");
  CHECK(locale_for("fr").month_name(2) == "f\u00E9vr.");
  CHECK(locale_for("fi").month_name(11, TextLength::long_form) == "marraskuu");
  CHECK(locale_for("en").month_name(11, TextLength::short_form) == "N");
  CHECK(locale_for("en").quarter_name(4) == "Q4");
  CHECK(locale_for("nl").quarter_name(4) == "K4");
  CHECK(locale_for("es").quarter_name(1) == "T1");
  CHECK(locale_for("pl").quarter_name(4) == "IV kw.");
  CHECK(locale_for("en").quarter_name(5).empty());
}

TEST_CASE("durations, lists and capitals") {
  CHECK(locale_for("de").duration(3, DurationUnit::month) == "3" + nbsp + "Monate");
  CHECK(locale_for("de").duration(1, DurationUnit::month) == "1" + nbsp + "Monat");
  CHECK(locale_for("fi").duration(5, DurationUnit::month) == "5" + nbsp + "kuukautta");
  CHECK(locale_for("pl").duration(2, DurationUnit::quarter) == "2 kwarta\u0142y");
  CHECK(locale_for("en").list({"a", "b", "c"}) == "a, b, and c");
  CHECK(locale_for("de").list({"a", "b", "c"}) == "a, b und c");
  CHECK(locale_for("de").upper("Stra\u00DFe") == "STRASSE");
}
