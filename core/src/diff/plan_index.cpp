#include "diff/plan_index.hpp"

#include "plan/text_util.hpp"
#include "plan/view_access.hpp"

#include <planforge/element.hpp>

namespace planforge::detail::diff {

namespace {

using loader::collapse_whitespace;

// The attributes that name a child record among its siblings, in order of preference:
// <target period>, <sla stage>, <factor kind>, <value name>, <role title>, <revision version>.
constexpr std::string_view key_attributes[] = {"period", "stage", "kind", "name", "title", "version", "date"};

struct Text {
  std::string value, shown;
};

// An element's own text: its content with inline markup, without the child elements that
// are records or blocks of their own. Refs and links count in the comparison by target.
Text text_of(const Node& node) {
  Text t;
  for (const Run& run : element_of(&node).rich_text()) {
    std::string piece = run.text;
    if (!run.ref.empty() && piece.empty()) piece = "→" + run.ref;
    t.shown += piece;
    t.value += piece;
    if (!run.ref.empty()) t.value += "<ref " + run.ref + ">";
    if (!run.link.empty()) t.value += "<link " + run.link + ">";
  }
  t.shown = collapse_whitespace(t.shown);
  t.value = collapse_whitespace(t.value);
  return t;
}

bool is_block(std::string_view name) {
  return name == "p" || name == "list" || name == "table" || name == "note" || name == "subsection";
}

std::string attr(const Node& node, std::string_view name) {
  const Attribute* a = node.find_attribute(name);
  return a ? collapse_whitespace(a->value) : std::string();
}

Location at(const Node& node, const Attribute& a) {
  Location where = node.location();
  where.line = a.line;
  where.column = a.column;
  return where;
}

// What comes out of a frame of the walk.
struct Frame {
  const Node* node;
  std::size_t owner;  // index of the item it belongs to
  RecordChain chain;  // the records around it (empty directly in an item)
  std::string key;    // its record key, decided among its siblings
};

class Indexer {
 public:
  explicit Indexer(const PlanData& plan) : plan_(plan) {}

  PlanIndex run() {
    plan_.ids.for_each([&](std::string_view id, const Node*) { index_.ids.insert(std::string(id)); });
    if (!plan_.root) return std::move(index_);
    add_item(*plan_.root, "plan", std::string(), std::string());
    push_children(*plan_.root, 0, {});
    while (!stack_.empty()) {
      Frame f = std::move(stack_.back());
      stack_.pop_back();
      visit(f);
    }
    return std::move(index_);
  }

 private:
  const PlanData& plan_;
  PlanIndex index_;
  std::vector<Frame> stack_;
  std::map<std::string, int> untitled_sections_;

  std::string item_key(const Node& e) {
    if (const std::string id = attr(e, "id"); !id.empty()) return id;
    if (e.name != "section") return std::string(e.name);  // meta, vars: one each
    const std::string type = attr(e, "type");
    return "section:" + type + "#" + std::to_string(++untitled_sections_[type]);
  }

  // What a reader calls it: its title or name; the plan its title; a section without one its
  // type; anything else its own text (never the text of everything inside it).
  std::string name_of(const Node& e) const {
    for (std::string_view a : {"title", "name"})
      if (std::string v = attr(e, a); !v.empty()) return v;
    if (&e == plan_.root) return plan_.meta.title;
    if (e.name == "section") return attr(e, "type");
    if (e.name == "meta" || e.name == "vars") return {};
    return text_of(e).shown;
  }

  bool is_item(const Node& e) const {
    if (!attr(e, "id").empty()) return true;
    return e.parent == plan_.root && (e.name == "section" || e.name == "meta" || e.name == "vars");
  }

  std::size_t add_item(const Node& e, std::string key, std::string parent, std::string section) {
    Item item;
    item.key = std::move(key);
    item.node = &e;
    item.element = std::string(e.name);
    item.name = name_of(e);
    item.parent = std::move(parent);
    item.section = e.name == "section" ? item.key : std::move(section);
    const std::size_t index = index_.items.size();
    index_.by_key.emplace(item.key, index);
    index_.items.push_back(std::move(item));
    add_fields(index, e, {});
    return index;
  }

  void add_field(Item& item, std::string path, Field field) {
    if (item.fields.emplace(path, std::move(field)).second) item.order.push_back(std::move(path));
  }

  // The attributes and own text of `e`, as fields of the item (of a record in it when
  // `chain` is not empty).
  void add_fields(std::size_t index, const Node& e, const RecordChain& chain) {
    Item& item = index_.items[index];
    const std::string path = record_path(chain);
    for (const Attribute& a : e.attributes) {
      if ((chain.empty() && a.name == "id") || loader::is_xml_machinery(a.name)) continue;
      const std::string value = collapse_whitespace(a.value);
      add_field(item, path + "@" + std::string(a.name),
                Field{value, value, chain, std::string(a.name), at(e, a)});
    }
    if (e.name == "plan") return;  // its text is the sections
    Text t = text_of(e);
    if (!t.value.empty())
      add_field(item, chain.empty() ? "text" : path, Field{t.value, t.shown, chain, {}, e.location()});
  }

  void push_children(const Node& e, std::size_t owner, const RecordChain& chain) {
    std::map<std::string, int> seen;
    std::vector<Frame> frames;
    for (const Node* child : e.children) {
      if (child->kind != Node::Kind::element || loader::is_inline_element(child->name)) continue;
      std::string key;
      if (!is_item(*child) && !is_block(child->name)) {
        for (std::string_view k : key_attributes)
          if (key = attr(*child, k); !key.empty()) break;
        const int n = ++seen[std::string(child->name) + "\n" + key];
        if (key.empty())
          key = "#" + std::to_string(n);
        else if (n > 1)
          key += " #" + std::to_string(n);
      }
      frames.push_back(Frame{child, owner, chain, std::move(key)});
    }
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) stack_.push_back(std::move(*it));
  }

  void visit(const Frame& f) {
    const Node& e = *f.node;
    if (is_item(e)) {
      const Item& owner = index_.items[f.owner];
      const std::size_t index = add_item(e, item_key(e), owner.key, owner.section);
      push_children(e, index, {});
    } else if (is_block(e.name)) {
      add_blocks(f.owner, e);
    } else {
      RecordChain chain = f.chain;
      chain.emplace_back(std::string(e.name), f.key);
      add_fields(f.owner, e, chain);
      push_children(e, f.owner, chain);
    }
  }

  void block(std::size_t owner, const char* kind, std::string text, const Node& where) {
    if (!text.empty())
      index_.items[owner].narrative.push_back(Block{kind, std::move(text), where.location()});
  }

  // A generic block's texts. Its children that are blocks or items of their own (a nested
  // list, a <p id>) are walked like any other element.
  void add_blocks(std::size_t owner, const Node& e) {
    if (e.name == "p") {
      block(owner, "paragraph", text_of(e).shown, e);
    } else if (e.name == "subsection") {
      block(owner, "subsection", attr(e, "title"), e);
      push_children(e, owner, {});
    } else if (e.name == "note") {
      block(owner, "note", text_of(e).shown, e);
      push_children(e, owner, {});  // its <p> paragraphs
    } else if (e.name == "list") {
      for (const Node* item : e.children)
        if (item->kind == Node::Kind::element && item->name == "item") {
          block(owner, "list item", text_of(*item).shown, *item);
          push_children(*item, owner, {});  // nested lists
        }
    } else if (e.name == "table") {
      for (const Node* row : e.children) {
        if (row->kind != Node::Kind::element || row->name != "row") continue;
        std::string text;
        for (const Node* cell : row->children)
          if (cell->kind == Node::Kind::element && cell->name == "cell")
            text += (text.empty() ? "" : " | ") + text_of(*cell).shown;
        block(owner, "table row", text, *row);
      }
    }
  }
};

}  // namespace

std::string record_path(const RecordChain& chain) {
  std::string out;
  for (const auto& [element, key] : chain) out += (out.empty() ? "" : "/") + element + "[" + key + "]";
  return out;
}

PlanIndex index_plan(const PlanData& plan) { return Indexer(plan).run(); }

}  // namespace planforge::detail::diff
