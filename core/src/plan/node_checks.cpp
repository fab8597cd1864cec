#include "plan/node_checks.hpp"

#include "plan/attr_values.hpp"
#include "sdk/date_detail.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>

namespace planforge::detail::loader {

namespace {

bool contains(const std::vector<std::string_view>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

void collect_text(const Node& e, std::string& out, bool& pending) {
  for (const auto& child : e.children) {
    if (child->kind == Node::Kind::text) {
      append_collapsed(out, child->text, pending);
      continue;
    }
    // Block elements and line breaks separate words (indentation was dropped on load).
    const bool block = !is_inline_element(child->name) || child->name == "br";
    if (block) pending = true;
    collect_text(*child, out, pending);
    if (block) pending = true;
  }
}

// Authors who know HTML reach for its names; point them at ours.
std::vector<std::string> html_hint(std::string_view name, const std::vector<std::string_view>& allowed) {
  static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
      {"strong", "b"}, {"em", "i"},   {"a", "link"},  {"ul", "list"}, {"ol", "list"},
      {"li", "item"},  {"tr", "row"}, {"td", "cell"}, {"th", "cell"}, {"para", "p"}};
  for (const auto& [html, ours] : aliases)
    if (html == name && contains(allowed, ours)) return {"did you mean '" + std::string(ours) + "'?"};
  return {};
}

}  // namespace

std::string describe(const Node& e) {
  const Attribute* id = e.find_attribute("id");
  if (id && !trim(id->value).empty()) return std::string(e.name) + " '" + std::string(trim(id->value)) + "'";
  return "<" + std::string(e.name) + ">";
}

Location location_of(const Node& e, const Attribute& a) {
  Location where = e.location();
  where.line = a.line;
  where.column = a.column;
  return where;
}

Location text_location(const Node& text) {
  Location where = text.location();
  for (char c : text.text) {
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else if (is_xml_space(c)) {
      ++where.column;
    } else {
      break;
    }
  }
  return where;
}

void check_attributes(const Node& e, const std::vector<std::string_view>& required,
                      const std::vector<std::string_view>& optional, Diagnostics& diags) {
  for (const Attribute& a : e.attributes) {
    if (contains(required, a.name) || contains(optional, a.name) || is_universal_attribute(a.name)) continue;
    std::vector<std::string_view> known = required;
    known.insert(known.end(), optional.begin(), optional.end());
    std::vector<std::string> hints = did_you_mean(a.name, known);
    if (hints.empty())
      hints.push_back(known.empty() ? "<" + std::string(e.name) + "> takes no attributes"
                                    : "<" + std::string(e.name) + "> takes " + join_choices(known, " and "));
    diags.report(code("plan/unknown-attribute"), location_of(e, a),
                 "unknown attribute '" + std::string(a.name) + "' on <" + std::string(e.name) + ">",
                 std::move(hints));
  }
  for (std::string_view name : required) {
    const Attribute* a = e.find_attribute(name);
    if (!a)
      diags.report(code("plan/missing-attribute"), e.location(),
                   describe(e) + " is missing attribute '" + std::string(name) + "'");
    else if (trim(a->value).empty())
      diags.report(code("plan/empty-attribute"), location_of(e, *a),
                   "attribute '" + std::string(name) + "' of " + describe(e) + " is empty");
  }
}

void check_children(const Node& e, const std::vector<std::string_view>& allowed, bool text_allowed,
                    Diagnostics& diags) {
  bool text_reported = false;
  for (const auto& child : e.children) {
    if (child->kind == Node::Kind::text) {
      if (!text_allowed && !text_reported && !is_blank(child->text)) {
        diags.report(code("plan/unexpected-text"), text_location(*child),
                     "unexpected text in <" + std::string(e.name) + ">");
        text_reported = true;  // one per element is enough
      }
      continue;
    }
    if (contains(allowed, child->name)) continue;
    std::vector<std::string> hints = did_you_mean(child->name, allowed);
    if (hints.empty()) hints = html_hint(child->name, allowed);
    if (hints.empty() && !allowed.empty())
      hints.push_back("<" + std::string(e.name) + "> holds " + join_choices(allowed, " and "));
    diags.report(code("plan/unknown-element"), child->location(),
                 "unknown element <" + std::string(child->name) + "> in <" + std::string(e.name) + ">",
                 std::move(hints));
  }
}

void check_plain_text(const Node& e, Diagnostics& diags) {
  for (const auto& child : e.children)
    if (child->kind == Node::Kind::element) {
      diags.report(code("plan/markup-in-plain-text"), child->location(),
                   "<" + std::string(e.name) + "> holds plain text; <" + std::string(child->name) +
                       "> is not allowed here");
      return;
    }
}

std::optional<bool> boolean_attribute(const Node& e, std::string_view name, Diagnostics& diags) {
  const Attribute* a = e.find_attribute(name);
  if (!a) return std::nullopt;
  if (std::optional<bool> value = parse_boolean(a->value)) return value;
  diags.report(code("plan/invalid-boolean"), location_of(e, *a),
               "attribute '" + std::string(name) + "' of " + describe(e) +
                   " must be 'true' or 'false', not '" + std::string(a->value) + "'");
  return std::nullopt;
}

std::optional<std::string> choice_attribute(const Node& e, std::string_view name,
                                            const std::vector<std::string_view>& allowed,
                                            Diagnostics& diags) {
  const Attribute* a = e.find_attribute(name);
  if (!a) return std::nullopt;
  const std::string_view v = trim(a->value);
  if (contains(allowed, v)) return std::string(v);
  diags.report(code("plan/invalid-choice"), location_of(e, *a),
               "attribute '" + std::string(name) + "' of " + describe(e) + " must be " +
                   join_choices(allowed) + ", not '" + std::string(a->value) + "'",
               did_you_mean(v, allowed));
  return std::nullopt;
}

std::optional<Date> parse_date_value(std::string_view text, const Location& where, Diagnostics& diags) {
  const std::string_view v = trim(text);
  if (auto date = Date::parse(v)) return date;
  bool well_formed = false;
  const std::string problem = date_problem(v, well_formed);
  if (well_formed)
    diags.report(code("plan/invalid-date"), where, "invalid date '" + std::string(v) + "': " + problem);
  else
    diags.report(code("plan/invalid-date"), where, "invalid date '" + std::string(v) + "'",
                 {"dates are ISO 8601: 2027, 2027-Q2, 2027-03 or 2027-03-31"});
  return std::nullopt;
}

std::string node_text(const Node& e) {
  std::string out;
  bool pending = false;
  collect_text(e, out, pending);
  return out;
}

}  // namespace planforge::detail::loader
