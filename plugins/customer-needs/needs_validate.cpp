#include "needs_validate.hpp"

#include "needs_codes.hpp"
#include "needs_model.hpp"

#include <string>

namespace needs {

using planforge::Checker;
using planforge::Element;

namespace {

void check_segment(Element segment, Checker& check) {
  check.attributes(segment, {"id", "name"}, {"internal"});
  check.children(segment, {"b", "i", "link", "ref"}, /*allow_generic=*/false);
  if (segment.has_attr("internal")) check.boolean(segment, "internal");
}

void check_need(Element need, Checker& check) {
  check.attributes(need, {"id", "name", "importance", "capability"}, {"source", "segments", "short"});
  // The text content is the need's description (rich text); blocks have no place in a list
  // item.
  check.children(need, {"b", "i", "link", "ref"}, /*allow_generic=*/false);
  if (need.has_attr("importance")) check.number(need, "importance", 1.0, 5.0);
  if (need.has_attr("capability")) check.number(need, "capability", 1.0, 5.0);
  // references() also warns about an id listed twice.
  if (need.has_attr("segments")) check.references(need, "segments", {"segment"});
}

}  // namespace

void validate_section(Element section, Checker& check) {
  check.children(section, {"segment", "need"});
  for (const Element& s : section.children("segment")) check_segment(s, check);
  const auto all_needs = section.children("need");
  for (const Element& n : all_needs) check_need(n, check);
  if (all_needs.empty())
    check.diagnostics().report(
        code("customer-needs/no-needs"), section.location(), "customer-needs section has no need",
        {"add <need id name importance=\"1-5\" capability=\"1-5\"> elements rated by customers"});
}

}  // namespace needs
