#pragma once
/// @file model.hpp  Reading a section into a plugin's own types: the pieces every reader
/// shares (an item's element, id and name; the items of a kind; items in groups; keywords).

#include <planforge/checker.hpp>
#include <planforge/element.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// An element of the plan with its `id` and its `name` (the id when it has no name): the
/// start of most types a plugin reads its section into. Derive from it and read with of()
/// or read_items():
///
///     struct Phase : planforge::PlanItem { std::string owner; };
///     Phase p{planforge::PlanItem::of(e)};
struct PlanItem {
  Element element{};
  std::string id{};    ///< the `id` attribute; empty when it has none
  std::string name{};  ///< the `name` attribute, else the id

  /// `e` with its id and name.
  static PlanItem of(Element e) {
    PlanItem item{e, e.attr_or("id", ""), {}};
    item.name = e.attr_or("name", item.id);
    return item;
  }
};

/// Each child of `parent` named `name`, in order, as a `T` (derived from PlanItem) that
/// `fill(element, item)` completes after PlanItem::of():
///
///     read_items<Phase>(section, "phase", [](Element e, Phase& p) { p.owner = e.attr_or("owner", ""); })
template <class T, class Fill>
std::vector<T> read_items(Element parent, std::string_view name, Fill fill) {
  std::vector<T> items;
  for (const Element& e : parent.children(name)) {
    T item{PlanItem::of(e)};
    fill(e, item);
    items.push_back(std::move(item));
  }
  return items;
}

/// A section made of items of one kind, and what it means when it holds none.
struct SectionOfItems {
  std::string_view item;         ///< the items' element name: "phase"
  const DiagnosticCode& none;    ///< reported at the section when it holds no item
  std::string_view consequence;  ///< what an empty section means: "there is nothing to chart"
  std::string_view example;      ///< an item to add, for the hint: "<phase id=\"…\" …/>"
};

/// The items `read(section)` returns, after checking that the section holds no children but
/// its items (and the generic blocks) and reporting `kind.none` at the section when it holds
/// no item ("rollout section has no phases: there is nothing to chart"):
///
///     const auto phases = planforge::section_items(section, check, read_phases,
///         {"phase", code("rollout/no-phases"), "there is nothing to chart", "<phase …/>"});
template <class Read>
auto section_items(Element section, Checker& check, Read read, const SectionOfItems& kind) {
  check.children(section, {kind.item});
  auto items = read(section);
  if (items.empty())
    check.diagnostics().report(kind.none, section.location(),
                               section.attr_or("type", "this") + " section has no " + std::string(kind.item) +
                                   "s: " + std::string(kind.consequence),
                               {"add " + std::string(kind.example)});
  return items;
}

/// Items in groups: a `group` element and the items it holds, or (with a null group) a run
/// of items standing outside any group.
struct ElementGroup {
  Element group{};
  std::vector<Element> items{};
};

/// The children of `parent` named `item` by group, in document order: one ElementGroup for
/// each child named `group` (its `item` children), and one for each run of `item` children
/// between groups. Other children are skipped.
inline std::vector<ElementGroup> grouped_children(Element parent, std::string_view group,
                                                  std::string_view item) {
  std::vector<ElementGroup> out;
  for (const Element& child : parent.children()) {
    if (child.name() == group) {
      out.push_back({child, child.children(item)});
    } else if (child.name() == item) {
      if (out.empty() || out.back().group) out.emplace_back();
      out.back().items.push_back(child);
    }
  }
  return out;
}

/// What `word` stands for in `table` (a keyword of a plan's value read into an enum), or
/// std::nullopt when it is none of them: `keyword<Kind>(kind, {{"fs", Kind::fs}, {"ss", Kind::ss}})`.
template <class T>
std::optional<T> keyword(std::string_view word,
                         std::initializer_list<std::pair<std::string_view, std::type_identity_t<T>>> table) {
  for (const auto& [key, value] : table)
    if (key == word) return value;
  return std::nullopt;
}

PLANFORGE_END_NAMESPACE
