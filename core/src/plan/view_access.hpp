#pragma once
// The core's way to make SDK views of its own data and to open them again: plugins only get
// Elements and PlanViews from the core, never a detail::Node or detail::PlanData.

#include <planforge/element.hpp>

namespace planforge::detail {

struct ViewAccess {
  static Element element(const Node* node) { return Element(node); }
  static const Node* node(const Element& e) { return e.node(); }
  static PlanView view(const PlanData* data) { return PlanView(data); }
};

// The element of `node` (null for nullptr).
inline Element element_of(const Node* node) { return ViewAccess::element(node); }
// The node behind `e` (nullptr for a null Element).
inline const Node* node_of(const Element& e) { return ViewAccess::node(e); }
// A view of the whole plan.
inline PlanView view_of(const PlanData* data) { return ViewAccess::view(data); }

}  // namespace planforge::detail
