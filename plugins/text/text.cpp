// The `text` section plugin: free narrative made only of the generic blocks every section
// may hold (<p>, <list>, <table>, <note>, <subsection>). The SDK parses and checks those
// blocks, so this plugin only refuses anything else and hands the blocks on in order.
#include <planforge/plugin.hpp>

#include "text_codes.hpp"

#include <string>
#include <string_view>

namespace {

using planforge::Checker;
using planforge::Element;
using planforge::SectionBuilder;

using text::code;

class TextPlugin : public planforge::SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "Notes"; }

  void validate(Element section, Checker& check) const override {
    // An empty allowed list with the generic blocks allowed: any other element is an error
    // (with a "did you mean" hint for near misses such as <para> or <ul>).
    check.children(section, {}, /*allow_generic=*/true);

    if (!section.has_attr("title"))
      check.diagnostics().report(
          code("text/no-title"), section.location(),
          "text section has no title; it is headed '" + default_title("text") + "'",
          {"give it a title, e.g. <section type=\"text\" title=\"Operations and Processes\">"});

    bool has_block = false;
    for (const Element& child : section.children())
      if (child.is_generic_block()) has_block = true;
    if (!has_block)
      check.diagnostics().report(code("text/empty"), section.location(), "text section is empty",
                                 {"add <p>, <list>, <table>, <note> or <subsection> blocks"});
  }

  void render(Element section, SectionBuilder& out) const override { out.add_generic_children(section); }

  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override { return code.codes; }
};

}  // namespace

PLANFORGE_PLUGIN(TextPlugin, "text", "1.0.0",
                 "Free narrative: paragraphs, lists, tables, notes and subsections", "text")
