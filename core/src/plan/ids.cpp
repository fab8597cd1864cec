// The id index, and the rich-text markup (<b>, <i>, <link>, <ref>) wherever it stands: a
// <ref to> must resolve in any section, whichever plugin owns it.
#include "plan/loader_steps.hpp"
#include "plan/node_checks.hpp"
#include "plan/suggest.hpp"
#include "plan/text_util.hpp"

#include <algorithm>

namespace planforge::detail::loader {

namespace {

// Suggestions compare a wrong id with every id of the plan; past this many errors a plan is
// broken wholesale and the hints are not worth the time.
constexpr std::size_t max_suggestions = 50;

void index_subtree(const Node& node, PlanData& plan, Diagnostics& diags) {
  for (const auto& child : node.children) {
    if (child->kind != Node::Kind::element) continue;
    if (const Attribute* a = child->find_attribute("id")) {
      const std::string id(trim(a->value));
      const Location where = location_of(*child, *a);
      if (id.empty()) {
        diags.error(where, "empty id on <" + child->name + ">");
      } else if (id.find_first_of(" \t\n\r") != std::string::npos) {
        diags.error(where, "id '" + id + "' contains white space",
                    {"ids are single words: lists of ids are separated by spaces"});
      } else {
        const auto [it, fresh] = plan.ids.emplace(id, child.get());
        if (!fresh) {
          diags.error(where, "duplicate id '" + id + "'", {"ids are unique across the whole plan, includes too"});
          const Attribute* first = it->second->find_attribute("id");
          diags.note(location_of(*it->second, *first), "'" + id + "' first defined here");
        }
      }
    }
    index_subtree(*child, plan, diags);
  }
}

const std::vector<std::string_view> inline_names = {"b", "i", "link", "ref"};

void check_ref(const Node& ref, const PlanData& plan, Diagnostics& diags, std::size_t& suggested) {
  check_attributes(ref, {"to"}, {}, diags);
  check_plain_text(ref, diags);
  const Attribute* to = ref.find_attribute("to");
  if (!to) return;
  const std::string id(trim(to->value));
  if (id.empty() || plan.ids.count(id)) return;
  std::vector<std::string> hints;
  if (suggested++ < max_suggestions) {
    std::vector<std::string_view> ids;
    ids.reserve(plan.ids.size());
    for (const auto& [known, node] : plan.ids) ids.push_back(known);
    std::sort(ids.begin(), ids.end());  // deterministic tie-breaking
    hints = did_you_mean(id, ids);
  }
  diags.error(location_of(ref, *to), "reference to unknown id '" + id + "'", std::move(hints));
}

void check_markup(const Node& node, const PlanData& plan, Diagnostics& diags, std::size_t& suggested) {
  for (const auto& child : node.children) {
    if (child->kind != Node::Kind::element) continue;
    const std::string& name = child->name;
    if (name == "ref") {
      check_ref(*child, plan, diags, suggested);
      continue;
    }
    if (name == "b" || name == "i") {
      check_attributes(*child, {}, {}, diags);
      check_children(*child, inline_names, true, diags);
    } else if (name == "link") {
      check_attributes(*child, {"href"}, {}, diags);
      check_children(*child, {"b", "i"}, true, diags);
    }
    check_markup(*child, plan, diags, suggested);
  }
}

}  // namespace

void index_ids(PlanData& plan, Diagnostics& diags) {
  // The <plan id> names the document, not an element to refer to: it is not indexed.
  index_subtree(*plan.root, plan, diags);
}

void check_inline_markup(const PlanData& plan, Diagnostics& diags) {
  std::size_t suggested = 0;
  check_markup(*plan.root, plan, diags, suggested);
}

}  // namespace planforge::detail::loader
