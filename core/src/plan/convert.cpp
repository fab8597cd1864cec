#include "plan/convert.hpp"

#include "plan/text_util.hpp"

#include <cstring>

namespace planforge::detail::loader {

namespace {

bool is_text(pugi::xml_node n) {
  return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
}

bool is_inline(pugi::xml_node n) {
  return n.type() == pugi::node_element && is_inline_element(n.name());
}

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

std::unique_ptr<Node> Converter::start_element(XmlFile& file, pugi::xml_node from, Node* parent) {
  auto node = std::make_unique<Node>();
  node->kind = Node::Kind::element;
  node->name = from.name();
  node->parent = parent;
  node->plan = &ctx_.plan;
  node->file = file.index;
  const LineColumn where = file.locate(from.name() - 1);  // the '<'
  node->line = where.line;
  node->column = where.column;
  attributes(file, from, *node);
  return node;
}

std::unique_ptr<Node> Converter::shallow(XmlFile& file, pugi::xml_node from, Node* parent) {
  return start_element(file, from, parent);
}

std::unique_ptr<Node> Converter::element(XmlFile& file, pugi::xml_node from, Node* parent,
                                         bool includes_allowed) {
  std::unique_ptr<Node> node = start_element(file, from, parent);
  // Indexed before the children, so that the first of two equal ids in document order is
  // the one kept. The <plan id> names the document and is not indexed.
  if (parent) index_element(*node, ctx_.plan, ctx_.diags);
  std::size_t count = 0;
  for (pugi::xml_node child = from.first_child(); child; child = child.next_sibling()) ++count;
  node->children.reserve(count);
  children(file, from, *node, includes_allowed);
  if (is_inline_element(node->name)) {
    check_inline_element(*node, ctx_.diags);
    if (node->name == "ref") ctx_.refs.push_back(node.get());
  }
  return node;
}

void Converter::attributes(XmlFile& file, pugi::xml_node from, Node& to) {
  std::size_t count = 0;
  for (pugi::xml_attribute a = from.first_attribute(); a; a = a.next_attribute()) ++count;
  to.attributes.reserve(count);
  for (pugi::xml_attribute a = from.first_attribute(); a; a = a.next_attribute()) {
    const std::string_view name = a.name();
    const LineColumn where = file.locate(a.name());
    if (const Attribute* first = to.find_attribute(name)) {
      // pugixml keeps both; XML forbids it and the reader cannot know which one counts.
      ctx_.diags.error(Location{file.display, where.line, where.column},
                       "duplicate attribute '" + std::string(name) + "'");
      ctx_.diags.note(Location{file.display, first->line, first->column},
                      "'" + std::string(name) + "' first given here");
      continue;
    }
    const char* value = a.value();
    const bool in_buffer = value >= file.buffer.data() && value < file.buffer.data() + file.buffer.size();
    const std::size_t value_offset = in_buffer ? file.offset_of(value) : file.offset_of(a.name());
    const std::string_view raw = value;
    if (in_buffer && value_offset > 0 && raw.find('&') != std::string_view::npos)
      check_entities(file, value_offset, file.original[value_offset - 1], ctx_.diags);
    Attribute& attr = to.attributes.emplace_back();
    attr.name = name;
    attr.value = expand(file, raw, value_offset, true);
    attr.line = where.line;
    attr.column = where.column;
  }
}

void Converter::children(XmlFile& file, pugi::xml_node from, Node& to, bool includes_allowed) {
  for (pugi::xml_node child : from.children()) {
    if (child.type() == pugi::node_element) {
      if (std::strcmp(child.name(), "include") == 0) {
        if (includes_allowed) {
          expand_include(*this, file, child, to);
        } else {
          ctx_.diags.error(file.at(child.name() - 1),
                           "<include> is not allowed inside <" + to.name + ">",
                           {"an <include> stands where a <section> may: directly in <plan> or "
                            "in an included <sections>"});
        }
        continue;
      }
      to.children.push_back(element(file, child, &to));
    } else if (is_text(child)) {
      text(file, child, to);
    }
  }
}

void Converter::text(XmlFile& file, pugi::xml_node from, Node& to) {
  const std::string_view value = from.value();
  const bool cdata = from.type() == pugi::node_cdata;
  if (!cdata && is_blank(value)) {
    // Indentation between structural elements is noise (and half the nodes of a plan). It
    // is kept, as one space, only where it can separate words: inside or beside inline
    // markup and next to other text.
    const pugi::xml_node prev = from.previous_sibling(), next = from.next_sibling();
    const bool matters = is_inline_element(to.name) || is_inline(prev) || is_inline(next) ||
                         is_text(prev) || is_text(next);
    if (!matters) return;
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::text;
    node->text = " ";
    node->parent = &to;
    node->plan = &ctx_.plan;
    node->file = file.index;
    const LineColumn where = file.locate(value.data());
    node->line = where.line;
    node->column = where.column;
    to.children.push_back(std::move(node));
    return;
  }
  const std::size_t offset = file.offset_of(value.data());
  auto node = std::make_unique<Node>();
  node->kind = Node::Kind::text;
  node->parent = &to;
  node->plan = &ctx_.plan;
  node->file = file.index;
  const LineColumn where = file.lines->locate(offset);
  node->line = where.line;
  node->column = where.column;
  if (!cdata && value.find('&') != std::string_view::npos)
    check_entities(file, offset, '<', ctx_.diags);
  node->text = expand(file, value, offset, !cdata);
  to.children.push_back(std::move(node));
}

std::string Converter::expand(XmlFile& file, std::string_view value, std::size_t offset,
                              bool entities) {
  if (value.find('$') == std::string_view::npos) return std::string(value);
  std::vector<ExpandProblem> problems;
  std::string out = ctx_.vars.expand(value, &problems);
  for (ExpandProblem& p : problems)
    ctx_.diags.error(file.at(original_offset(file, offset, p.index, entities)),
                     std::move(p.message), std::move(p.hints));
  return out;
}

}  // namespace planforge::detail::loader
