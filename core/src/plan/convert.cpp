#include "plan/convert.hpp"

#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace planforge::detail::loader {

namespace {

bool is_text(pugi::xml_node n) { return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata; }

bool is_inline(pugi::xml_node n) { return n.type() == pugi::node_element && is_inline_element(n.name()); }

}  // namespace

std::uint32_t LoadContext::file_index(const std::filesystem::path& canonical, std::string display) {
  const auto it = file_indexes.find(canonical);
  if (it != file_indexes.end()) return it->second;
  const auto index = static_cast<std::uint32_t>(plan.files.size());
  plan.files.push_back(std::move(display));
  plan.paths.push_back(canonical);
  file_indexes.emplace(canonical, index);
  return index;
}

Node* Converter::new_node(Node::Kind kind, const XmlFile& file, LineColumn where, Node* parent) {
  Node* node = ctx_.plan.arena.make<Node>();
  node->kind = kind;
  node->parent = parent;
  node->plan = &ctx_.plan;
  node->file = file.index;
  node->line = where.line;
  node->column = where.column;
  return node;
}

std::span<Node*> Converter::keep(const std::vector<Node*>& nodes) {
  if (nodes.empty()) return {};
  Node** kept = ctx_.plan.arena.make<Node*>(nodes.size());
  std::copy(nodes.begin(), nodes.end(), kept);
  return {kept, nodes.size()};
}

Node* Converter::start_element(XmlFile& file, pugi::xml_node from, Node* parent) {
  Node* node = new_node(Node::Kind::element, file, file.locate(from.name() - 1), parent);  // the '<'
  node->name = from.name();
  attributes(file, from, *node);
  return node;
}

Node* Converter::shallow(XmlFile& file, pugi::xml_node from, Node* parent) {
  return start_element(file, from, parent);
}

Node* Converter::element(XmlFile& file, pugi::xml_node from, Node* parent, bool includes_allowed) {
  Node* node = start_element(file, from, parent);
  // Indexed before the children, so that the first of two equal ids in document order is
  // the one kept. The <plan id> names the document and is not indexed.
  if (parent) index_element(*node, ctx_.plan, ctx_.diags);
  if (scratch_.size() <= depth_) scratch_.emplace_back();
  std::vector<Node*>& kids = scratch_[depth_];
  kids.clear();
  ++depth_;
  children(file, from, *node, kids, includes_allowed);
  --depth_;
  node->children = keep(kids);
  if (is_inline_element(node->name)) {
    check_inline_element(*node, ctx_.diags);
    if (node->name == "ref") ctx_.refs.push_back(node);
  }
  return node;
}

void Converter::attributes(XmlFile& file, pugi::xml_node from, Node& to) {
  std::size_t count = 0;
  for (pugi::xml_attribute a = from.first_attribute(); a; a = a.next_attribute()) ++count;
  if (count == 0) return;
  Attribute* kept = ctx_.plan.arena.make<Attribute>(count);
  std::size_t used = 0;
  // Duplicates are looked up in a hash map when there are many attributes: comparing each
  // with all before it would be quadratic in the attributes of one element.
  constexpr std::size_t few = 16;
  std::unordered_map<std::string_view, const Attribute*> seen;
  for (pugi::xml_attribute a = from.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    const LineColumn where = file.locate(a.name());
    to.attributes = {kept, used};  // what find_attribute sees: the ones kept so far
    const Attribute* first = count <= few ? to.find_attribute(name) : nullptr;
    if (count > few)
      if (const auto it = seen.find(name); it != seen.end()) first = it->second;
    if (first) {
      // pugixml keeps both; XML forbids it and the reader cannot know which one counts.
      ctx_.diags.report(code("xml/duplicate-attribute"), Location{file.display, where.line, where.column},
                        "duplicate attribute '" + std::string(name) + "'");
      ctx_.diags.note(Location{file.display, first->line, first->column},
                      "'" + std::string(name) + "' first given here");
      continue;
    }
    const char* value = a.value();
    const std::size_t value_offset = file.in_buffer(value) ? file.offset_of(value) : file.offset_of(a.name());
    const std::string_view raw = value;
    Attribute& attr = kept[used++];
    attr.name = name;
    attr.value = expand(file, raw, value_offset, true);
    attr.line = where.line;
    attr.column = where.column;
    if (attr.value.size() > max_value_bytes)
      ctx_.diags.report(
          code("value/too-long"), Location{file.display, where.line, where.column},
          "the value of '" + std::string(name) + "' is " + thousands(attr.value.size()) +
              " bytes long; a value may hold at most 65,535 bytes",
          {"a value becomes one PDF string (a title, a bookmark, a link), which cannot be longer"});
    if (count > few) seen.emplace(name, &attr);
  }
  to.attributes = {kept, used};
}

void Converter::children(XmlFile& file, pugi::xml_node from, Node& to, std::vector<Node*>& out,
                         bool includes_allowed) {
  for (pugi::xml_node child : from.children()) {
    if (child.type() == pugi::node_element) {
      if (std::strcmp(child.name(), "include") == 0) {
        if (includes_allowed) {
          expand_include(*this, file, child, to, out);
        } else {
          ctx_.diags.report(code("include/misplaced"), file.at(child.name() - 1),
                            "<include> is not allowed inside <" + std::string(to.name) + ">",
                            {"an <include> stands where a <section> may: directly in <plan> or "
                             "in an included <sections>"});
        }
        continue;
      }
      out.push_back(element(file, child, &to));
    } else if (is_text(child)) {
      if (Node* text_node = text(file, child, to)) out.push_back(text_node);
    }
  }
}

Node* Converter::text(XmlFile& file, pugi::xml_node from, Node& to) {
  const std::string_view value = from.value();
  const bool cdata = from.type() == pugi::node_cdata;
  if (!cdata && is_blank(value)) {
    // Indentation between structural elements is noise (and half the nodes of a plan). It
    // is kept, as one space, only where it can separate words: inside or beside inline
    // markup and next to other text.
    const pugi::xml_node prev = from.previous_sibling(), next = from.next_sibling();
    const bool matters =
        is_inline_element(to.name) || is_inline(prev) || is_inline(next) || is_text(prev) || is_text(next);
    if (!matters) return nullptr;
    Node* node = new_node(Node::Kind::text, file, file.locate(value.data()), &to);
    node->text = " ";
    return node;
  }
  const std::size_t offset = file.offset_of(value.data());
  Node* node = new_node(Node::Kind::text, file, file.lines->locate(offset), &to);
  node->text = expand(file, value, offset, !cdata);
  return node;
}

std::string_view Converter::expand(XmlFile& file, std::string_view value, std::size_t offset, bool entities) {
  if (value.find('$') == std::string_view::npos) return value;
  std::vector<ExpandProblem> problems;
  std::string out = ctx_.vars.expand(value, &problems);
  if (!problems.empty()) {
    // One pass over the value for all of its problems: a paragraph with 40,000 undefined
    // ${x} must not be walked from its start 40,000 times.
    std::vector<std::size_t> at;
    at.reserve(problems.size());
    for (const ExpandProblem& p : problems) at.push_back(p.index);
    original_offsets(file, offset, at, entities);
    for (std::size_t i = 0; i < problems.size(); ++i)
      ctx_.diags.report(*problems[i].code, file.at(at[i]), std::move(problems[i].message),
                        std::move(problems[i].hints));
  }
  if (out == value) return value;
  return ctx_.plan.strings.emplace_back(std::move(out));
}

}  // namespace planforge::detail::loader
