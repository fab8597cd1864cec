#pragma once
// Checks on plain nodes, shared by the loader's checks of core elements, the generic-block
// checks and planforge::Checker, so that every part words a mistake the same way.

#include "plan/plan_data.hpp"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail::loader {

// How messages name an element: "kpi 'fcr'" when it has an id, else "<kpi>".
std::string describe(const Node& e);

Location location_of(const Node& e, const Attribute& a);

// Where the first non-blank character of a text node is.
Location text_location(const Node& text);

// Error for each attribute of `e` in neither list (with a did-you-mean hint), and for each
// attribute of `required` that is missing or blank.
void check_attributes(const Node& e, const std::vector<std::string_view>& required,
                      const std::vector<std::string_view>& optional, Diagnostics& diags);

// Error for each child element whose name is not in `allowed` ("unknown element <x> in
// <y>", with a did-you-mean hint) and, when `text_allowed` is false, for non-blank text.
void check_children(const Node& e, const std::vector<std::string_view>& allowed, bool text_allowed,
                    Diagnostics& diags);

// Error when an element that holds plain text has child elements.
void check_plain_text(const Node& e, Diagnostics& diags);

// "true" / "false"; an error at the attribute (and std::nullopt) for anything else.
std::optional<bool> boolean_attribute(const Node& e, std::string_view name, Diagnostics& diags);

// One of `allowed`; an error listing them (and std::nullopt) otherwise.
std::optional<std::string> choice_attribute(const Node& e, std::string_view name,
                                            const std::vector<std::string_view>& allowed, Diagnostics& diags);

// An ISO 8601 value (see planforge::Date), or an error at `where` saying what is wrong.
std::optional<Date> parse_date_value(std::string_view text, const Location& where, Diagnostics& diags);

// The text of a node and its descendants, markup dropped, white space collapsed.
std::string node_text(const Node& e);

}  // namespace planforge::detail::loader
