#include "org_model.hpp"

#include <cctype>

namespace org {

using planforge::Element;

std::optional<long> parse_count(const std::string& text) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  long v = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<long> Unit::people() const {
  if (headcount) return headcount;
  std::optional<long> sum;
  for (const Role& r : roles)
    if (r.count) sum = sum.value_or(0) + *r.count;
  return sum;
}

const char* sourcing_key(Sourcing s) {
  switch (s) {
    case Sourcing::in_house: return "in-house";
    case Sourcing::outsourced: return "outsourced";
    case Sourcing::partner: return "partner";
  }
  return "in-house";
}

std::vector<Unit> read_units(Element section) {
  std::vector<Unit> units;
  for (const Element& e : section.children("unit")) {
    Unit u;
    u.element = e;
    u.id = e.attr_or("id", "");
    u.name = e.attr_or("name", u.id);
    u.lead = e.attr_or("lead", "");
    u.reports_to = e.attr_or("reports-to", "");
    // Trim: an id list attribute with stray spaces still names one unit.
    while (!u.reports_to.empty() && std::isspace(static_cast<unsigned char>(u.reports_to.back()))) u.reports_to.pop_back();
    while (!u.reports_to.empty() && std::isspace(static_cast<unsigned char>(u.reports_to.front()))) u.reports_to.erase(0, 1);
    u.headcount = parse_count(e.attr_or("headcount", ""));
    const std::string s = e.attr_or("sourcing", "in-house");
    u.sourcing = s == "outsourced" ? Sourcing::outsourced : s == "partner" ? Sourcing::partner : Sourcing::in_house;
    for (const Element& r : e.children("role")) {
      Role role;
      role.element = r;
      role.title = r.attr_or("title", "");
      role.count = parse_count(r.attr_or("count", ""));
      role.responsibilities = r.rich_text();
      u.roles.push_back(std::move(role));
    }
    units.push_back(std::move(u));
  }
  return units;
}

}  // namespace org
