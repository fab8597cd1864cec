#pragma once
/// @file checker.hpp  Validation helpers, so every plugin reports the same mistakes with the
/// same words and a `file:line:col` pointing at the attribute.

#include <planforge/date.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/element.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// Checks elements and attributes, reporting each problem to the diagnostics and returning
/// the parsed value (std::nullopt / null when absent or invalid). None of these throw.
class PLANFORGE_API Checker {
 public:
  Checker(Diagnostics& diagnostics, const PlanView& plan) : diags_(diagnostics), plan_(plan) {}

  Diagnostics& diagnostics() { return diags_; }
  const PlanView& plan() const { return plan_; }

  /// Error for each attribute in `required` that is missing or empty, and for each attribute
  /// that is in neither list (with a "did you mean" hint for near misses).
  void attributes(Element e, std::initializer_list<std::string_view> required,
                  std::initializer_list<std::string_view> optional = {});
  /// Error for each child element whose name is not in `allowed`; the generic blocks
  /// (p, list, table, note, subsection, image, enablers) are allowed too when `allow_generic`. Naming any
  /// rich-text markup (b, i, sub, sup, br, link, ref) allows all of it.
  void children(Element e, std::initializer_list<std::string_view> allowed, bool allow_generic = true);
  /// Error when the element has no text content.
  void has_text(Element e);

  /// A plain decimal number within [min, max] when those are given.
  std::optional<double> number(Element e, std::string_view attr, std::optional<double> min = std::nullopt,
                               std::optional<double> max = std::nullopt);
  /// A whole number within [min, max].
  std::optional<long> integer(Element e, std::string_view attr, std::optional<long> min = std::nullopt,
                              std::optional<long> max = std::nullopt);
  /// An ISO 8601 date (reduced precision allowed, see Date).
  std::optional<Date> date(Element e, std::string_view attr);
  /// One of `allowed`, listed in the error when it is not.
  std::optional<std::string> choice(Element e, std::string_view attr,
                                    std::initializer_list<std::string_view> allowed);
  /// "true" or "false".
  std::optional<bool> boolean(Element e, std::string_view attr);

  /// An id naming an element whose name is one of `kinds` (any element when empty); an error
  /// at the attribute otherwise ("kpi 'fcr' references unknown goal 'g-x'").
  Element reference(Element e, std::string_view attr, std::initializer_list<std::string_view> kinds);
  /// A space-separated list of such ids; each bad one is reported.
  std::vector<Element> references(Element e, std::string_view attr,
                                  std::initializer_list<std::string_view> kinds);
  /// One id that is part of attribute `attr`'s value, for attributes with a syntax of their
  /// own (`depends-on="ph-a:ss+2w"` names "ph-a"): checked and reported like reference(),
  /// with "did you mean" hints, at the attribute.
  Element reference_in(Element e, std::string_view attr, std::string_view id,
                       std::initializer_list<std::string_view> kinds);

  /// Publishes what readers call `e`, one of this plugin's own elements (a goal's "G2", a
  /// phase's "Phase 3"), for any plugin to ask with PlanView::label. A later call for the
  /// same element replaces the label; an empty label withdraws it.
  void publish_label(Element e, std::string label);

 private:
  Diagnostics& diags_;
  const PlanView& plan_;
};

/// The names along a chain or a cycle, for a message: "'a' → 'b' → 'a'" (without the quotes
/// when `quote` is false). A long chain keeps its first and last names around
/// "… (N more) …", so that a cycle through fifty thousand phases is still a readable line.
PLANFORGE_API std::string format_chain(const std::vector<std::string_view>& names, bool quote = true);

PLANFORGE_END_NAMESPACE
