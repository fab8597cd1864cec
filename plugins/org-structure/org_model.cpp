#include "org_model.hpp"

#include <cctype>

namespace org {

using planforge::Element;

std::string trim_id(const std::string& text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return text.substr(begin, end - begin);
}

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
  return planforge::read_items<Unit>(section, "unit", [](Element e, Unit& u) {
    u.lead = e.attr_or("lead", "");
    // Trimmed: an id attribute with stray spaces still names one unit.
    u.reports_to = trim_id(e.attr_or("reports-to", ""));
    u.headcount = parse_count(e.attr_or("headcount", ""));
    u.sourcing =
        planforge::keyword<Sourcing>(e.attr_or("sourcing", ""),
                                     {{"outsourced", Sourcing::outsourced}, {"partner", Sourcing::partner}})
            .value_or(Sourcing::in_house);
    for (const Element& r : e.children("role")) {
      Role role;
      role.element = r;
      role.title = r.attr_or("title", "");
      role.count = parse_count(r.attr_or("count", ""));
      role.responsibilities = r.rich_text();
      u.roles.push_back(std::move(role));
    }
  });
}

}  // namespace org
