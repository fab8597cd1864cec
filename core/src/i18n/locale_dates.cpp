// planforge::Locale: dates at the precision a plan writes them, ranges, durations and the
// month and quarter names of chart axes, all from ICU's CLDR data for the language.
#include <planforge/format.hpp>

#include "i18n/icu_text.hpp"
#include "i18n/locale_data.hpp"

#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/dtitvfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>

#include <cmath>

PLANFORGE_BEGIN_NAMESPACE

namespace {

using detail::check_icu;
using detail::to_unicode;
using detail::to_utf8;

enum class Precision { day, month, quarter, year };

Precision precision_of(const Date& d) {
  if (d.day != 0) return Precision::day;
  if (d.month != 0) return Precision::month;
  if (d.quarter != 0) return Precision::quarter;
  return Precision::year;
}

// CLDR skeletons: ICU turns them into each language's own pattern ("d MMM y", "d. MMM y").
const char16_t* skeleton(Precision p, TextLength length) {
  switch (p) {
    case Precision::day:
      return length == TextLength::long_form ? u"yMMMMd" : length == TextLength::medium ? u"yMMMd" : u"yMd";
    case Precision::month:
      return length == TextLength::long_form ? u"yMMMM" : length == TextLength::medium ? u"yMMM" : u"yMM";
    case Precision::quarter: return length == TextLength::long_form ? u"yQQQQ" : u"yQQQ";
    case Precision::year: break;
  }
  return u"y";
}

// Noon UTC of the date's first day: no time zone can move it to another day.
UDate instant(const Date& d) { return (static_cast<double>(d.days()) * 86400.0 + 43200.0) * 1000.0; }

std::unique_ptr<icu::DateFormat> date_format(const icu::Locale& locale, const char16_t* sk) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::DateFormat> f(icu::DateFormat::createInstanceForSkeleton(sk, locale, status));
  check_icu(status, "creating a date format");
  f->adoptTimeZone(icu::TimeZone::createTimeZone(u"UTC"));
  return f;
}

icu::DateFormatSymbols::DtWidthType width(TextLength length) {
  return length == TextLength::long_form ? icu::DateFormatSymbols::WIDE
         : length == TextLength::medium  ? icu::DateFormatSymbols::ABBREVIATED
                                         : icu::DateFormatSymbols::NARROW;
}

// The stand-alone name number `index` (1-based, up to `last`) from the list `names_of` reads
// out of the language's date symbols; empty when out of range.
template <typename Names>
std::string standalone_name(const icu::Locale& locale, unsigned index, unsigned last, const char* what,
                            Names names_of) {
  if (index < 1 || index > last) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(locale, status);
  check_icu(status, what);
  int32_t count = 0;
  const icu::UnicodeString* names = names_of(symbols, count);
  return index <= static_cast<unsigned>(count) ? to_utf8(names[index - 1]) : std::string();
}

}  // namespace

std::string Locale::date(const Date& d, TextLength length) const {
  icu::UnicodeString out;
  const Precision p = precision_of(d);
  data_->formats.with_date(
      {static_cast<int>(p), static_cast<int>(length)},
      [&] { return date_format(data_->icu, skeleton(p, length)); },
      [&](const icu::DateFormat& f) { f.format(instant(d), out); });
  return to_utf8(out);
}

std::string Locale::date_range(const Date& from, const Date& to, TextLength length) const {
  const Precision p = precision_of(from);
  if (p != precision_of(to)) return date(from, length) + " \u2013 " + date(to, length);
  const auto make = [&] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateIntervalFormat> f(
        icu::DateIntervalFormat::createInstance(skeleton(p, length), data_->icu, status));
    check_icu(status, "creating a date range format");
    f->adoptTimeZone(icu::TimeZone::createTimeZone(u"UTC"));
    return f;
  };
  const icu::DateInterval interval(instant(from), instant(to));
  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  data_->formats.with_date_range({static_cast<int>(p), static_cast<int>(length)}, make,
                                 [&](const icu::DateIntervalFormat& f) {
                                   icu::FieldPosition pos;
                                   f.format(&interval, out, pos, status);
                                 });
  check_icu(status, "formatting a date range");
  return to_utf8(out);
}

std::string Locale::duration(double amount, DurationUnit unit, TextLength length) const {
  // CLDR has no quarter unit: the core catalogue words it.
  if (unit == DurationUnit::quarter) return text("duration.quarters", {{"count", amount}});
  const icu::MeasureUnit units[] = {icu::MeasureUnit::getHour(),  icu::MeasureUnit::getDay(),
                                    icu::MeasureUnit::getWeek(),  icu::MeasureUnit::getMonth(),
                                    icu::MeasureUnit::getMonth(), icu::MeasureUnit::getYear()};
  const UNumberUnitWidth w = length == TextLength::long_form ? UNUM_UNIT_WIDTH_FULL_NAME
                             : length == TextLength::medium  ? UNUM_UNIT_WIDTH_SHORT
                                                             : UNUM_UNIT_WIDTH_NARROW;
  // Keys from 100 up: locale_numbers.cpp's kinds of number are below.
  const auto f = data_->formats.number({100 + static_cast<int>(unit), static_cast<int>(w), ""}, [&] {
    return icu::number::NumberFormatter::withLocale(data_->icu)
        .unit(units[static_cast<int>(unit)])
        .unitWidth(w)
        .precision(icu::number::Precision::maxFraction(1));
  });
  UErrorCode status = U_ZERO_ERROR;
  std::string out = to_utf8(f->formatDouble(amount, status).toString(status));
  check_icu(status, "formatting a duration");
  for (std::size_t i = 0; i < out.size(); ++i)  // "3 months" stays on one line
    if (out[i] == ' ') out.replace(i, 1, "\u00A0");
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i] == '-') out.replace(i, 1, "\u2212");
  return out;
}

std::string Locale::month_name(unsigned month, TextLength length) const {
  return standalone_name(data_->icu, month, 12, "reading month names",
                         [&](const icu::DateFormatSymbols& symbols, int32_t& count) {
                           return symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE, width(length));
                         });
}

std::string Locale::quarter_name(unsigned quarter, TextLength length) const {
  return standalone_name(data_->icu, quarter, 4, "reading quarter names",
                         [&](const icu::DateFormatSymbols& symbols, int32_t& count) {
                           return symbols.getQuarters(count, icu::DateFormatSymbols::STANDALONE,
                                                      width(length));
                         });
}

PLANFORGE_END_NAMESPACE
