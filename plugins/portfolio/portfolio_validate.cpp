#include "portfolio_validate.hpp"

#include "portfolio_codes.hpp"
#include "portfolio_model.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace portfolio {

using planforge::Checker;
using planforge::Element;

namespace {

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

const std::vector<std::string> duration_hints = {
    "write a number and a unit: 30min, 4h, 2d or 5wd (working days)"};

std::optional<Duration> check_duration(Element e, std::string_view attr, Checker& check) {
  const std::string value = e.attr_or(attr, "");
  auto d = Duration::parse(value);
  if (!d)
    check.diagnostics().report(code("portfolio/invalid-duration"), e.attr_location(attr),
                               "<" + std::string(e.name()) + "> " + std::string(attr) + "=" + quoted(value) +
                                   " is not a service-level duration",
                               duration_hints);
  return d;
}

// Service levels: sla= (the respond stage) and <sla stage within> children, one per stage,
// each stage no faster than the one before it.
void check_service_levels(Element offering, Checker& check) {
  const std::string id = offering.attr_or("id", "?");
  std::map<std::string, std::pair<Duration, Element>> staged;
  if (offering.has_attr("sla"))
    if (auto d = check_duration(offering, "sla", check)) staged.emplace("respond", std::pair{*d, offering});
  for (const Element& s : offering.children("sla")) {
    check.attributes(s, {"stage", "within"});
    check.children(s, {}, /*allow_generic=*/false);
    const auto stage =
        s.has_attr("stage") ? check.choice(s, "stage", {"acknowledge", "respond", "resolve"}) : std::nullopt;
    const auto within = s.has_attr("within") ? check_duration(s, "within", check) : std::nullopt;
    if (!stage || !within) continue;
    auto [it, fresh] = staged.emplace(*stage, std::pair{*within, s});
    if (fresh) continue;
    const bool from_attribute = it->second.second == offering;
    check.diagnostics().report(code("portfolio/duplicate-stage"), s.attr_location("stage"),
                               "offering " + quoted(id) + " gives its " + *stage + " time twice",
                               {from_attribute ? "sla=\"…\" on the offering is its respond time; "
                                                 "drop it or this <sla stage=\"respond\">"
                                               : "keep one <sla> per stage"});
    check.diagnostics().note(
        from_attribute ? offering.attr_location("sla") : it->second.second.attr_location("stage"),
        "the first one is here");
  }
  // A resolve time shorter than the response time promises something impossible. Working
  // days compare only with working days: their length in hours is the client's calendar.
  const Duration* previous = nullptr;
  std::string previous_stage;
  for (const char* stage : stages) {
    auto it = staged.find(stage);
    if (it == staged.end()) continue;
    const Duration& d = it->second.first;
    if (previous) {
      const auto a = previous->hours(), b = d.hours();
      const bool both_wd = !a && !b;
      const bool shorter = (a && b && *b < *a) || (both_wd && d.amount < previous->amount);
      if (shorter) {
        Element where = it->second.second;
        check.diagnostics().report(
            code("portfolio/stage-order"),
            where == offering ? offering.attr_location("sla") : where.attr_location("within"),
            "offering " + quoted(id) + " must " + stage + " within " + d.display() +
                ", sooner than it must " + previous_stage + " (" + previous->display() + ")");
      }
    }
    previous = &d;
    previous_stage = stage;
  }
}

// A price is a plain decimal, formatted in the plan's currency, or words shown as written
// ("Included in Premier", "6 % a year"). Digits dressed as money ("$4,174.99") are most
// likely meant as a number, so they get a warning saying how to write one.
void check_price(Element offering, Checker& check) {
  const std::string price = offering.attr_or("price", "");
  if (offering.number("price")) {
    check.number(offering, "price", 0.0);
    return;
  }
  const bool looks_numeric =
      std::any_of(price.begin(), price.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      std::all_of(price.begin(), price.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (c >= '0' && c <= '9') || c == ',' || c == '.' || c == ' ' || c == '$' || c == '-' ||
               u >= 0x80;
      });
  if (looks_numeric)
    check.diagnostics().report(code("portfolio/price-as-written"), offering.attr_location("price"),
                               "price " + quoted(price) + " of offering " +
                                   quoted(offering.attr_or("id", "?")) +
                                   " is shown as written, not formatted as money",
                               {"write a plain decimal such as 4174.99; the currency comes from "
                                "the plan variable 'currency'"});
}

void check_offering(Element offering, Checker& check, bool plan_has_needs) {
  check.attributes(offering, {"id", "name"},
                   {"channel", "sla", "price", "price-per", "addresses", "segments"});
  check.children(offering, {"sla", "b", "i", "link", "ref"}, /*allow_generic=*/false);
  const std::string id = offering.attr_or("id", "?");
  if (offering.has_attr("channel")) {
    const std::string channel = offering.attr_or("channel", "");
    const auto commas = static_cast<std::size_t>(std::count(channel.begin(), channel.end(), ','));
    if (split_channels(channel).size() != commas + 1)
      check.diagnostics().report(code("portfolio/empty-channel"), offering.attr_location("channel"),
                                 "offering " + quoted(id) + " has an empty channel name",
                                 {"separate channels with single commas: \"phone, e-mail\""});
  }
  if (offering.has_attr("price")) check_price(offering, check);
  if (offering.has_attr("price-per") && !offering.has_attr("price"))
    check.diagnostics().report(code("portfolio/price-per-without-price"), offering.attr_location("price-per"),
                               "offering " + quoted(id) + " has price-per but no price");
  if (offering.has_attr("segments")) check.references(offering, "segments", {"segment"});
  if (offering.has_attr("addresses")) {
    // references() also warns about an id listed twice.
    check.references(offering, "addresses", {"need"});
  } else if (plan_has_needs) {
    // Pollock: the portfolio is "matched against the specific needs" of the customers.
    check.diagnostics().report(code("portfolio/addresses-nothing"), offering.location(),
                               "offering " + quoted(id) + " addresses no customer need",
                               {"list the needs it serves: addresses=\"need-id …\""});
  }
  check_service_levels(offering, check);
}

// The plan variable `currency` sets how prices read; it must be an ISO 4217 code.
void check_currency(Element section, Checker& check) {
  const auto currency = check.plan().var("currency");
  if (!currency) return;
  const bool ok = currency->size() == 3 && std::all_of(currency->begin(), currency->end(),
                                                       [](char c) { return c >= 'A' && c <= 'Z'; });
  if (ok) return;
  // Point at the <var> itself when it can be found, else at the section.
  Element plan = section;
  while (plan && plan.name() != "plan") plan = plan.parent();
  planforge::Location where = section.location();
  for (const Element& v : plan.child("vars").children("var"))
    if (v.attr_or("name", "") == "currency") where = v.location();
  check.diagnostics().report(code("portfolio/invalid-currency"), where,
                             "currency " + quoted(*currency) + " is not an ISO 4217 code",
                             {"use a three-letter code such as USD, EUR, GBP or CHF"});
}

}  // namespace

void validate_section(Element section, Checker& check) {
  check.children(section, {"tier", "offering"});
  const bool plan_has_needs = !plan_needs(check.plan()).empty();
  std::size_t count = 0;
  for (const Element& child : section.children()) {
    if (child.name() == "offering") {
      check_offering(child, check, plan_has_needs);
      ++count;
    } else if (child.name() == "tier") {
      check.attributes(child, {"id", "name"});
      check.children(child, {"offering", "description"}, /*allow_generic=*/false);
      for (const Element& d : child.children("description")) {
        check.attributes(d, {});
        check.children(d, {"b", "i", "link", "ref"}, /*allow_generic=*/false);
        check.has_text(d);
      }
      if (child.children("description").size() > 1)
        check.diagnostics().report(
            code("portfolio/duplicate-description"), child.children("description")[1].location(),
            "tier " + quoted(child.attr_or("id", "?")) + " has more than one <description>");
      const auto offerings = child.children("offering");
      if (offerings.empty())
        check.diagnostics().report(code("portfolio/empty-tier"), child.location(),
                                   "tier " + quoted(child.attr_or("id", "?")) + " holds no offering");
      for (const Element& o : offerings) check_offering(o, check, plan_has_needs);
      count += offerings.size();
    }
  }
  if (count == 0)
    check.diagnostics().report(code("portfolio/no-offerings"), section.location(),
                               "portfolio section has no offering",
                               {"add <tier id name> holding <offering id name …> elements"});
  check_currency(section, check);
  // A weak point nothing addresses is a completeness gap: planforge lint's need-unaddressed.
}

}  // namespace portfolio
