// Element::rich_text: inline markup → runs, white space collapsed as a reader expects.
#include <planforge/element.hpp>

#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "plan/text_util.hpp"

#include <utility>

PLANFORGE_BEGIN_NAMESPACE

namespace {

using detail::Node;

struct Style {
  bool bold = false;
  bool italic = false;
  Script script = Script::normal;
  std::string link;
};

class RunBuilder {
 public:
  explicit RunBuilder(RichText& out) : out_(out) {}

  void text(std::string_view s, const Style& style) {
    using detail::loader::is_xml_space;
    std::size_t i = 0;
    while (i < s.size()) {
      if (is_xml_space(s[i])) {
        pending_space_ = true;
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < s.size() && !is_xml_space(s[end])) ++end;
      run_for(style).text.append(s, i, end - i);  // one word at a time
      i = end;
    }
  }

  // A cross-reference takes the style around it (<b><ref/></b> is bold) but never merges
  // with its neighbours: the core replaces its text by the target's title.
  void ref(std::string id, std::string text, bool show_page, const Style& style) {
    place_pending_space(nullptr);
    Run run;
    run.ref = std::move(id);
    run.text = std::move(text);
    run.show_page = show_page;
    run.bold = style.bold;
    run.italic = style.italic;
    run.script = style.script;
    out_.push_back(std::move(run));
  }

  // <br/>: a newline, which layout breaks the line at. White space around it is dropped, so
  // that no line starts or ends with a space; a break at the very start is kept.
  void line_break(const Style& style) {
    pending_space_ = false;
    if (!out_.empty() && out_.back().ref.empty()) {
      std::string& last = out_.back().text;
      while (!last.empty() && last.back() == ' ') last.pop_back();
      last += '\n';
    } else {
      Run run;
      run.text = "\n";
      run.link = style.link;
      out_.push_back(std::move(run));
    }
    after_break_ = true;
  }

  // A block element inside rich text (a nested list, say) separates words.
  void separator() { pending_space_ = true; }

 private:
  static bool same(const Run& run, const Style& s) {
    return run.ref.empty() && run.bold == s.bold && run.italic == s.italic && run.script == s.script &&
           run.link == s.link;
  }

  static bool plain_style(const Style& s) {
    return !s.bold && !s.italic && s.script == Script::normal && s.link.empty();
  }
  static bool plain_run(const Run& r) {
    return !r.bold && !r.italic && r.script == Script::normal && r.link.empty() && r.ref.empty();
  }

  Run& run_for(const Style& style) {
    place_pending_space(&style);
    if (out_.empty() || !same(out_.back(), style)) {
      Run run;
      run.bold = style.bold;
      run.italic = style.italic;
      run.script = style.script;
      run.link = style.link;
      run.text = std::move(carry_);
      carry_.clear();
      out_.push_back(std::move(run));
    }
    return out_.back();
  }

  // The space between two words goes outside the markup where it can: into the plain run
  // before or after it ("a <b>b</b> c" → "a ", "b", " c"), inside one link when both words
  // are in it, and never into a ref's text (the core replaces that by the target's title).
  void place_pending_space(const Style* next) {
    const bool after_break = std::exchange(after_break_, false);
    if (!pending_space_) return;
    pending_space_ = false;
    if (out_.empty() || after_break) return;  // leading white space of the block or line is trimmed
    Run& last = out_.back();
    const bool last_exact = !last.ref.empty() || !last.link.empty();
    if (next && (same(last, *next) || (!last.link.empty() && last.link == next->link))) {
      last.text += ' ';
    } else if (plain_run(last)) {
      last.text += ' ';
    } else if (next && plain_style(*next)) {
      carry_ = " ";
    } else if (!last_exact) {
      last.text += ' ';
    } else if (next && next->link.empty()) {
      carry_ = " ";
    } else {
      Run space;
      space.text = " ";
      out_.push_back(std::move(space));
    }
  }

  RichText& out_;
  bool pending_space_ = false;
  bool after_break_ = false;
  std::string carry_;
};

void walk(const Node& node, const Style& style, RunBuilder& out) {
  for (const auto& child : node.children) {
    if (child->kind == Node::Kind::text) {
      out.text(child->text, style);
      continue;
    }
    const std::string_view name = child->name;
    if (name == "b" || name == "i") {
      Style inner = style;
      (name == "b" ? inner.bold : inner.italic) = true;
      walk(*child, inner, out);
    } else if (name == "sub" || name == "sup") {
      Style inner = style;
      inner.script = name == "sup" ? Script::superscript : Script::subscript;
      walk(*child, inner, out);
    } else if (name == "br") {
      out.line_break(style);
    } else if (name == "link") {
      Style inner = style;
      const detail::Attribute* href = child->find_attribute("href");
      inner.link = href ? std::string(detail::loader::trim(href->value)) : std::string();
      if (detail::loader::is_blank(detail::loader::node_text(*child)))
        out.text(inner.link, inner);  // <link href="…"/> shows its address
      else
        walk(*child, inner, out);
    } else if (name == "ref") {
      const detail::Attribute* to = child->find_attribute("to");
      const detail::Attribute* page = child->find_attribute("page");
      out.ref(to ? std::string(detail::loader::trim(to->value)) : std::string(),
              detail::loader::node_text(*child), !page || detail::loader::trim(page->value) != "no", style);
    } else {
      out.separator();
    }
  }
}

}  // namespace

RichText Element::rich_text() const {
  RichText runs;
  if (!node_) return runs;
  RunBuilder builder(runs);
  walk(*node_, Style{}, builder);
  return runs;
}

PLANFORGE_END_NAMESPACE
