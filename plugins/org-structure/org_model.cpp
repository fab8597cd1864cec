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

std::optional<long> Unit::people() const {
  if (headcount) return headcount;
  std::optional<long> sum;
  for (const Role& r : roles)
    if (r.count) sum = sum.value_or(0) + *r.count;
  return sum;
}

std::string_view sourcing_key(Sourcing s) {
  for (const auto& [word, kind] : kSourcingWords)
    if (kind == s) return word;
  return kSourcingWords[0].first;
}

std::vector<Unit> read_units(Element section) {
  return planforge::read_items<Unit>(section, "unit", [](Element e, Unit& u) {
    u.lead = e.attr_or("lead", "");
    // Trimmed: an id attribute with stray spaces still names one unit.
    u.reports_to = trim_id(e.attr_or("reports-to", ""));
    u.headcount = e.integer("headcount");  // validate() checked it: a whole number, 0 or more
    const std::string sourcing = trim_id(e.attr_or("sourcing", ""));  // as the Checker reads a choice
    for (const auto& [word, kind] : kSourcingWords)
      if (sourcing == word) u.sourcing = kind;
    for (const Element& r : e.children("role")) {
      Role role;
      role.element = r;
      role.title = r.attr_or("title", "");
      role.count = r.integer("count");
      role.responsibilities = r.rich_text();
      u.roles.push_back(std::move(role));
    }
  });
}

}  // namespace org
