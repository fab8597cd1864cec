// The id index and the rich-text markup (<b>, <i>, <link>, <ref>) wherever it stands. The
// converter calls these for each element as it builds the tree, so it is walked only once.
#include "plan/convert.hpp"
#include "plan/loader_steps.hpp"
#include "plan/node_checks.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>

namespace planforge::detail::loader {

namespace {

// Suggestions compare a wrong id with every id of the plan; past this many errors a plan is
// broken wholesale and the hints are not worth the time.
constexpr std::size_t max_suggestions = 50;

// Built once: these run for every inline element of the plan.
const std::vector<std::string_view> inline_names(std::begin(inline_elements), std::end(inline_elements));
const std::vector<std::string_view> none;
const std::vector<std::string_view> href_only = {"href"};
const std::vector<std::string_view> to_only = {"to"};
const std::vector<std::string_view> page_only = {"page"};
const std::vector<std::string_view> yes_no = {"yes", "no"};
const std::vector<std::string_view> styles = {"b", "i", "sub", "sup", "br"};  // a link holds no link or ref

// A <ref to> must resolve in any section, whichever plugin owns it.
void check_ref(const Node& ref, const PlanData& plan, Diagnostics& diags, std::size_t& suggested) {
  const Attribute* to = ref.find_attribute("to");
  if (!to) return;
  const std::string id(trim(to->value));
  if (id.empty() || plan.ids.contains(id)) return;
  std::vector<std::string> hints;
  if (suggested++ < max_suggestions) {
    std::vector<std::string_view> ids;
    ids.reserve(plan.ids.size());
    plan.ids.for_each([&](std::string_view known, const Node*) { ids.push_back(known); });
    std::sort(ids.begin(), ids.end());  // deterministic tie-breaking
    hints = did_you_mean(id, ids);
  }
  diags.report(code("id/unknown-reference"), location_of(ref, *to), "reference to unknown id '" + id + "'",
               std::move(hints));
}

}  // namespace

void index_element(const Node& e, PlanData& plan, Diagnostics& diags) {
  const Attribute* a = e.find_attribute("id");
  if (!a) return;
  const std::string_view id = trim(a->value);
  if (id.empty()) {
    diags.report(code("id/empty"), location_of(e, *a), "empty id on <" + std::string(e.name) + ">");
  } else if (id.find_first_of(" \t\n\r") != std::string_view::npos) {
    diags.report(code("id/white-space"), location_of(e, *a),
                 "id '" + std::string(id) + "' contains white space",
                 {"ids are single words: lists of ids are separated by spaces"});
  } else {
    // The key views the attribute value, which lives as long as the plan.
    const auto [first, fresh] = plan.ids.insert(id, &e);
    if (fresh) return;
    const Location here = location_of(e, *a);
    const Location there = location_of(*first, *first->find_attribute("id"));
    if (here == there) {
      // The same text twice: its file was included twice.
      diags.report(code("id/duplicate"), here,
                   "duplicate id '" + std::string(id) + "': " + here.file + " is included more than once");
      return;
    }
    diags.report(code("id/duplicate"), here, "duplicate id '" + std::string(id) + "'",
                 {"ids are unique across the whole plan, includes too"});
    diags.note(there, "'" + std::string(id) + "' first defined here");
  }
}

void check_inline_element(const Node& e, Diagnostics& diags) {
  if (e.name == "b" || e.name == "i" || e.name == "sub" || e.name == "sup") {
    check_attributes(e, none, none, diags);
    check_children(e, inline_names, true, diags);
  } else if (e.name == "link") {
    check_attributes(e, href_only, none, diags);
    check_children(e, styles, true, diags);
    if (const Attribute* href = e.find_attribute("href"); href && href->value.size() > max_href_bytes)
      diags.report(code("value/too-long"), location_of(e, *href),
                   "the link address is " + thousands(href->value.size()) +
                       " bytes long; a link may be at most " + thousands(max_href_bytes) + " bytes",
                   {"a PDF link holds at most 65,535 bytes, and an address may triple when percent-encoded"});
  } else if (e.name == "ref") {
    check_attributes(e, to_only, page_only, diags);
    choice_attribute(e, "page", yes_no, diags);
    check_plain_text(e, diags);
  } else if (e.name == "br") {
    check_attributes(e, none, none, diags);
    check_children(e, none, false, diags);
  }
}

void check_refs(const std::vector<const Node*>& refs, const PlanData& plan, Diagnostics& diags) {
  std::size_t suggested = 0;
  for (const Node* ref : refs) check_ref(*ref, plan, diags, suggested);
}

}  // namespace planforge::detail::loader
