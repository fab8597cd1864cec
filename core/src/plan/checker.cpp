// planforge::Checker: the validation helpers plugins use. The wording is shared with the
// core's own checks (node_checks.cpp) so that every message reads alike.
#include <planforge/checker.hpp>

#include "plan/attr_values.hpp"
#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <cstdio>

PLANFORGE_BEGIN_NAMESPACE

namespace loader = detail::loader;

namespace {

std::string format_number(double v) {
  char out[32];
  std::snprintf(out, sizeof out, "%.15g", v);
  return out;
}

std::string attribute_phrase(const detail::Node& n, std::string_view attr) {
  return "attribute '" + std::string(attr) + "' of " + loader::describe(n);
}

template <typename T>
bool in_range(Diagnostics& diags, const detail::Node& n, const detail::Attribute& a, T value,
              std::optional<T> min, std::optional<T> max) {
  if ((!min || value >= *min) && (!max || value <= *max)) return true;
  std::string bounds;
  if (min && max)
    bounds = "between " + format_number(static_cast<double>(*min)) + " and " +
             format_number(static_cast<double>(*max));
  else if (min)
    bounds = "at least " + format_number(static_cast<double>(*min));
  else
    bounds = "at most " + format_number(static_cast<double>(*max));
  diags.report(
      detail::code("value/out-of-range"), loader::location_of(n, a),
      attribute_phrase(n, a.name) + " must be " + bounds + ", not " + std::string(loader::trim(a.value)));
  return false;
}

// The attribute `attr` of `n` read with `parse`, when present, parsed and inside [min, max];
// otherwise nothing, after reporting `not_parsed` ("… is not <kind>") or the range.
template <typename T>
std::optional<T> read_in_range(Diagnostics& diags, const detail::Node* n, std::string_view attr,
                               std::optional<T> (*parse)(std::string_view), const DiagnosticCode& not_parsed,
                               std::string_view kind, std::vector<std::string> hints, std::optional<T> min,
                               std::optional<T> max) {
  const detail::Attribute* a = n ? n->find_attribute(attr) : nullptr;
  if (!a) return std::nullopt;
  const std::optional<T> value = parse(a->value);
  if (!value) {
    diags.report(
        not_parsed, loader::location_of(*n, *a),
        attribute_phrase(*n, attr) + " is not " + std::string(kind) + ": '" + std::string(a->value) + "'",
        std::move(hints));
    return std::nullopt;
  }
  if (!in_range(diags, *n, *a, *value, min, max)) return std::nullopt;
  return value;
}

}  // namespace

void Checker::attributes(Element e, std::initializer_list<std::string_view> required,
                         std::initializer_list<std::string_view> optional) {
  if (e.node()) loader::check_attributes(*e.node(), loader::names(required), loader::names(optional), diags_);
}

void Checker::children(Element e, std::initializer_list<std::string_view> allowed, bool allow_generic) {
  if (!e.node()) return;
  std::vector<std::string_view> names = loader::names(allowed);
  if (allow_generic)
    names.insert(names.end(), std::begin(loader::generic_blocks), std::end(loader::generic_blocks));
  // Rich text is one thing: an element that takes some of its markup takes all of it, so
  // plugins accept markup added to the format after they were written.
  if (std::any_of(names.begin(), names.end(), loader::is_inline_element))
    for (std::string_view markup : loader::inline_elements)
      if (std::find(names.begin(), names.end(), markup) == names.end()) names.push_back(markup);
  loader::check_children(*e.node(), names, true, diags_);
}

void Checker::has_text(Element e) {
  // Rich text, not text(): an element holding only a <ref/> says something.
  if (e.node() && e.rich_text().empty())
    diags_.report(detail::code("value/no-text"), e.location(), loader::describe(*e.node()) + " has no text");
}

std::optional<double> Checker::number(Element e, std::string_view attr, std::optional<double> min,
                                      std::optional<double> max) {
  return read_in_range(diags_, e.node(), attr, loader::parse_plain_number, detail::code("value/not-a-number"),
                       "a number", {"numbers are plain decimals such as 62 or 4.5"}, min, max);
}

std::optional<long> Checker::integer(Element e, std::string_view attr, std::optional<long> min,
                                     std::optional<long> max) {
  return read_in_range(diags_, e.node(), attr, loader::parse_plain_integer,
                       detail::code("value/not-a-whole-number"), "a whole number", {}, min, max);
}

std::optional<Date> Checker::date(Element e, std::string_view attr) {
  const detail::Attribute* a = e.node() ? e.node()->find_attribute(attr) : nullptr;
  if (!a) return std::nullopt;
  return loader::parse_date_value(a->value, loader::location_of(*e.node(), *a), diags_);
}

std::optional<std::string> Checker::choice(Element e, std::string_view attr,
                                           std::initializer_list<std::string_view> allowed) {
  if (!e.node()) return std::nullopt;
  return loader::choice_attribute(*e.node(), attr, loader::names(allowed), diags_);
}

std::optional<bool> Checker::boolean(Element e, std::string_view attr) {
  if (!e.node()) return std::nullopt;
  return loader::boolean_attribute(*e.node(), attr, diags_);
}

PLANFORGE_END_NAMESPACE
