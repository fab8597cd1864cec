// The lenient typed readers of planforge::Element: the Checker's parsers (attr_values.hpp),
// without the reporting.
#include <planforge/element.hpp>

#include "plan/attr_values.hpp"
#include "plan/plan_data.hpp"
#include "plan/text_util.hpp"

#include <algorithm>

PLANFORGE_BEGIN_NAMESPACE

namespace loader = detail::loader;

namespace {

std::optional<std::string_view> raw(const detail::Node* node, std::string_view name) {
  if (!node) return std::nullopt;
  if (const detail::Attribute* a = node->find_attribute(name)) return std::string_view(a->value);
  return std::nullopt;
}

}  // namespace

std::optional<double> Element::number(std::string_view name) const {
  const auto v = raw(node_, name);
  return v ? loader::parse_plain_number(*v) : std::nullopt;
}

std::optional<long> Element::integer(std::string_view name) const {
  const auto v = raw(node_, name);
  return v ? loader::parse_plain_integer(*v) : std::nullopt;
}

std::optional<Date> Element::date(std::string_view name) const {
  const auto v = raw(node_, name);
  return v ? Date::parse(loader::trim(*v)) : std::nullopt;
}

std::optional<bool> Element::boolean(std::string_view name) const {
  const auto v = raw(node_, name);
  return v ? loader::parse_boolean(*v) : std::nullopt;
}

std::optional<std::string> Element::choice(std::string_view name,
                                           std::initializer_list<std::string_view> allowed) const {
  const auto v = raw(node_, name);
  if (!v) return std::nullopt;
  const std::string_view value = loader::trim(*v);
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) return std::nullopt;
  return std::string(value);
}

std::vector<std::string> Element::ids(std::string_view name) const {
  std::vector<std::string> out;
  const auto v = raw(node_, name);
  if (!v) return out;
  for (const std::string_view id : loader::split_ids(*v))
    if (std::find(out.begin(), out.end(), id) == out.end()) out.emplace_back(id);
  return out;
}

std::vector<std::string> Element::list(std::string_view name) const {
  std::vector<std::string> out;
  if (const auto v = raw(node_, name))
    for (const std::string_view item : loader::split_ids(*v)) out.emplace_back(item);
  return out;
}

std::optional<double> parse_number(std::string_view text) { return loader::parse_plain_number(text); }

std::vector<Element> Element::references(std::string_view name) const {
  std::vector<Element> out;
  if (!node_ || !node_->plan) return out;
  for (const std::string& id : ids(name))
    if (const detail::Node* target = node_->plan->ids.find(id)) out.push_back(Element(target));
  return out;
}

PLANFORGE_END_NAMESPACE
