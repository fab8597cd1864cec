// The rules (docs/lint.md says why each one is there). Every walk over the tree is a loop
// with a stack: a plan's depth is its author's choice.
#include "lint/linter.hpp"

#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/date.hpp>
#include <planforge/plan_walk.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>

namespace planforge::detail::lint {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

double number(const Element& e, std::string_view attr) {
  const std::string text = e.attr_or(attr, "");
  double v = 0;
  std::from_chars(text.data(), text.data() + text.size(), v);
  return v;
}

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

// How a finding names an element: its id, else what a reader calls it.
std::string named(const PlanView& plan, const Element& e) {
  return in_quotes(e.attr_or("id", plan.display_name(e)));
}

// A gap (importance − capability) of this size or more makes a need a weak point; the
// customer-needs, portfolio and traceability sections use the same threshold.
constexpr double weak_point_gap = 2.0;

}  // namespace

void Linter::areas() {
  struct Area {
    std::string_view name, type;
    std::vector<std::string_view> words;  // for areas that are text sections: in id or title
  };
  static const std::vector<Area> seven = {
      {"customer needs and requirements", "customer-needs", {}},
      {"the service and support portfolio", "portfolio", {}},
      {"service operations and processes", "", {"operation", "process"}},
      {"key performance indicators", "kpis", {}},
      {"the service organisation, functions and responsibilities", "org-structure", {}},
      {"operational tools", "", {"tool"}},
      {"the implementation and rollout plan", "rollout", {}},
  };
  for (const Area& area : seven) {
    const bool present =
        std::any_of(plan_.sections.begin(), plan_.sections.end(), [&](const SectionEntry& s) {
          if (!area.type.empty()) return s.type == area.type;
          const std::string id = lower(s.id), title = lower(s.title);
          return std::any_of(area.words.begin(), area.words.end(), [&](std::string_view w) {
            return id.find(w) != std::string::npos || title.find(w) != std::string::npos;
          });
        });
    if (present) continue;
    find(code("lint/area-missing"), plan_.root->location(),
         "the plan has no section on " + std::string(area.name),
         {area.type.empty() ? "add a section whose id or title names it (id=\"" +
                                  std::string(area.words.front()) + "s\"), e.g. a text section"
                            : "add a <section type=\"" + std::string(area.type) + "\">"});
  }
}

void Linter::context() {
  static const std::vector<std::pair<std::string_view, std::string_view>> variables = {
      {"destination", "where the organisation wants to be"},
      {"capabilities", "what it can do today"},
      {"obligations", "the rules and obligations it works under"},
      {"environment", "the patterns and seasons of its environment"},
  };
  const auto sections = view_.sections("context");
  if (sections.empty()) {
    find(code("lint/context-missing"), plan_.root->location(), "the plan has no planning context",
         {"add a <section type=\"context\"> with a <factor> of each kind: destination, capabilities, "
          "obligations, environment"});
    return;
  }
  const auto factors = all_of(view_, "context", "factor");
  for (const auto& [kind, meaning] : variables) {
    const bool present = std::any_of(factors.begin(), factors.end(), [&, kind = kind](const Element& f) {
      return f.attr_or("kind", "") == kind;
    });
    if (!present)
      find(code("lint/context-missing"), sections.front().location(),
           "the planning context does not describe " + std::string(meaning),
           {"add <factor kind=\"" + std::string(kind) + "\" title=\"…\">…</factor>"});
  }
}

void Linter::goals() {
  std::set<std::string, std::less<>> measured;
  for (const Element& kpi : all_of(view_, "kpis", "kpi"))
    if (auto goal = kpi.attr("goal")) measured.insert(*goal);
  for (const Element& mission : view_.sections("mission"))
    for (const Element& goal : mission.children("goal")) {
      const auto id = goal.attr("id");
      if (!id || !measured.contains(*id))
        find(code("lint/goal-unmeasured"), goal.location(),
             "goal " + named(view_, goal) + " has no KPI measuring it",
             {id ? "add goal=\"" + *id + "\" to the KPI that tracks it"
                 : "give the goal an id and name it in a KPI's goal="});
      if (goal.children("objective").empty())
        find(code("lint/goal-without-objectives"), goal.location(),
             "goal " + named(view_, goal) + " has no objectives",
             {"add <objective owner=\"…\" due=\"…\">a measurable result</objective>: a goal nobody can "
              "measure cannot be managed"});
    }
}

void Linter::kpis() {
  const bool plan_period = plan_.meta.period_end.has_value();
  for (const Element& kpi : all_of(view_, "kpis", "kpi")) {
    std::vector<std::string> missing;
    for (std::string_view attr : {"baseline", "target", "owner", "frequency"})
      if (!kpi.has_attr(attr)) missing.emplace_back(attr);
    if (!kpi.has_attr("due") && !plan_period) missing.emplace_back("due period");
    if (missing.empty()) continue;
    std::string list;
    for (std::size_t i = 0; i < missing.size(); ++i)
      list += (i == 0 ? "" : i + 1 == missing.size() ? " or " : ", ") + missing[i];
    find(code("lint/kpi-incomplete"), kpi.location(), "kpi " + named(view_, kpi) + " has no " + list,
         {"a KPI is managed when it says where it starts (baseline), where it goes (target) by when (due, "
          "or the plan's <period>), who reports it (owner) and how often (frequency)"});
  }
}

void Linter::needs() {
  for (const Element& need : all_of(view_, "customer-needs", "need")) {
    if (!need.has_attr("source"))
      find(code("lint/need-unsourced"), need.location(),
           "need " + named(view_, need) + " does not say where it comes from",
           {"add source=\"…\" (the survey question, the interviews, the advisory board): a need no customer "
            "voiced is a guess"});
    const double gap = number(need, "importance") - number(need, "capability");
    const auto id = need.attr("id");
    // An offering, an enabler (a tool, training) or a rollout phase may address a need.
    if (gap >= weak_point_gap - 1e-9 && (!id || view_.referring("addresses", *id).empty()))
      find(
          code("lint/need-unaddressed"), need.location(),
          "weak point " + named(view_, need) + " (importance " + need.attr_or("importance", "?") +
              ", capability " + need.attr_or("capability", "?") +
              ") is addressed by no offering, enabler or phase",
          {id ? "list \"" + *id + "\" in the addresses= of the offering, enabler or phase that closes the gap"
              : "give the need an id and list it in the addresses= of what closes the gap"});
  }
}

void Linter::phases() {
  const auto phases = all_of(view_, "rollout", "phase");
  const auto& meta = plan_.meta;
  for (const Element& phase : phases) {
    if (!phase.has_attr("owner"))
      find(code("lint/phase-unowned"), phase.location(), "phase " + named(view_, phase) + " has no owner",
           {"add owner=\"…\": a phase nobody owns is not implemented"});
    if (!phase.has_attr("delivers") && phase.children("milestone").empty())
      find(code("lint/phase-delivers-nothing"), phase.location(),
           "phase " + named(view_, phase) + " delivers no offering and has no milestone",
           {"name what it delivers with delivers=\"off-…\", or add a <milestone>"});
    for (std::string_view end : {"start", "end"}) {
      const auto date = Date::parse(phase.attr_or(end, ""));
      if (!date) continue;
      const bool before =
          end == "start" && meta.period_start && date->first_day() < meta.period_start->first_day();
      const bool after = end == "end" && meta.period_end && date->last_day() > meta.period_end->last_day();
      if (before || after)
        find(code("lint/phase-outside-period"), phase.attr_location(end),
             "phase " + named(view_, phase) + (before ? " starts " : " ends ") + date->display() +
                 (before ? ", before the plan's period starts (" + meta.period_start->display() + ")"
                         : ", after the plan's period ends (" + meta.period_end->display() + ")"),
             {"move the phase into the period, or widen <period> in <meta>"});
    }
  }
  if (view_.sections("rollout").empty()) return;  // area-missing says so once
  for (const Element& offering : all_of(view_, "portfolio", "offering")) {
    const auto id = offering.attr("id");
    if (!id || view_.referring("delivers", *id).empty())
      find(code("lint/offering-undelivered"), offering.location(),
           "offering " + named(view_, offering) + " is delivered by no rollout phase",
           {id ? "list \"" + *id + "\" in the delivers= of the phase that launches it"
               : "give the offering an id"});
  }
}

void Linter::placeholders() {
  // Upper case only for the markers (a "todo list" in prose is not one); any case for lorem.
  static const std::vector<std::string_view> markers = {"TODO", "TBD", "FIXME", "XXX"};
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  auto check = [&](std::string_view text, Location where) {
    std::string found;
    for (std::string_view m : markers)
      for (std::size_t at = text.find(m); at != std::string_view::npos && found.empty();
           at = text.find(m, at + 1)) {
        const bool alone = (at == 0 || !is_word(text[at - 1])) &&
                           (at + m.size() == text.size() || !is_word(text[at + m.size()]));
        if (alone) found = m;
      }
    if (found.empty() && lower(text).find("lorem ipsum") != std::string::npos) found = "lorem ipsum";
    if (!found.empty())
      find(code("lint/placeholder"), std::move(where), "placeholder '" + found + "' left in the plan",
           {"write the real text, or take it out before the plan goes to the client"});
  };
  std::vector<const Node*> stack{plan_.root};
  while (!stack.empty()) {
    const Node* node = stack.back();
    stack.pop_back();
    if (node->kind == Node::Kind::text) {
      check(node->text, node->location());
      continue;
    }
    for (const Attribute& a : node->attributes)
      check(a.value, Location{plan_.files[node->file], a.line, a.column});
    stack.insert(stack.end(), node->children.rbegin(), node->children.rend());
  }
}

}  // namespace planforge::detail::lint
