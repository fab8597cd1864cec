#include <planforge/element.hpp>

#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "plan/text_util.hpp"

PLANFORGE_BEGIN_NAMESPACE

Element PlanView::find(std::string_view id) const {
  if (!data_) return Element();
  return Element(data_->ids.find(id));
}

std::vector<Element> PlanView::sections(std::string_view type) const {
  std::vector<Element> out;
  if (!data_) return out;
  for (const detail::SectionEntry& s : data_->sections)
    if (type.empty() || s.type == type) out.emplace_back(s.node);
  return out;
}

Element PlanView::section_of(Element e) const {
  for (const detail::Node* n = e.node(); n; n = n->parent)
    if (n->kind == detail::Node::Kind::element && n->name == "section") return Element(n);
  return Element();
}

std::string PlanView::display_name(Element e) const {
  for (std::string_view attr : {"title", "name"}) {
    const std::optional<std::string> v = e.attr(attr);
    if (v && !detail::loader::trim(*v).empty()) return detail::loader::collapse_whitespace(*v);
  }
  return e.text();
}

std::optional<std::string> PlanView::var(std::string_view name) const {
  if (!data_) return std::nullopt;
  const auto it = data_->vars.find(name);
  if (it == data_->vars.end()) return std::nullopt;
  return it->second;
}

PLANFORGE_END_NAMESPACE
