#include "plan/plan_data.hpp"

namespace planforge::detail {

Location Node::location() const {
  Location where;
  if (plan && file < plan->files.size()) where.file = plan->files[file];
  where.line = line;
  where.column = column;
  return where;
}

const Attribute* Node::find_attribute(std::string_view attr_name) const {
  for (const Attribute& a : attributes)
    if (a.name == attr_name) return &a;
  return nullptr;
}

}  // namespace planforge::detail
