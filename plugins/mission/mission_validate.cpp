// Validation of a mission section: every element and attribute, with file:line:col.
#include "mission_codes.hpp"
#include "mission_model.hpp"
#include "mission_plugin.hpp"

#include <map>
#include <string>

namespace mission {

using planforge::Checker;
using planforge::Date;
using planforge::Diagnostics;
using planforge::Element;

namespace {

// Rich text may hold <b>, <i>, <link href> and <ref to>. The core checks that markup (its
// attributes, nesting and <ref> targets) wherever it stands; what it cannot know is that
// these elements hold rich text rather than blocks.
void check_rich_text(Element e, Checker& check) {
  check.children(e, {"b", "i", "link", "ref"}, /*allow_generic=*/false);
}

// A rich-text element that must say something.
void check_text_element(Element e, Checker& check) {
  check_rich_text(e, check);
  check.has_text(e);
}

// At most one of these children; the second one is an error pointing at the first.
void check_single(Element section, std::string_view name, Diagnostics& diags) {
  auto found = section.children(name);
  for (std::size_t i = 1; i < found.size(); ++i) {
    diags.report(code("mission/duplicate-element"), found[i].location(),
                 "mission section has more than one <" + std::string(name) + ">", {"merge them into one"});
    diags.note(found[0].location(), "the first <" + std::string(name) + "> is here");
  }
}

void check_values(Element values, Checker& check) {
  Diagnostics& diags = check.diagnostics();
  check.attributes(values, {});
  check.children(values, {"value"}, /*allow_generic=*/false);
  auto items = values.children("value");
  if (items.empty())
    diags.report(code("mission/empty-values"), values.location(), "<values> holds no <value>",
                 {"add <value name=\"Reliability\">We keep every promise we make.</value>"});
  std::map<std::string, Element> seen;
  for (const Element& value : items) {
    check.attributes(value, {"name"});
    check_rich_text(value, check);
    std::string name = value.attr_or("name", "");
    if (!name.empty() && value.text().empty())
      diags.report(code("mission/value-without-text"), value.location(), "value '" + name + "' has no text",
                   {"say in a sentence what the value means in practice"});
    if (name.empty()) continue;
    auto [it, fresh] = seen.emplace(name, value);
    if (!fresh) {
      diags.report(code("mission/duplicate-value"), value.location(), "value '" + name + "' is listed twice");
      diags.note(it->second.location(), "value '" + name + "' is first listed here");
    }
  }
}

void check_objective(Element objective, const std::optional<Horizon>& horizon, const std::string& goal_name,
                     Checker& check) {
  check.attributes(objective, {}, {"id", "label", "owner", "due"});
  check_text_element(objective, check);
  if (!objective.has_attr("due") || !horizon) return;
  auto due = check.date(objective, "due");
  if (due && due->last_day().days() > horizon->last_day().days())
    check.diagnostics().report(code("mission/objective-after-horizon"), objective.attr_location("due"),
                               "objective is due " + due->display() + ", after the horizon of goal '" +
                                   goal_name + "' (" + horizon->display() + ")",
                               {"move the due date or widen the goal's horizon"});
}

void check_goal(Element goal, const planforge::PlanPeriod& period, Checker& check) {
  Diagnostics& diags = check.diagnostics();
  check.attributes(goal, {"id", "title"}, {"horizon", "label"});
  check.children(goal, {"description", "objective"}, /*allow_generic=*/false);
  std::string name = goal.attr_or("id", goal.attr_or("title", ""));

  std::optional<Horizon> horizon;
  if (auto text = goal.attr("horizon")) {
    horizon = parse_horizon(*text);
    if (!horizon)
      diags.report(code("mission/invalid-horizon"), goal.attr_location("horizon"),
                   "goal '" + name + "' has an invalid horizon '" + *text + "'",
                   {"write a date (2028, 2028-Q4, 2028-12, 2028-12-31) or a range of two "
                    "such dates, e.g. 2027\u20132029 (the end not before the start)"});
    else if (period.start && period.end &&
             (horizon->last_day().days() > period.end->last_day().days() ||
              horizon->first_day().days() < period.start->first_day().days()))
      diags.report(code("mission/horizon-outside-period"), goal.attr_location("horizon"),
                   "the horizon of goal '" + name + "' (" + horizon->display() +
                       ") reaches outside the plan period (" + Horizon{*period.start, *period.end}.display() +
                       ")");
  }

  bool seen_objective = false;
  int descriptions = 0;
  for (const Element& child : goal.children()) {
    if (child.name() == "objective") {
      seen_objective = true;
      check_objective(child, horizon, name, check);
    } else if (child.name() == "description") {
      if (++descriptions > 1)
        diags.report(code("mission/duplicate-description"), child.location(),
                     "goal '" + name + "' has more than one <description>");
      else if (seen_objective)
        diags.report(code("mission/description-order"), child.location(),
                     "<description> must come before the objectives of goal '" + name + "'");
      check.attributes(child, {});
      check_text_element(child, check);
    }
  }
  // A goal without objectives is a completeness gap: planforge lint's goal-without-objectives.
}

}  // namespace

void validate_section(Element section, Checker& check) {
  Diagnostics& diags = check.diagnostics();
  check.children(section, {"statement", "vision", "values", "goal"}, /*allow_generic=*/true);

  if (!section.child("statement"))
    diags.report(code("mission/no-statement"), section.location(), "mission section has no <statement>",
                 {"add <statement>Why the service organisation exists, for whom</statement>"});
  for (std::string_view single : {"statement", "vision", "values"}) check_single(section, single, diags);

  for (std::string_view quoted : {"statement", "vision"})
    for (const Element& e : section.children(quoted)) {
      check.attributes(e, {}, {"source"});
      check_text_element(e, check);
    }
  for (const Element& values : section.children("values")) check_values(values, check);

  const planforge::PlanPeriod period = check.plan().period();
  std::map<std::string, Element> titles;
  const std::vector<Element> goals = section.children("goal");
  for (std::size_t i = 0; i < goals.size(); ++i) {
    const Element& goal = goals[i];
    check_goal(goal, period, check);
    check.publish_label(goal, goal_label(goal, i));  // "G2" for any plugin (PlanView::label)
    std::string title = goal.attr_or("title", "");
    if (title.empty()) continue;
    auto [it, fresh] = titles.emplace(title, goal);
    if (!fresh) {
      diags.report(code("mission/duplicate-goal-title"), goal.attr_location("title"),
                   "two goals are titled '" + title + "'",
                   {"readers cannot tell them apart in the contents; retitle one"});
      diags.note(it->second.attr_location("title"), "the other goal titled '" + title + "'");
    }
  }
}

}  // namespace mission
