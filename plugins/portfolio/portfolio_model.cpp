#include "portfolio_model.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace portfolio {

using planforge::Element;

std::vector<std::string> split_channels(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view part = text.substr(start, comma - start);
    while (!part.empty() && std::isspace(static_cast<unsigned char>(part.front()))) part.remove_prefix(1);
    while (!part.empty() && std::isspace(static_cast<unsigned char>(part.back()))) part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    start = comma + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
std::optional<Duration> Duration::parse(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && ((text[digits] >= '0' && text[digits] <= '9') || text[digits] == '.'))
    ++digits;
  const auto amount = planforge::parse_number(text.substr(0, digits));
  if (!amount || *amount <= 0) return std::nullopt;
  const auto u = planforge::keyword<Unit>(
      text.substr(digits),
      {{"min", Unit::minutes}, {"h", Unit::hours}, {"d", Unit::days}, {"wd", Unit::working_days}});
  if (!u) return std::nullopt;
  return Duration{*amount, *u};
}

namespace {
// A duration in a diagnostic (English, like every message): "1.5 h", "2 working days".
std::string number(double v) { return planforge::Locale().number_auto(v, 2); }
}  // namespace

std::string Duration::display(const planforge::SectionBuilder* out) const {
  const bool one = std::abs(amount - 1) < 1e-9;
  // "0.5h" reads better as "30 min".
  const bool in_minutes = unit == Unit::minutes || (unit == Unit::hours && amount < 1 &&
                                                    std::abs(amount * 60 - std::round(amount * 60)) < 1e-9);
  const double shown = unit == Unit::hours && in_minutes ? amount * 60 : amount;
  if (out) {
    const char* key = in_minutes            ? "duration.minutes"
                      : unit == Unit::hours ? "duration.hours"
                      : unit == Unit::days  ? "duration.days"
                                            : "duration.working-days";
    return out->text(key, {{"count", shown}});
  }
  if (in_minutes) return number(shown) + " min";
  switch (unit) {
    case Unit::hours: return number(amount) + " h";
    case Unit::days: return number(amount) + (one ? " day" : " days");
    case Unit::working_days: return number(amount) + (one ? " working day" : " working days");
    case Unit::minutes: break;
  }
  return number(amount);
}

std::optional<double> Duration::hours() const {
  switch (unit) {
    case Unit::minutes: return amount / 60;
    case Unit::hours: return amount;
    case Unit::days: return amount * 24;
    case Unit::working_days: break;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
Offering read_offering(Element e) {
  Offering o{planforge::PlanItem::of(e)};
  o.channels = split_channels(e.attr_or("channel", ""));
  o.addresses = e.ids("addresses");
  o.segments = e.ids("segments");
  if (auto s = e.attr("sla"))
    if (auto d = Duration::parse(*s)) o.sla["respond"] = *d;
  for (const Element& s : e.children("sla"))
    if (auto d = Duration::parse(s.attr_or("within", ""))) o.sla[s.attr_or("stage", "")] = *d;
  if (auto p = e.attr("price")) {
    o.price_text = *p;
    o.price = e.number("price");
  }
  o.price_per = e.attr_or("price-per", "");
  return o;
}

std::vector<Tier> read_tiers(Element section) {
  std::vector<Tier> tiers;
  for (const planforge::ElementGroup& g : planforge::grouped_children(section, "tier", "offering")) {
    Tier& tier =
        tiers.emplace_back(Tier{g.group, g.group.attr_or("id", ""), g.group.attr_or("name", ""), {}});
    for (const Element& o : g.items) tier.offerings.push_back(read_offering(o));
  }
  return tiers;
}

std::vector<Need> plan_needs(const planforge::PlanView& plan) {
  std::vector<Need> out;
  for (const Element& section : plan.sections("customer-needs"))
    for (const Element& e : section.children("need"))
      out.push_back({planforge::PlanItem::of(e), e.number("importance").value_or(0),
                     e.number("capability").value_or(0)});
  std::stable_sort(out.begin(), out.end(), [](const Need& a, const Need& b) {
    if (a.gap() != b.gap()) return a.gap() > b.gap();
    return a.importance > b.importance;
  });
  return out;
}

std::vector<Element> plan_offerings(const planforge::PlanView& plan) {
  std::vector<Element> out;
  for (const Element& section : plan.sections("portfolio"))
    for (const Element& child : section.children()) {
      if (child.name() == "offering") out.push_back(child);
      if (child.name() == "tier")
        for (const Element& o : child.children("offering")) out.push_back(o);
    }
  return out;
}

}  // namespace portfolio
