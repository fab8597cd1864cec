// planforge::Locale: words and numbers. Every number goes through ICU's NumberFormatter
// with the same three rules on top (docs/localisation.md): grouping from four integer
// digits in every language, a real minus sign, and no "−0".
#include <planforge/format.hpp>

#include "i18n/icu_text.hpp"
#include "i18n/locale_data.hpp"

#include <unicode/dcfmtsym.h>
#include <unicode/listformatter.h>
#include <unicode/numberformatter.h>

#include <cmath>

PLANFORGE_BEGIN_NAMESPACE

namespace {

namespace num = icu::number;
using detail::check_icu;
using detail::to_unicode;
using detail::to_utf8;

const std::string minus_sign = "\u2212";

// The formatter every number starts from: this language, grouped from 1,000 up even where
// the language's own minimum is 10,000 (Spanish, Polish), so a column never mixes "1000"
// and "12 000".
num::LocalizedNumberFormatter base(const detail::LocaleData& d) {
  return num::NumberFormatter::withLocale(d.icu).grouping(UNUM_GROUPING_ON_ALIGNED);
}

// ICU's ASCII hyphen-minus becomes U+2212; languages whose own sign is already U+2212
// (Swedish, Norwegian, Finnish) keep theirs.
std::string finish(const icu::UnicodeString& formatted) {
  std::string out = to_utf8(formatted);
  for (std::size_t i = 0; i < out.size(); ++i)
    if (out[i] == '-') {
      out.replace(i, 1, minus_sign);
      i += minus_sign.size() - 1;
    }
  return out;
}

std::string run(const num::LocalizedNumberFormatter& f, double value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString s = f.formatDouble(value, status).toString(status);
  check_icu(status, "formatting a number");
  return finish(s);
}

// What a number is formatted as: the first part of its FormatCache::NumberKey (the
// durations of locale_dates.cpp use keys from 100 up).
enum class Kind { fixed, automatic, percent, money_cents, money_whole };

// A value that rounds to zero at `decimals` is shown as zero, never "−0".
double unsigned_zero(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  return std::abs(std::round(value * scale)) == 0 ? 0.0 : value;
}

int clamp_decimals(int decimals) { return decimals < 0 ? 0 : decimals > 15 ? 15 : decimals; }

// Amount and currency must never part at a line end: every space becomes a no-break space.
std::string no_break(std::string s) {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == ' ') s.replace(i, 1, "\u00A0");
  return s;
}

bool has_cents(double amount) { return std::abs(amount * 100 - std::round(amount) * 100) >= 0.5; }

num::LocalizedNumberFormatter money_formatter(const detail::LocaleData& d, std::string_view currency,
                                              bool cents) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::CurrencyUnit unit(to_unicode(currency).getTerminatedBuffer(), status);
  check_icu(status, "reading a currency code");
  const auto f = base(d).unit(unit);
  if (cents) return f.precision(num::Precision::currency(UCURR_USAGE_STANDARD));
  return f.precision(num::Precision::integer());
}

// The formatter of `kind` with `decimals` (and `currency`), built once per Locale.
std::shared_ptr<const num::LocalizedNumberFormatter> formatter(const detail::LocaleData& d, Kind kind,
                                                               int decimals, std::string_view currency = {}) {
  return d.formats.number(
      {static_cast<int>(kind), decimals, std::string(currency)}, [&]() -> num::LocalizedNumberFormatter {
        switch (kind) {
          case Kind::fixed: return base(d).precision(num::Precision::fixedFraction(decimals));
          case Kind::automatic: return base(d).precision(num::Precision::maxFraction(decimals));
          case Kind::percent:
            return base(d).unit(icu::NoUnit::percent()).precision(num::Precision::fixedFraction(decimals));
          case Kind::money_cents: return money_formatter(d, currency, true);
          case Kind::money_whole: return money_formatter(d, currency, false);
        }
        return base(d);
      });
}

}  // namespace

Locale::Locale() : data_(detail::english_locale_data()) {}

Locale::Locale(std::shared_ptr<const detail::LocaleData> data) : data_(std::move(data)) {}

const std::string& Locale::tag() const { return data_->tag.tag; }

std::string Locale::language() const { return data_->tag.language; }

std::string Locale::text(std::string_view key, const MessageArgs& args) const {
  return data_->core->format(key, args);
}

std::string Locale::format_message(std::string_view pattern, const MessageArgs& args) const {
  return data_->core->format_pattern(pattern, args);
}

std::string Locale::number(double value, int decimals) const {
  if (!std::isfinite(value)) return value != value ? "\u2013" : value > 0 ? "\u221E" : minus_sign + "\u221E";
  decimals = clamp_decimals(decimals);
  return run(*formatter(*data_, Kind::fixed, decimals), unsigned_zero(value, decimals));
}

std::string Locale::number_auto(double value, int max_decimals) const {
  if (!std::isfinite(value)) return number(value);
  max_decimals = clamp_decimals(max_decimals);
  return run(*formatter(*data_, Kind::automatic, max_decimals), unsigned_zero(value, max_decimals));
}

std::string Locale::percent(double percent, int decimals) const {
  if (!std::isfinite(percent)) return number(percent);
  decimals = clamp_decimals(decimals);
  return no_break(run(*formatter(*data_, Kind::percent, decimals), unsigned_zero(percent, decimals)));
}

std::string Locale::money(double amount, std::string_view currency) const {
  if (!std::isfinite(amount)) return number(amount);
  const bool cents = has_cents(amount);
  return no_break(run(*formatter(*data_, cents ? Kind::money_cents : Kind::money_whole, 0, currency),
                      unsigned_zero(amount, cents ? 2 : 0)));
}

std::vector<std::string> Locale::money_column(const std::vector<double>& amounts,
                                              std::string_view currency) const {
  bool any_cents = false;
  for (double a : amounts) any_cents = any_cents || (std::isfinite(a) && has_cents(a));
  std::vector<std::string> out;
  out.reserve(amounts.size());
  if (!any_cents) {
    for (double a : amounts) out.push_back(money(a, currency));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::DecimalFormatSymbols symbols(data_->icu, status);
  check_icu(status, "reading number symbols");
  const std::string separator =
      to_utf8(symbols.getSymbol(icu::DecimalFormatSymbols::kMonetarySeparatorSymbol));
  const auto cents = formatter(*data_, Kind::money_cents, 0, currency);
  for (double a : amounts) {
    if (!std::isfinite(a)) {
      out.push_back(number(a));
      continue;
    }
    std::string s = no_break(run(*cents, unsigned_zero(a, 2)));
    if (!has_cents(a)) {
      // "49.00" -> "49.–": the zeros after the last decimal separator give way to a dash.
      const std::size_t at = s.rfind(separator);
      if (at != std::string::npos) {
        std::size_t end = at + separator.size();
        while (end < s.size() && s[end] == '0') ++end;
        if (end > at + separator.size())
          s.replace(at + separator.size(), end - at - separator.size(), "\u2013");
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::string Locale::list(const std::vector<std::string>& items) const {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::ListFormatter> f(
      icu::ListFormatter::createInstance(data_->icu, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, status));
  check_icu(status, "creating a list format");
  std::vector<icu::UnicodeString> parts;
  for (const auto& item : items) parts.push_back(to_unicode(item));
  icu::UnicodeString out;
  f->format(parts.data(), static_cast<int32_t>(parts.size()), out, status);
  check_icu(status, "formatting a list");
  return to_utf8(out);
}

std::string Locale::upper(std::string_view text) const {
  icu::UnicodeString s = to_unicode(text);
  s.toUpper(data_->icu);
  return to_utf8(s);
}

PLANFORGE_END_NAMESPACE
