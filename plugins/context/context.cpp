// The `context` section plugin: the four planning variables a support organisation must know
// before it sets any goal or metric (seed 001's road trip: the destination, the capabilities
// of the car, the rules of the road and obligations made, the environmental patterns), and
// the organisational landscape around them (seed 002) as narrative blocks.
#include <planforge/plugin.hpp>

#include "context_codes.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace planforge;

// The document takes its words in the plan's language from the plugin's catalogue:
// "<kind>.title", "<kind>.question", "<kind>.named". Whether all four variables are
// described is a completeness question for `planforge lint` (lint/context-missing).
using context::code;

// The fixed order of the grid: where we go, what we drive, the rules, the weather.
constexpr std::array<std::string_view, 4> kinds = {"destination", "capabilities", "obligations",
                                                   "environment"};

// A factor's content as panel paragraphs: its <p> and <list> blocks, or its text.
void append_paragraphs(Element factor, std::vector<RichText>& out) {
  bool blocks = false;
  for (const Element& child : factor.children()) {
    if (child.name() == "p") {
      out.push_back(child.rich_text());
      blocks = true;
    } else if (child.name() == "list") {
      const bool ordered = child.attr_or("ordered", "false") == "true";
      int n = 0;
      for (const Element& item : child.children("item")) {
        RichText line = plain(ordered ? std::to_string(++n) + ". " : "\u2022 ");
        RichText text = item.rich_text();
        line.insert(line.end(), text.begin(), text.end());
        out.push_back(std::move(line));
      }
      blocks = true;
    }
  }
  if (!blocks) out.push_back(factor.rich_text());
}

class ContextPlugin : public SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "Planning Context"; }

  void validate(Element section, Checker& check) const override {
    check.children(section, {"factor"});
    std::map<std::string, Element> seen;
    for (const Element& f : section.children("factor")) {
      check.attributes(f, {"kind"}, {"title", "id"});
      // A panel holds rich text, or short paragraphs and lists; tables and notes belong in
      // the section around the grid.
      check.children(f, {"p", "list", "b", "i", "link", "ref"}, /*allow_generic=*/false);
      std::vector<RichText> content;
      append_paragraphs(f, content);
      if (std::all_of(content.begin(), content.end(), [](const RichText& t) { return t.empty(); }))
        check.diagnostics().report(code("context/factor-without-text"), f.location(), "<factor> has no text",
                                   {"say what this planning variable means for the organisation"});
      // A reference quotes what display_name gives: the title, else the factor's whole text.
      if (f.has_attr("id") && !f.has_attr("title"))
        check.diagnostics().report(code("context/factor-without-title"), f.attr_location("id"),
                                   "factor '" + f.attr_or("id", "") +
                                       "' has an id but no title; a <ref> to it would quote "
                                       "its whole text",
                                   {"give it a short title=\"…\""});
      if (!f.has_attr("kind")) continue;
      const auto kind =
          check.choice(f, "kind", {"destination", "capabilities", "obligations", "environment"});
      if (!kind) continue;
      auto [it, fresh] = seen.emplace(*kind, f);
      if (!fresh) {
        check.diagnostics().report(
            code("context/duplicate-factor"), f.attr_location("kind"),
            "context has more than one '" + *kind + "' factor; they are shown in one panel",
            {"merge them into one <factor kind=\"" + *kind + "\">"});
        check.diagnostics().note(it->second.attr_location("kind"), "the first one is here");
      }
    }
  }

  std::span<const DiagnosticCode> diagnostic_codes() const override { return code.codes; }

  void render(Element section, SectionBuilder& out) const override {
    const auto children = section.children();
    // The grid stands where the first factor stands; narrative around it stays in place.
    auto first_factor =
        std::find_if(children.begin(), children.end(), [](const Element& e) { return e.name() == "factor"; });
    for (auto it = children.begin(); it != first_factor; ++it)
      if (it->is_generic_block()) out.add_generic(*it);

    if (first_factor != children.end()) out.add(grid(section, out));

    for (auto it = first_factor; it != children.end(); ++it)
      if (it->is_generic_block()) out.add_generic(*it);
  }

 private:
  static PanelGrid grid(Element section, const SectionBuilder& out) {
    const Palette& palette = out.palette();
    PanelGrid g;
    g.columns = 2;
    for (const std::string_view variable : kinds) {
      const std::string kind{variable};
      Panel panel;
      panel.subtitle = out.text(kind + ".question");
      for (const Element& f : section.children("factor")) {
        if (f.attr_or("kind", "") != kind) continue;
        if (panel.title.empty()) {
          panel.title = f.attr_or("title", out.text(kind + ".title"));
          panel.anchor = f.attr_or("id", "");
          // A client's own title hides which variable this is: name it with the question.
          if (f.has_attr("title")) panel.subtitle = out.text(kind + ".named");
        }
        append_paragraphs(f, panel.paragraphs);
      }
      if (panel.title.empty()) {
        // A missing variable stays visible as a gap rather than silently disappearing;
        // `planforge lint` warns the consultant (lint/context-missing).
        panel.title = out.text(kind + ".title");
        panel.accent = palette.rule;
        Run r{out.text("not-assessed")};
        r.italic = true;
        r.color = palette.muted;
        panel.paragraphs.push_back({r});
      }
      g.panels.push_back(std::move(panel));
    }
    return g;
  }
};

}  // namespace

PLANFORGE_PLUGIN(ContextPlugin, "context", "1.0.0",
                 "The planning context: destination, capabilities, obligations, environment", "context")
