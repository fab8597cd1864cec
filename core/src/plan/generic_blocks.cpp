// generic_block: <p>, <list>, <table> and <note> → document blocks, so that no plugin parses
// them again. Values were checked by check_generic_blocks; here bad values fall back to
// defaults quietly.
#include "plan/flow_attributes.hpp"
#include "plan/generic_values.hpp"
#include "plan/plan_data.hpp"
#include "plan/plan_files.hpp"
#include "plan/text_util.hpp"
#include "plan/view_access.hpp"

#include <planforge/date.hpp>

#include <limits>

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
  const std::optional<long> n = e.integer("colspan");  // checked by colspan_of (generic_checks.cpp)
  return n && *n >= 1 && *n <= std::numeric_limits<int>::max() ? static_cast<int>(*n) : 1;
}

List make_list(const Element& e) {
  List list;
  list.ordered = trim(e.attr_or("ordered", "false")) == "true";
  list.flow = loader::flow_attributes(*node_of(e));
  for (const Element& item : e.children("item")) {
    ListItem li;
    li.text = item.rich_text();  // nested lists are skipped by rich_text
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
  table.flow = loader::flow_attributes(*node_of(e));
  for (const Element& row : e.children("row")) {
    TableRow r;
    r.header = trim(row.attr_or("header", "false")) == "true";
    r.anchor = std::string(trim(row.attr_or("id", "")));
    const Flow keeps = loader::flow_attributes(*node_of(row));
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
  callout.flow = loader::flow_attributes(*node_of(e));
  const std::vector<Element> paragraphs = e.children("p");
  if (paragraphs.empty()) {
    RichText text = e.rich_text();
    if (!text.empty()) callout.paragraphs.push_back(std::move(text));
  } else {
    for (const Element& p : paragraphs) callout.paragraphs.push_back(p.rich_text());
  }
  return callout;
}

Image make_image(const Element& e) {
  Image image;
  image.file = resolve_plan_file(*node_of(e), trim(e.attr_or("href", "")), "image").path.string();
  image.alt = loader::collapse_whitespace(e.attr_or("alt", ""));
  image.caption = loader::collapse_whitespace(e.attr_or("caption", ""));
  image.width = image_width(trim(e.attr_or("width", ""))).value_or(0);
  image.anchor = std::string(trim(e.attr_or("id", "")));
  image.flow = loader::flow_attributes(*node_of(e));
  return image;
}

// A header never wraps inside itself ("In place by", not "In / place / by").
std::string no_break(std::string words) {
  for (std::size_t at = words.find(' '); at != std::string::npos; at = words.find(' ', at))
    words.replace(at, 1, "\u00A0");
  return words;
}

// A table: each enabler's name (bold) over its description, its kind, owner and date when
// any enabler has them, and the needs it addresses as cross-references.
Table make_enablers(const Element& e, const PlanView& plan, const Locale& locale) {
  Table table;
  table.caption = loader::collapse_whitespace(e.attr_or("caption", ""));
  table.anchor = std::string(trim(e.attr_or("id", "")));
  table.flow = loader::flow_attributes(*node_of(e));
  const std::vector<Element> enablers = e.children("enabler");
  bool owners = false, dates = false;
  for (const Element& en : enablers) {
    owners = owners || en.has_attr("owner");
    dates = dates || en.has_attr("due");
  }
  TableRow header;
  header.header = true;
  for (const char* key : {"enablers.enabler", "enablers.kind"})
    header.cells.push_back(Cell{plain(locale.text(key))});
  if (owners) header.cells.push_back(Cell{plain(locale.text("enablers.owner"))});
  if (dates) header.cells.push_back(Cell{plain(no_break(locale.text("enablers.due")))});
  header.cells.push_back(Cell{plain(locale.text("enablers.addresses"))});
  // The names and descriptions get a fixed share, so that they read as paragraphs; the
  // other columns take what their content needs.
  table.columns.assign(header.cells.size(), Column{});
  table.columns.front().fraction = 0.42;
  table.rows.push_back(std::move(header));
  for (const Element& en : enablers) {
    TableRow row;
    row.anchor = std::string(trim(en.attr_or("id", "")));
    RichText what = bold(loader::collapse_whitespace(en.attr_or("name", "")));
    RichText description = en.rich_text();
    if (!description.empty()) {
      what.push_back(Run{"\n"});
      what.insert(what.end(), description.begin(), description.end());
    }
    row.cells.push_back(Cell{std::move(what)});
    row.cells.push_back(
        Cell{plain(locale.text("enablers.kind." + std::string(trim(en.attr_or("kind", "")))))});
    if (owners) row.cells.push_back(Cell{plain(loader::collapse_whitespace(en.attr_or("owner", "")))});
    if (dates) {
      const auto due = Date::parse(trim(en.attr_or("due", "")));
      row.cells.push_back(Cell{plain(due ? locale.date(*due, TextLength::medium) : std::string())});
    }
    RichText needs;
    for (const Element& need : plan.targets(en, "addresses")) {
      if (!needs.empty()) needs.push_back(Run{"\n"});
      Run ref;
      ref.ref = need.attr_or("id", "");
      needs.push_back(std::move(ref));
    }
    row.cells.push_back(Cell{needs.empty() ? plain("\u2014") : std::move(needs)});
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

std::optional<double> image_width(std::string_view written) {
  const std::optional<double> share = loader::percentage(written);
  if (!share || *share < 0.01) return std::nullopt;  // 0% is no picture at all
  return share;
}

std::optional<Block> generic_block(Element element, const Locale& locale) {
  const std::string_view name = element.name();
  if (name == "p") {
    Paragraph p;
    p.text = element.rich_text();
    p.anchor = std::string(trim(element.attr_or("id", "")));
    p.flow = loader::flow_attributes(*node_of(element));
    return Block{std::move(p)};
  }
  if (name == "list") return Block{make_list(element)};
  if (name == "table") return Block{make_table(element)};
  if (name == "note") return Block{make_callout(element)};
  if (name == "image") return Block{make_image(element)};
  if (name == "enablers" && node_of(element))
    return Block{make_enablers(element, view_of(node_of(element)->plan), locale)};
  return std::nullopt;
}

}  // namespace planforge::detail
