// The limits on a file's shape, checked on pugixml's tree before anything recursive sees it.
#include "plan/convert.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/limits.hpp>

namespace planforge::detail::loader {

namespace {

// Attributes of one element; reports the first past the limit.
bool check_attribute_count(XmlFile& file, pugi::xml_node e, const Limits& limits, Diagnostics& diags) {
  std::uint64_t n = 0;
  for (pugi::xml_attribute a = e.first_attribute(); a; a = a.next_attribute()) {
    if (++n <= limits.attributes) continue;
    diags.report(
        code("limit/attributes"), file.at(a.name()),
        "<" + std::string(e.name()) + "> has more than " + thousands(limits.attributes) + " attributes",
        {limit_hint("attributes")});
    return false;
  }
  return true;
}

}  // namespace

bool check_structure(XmlFile& file, LoadContext& ctx) {
  const pugi::xml_node root = file.doc.document_element();
  if (!root) return true;
  const Limits& limits = ctx.limits;
  // Pre-order, by first child, next sibling and parent: no stack at all.
  pugi::xml_node node = root;
  std::uint64_t depth = std::uint64_t{file.depth} + 1;
  for (;;) {
    if (node.type() == pugi::node_element) {
      if (depth > limits.depth) {
        ctx.diags.report(code("limit/depth"), file.at(node.name() - 1),
                         "elements are nested more than " + thousands(limits.depth) + " levels deep here",
                         {limit_hint("depth")});
        return false;
      }
      if (++ctx.elements > limits.elements) {
        ctx.diags.report(code("limit/elements"), file.at(node.name() - 1),
                         "the plan has more than " + thousands(limits.elements) + " elements" +
                             (file.index == 0 ? "" : " with its includes"),
                         {limit_hint("elements")});
        return false;
      }
      if (!check_attribute_count(file, node, limits, ctx.diags)) return false;
      if (const pugi::xml_node child = node.first_child()) {
        node = child;
        ++depth;
        continue;
      }
    }
    while (node != root && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node == root) return true;
    node = node.next_sibling();
  }
}

}  // namespace planforge::detail::loader
