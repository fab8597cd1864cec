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
    if (type.empty() || s.type == type) out.push_back(Element(s.node));
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

std::string PlanView::label(Element e) const {
  if (data_ && e.node()) {
    const auto it = data_->labels.find(e.node());
    if (it != data_->labels.end()) return it->second;
  }
  return display_name(e);
}

PlanPeriod PlanView::period() const {
  if (!data_) return {};
  return {data_->meta.period_start, data_->meta.period_end};
}

std::optional<std::string> PlanView::var(std::string_view name) const {
  if (!data_) return std::nullopt;
  const auto it = data_->vars.find(name);
  if (it == data_->vars.end()) return std::nullopt;
  return it->second;
}

std::vector<Element> PlanView::targets(Element e, std::string_view attribute) const {
  std::vector<Element> out;
  const detail::Attribute* a = e.node() ? e.node()->find_attribute(attribute) : nullptr;
  if (!a || !data_) return out;
  detail::loader::for_each_word(a->value, [&](std::string_view id) {
    if (const detail::Node* target = data_->ids.find(id)) out.push_back(Element(target));
  });
  return out;
}

std::vector<Element> PlanView::referring(std::string_view attribute, std::string_view id) const {
  std::vector<Element> out;
  if (!data_ || !data_->root) return out;
  auto index = data_->referrers.find(attribute);
  if (index == data_->referrers.end()) {
    // One walk over the whole plan for this attribute; every later question is a lookup.
    auto& by_id = data_->referrers[std::string(attribute)];
    std::vector<const detail::Node*> stack{data_->root};
    while (!stack.empty()) {
      const detail::Node* n = stack.back();
      stack.pop_back();
      if (const detail::Attribute* a = n->find_attribute(attribute))
        detail::loader::for_each_word(a->value, [&](std::string_view listed) {
          auto& list = by_id[std::string(listed)];
          if (list.empty() || list.back() != n) list.push_back(n);
        });
      for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
        if ((*it)->kind == detail::Node::Kind::element) stack.push_back(*it);
    }
    index = data_->referrers.find(attribute);
  }
  if (const auto found = index->second.find(id); found != index->second.end())
    for (const detail::Node* n : found->second) out.push_back(Element(n));
  return out;
}

PLANFORGE_END_NAMESPACE
