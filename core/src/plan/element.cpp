#include <planforge/element.hpp>

#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "plan/text_util.hpp"

PLANFORGE_BEGIN_NAMESPACE

namespace loader = detail::loader;

std::string_view Element::name() const { return node_ ? std::string_view(node_->name) : std::string_view(); }

Location Element::location() const { return node_ ? node_->location() : Location{}; }

bool Element::has_attr(std::string_view name) const {
  return node_ && node_->find_attribute(name) != nullptr;
}

std::optional<std::string> Element::attr(std::string_view name) const {
  if (!node_) return std::nullopt;
  if (const detail::Attribute* a = node_->find_attribute(name)) return std::string(a->value);
  return std::nullopt;
}

std::string Element::attr_or(std::string_view name, std::string_view fallback) const {
  if (node_)
    if (const detail::Attribute* a = node_->find_attribute(name)) return std::string(a->value);
  return std::string(fallback);
}

Location Element::attr_location(std::string_view name) const {
  if (!node_) return {};
  if (const detail::Attribute* a = node_->find_attribute(name)) return loader::location_of(*node_, *a);
  return node_->location();
}

std::vector<std::string> Element::attr_names() const {
  std::vector<std::string> out;
  if (node_)
    for (const detail::Attribute& a : node_->attributes) out.emplace_back(a.name);
  return out;
}

std::vector<Element> Element::children() const {
  std::vector<Element> out;
  if (!node_) return out;
  for (const auto& child : node_->children)
    if (child->kind == detail::Node::Kind::element) out.push_back(Element(child));
  return out;
}

std::vector<Element> Element::children(std::string_view name) const {
  std::vector<Element> out;
  if (!node_) return out;
  for (const auto& child : node_->children)
    if (child->kind == detail::Node::Kind::element && child->name == name) out.push_back(Element(child));
  return out;
}

Element Element::child(std::string_view name) const {
  if (node_)
    for (const auto& child : node_->children)
      if (child->kind == detail::Node::Kind::element && child->name == name) return Element(child);
  return Element();
}

Element Element::parent() const { return node_ ? Element(node_->parent) : Element(); }

std::string Element::text() const { return node_ ? loader::node_text(*node_) : std::string(); }

bool Element::is_generic_block() const {
  if (!node_ || node_->kind != detail::Node::Kind::element) return false;
  return loader::is_generic_block_name(node_->name);
}

PLANFORGE_END_NAMESPACE
