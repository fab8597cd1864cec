// Section plugin "@NAME@": renders <section type="@NAME@"> elements.
#include <planforge/plugin.hpp>

namespace {

// Every warning and error the plugin reports by itself has a stable code, "@NAME@/…": a plan
// may suppress a warning by it (suppress="@NAME@/no-value: …") and tools filter on it.
inline constexpr auto code = planforge::code_table({
    {"@NAME@/no-value", planforge::Severity::warning, "an item without a value"},
});

class @CLASS@ : public planforge::SectionPlugin {
 public:
  // The title when neither the plan nor the catalogue (title.@NAME@) gives one.
  std::string default_title(std::string_view) const override { return "@TITLE@"; }

  // Report every mistake in the section with its file:line:col; rendering only runs when
  // no errors were found.
  void validate(planforge::Element section, planforge::Checker& check) const override {
    check.children(section, {"item"});
    for (const auto& item : section.children("item")) {
      check.attributes(item, {"name"}, {"value"});
      check.number(item, "value", 0);
      if (!item.has_attr("value"))
        check.diagnostics().report(code("@NAME@/no-value"), item.location(),
                                   "item '" + item.attr_or("name", "?") + "' has no value");
    }
  }

  std::span<const planforge::DiagnosticCode> diagnostic_codes() const override { return code.codes; }

  // Every word comes from messages/<tag>.messages in the plan's language (out.text), every
  // number from the plan's conventions (out.locale()).
  void render(planforge::Element section, planforge::SectionBuilder& out) const override {
    out.add_generic_children(section);  // <p>, <list>, <table>, <note>, <subsection>
    planforge::Table table;
    table.rows.push_back({{{planforge::plain(out.text("header.item"))},
                           {planforge::plain(out.text("header.value")), planforge::Align::right}},
                          /*header=*/true});
    const auto items = section.children("item");
    for (const auto& item : items) {
      // The value validate() checked, read by the Checker's own parser (no parsing by hand).
      const std::optional<double> value = item.number("value");
      table.rows.push_back({{{planforge::plain(item.attr_or("name", ""))},
                             {planforge::plain(value ? out.locale().number_auto(*value) : "—"), planforge::Align::right}}});
    }
    table.caption = out.text("caption", {{"count", items.size()}});
    out.add(std::move(table));
  }
};

}  // namespace

PLANFORGE_PLUGIN(@CLASS@, "@NAME@", "0.1.0", "@TITLE@ section", "@NAME@")
