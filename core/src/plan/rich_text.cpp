// Element::rich_text: inline markup → runs, white space collapsed as a reader expects.
#include <planforge/element.hpp>

#include "plan/node_checks.hpp"
#include "plan/plan_data.hpp"
#include "plan/text_util.hpp"

PLANFORGE_BEGIN_NAMESPACE

namespace {

using detail::Node;

struct Style {
  bool bold = false;
  bool italic = false;
  std::string link;
};

class RunBuilder {
 public:
  explicit RunBuilder(RichText& out) : out_(out) {}

  void text(std::string_view s, const Style& style) {
    for (char c : s) {
      if (detail::loader::is_xml_space(c)) {
        pending_space_ = true;
        continue;
      }
      Run& run = run_for(style);
      run.text += c;
    }
  }

  void ref(std::string id, std::string text) {
    place_pending_space(nullptr);
    Run run;
    run.ref = std::move(id);
    run.text = std::move(text);
    out_.push_back(std::move(run));
  }

  // A block element inside rich text (a nested list, say) separates words.
  void separator() { pending_space_ = true; }

 private:
  static bool same(const Run& run, const Style& s) {
    return run.ref.empty() && run.bold == s.bold && run.italic == s.italic && run.link == s.link;
  }

  // The space between words goes at the end of the previous run when that run is plain text
  // or styled text; a link or ref keeps its exact text, so the space starts the next run.
  Run& run_for(const Style& style) {
    place_pending_space(&style);
    if (out_.empty() || !same(out_.back(), style)) {
      Run run;
      run.bold = style.bold;
      run.italic = style.italic;
      run.link = style.link;
      run.text = std::move(carry_);
      carry_.clear();
      out_.push_back(std::move(run));
    }
    return out_.back();
  }

  void place_pending_space(const Style* next) {
    if (!pending_space_) return;
    pending_space_ = false;
    if (out_.empty()) return;  // leading white space of the block is trimmed
    Run& last = out_.back();
    const bool last_exact = !last.ref.empty() || !last.link.empty();
    if (!last_exact || (next && same(last, *next))) {
      last.text += ' ';
    } else if (next && next->link.empty()) {
      carry_ = " ";            // starts the next (plain or styled) run
    } else {
      Run space;               // between a link or ref and a link or ref: a plain space
      space.text = " ";
      out_.push_back(std::move(space));
    }
  }

  RichText& out_;
  bool pending_space_ = false;
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
    } else if (name == "link") {
      Style inner = style;
      const detail::Attribute* href = child->find_attribute("href");
      inner.link = href ? std::string(detail::loader::trim(href->value)) : std::string();
      if (detail::loader::is_blank(detail::loader::node_text(*child)))
        out.text(inner.link, inner);   // <link href="…"/> shows its address
      else
        walk(*child, inner, out);
    } else if (name == "ref") {
      const detail::Attribute* to = child->find_attribute("to");
      out.ref(to ? std::string(detail::loader::trim(to->value)) : std::string(),
              detail::loader::node_text(*child));
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
