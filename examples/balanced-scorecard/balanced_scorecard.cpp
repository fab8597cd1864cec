// A balanced scorecard after Kaplan and Norton: objectives in four perspectives as a 2×2 grid,
// each with its owner, its measures (the plan's KPIs) and the goals it serves. An out-of-tree
// plugin on the installed SDK; docs/plugins.md builds it step by step.
#include <planforge/cells.hpp>
#include <planforge/plugin.hpp>

using namespace planforge;

namespace {

// Its element in the plan, which also starts the keys of its title and of the question
// Kaplan and Norton ask of it in the catalogue, and the letter of its objectives' labels.
struct Perspective {
  const char* element;
  char prefix;  // F1, C2, P1, L3
};
constexpr Perspective perspectives[] = {
    {"financial", 'F'}, {"customer", 'C'}, {"internal-process", 'P'}, {"learning-and-growth", 'L'}};

// Every code the plugin reports; a plan may suppress one with suppress="CODE: reason".
inline constexpr auto code = code_table({
    {"balanced-scorecard/no-measure", Severity::warning, "an objective without a measure"},
    {"balanced-scorecard/empty-perspective", Severity::warning, "a perspective without an objective"},
});

// The objectives of one perspective, in the plan's order.
std::vector<Element> objectives(Element section, const Perspective& p) {
  std::vector<Element> out;
  for (const Element& group : section.children(p.element))
    for (const Element& objective : group.children("objective")) out.push_back(objective);
  return out;
}

// A cross-reference showing `e`'s label ("G2", a KPI's name), linked to it.
Run link_to(Element e, const SectionBuilder& out) {
  return Run{.text = out.plan().label(e), .ref = e.attr_or("id", ""), .show_page = false};
}

class BalancedScorecard : public SectionPlugin {
  std::span<const DiagnosticCode> diagnostic_codes() const override { return code.codes; }

  void validate(Element section, Checker& check) const override {
    check.children(section, {"financial", "customer", "internal-process", "learning-and-growth"});
    for (const Perspective& p : perspectives) {
      for (const Element& group : section.children(p.element)) {
        check.attributes(group, {});
        check.children(group, {"objective"}, /*allow_generic=*/false);
      }
      int number = 0;
      for (const Element& objective : objectives(section, p)) {
        check.attributes(objective, {"title", "owner"}, {"id", "goals"});
        check.children(objective, {"measure"}, /*allow_generic=*/false);
        check.references(objective, "goals", {"goal"});
        check.publish_label(objective, p.prefix + std::to_string(++number));  // "F1", for any plugin
        for (const Element& measure : objective.children("measure")) {
          check.attributes(measure, {}, {"kpi", "target"});
          check.children(measure, {}, /*allow_generic=*/false);
          check.reference(measure, "kpi", {"kpi"});
          if (!measure.has_attr("kpi")) check.has_text(measure);  // a measure no KPI tracks
        }
        if (objective.children("measure").empty())
          check.diagnostics().report(code("balanced-scorecard/no-measure"), objective.location(),
                                     "objective '" + objective.attr_or("title", "") + "' has no measure",
                                     {"name what shows progress: <measure kpi=\"k-…\"/>"});
      }
    }
  }

  void render(Element section, SectionBuilder& out) const override {
    out.add_generic_children(section);
    const Palette& pal = out.palette();
    Grid grid;  // two columns: the four perspectives in two rows
    for (std::size_t q = 0; const Perspective& p : perspectives) {
      const Color colour = pal.series_color(q++), fill = colour.tint(0.92);      // the charts' colours
      const Color title_colour = colour.darken(0.3), note = pal.muted_on(fill);  // both read on the fill
      GridCell cell{.fill = fill, .border = colour.tint(0.4)};
      const std::string words = p.element;  // in the plan's language, from messages/<tag>.messages
      cell.blocks.push_back(Paragraph{{colored(out.text(words + ".title"), title_colour, true)}});
      cell.blocks.push_back(
          Paragraph{{Run{.text = out.text(words + ".question"), .italic = true}}, ParagraphStyle::small});
      for (const Element& objective : objectives(section, p)) {
        const RichText heading = {colored(out.plan().label(objective) + "  ", title_colour, true),
                                  Run{.text = objective.attr_or("title", ""), .bold = true}};
        List measures;
        for (const Element& measure : objective.children("measure")) {
          RichText text = measure.rich_text();  // the KPI's name first, when it names one
          if (const Element kpi = out.plan().find(measure.attr_or("kpi", "")))
            text.insert(text.begin(), {link_to(kpi, out), Run{text.empty() ? "" : " "}});
          if (auto target = measure.attr("target")) text.push_back(colored(": " + *target, note));
          measures.items.push_back(ListItem{.text = std::move(text)});
        }
        RichText owner{colored(out.text("owner", {{"name", objective.attr_or("owner", "")}}), note)};
        for (const Element& goal : objective.references("goals")) {
          owner.push_back(colored(owner.size() == 1 ? " · " + out.text("serves") + " " : ", ", note));
          owner.push_back(link_to(goal, out));
        }
        cell.blocks.push_back(Paragraph{.text = heading, .anchor = objective.attr_or("id", "")});
        if (!measures.items.empty()) cell.blocks.push_back(std::move(measures));
        cell.blocks.push_back(Paragraph{std::move(owner), ParagraphStyle::small});
      }
      if (const Element at = section.child(p.element); objectives(section, p).empty()) {
        out.report(code("balanced-scorecard/empty-perspective"), at ? at : section,
                   std::string("the scorecard has no objective in <") + p.element + ">",
                   {std::string("add <objective> elements to <") + p.element + ">"});
        cell.blocks.push_back(Paragraph{{colored(out.text("no-objective"), note)}});
      }
      grid.cells.push_back(std::move(cell));
    }
    out.add(std::move(grid));
  }
};

}  // namespace

PLANFORGE_PLUGIN(BalancedScorecard, "balanced-scorecard", "1.0.0", "Objectives in four perspectives",
                 "balanced-scorecard")
