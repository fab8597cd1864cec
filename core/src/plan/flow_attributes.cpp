#include "plan/flow_attributes.hpp"

#include "plan/node_checks.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <charconv>
#include <cmath>

namespace planforge::detail::loader {

const std::vector<std::string_view> section_flow_attributes = {"start", "min-space", "orientation"};
const std::vector<std::string_view> block_flow_attributes = {"page-break-before", "keep-with-next",
                                                             "keep-together", "orientation"};
const std::vector<std::string_view> subsection_flow_attributes = {"page-break-before", "keep-together",
                                                                  "orientation"};
const std::vector<std::string_view> row_flow_attributes = {"keep-with-next", "keep-together"};

std::optional<double> percentage(std::string_view text) {
  text = trim(text);
  if (text.size() < 2 || text.back() != '%') return std::nullopt;
  text.remove_suffix(1);
  for (char c : text)
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value > 100)
    return std::nullopt;
  return value / 100;
}

namespace {

Choice choice_of(const Node& e, std::string_view name) {
  const Attribute* a = e.find_attribute(name);
  if (!a) return Choice::automatic;
  const std::string_view v = trim(a->value);
  return v == "true" ? Choice::yes : v == "false" ? Choice::no : Choice::automatic;
}

}  // namespace

std::vector<std::string_view> with_flow(std::vector<std::string_view> own,
                                        const std::vector<std::string_view>& flow) {
  own.insert(own.end(), flow.begin(), flow.end());
  return own;
}

void check_flow_attributes(const Node& e, Diagnostics& diags) {
  for (const char* name : {"page-break-before", "keep-with-next", "keep-together"})
    boolean_attribute(e, name, diags);
  choice_attribute(e, "orientation", {"portrait", "landscape"}, diags);
  const auto start = choice_attribute(e, "start", {"new-page", "continue"}, diags);
  if (const Attribute* a = e.find_attribute("min-space")) {
    if (!percentage(a->value))
      diags.report(code("plan/invalid-percentage"), location_of(e, *a),
                   "attribute 'min-space' of " + describe(e) +
                       " must be a percentage from 0% to 100%, not '" + std::string(a->value) + "'",
                   {"the share of the page's text height that must remain, e.g. min-space=\"30%\""});
    else if (start == "new-page")
      diags.report(code("plan/flow-without-effect"), location_of(e, *a),
                   "min-space has no effect on a section that starts a new page",
                   {"use start=\"continue\" to let the section share a page"});
  }
}

void warn_flow_ignored(const Node& e, const std::string& what, const std::string& hint, Diagnostics& diags) {
  for (std::string_view name : block_flow_attributes)
    if (const Attribute* a = e.find_attribute(name))
      diags.report(code("plan/flow-without-effect"), location_of(e, *a),
                   "'" + std::string(name) + "' has no effect on " + what, {hint});
}

Flow flow_attributes(const Node& e) {
  Flow flow;
  flow.page_break_before = choice_of(e, "page-break-before");
  if (const Attribute* start = e.find_attribute("start")) {
    const std::string_view v = trim(start->value);
    if (v == "new-page") flow.page_break_before = Choice::yes;
    if (v == "continue") flow.page_break_before = Choice::no;
  }
  if (const Attribute* a = e.find_attribute("min-space")) flow.min_space = percentage(a->value);
  flow.keep_with_next = choice_of(e, "keep-with-next") == Choice::yes;
  flow.keep_together = choice_of(e, "keep-together");
  if (const Attribute* o = e.find_attribute("orientation")) flow.landscape = trim(o->value) == "landscape";
  return flow;
}

}  // namespace planforge::detail::loader
