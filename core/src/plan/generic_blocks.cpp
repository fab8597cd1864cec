// generic_block: <p>, <list>, <table> and <note> → document blocks, so that no plugin parses
// them again. Values were checked by check_generic_blocks; here bad values fall back to
// defaults quietly.
#include "plan/flow_attributes.hpp"
#include "plan/plan_data.hpp"
#include "plan/text_util.hpp"

#include <charconv>

namespace planforge::detail {

namespace {

using loader::trim;

Align parse_align(const Element& e) {
  const std::string v(trim(e.attr_or("align", "left")));
  if (v == "center") return Align::center;
  if (v == "right") return Align::right;
  return Align::left;
}

int parse_colspan(const Element& e) {
  const std::string v(trim(e.attr_or("colspan", "1")));
  int n = 1;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  return ec == std::errc() && end == v.data() + v.size() && n >= 1 ? n : 1;
}

List make_list(const Element& e) {
  List list;
  list.ordered = trim(e.attr_or("ordered", "false")) == "true";
  list.flow = loader::flow_attributes(*e.node());
  for (const Element& item : e.children("item")) {
    ListItem li;
    li.text = item.rich_text();   // nested lists are skipped by rich_text
    li.anchor = std::string(trim(item.attr_or("id", "")));
    for (const Element& nested : item.children("list")) li.children.push_back(make_list(nested));
    list.items.push_back(std::move(li));
  }
  return list;
}

Table make_table(const Element& e) {
  Table table;
  table.caption = loader::collapse_whitespace(e.attr_or("caption", ""));
  table.anchor = std::string(trim(e.attr_or("id", "")));
  table.flow = loader::flow_attributes(*e.node());
  for (const Element& row : e.children("row")) {
    TableRow r;
    r.header = trim(row.attr_or("header", "false")) == "true";
    r.anchor = std::string(trim(row.attr_or("id", "")));
    const Flow keeps = loader::flow_attributes(*row.node());
    r.keep_with_next = keeps.keep_with_next;
    r.keep_together = keeps.keep_together == Choice::yes;
    for (const Element& cell : row.children("cell")) {
      Cell c;
      c.text = cell.rich_text();
      c.align = parse_align(cell);
      c.colspan = parse_colspan(cell);
      r.cells.push_back(std::move(c));
    }
    table.rows.push_back(std::move(r));
  }
  return table;
}

Callout make_callout(const Element& e) {
  Callout callout;
  callout.kind = trim(e.attr_or("kind", "info")) == "warning" ? CalloutKind::warning : CalloutKind::info;
  callout.title = loader::collapse_whitespace(e.attr_or("title", ""));
  callout.anchor = std::string(trim(e.attr_or("id", "")));
  callout.flow = loader::flow_attributes(*e.node());
  const std::vector<Element> paragraphs = e.children("p");
  if (paragraphs.empty()) {
    RichText text = e.rich_text();
    if (!text.empty()) callout.paragraphs.push_back(std::move(text));
  } else {
    for (const Element& p : paragraphs) callout.paragraphs.push_back(p.rich_text());
  }
  return callout;
}

}  // namespace

std::optional<Block> generic_block(Element element) {
  const std::string_view name = element.name();
  if (name == "p") {
    Paragraph p;
    p.text = element.rich_text();
    p.anchor = std::string(trim(element.attr_or("id", "")));
    p.flow = loader::flow_attributes(*element.node());
    return Block{std::move(p)};
  }
  if (name == "list") return Block{make_list(element)};
  if (name == "table") return Block{make_table(element)};
  if (name == "note") return Block{make_callout(element)};
  return std::nullopt;
}

}  // namespace planforge::detail
