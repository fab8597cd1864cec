// check_generic_blocks: the blocks every section may hold, wherever they stand in it.
#include "plan/attr_values.hpp"
#include "plan/flow_attributes.hpp"
#include "plan/generic_values.hpp"
#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "plan/plan_files.hpp"
#include "plan/text_util.hpp"
#include "plan/view_access.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/checker.hpp>

#include <algorithm>
#include <limits>
#include <string_view>
#include <utility>

namespace planforge::detail {

namespace {

using namespace loader;

const std::vector<std::string_view> rich(std::begin(inline_elements), std::end(inline_elements));
const std::vector<std::string_view> blocks(std::begin(generic_blocks), std::end(generic_blocks));

bool is_block(const Node& n) {
  return n.kind == Node::Kind::element && std::find(blocks.begin(), blocks.end(), n.name) != blocks.end();
}

bool has_content(const Node& e) { return !node_text(e).empty(); }

void check_block(const Node& e, Diagnostics& diags);

void check_list(const Node& list, Diagnostics& diags) {
  check_attributes(list, {}, with_flow({"ordered", "id"}, block_flow_attributes), diags);
  boolean_attribute(list, "ordered", diags);
  check_children(list, {"item"}, false, diags);
  bool any = false;
  for (const auto& item : list.children) {
    if (item->kind != Node::Kind::element || item->name != "item") continue;
    any = true;
    check_attributes(*item, {}, {"id"}, diags);
    std::vector<std::string_view> allowed = rich;
    allowed.push_back("list");
    check_children(*item, allowed, true, diags);
    for (const auto& nested : item->children)
      if (nested->kind == Node::Kind::element && nested->name == "list") {
        warn_flow_ignored(*nested, "a list inside a list item", "put it on the outermost <list>", diags);
        check_list(*nested, diags);
      }
  }
  if (!any) diags.report(code("block/list-without-items"), list.location(), "<list> has no <item>");
}

int colspan_of(const Node& cell, Diagnostics& diags) {
  const Attribute* a = cell.find_attribute("colspan");
  if (!a) return 1;
  const std::optional<long> n = parse_plain_integer(a->value);
  if (!n || *n < 1 || *n > std::numeric_limits<int>::max()) {
    diags.report(code("block/invalid-colspan"), location_of(cell, *a),
                 "colspan must be a whole number of at least 1, not '" + std::string(a->value) + "'");
    return 1;
  }
  return static_cast<int>(*n);
}

std::string columns_phrase(int n) { return std::to_string(n) + (n == 1 ? " column" : " columns"); }

void check_table(const Node& table, Diagnostics& diags) {
  check_attributes(table, {}, with_flow({"caption", "id"}, block_flow_attributes), diags);
  check_children(table, {"row"}, false, diags);
  int columns = -1;
  bool body_seen = false, any_row = false;
  for (const auto& row : table.children) {
    if (row->kind != Node::Kind::element || row->name != "row") continue;
    any_row = true;
    check_attributes(*row, {}, with_flow({"header", "id"}, row_flow_attributes), diags);
    check_flow_attributes(*row, diags);
    const bool header = boolean_attribute(*row, "header", diags).value_or(false);
    check_children(*row, {"cell"}, false, diags);
    if (header && body_seen)
      diags.report(code("block/header-below-body"), row->location(), "header row below body rows",
                   {"header rows repeat after a page break only when they open the table"});
    body_seen = body_seen || !header;
    int width = 0;
    for (const auto& cell : row->children) {
      if (cell->kind != Node::Kind::element || cell->name != "cell") continue;
      check_attributes(*cell, {}, {"align", "colspan"}, diags);
      choice_attribute(*cell, "align", {"left", "center", "right"}, diags);
      check_children(*cell, rich, true, diags);
      width += colspan_of(*cell, diags);
    }
    if (width == 0) {
      diags.report(code("block/row-without-cells"), row->location(), "<row> has no <cell>");
    } else if (columns < 0) {
      columns = width;
    } else if (width != columns) {
      diags.report(
          code("block/row-width"), row->location(),
          "row spans " + columns_phrase(width) + " but the first row spans " + std::to_string(columns),
          {"every row spans the same number of columns (count colspan too)"});
    }
  }
  if (!any_row) diags.report(code("block/table-without-rows"), table.location(), "<table> has no <row>");
}

void check_note(const Node& note, Diagnostics& diags) {
  check_attributes(note, {}, with_flow({"kind", "title", "id"}, block_flow_attributes), diags);
  choice_attribute(note, "kind", {"info", "warning"}, diags);
  std::vector<std::string_view> allowed = rich;
  allowed.push_back("p");
  check_children(note, allowed, true, diags);
  bool paragraphs = false, loose = false;
  for (const auto& child : note.children) {
    if (child->kind == Node::Kind::element && child->name == "p") {
      paragraphs = true;
      warn_flow_ignored(*child, "a paragraph inside a <note>", "put it on the <note>", diags);
      check_block(*child, diags);
    } else if (child->kind == Node::Kind::element || !is_blank(child->text)) {
      loose = true;
    }
  }
  if (paragraphs && loose)
    diags.report(code("block/note-mixed-content"), note.location(),
                 "<note> holds either text or <p> paragraphs, not both", {"wrap the loose text in <p>"});
  if (!has_content(note)) diags.report(code("block/empty-note"), note.location(), "empty <note>");
}

void check_image(const Node& image, Diagnostics& diags) {
  check_attributes(image, {"href"}, with_flow({"alt", "caption", "width", "id"}, block_flow_attributes),
                   diags);
  check_children(image, {}, false, diags);
  if (const Attribute* href = image.find_attribute("href"); href && !trim(href->value).empty()) {
    const PlanFile file = resolve_plan_file(image, trim(href->value), "image");
    if (file.problem) diags.report(*file.problem, location_of(image, *href), file.message, file.hints);
  }
  if (const Attribute* width = image.find_attribute("width"); width && !image_width(trim(width->value)))
    diags.report(code("block/invalid-width"), location_of(image, *width),
                 "width of " + describe(image) +
                     " must be a percentage of the text column from 1% to 100%, "
                     "not '" +
                     std::string(width->value) + "'",
                 {"write width=\"60%\"; without width a picture takes its natural size, at most the column"});
  if (!image.find_attribute("alt"))
    diags.report(code("block/image-without-alt"), image.location(), describe(image) + " has no alt text",
                 {"say in alt=\"…\" what the picture shows, for readers who cannot see it "
                  "(alt=\"\" marks a picture as decoration)"});
}

void check_enablers(const Node& list, Diagnostics& diags) {
  check_attributes(list, {}, with_flow({"caption", "id"}, block_flow_attributes), diags);
  check_children(list, {"enabler"}, false, diags);
  const PlanView plan = view_of(list.plan);
  Checker check(diags, plan);
  const std::vector<std::string_view> kinds(std::begin(enabler_kinds), std::end(enabler_kinds));
  bool any = false;
  for (const auto& child : list.children) {
    if (child->kind != Node::Kind::element || child->name != "enabler") continue;
    any = true;
    const Element e = element_of(child);
    check.attributes(e, {"id", "name", "kind"}, {"addresses", "owner", "due"});
    choice_attribute(*child, "kind", kinds, diags);
    if (e.has_attr("addresses")) check.references(e, "addresses", {"need"});
    if (e.has_attr("due")) check.date(e, "due");
    check_children(*child, rich, true, diags);
  }
  if (!any)
    diags.report(code("block/enablers-without-enabler"), list.location(), "<enablers> has no <enabler>");
}

void check_subsection(const Node& sub, Diagnostics& diags) {
  check_attributes(sub, {"title"}, with_flow({"id", "label"}, subsection_flow_attributes), diags);
  check_children(sub, blocks, false, diags);
  bool any = false;
  for (const auto& child : sub.children)
    if (is_block(*child)) {
      any = true;
      check_block(*child, diags);
    }
  if (!any) diags.report(code("block/empty-subsection"), sub.location(), describe(sub) + " is empty");
}

void check_paragraph(const Node& e, Diagnostics& diags) {
  check_attributes(e, {}, with_flow({"id"}, block_flow_attributes), diags);
  check_children(e, rich, true, diags);
  bool elements = false;
  for (const auto& child : e.children) elements = elements || child->kind == Node::Kind::element;
  if (!elements && !has_content(e))
    diags.report(code("block/empty-paragraph"), e.location(), "empty paragraph");
}

void check_block(const Node& e, Diagnostics& diags) {
  using Check = void (*)(const Node&, Diagnostics&);
  static constexpr std::pair<std::string_view, Check> checks[] = {
      {"p", check_paragraph},          {"list", check_list},
      {"table", check_table},          {"note", check_note},
      {"image", check_image},          {"enablers", check_enablers},
      {"subsection", check_subsection}};
  check_flow_attributes(e, diags);
  for (const auto& [name, check] : checks)
    if (e.name == name) return check(e, diags);
}

// Generic blocks may stand in the section or inside the plugin's own elements (a goal's
// description, say); the plugin's elements themselves are its business.
void find_blocks(const Node& parent, Diagnostics& diags) {
  for (const auto& child : parent.children) {
    if (child->kind != Node::Kind::element) continue;
    if (is_block(*child))
      check_block(*child, diags);
    else if (!is_inline_element(child->name))
      find_blocks(*child, diags);
  }
}

}  // namespace

void check_generic_blocks(Element section, Diagnostics& diags, const PlanView&) {
  // <ref to> targets and the inline markup were checked for the whole plan on load.
  if (node_of(section)) find_blocks(*node_of(section), diags);
}

}  // namespace planforge::detail
