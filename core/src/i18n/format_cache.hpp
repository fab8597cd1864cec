#pragma once
// The ICU formatters a Locale has built, kept for the next number or date of the run.
//
// ICU builds a number formatter from the language's CLDR data (symbols, patterns, plural
// rules) and a date format through a pattern generator: tens of microseconds each, against
// about one for the formatting itself. The KPI and portfolio plugins format thousands of
// numbers and the rollout plugin hundreds of dates, so building one per call was a tenth of
// a large plan's run (docs/benchmark.md, "CPU"). A Locale's formatters depend only on its
// language and on what the call asks (decimals, currency, a date's precision and length),
// so each is built once per Locale and reused.
//
// Bounded: at most `capacity` entries of each kind. The keys are small (a kind, a number of
// decimals, a currency code, a precision and a length), so a plan reaches a few dozen; past
// the bound a formatter is built for the call and not kept (a plan naming hundreds of
// currencies is slower, never bigger). Entries are never evicted, so what a lookup returns
// stays valid as long as the Locale. Thread-safe, like the Locale that holds it.

#include <unicode/datefmt.h>
#include <unicode/dtitvfmt.h>
#include <unicode/numberformatter.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>

namespace planforge::detail {

class FormatCache {
 public:
  // How many formatters of each kind (numbers, dates, date ranges) are kept at most.
  static constexpr std::size_t capacity = 256;

  // What a number formatter is for: a kind the caller names (plain, percent, money…), its
  // digits after the separator, and a currency or unit when it has one.
  using NumberKey = std::tuple<int, int, std::string>;
  using DateKey = std::tuple<int, int>;  // the date's precision, the text length

  FormatCache() = default;
  // A copy starts empty: the formatters are the original's (a LocaleData copied to be
  // changed gets its own).
  FormatCache(const FormatCache&) {}
  FormatCache& operator=(const FormatCache&) { return *this; }

  // The formatter for `key`, made by `make` the first time. ICU's LocalizedNumberFormatter
  // is immutable and safe to use from several threads at once.
  std::shared_ptr<const icu::number::LocalizedNumberFormatter> number(
      const NumberKey& key, const std::function<icu::number::LocalizedNumberFormatter()>& make) const;

  // Calls `use` with the date format for `key` (made by `make` the first time), holding the
  // cache's lock: ICU's date formats are not safe to share between threads.
  void with_date(const DateKey& key, const std::function<std::unique_ptr<icu::DateFormat>()>& make,
                 const std::function<void(const icu::DateFormat&)>& use) const;
  void with_date_range(const DateKey& key,
                       const std::function<std::unique_ptr<icu::DateIntervalFormat>()>& make,
                       const std::function<void(const icu::DateIntervalFormat&)>& use) const;

 private:
  mutable std::mutex mutex_;
  mutable std::map<NumberKey, std::shared_ptr<const icu::number::LocalizedNumberFormatter>> numbers_;
  mutable std::map<DateKey, std::unique_ptr<icu::DateFormat>> dates_;
  mutable std::map<DateKey, std::unique_ptr<icu::DateIntervalFormat>> ranges_;
};

}  // namespace planforge::detail
