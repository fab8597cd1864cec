#pragma once
// The units of an org-structure section as plain values, read leniently: validation reports
// what is wrong, rendering (which only runs on a valid plan) trusts what is here.

#include <planforge/model.hpp>
#include <planforge/plugin.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace org {

// Seed 000: "internal vs. outside components (i.e., in-house vs. outsource); strategic
// partnering and alliances".
enum class Sourcing { in_house, outsourced, partner };
inline constexpr Sourcing kSourcings[] = {Sourcing::in_house, Sourcing::outsourced, Sourcing::partner};
// The attribute's word for each, which is also its key in the plugin's catalogue
// ("sourcing.in-house"): one table read both ways.
inline constexpr std::pair<std::string_view, Sourcing> kSourcingWords[] = {
    {"in-house", Sourcing::in_house}, {"outsourced", Sourcing::outsourced}, {"partner", Sourcing::partner}};

struct Role {
  planforge::Element element;
  std::string title;
  std::optional<long> count;
  planforge::RichText responsibilities;
};

struct Unit : planforge::PlanItem {
  std::string lead, reports_to;
  std::optional<long> headcount;
  Sourcing sourcing = Sourcing::in_house;
  std::vector<Role> roles;

  // The unit's own people: its headcount, else the sum of its roles' counts when any is given.
  std::optional<long> people() const;
};

std::vector<Unit> read_units(planforge::Element section);

// The text without white space at either end: an id attribute with stray spaces.
std::string trim_id(const std::string& text);

// The word of kSourcingWords for `s`.
std::string_view sourcing_key(Sourcing s);

}  // namespace org
