#pragma once
/// @file element.hpp  Read-only views of the loaded plan: elements with their locations, and
/// the whole plan for references across sections. Values already have `${var}` expanded and
/// include files merged in.

#include <planforge/date.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/document.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Core-private types behind the views (not versioned: plugins never see their layout).
namespace planforge::detail {
struct Node;
struct PlanData;
struct ViewAccess;  // the core's way to make and open views (plan/view_access.hpp)
}  // namespace planforge::detail

PLANFORGE_BEGIN_NAMESPACE

/// One element of the plan. A default-constructed Element is null (false in a condition);
/// every accessor of a null Element returns an empty value. Elements are owned by the core
/// and valid for the whole run.
class PLANFORGE_API Element {
 public:
  Element() = default;
  explicit operator bool() const { return node_ != nullptr; }

  /// The element's name, e.g. "kpi".
  std::string_view name() const;
  /// Where its start tag is.
  Location location() const;

  bool has_attr(std::string_view name) const;
  /// The attribute's value, or std::nullopt when absent.
  std::optional<std::string> attr(std::string_view name) const;
  /// The attribute's value, or `fallback` when absent.
  std::string attr_or(std::string_view name, std::string_view fallback) const;
  /// Where the attribute is (the element's location when it is absent).
  Location attr_location(std::string_view name) const;
  /// Names of all attributes, in document order.
  std::vector<std::string> attr_names() const;

  // Typed values, read leniently: for render(), after validate() reported every bad value
  // through the Checker. Each reader uses the very parser of the Checker method of the same
  // name, so the two can never read a value apart; none reports anything or throws. Each
  // returns std::nullopt (an empty list) when the attribute is absent *or* its value does
  // not parse; ranges and kinds are the Checker's business, not applied here.

  /// A plain decimal such as 62 or -4.5 (as Checker::number).
  std::optional<double> number(std::string_view name) const;
  /// A whole number (as Checker::integer).
  std::optional<long> integer(std::string_view name) const;
  /// An ISO 8601 date at its precision (as Checker::date).
  std::optional<Date> date(std::string_view name) const;
  /// "true" or "false" (as Checker::boolean).
  std::optional<bool> boolean(std::string_view name) const;
  /// The value when it is one of `allowed` (as Checker::choice), trimmed.
  std::optional<std::string> choice(std::string_view name,
                                    std::initializer_list<std::string_view> allowed) const;
  /// The ids of a space-separated list, in order, each once (as Checker::references).
  std::vector<std::string> ids(std::string_view name) const;
  /// The items of a space-separated list split as ids() splits it (at XML white space), in
  /// order, repeats kept: for a list with a syntax of its own (`depends-on="ph-a:ss+2w ph-b"`).
  std::vector<std::string> list(std::string_view name) const;
  /// The elements those ids name, in order; ids naming nothing are left out.
  std::vector<Element> references(std::string_view name) const;

  /// Child elements in document order (text between them is skipped).
  std::vector<Element> children() const;
  /// Child elements with this name.
  std::vector<Element> children(std::string_view name) const;
  /// The first child element with this name, or a null Element.
  Element child(std::string_view name) const;
  Element parent() const;

  /// The text content with markup dropped and white space collapsed to single spaces.
  std::string text() const;
  /// The content as rich text: `<b>`, `<i>`, `<sup>`, `<sub>`, `<br/>`, `<link href>`,
  /// `<ref to>` become runs; white space is collapsed as a reader expects.
  RichText rich_text() const;
  /// True for the blocks every section may hold: p, list, table, note, subsection, image,
  /// enablers.
  bool is_generic_block() const;

  friend bool operator==(const Element& a, const Element& b) { return a.node_ == b.node_; }

 private:
  // Only the core makes elements of its nodes; plugins get them from the core.
  explicit Element(const detail::Node* node) : node_(node) {}
  const detail::Node* node() const { return node_; }
  friend struct detail::ViewAccess;
  friend class Checker;
  friend class PlanView;

  const detail::Node* node_ = nullptr;
};

/// The plan's period from `<meta><period>`.
struct PlanPeriod {
  std::optional<Date> start{};
  std::optional<Date> end{};
};

/// The parser of Element::number and Checker::number, for a number inside a value with a
/// syntax of its own ("4" of a duration "4h"): a plain decimal such as 62 or -4.5, white space
/// around it ignored; std::nullopt for anything else (no exponent, no '+', no separators).
PLANFORGE_API std::optional<double> parse_number(std::string_view text);

/// The whole plan, for plugins that relate sections (a KPI's goal, an offering's needs).
class PLANFORGE_API PlanView {
 public:
  /// The element with this id anywhere in the plan (includes too), or a null Element.
  Element find(std::string_view id) const;
  /// The `<section>` elements of this type (all sections when empty), in document order.
  std::vector<Element> sections(std::string_view type = {}) const;
  /// The section an element belongs to (the element itself if it is one).
  Element section_of(Element e) const;
  /// What a reader calls an element: its `title`, else `name`, else its text.
  std::string display_name(Element e) const;
  /// The short label the element's owning plugin published for it with
  /// Checker::publish_label (a goal's "G2", a phase's "Phase 3", a KPI's name), else
  /// display_name(e). Every plugin's validate() runs before any render(), so in render()
  /// every published label is there, whichever section comes first.
  std::string label(Element e) const;
  /// The plan's period (`<meta><period start end>`), as the core read and checked it: each
  /// end std::nullopt when absent or not a valid date (the core reports that).
  PlanPeriod period() const;
  /// A `<var>` value after `--set` overrides.
  std::optional<std::string> var(std::string_view name) const;
  /// The elements the ids in `e`'s `attribute` name (space-separated), in the order written;
  /// ids that name nothing are skipped (validation reports them).
  std::vector<Element> targets(Element e, std::string_view attribute) const;
  /// Every element whose `attribute` lists `id`, in document order: the reverse of
  /// targets(), e.g. `referring("addresses", "n-tools")` gives what addresses a need.
  /// The first call for an attribute indexes the plan once.
  std::vector<Element> referring(std::string_view attribute, std::string_view id) const;

 private:
  // Only the core makes views of its plans; plugins get them from the core.
  explicit PlanView(const detail::PlanData* data) : data_(data) {}
  friend struct detail::ViewAccess;

  const detail::PlanData* data_;
};

PLANFORGE_END_NAMESPACE
