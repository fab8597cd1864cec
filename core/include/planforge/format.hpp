#pragma once
/// @file format.hpp  The plan's language: its generated words and its conventions for
/// numbers, percentages, money, dates and durations.
///
/// A Locale is made by the core from the plan's `lang` (BCP 47); a plugin gets it from
/// SectionBuilder::locale(). Everything is formatted with ICU inside the core, so plugins
/// never see ICU and every plugin writes numbers and dates the same way. The rules (which
/// digit count starts grouping, the minus sign, money columns) are in docs/localisation.md.

#include <planforge/date.hpp>
#include <planforge/export.hpp>
#include <planforge/message.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

// Core-private state behind a Locale (ICU objects, catalogues); plugins never see its layout.
namespace planforge::detail {
struct LocaleData;
}  // namespace planforge::detail

PLANFORGE_BEGIN_NAMESPACE

/// How much of a date or name is spelled out.
enum class TextLength {
  long_form,  ///< "15 November 2026", "November", "4th quarter"
  medium,     ///< "15 Nov 2026", "Nov", "Q4" (tables, axes)
  short_form  ///< "11/15/2026"-style numeric dates; one-letter month names
};

/// The units a duration can be counted in.
enum class DurationUnit { hour, day, week, month, quarter, year };

/// The plan's language and everything that follows from it. Cheap to copy (the state is
/// shared and immutable); every member is safe to call from any thread.
class PLANFORGE_API Locale {
 public:
  /// English ("en"), with the core's built-in catalogue: what a plan without `lang` gets.
  Locale();
  explicit Locale(std::shared_ptr<const detail::LocaleData> data);

  /// The plan's tag as written, canonicalised ("nb-NO", "de", "en-GB").
  const std::string& tag() const;
  /// The language subtag alone ("nb").
  std::string language() const;

  /// One of the core's shared words (core catalogue, after the plan's own `<vocabulary>`),
  /// e.g. text("chart.milestone"). An unknown key comes back as the key itself.
  std::string text(std::string_view key, const MessageArgs& args = {}) const;
  /// Formats an ICU MessageFormat `pattern` in this language (for a plugin's own patterns).
  std::string format_message(std::string_view pattern, const MessageArgs& args = {}) const;

  // -- numbers ------------------------------------------------------------------------------
  /// `value` with exactly `decimals` digits after the decimal separator, grouped from 1,000
  /// (four integer digits) up with the language's separator, a real minus sign (U+2212) and
  /// never "−0".
  std::string number(double value, int decimals = 0) const;
  /// `value` with as few decimals as show it exactly, at most `max_decimals` ("2.5", "3").
  std::string number_auto(double value, int max_decimals = 2) const;
  /// A percentage given in percent ("85" → "85 %" in German, "85%" in English).
  std::string percent(double percent, int decimals = 0) const;
  /// An amount of money in an ISO 4217 currency ("EUR"): the language's symbol and
  /// placement, joined to the amount by a no-break space where the language puts a space.
  /// Cents are shown when the amount has them.
  std::string money(double amount, std::string_view currency) const;
  /// A column of amounts in one currency, formatted alike: when any amount has cents, the
  /// whole ones show a dash in place of ".00" ("€49.–", "49,– €"), so the column reads
  /// consistently without zeros that say nothing.
  std::vector<std::string> money_column(const std::vector<double>& amounts, std::string_view currency) const;

  // -- dates and durations ------------------------------------------------------------------
  /// A plan date at its own precision: "15 November 2026" (day), "November 2026" (month),
  /// "Q4 2026" (quarter), "2026" (year), in this language.
  std::string date(const Date& date, TextLength length = TextLength::long_form) const;
  /// A span "January 2027 – December 2029", shortened where the language does so
  /// ("Jan – Mar 2027").
  std::string date_range(const Date& from, const Date& to, TextLength length = TextLength::long_form) const;
  /// "3 months", "1 Monat", "5 kuukautta".
  std::string duration(double amount, DurationUnit unit, TextLength length = TextLength::long_form) const;
  /// The month's name for an axis or table (1–12), standing alone: "November", "Nov", "N".
  std::string month_name(unsigned month, TextLength length = TextLength::medium) const;
  /// The quarter's name (1–4): "4th quarter", "Q4", "4"; "T4" in French, "IV kw." in Polish.
  std::string quarter_name(unsigned quarter, TextLength length = TextLength::medium) const;

  // -- text ---------------------------------------------------------------------------------
  /// "A, B and C" in this language.
  std::string list(const std::vector<std::string>& items) const;
  /// Upper case by this language's rules (German ß → SS), for labels set in capitals.
  std::string upper(std::string_view text) const;

  /// The state behind this Locale (for the core).
  const detail::LocaleData& data() const { return *data_; }

 private:
  std::shared_ptr<const detail::LocaleData> data_;
};

PLANFORGE_END_NAMESPACE
