// Section plugin "@NAME@": renders <section type="@NAME@"> elements.
#include <planforge/plugin.hpp>

namespace {

class @CLASS@ : public planforge::SectionPlugin {
 public:
  std::string default_title(std::string_view) const override { return "@TITLE@"; }

  // Report every mistake in the section with its file:line:col; rendering only runs when
  // no errors were found.
  void validate(planforge::Element section, planforge::Checker& check) const override {
    check.children(section, {"item"});
    for (const auto& item : section.children("item")) {
      check.attributes(item, {"name"}, {"value"});
      check.number(item, "value", 0);
    }
  }

  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    out.add_generic_children(section);  // <p>, <list>, <table>, <note>, <subsection>
    planforge::Table table;
    table.rows.push_back({{{planforge::plain("Item")}, {planforge::plain("Value"), planforge::Align::right}},
                          /*header=*/true});
    for (const auto& item : section.children("item"))
      table.rows.push_back({{{planforge::plain(item.attr_or("name", ""))},
                             {planforge::plain(item.attr_or("value", "—")), planforge::Align::right}}});
    out.add(std::move(table));
  }
};

}  // namespace

PLANFORGE_PLUGIN(@CLASS@, "@NAME@", "0.1.0", "@TITLE@ section", "@NAME@")
