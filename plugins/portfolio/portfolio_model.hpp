#pragma once
// The offerings of a portfolio section as plain values: service levels, prices in the
// plan's currency, channels; and the customer needs they are matched against.

#include <planforge/model.hpp>
#include <planforge/plugin.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portfolio {

/// A gap of this size or more (importance − capability) makes a need a weak point; the
/// customer-needs plugin uses the same threshold.
constexpr double weak_point_gap = 2.0;

/// A service-level duration as written: `4h`, `2d`, `5wd` (working days), `30min`.
struct Duration {
  double amount = 0;
  enum class Unit { minutes, hours, days, working_days } unit = Unit::hours;

  /// Parses "<number><unit>"; std::nullopt for anything else (including zero or less).
  static std::optional<Duration> parse(std::string_view text);
  /// For readers: "30 min", "4 h", "1 day", "2 days", "5 working days"; in the plan's
  /// language from the plugin's catalogue when given the section's builder (the document),
  /// else in English (diagnostics).
  std::string display(const planforge::SectionBuilder* out = nullptr) const;
  /// Hours, for ordering stages; std::nullopt for working days, whose length in hours
  /// depends on the business calendar.
  std::optional<double> hours() const;
};

/// The stages of a staged service level, in the order a ticket goes through them.
inline constexpr const char* stages[] = {"acknowledge", "respond", "resolve"};

struct Offering : planforge::PlanItem {
  std::vector<std::string> channels, addresses, segments;
  std::map<std::string, Duration> sla;  ///< stage → duration; `sla=` is the respond stage
  std::optional<double> price;          ///< when `price` is a plain decimal
  std::string price_text;               ///< `price` as written, shown as is when not a number
  std::string price_per;
};

/// A tier of offerings, or (with an empty id) a run of offerings standing alone.
struct Tier {
  planforge::Element element;
  std::string id, name;
  std::vector<Offering> offerings;
};

std::vector<Tier> read_tiers(planforge::Element section);
Offering read_offering(planforge::Element offering);

/// A need of a customer-needs section, as far as the portfolio cares.
struct Need : planforge::PlanItem {
  double importance = 0, capability = 0;
  double gap() const { return importance - capability; }
  bool weak() const { return gap() >= weak_point_gap - 1e-9; }
};

/// Every need of the plan, ranked: largest gap first, ties by importance, then as written.
std::vector<Need> plan_needs(const planforge::PlanView& plan);
/// Every offering of every portfolio section of the plan, in document order.
std::vector<planforge::Element> plan_offerings(const planforge::PlanView& plan);

/// "phone, e-mail ,portal" → {"phone", "e-mail", "portal"} (empty entries dropped).
std::vector<std::string> split_channels(std::string_view text);

}  // namespace portfolio
