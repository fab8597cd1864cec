// Checker::reference(s): attributes naming other elements by id; labels published for them.
#include <planforge/checker.hpp>

#include "plan/attr_values.hpp"
#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>

PLANFORGE_BEGIN_NAMESPACE

namespace loader = detail::loader;

namespace {

// Past this many errors the plan is broken wholesale; hints would only cost time.
constexpr std::size_t max_errors_for_hints = 100;

bool kind_matches(std::string_view name, std::initializer_list<std::string_view> kinds) {
  return kinds.size() == 0 || std::find(kinds.begin(), kinds.end(), name) != kinds.end();
}

std::string kinds_phrase(std::initializer_list<std::string_view> kinds) {
  return kinds.size() == 0 ? std::string("id") : loader::join_choices(loader::names(kinds));
}

std::vector<std::string> suggest_ids(const detail::Node& from, std::string_view id,
                                     std::initializer_list<std::string_view> kinds) {
  if (!from.plan) return {};
  std::vector<std::string_view> candidates;
  from.plan->ids.for_each([&](std::string_view known, const detail::Node* node) {
    if (kind_matches(node->name, kinds)) candidates.push_back(known);
  });
  std::sort(candidates.begin(), candidates.end());  // deterministic ties
  return loader::did_you_mean(id, candidates);
}

Element resolve(Checker& check, const detail::Node& from, const detail::Attribute& attr, std::string_view id,
                std::initializer_list<std::string_view> kinds) {
  Diagnostics& diags = check.diagnostics();
  const Location where = loader::location_of(from, attr);
  const Element target = check.plan().find(id);
  if (!target) {
    std::vector<std::string> hints;
    if (diags.error_count() < max_errors_for_hints) hints = suggest_ids(from, id, kinds);
    diags.report(
        detail::code("id/unknown-reference"), where,
        loader::describe(from) + " references unknown " + kinds_phrase(kinds) + " '" + std::string(id) + "'",
        std::move(hints));
    return Element();
  }
  if (!kind_matches(target.name(), kinds)) {
    diags.report(detail::code("id/wrong-kind"), where,
                 loader::describe(from) + " references '" + std::string(id) + "', which is a " +
                     std::string(target.name()) + ", not a " + kinds_phrase(kinds));
    return Element();
  }
  return target;
}

}  // namespace

Element Checker::reference(Element e, std::string_view attr, std::initializer_list<std::string_view> kinds) {
  const detail::Attribute* a = e.node() ? e.node()->find_attribute(attr) : nullptr;
  if (!a) return Element();
  const std::string_view id = loader::trim(a->value);
  if (id.empty()) {
    diags_.report(detail::code("plan/empty-attribute"), loader::location_of(*e.node(), *a),
                  "attribute '" + std::string(attr) + "' of " + loader::describe(*e.node()) + " is empty");
    return Element();
  }
  if (id.find_first_of(" \t\n\r") != std::string_view::npos) {
    diags_.report(detail::code("id/not-a-single-id"), loader::location_of(*e.node(), *a),
                  "attribute '" + std::string(attr) + "' of " + loader::describe(*e.node()) +
                      " names one id, not a list: '" + std::string(a->value) + "'");
    return Element();
  }
  return resolve(*this, *e.node(), *a, id, kinds);
}

std::vector<Element> Checker::references(Element e, std::string_view attr,
                                         std::initializer_list<std::string_view> kinds) {
  std::vector<Element> out;
  const detail::Attribute* a = e.node() ? e.node()->find_attribute(attr) : nullptr;
  if (!a) return out;
  std::vector<std::string_view> seen;
  for (const std::string_view id : loader::split_ids(a->value)) {
    if (std::find(seen.begin(), seen.end(), id) != seen.end()) {
      diags_.report(detail::code("id/listed-twice"), loader::location_of(*e.node(), *a),
                    loader::describe(*e.node()) + " lists '" + std::string(id) + "' twice in '" +
                        std::string(attr) + "'");
      continue;
    }
    seen.push_back(id);
    if (Element target = resolve(*this, *e.node(), *a, id, kinds)) out.push_back(target);
  }
  if (seen.empty())
    diags_.report(detail::code("plan/empty-attribute"), loader::location_of(*e.node(), *a),
                  "attribute '" + std::string(attr) + "' of " + loader::describe(*e.node()) + " is empty");
  return out;
}

Element Checker::reference_in(Element e, std::string_view attr, std::string_view id,
                              std::initializer_list<std::string_view> kinds) {
  const detail::Attribute* a = e.node() ? e.node()->find_attribute(attr) : nullptr;
  if (!a) return Element();
  return resolve(*this, *e.node(), *a, id, kinds);
}

std::string format_chain(const std::vector<std::string_view>& names, bool quote) {
  constexpr std::size_t shown = 12;  // six names either side of the gap
  const std::size_t n = names.size();
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    if (i == shown / 2 && n > shown) {
      out += " → … (" + std::to_string(n - shown) + " more) …";
      i = n - shown / 2;
    }
    if (!out.empty()) out += " → ";
    if (quote) out += '\'';
    out += names[i];
    if (quote) out += '\'';
  }
  return out;
}

void Checker::publish_label(Element e, std::string label) {
  if (!e.node() || !e.node()->plan) return;
  auto& labels = e.node()->plan->labels;
  if (label.empty())
    labels.erase(e.node());
  else
    labels[e.node()] = std::move(label);
}

PLANFORGE_END_NAMESPACE
