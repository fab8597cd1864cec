// A SWOT analysis: four coloured quadrants of short items, each linked to the plan's goals,
// and a table of the goals with what bears on each. An out-of-tree plugin built against the
// installed SDK (docs/plugins.md, "More examples").
#include <planforge/plugin.hpp>

#include <algorithm>
#include <array>

using namespace planforge;

namespace {

constexpr std::array<const char*, 4> kinds = {"strength", "weakness", "opportunity", "threat"};
constexpr std::array<const char*, 4> titles = {"Strengths", "Weaknesses", "Opportunities", "Threats"};

// Every code the plugin reports; a plan may suppress the warning with suppress="CODE: why".
constexpr DiagnosticCode codes[] = {
    {"swot/empty-quadrant", Severity::warning, "a quadrant of the SWOT analysis has no item"},
};

class Swot : public SectionPlugin {
  std::string default_title(std::string_view) const override { return "SWOT analysis"; }
  std::span<const DiagnosticCode> diagnostic_codes() const override { return codes; }

  void validate(Element section, Checker& check) const override {
    check.children(section, {"strength", "weakness", "opportunity", "threat"});
    for (const Element& item : section.children()) {
      if (item.is_generic_block()) continue;
      check.attributes(item, {}, {"goals"});
      check.children(item, {"b", "i", "link", "ref"}, /*allow_generic=*/false);
      check.has_text(item);
      check.references(item, "goals", {"goal"});
    }
  }

  void render(Element section, SectionBuilder& out) const override {
    out.add_generic_children(section);
    const Palette& pal = out.palette();
    const std::array<Color, 4> colours = {pal.good, pal.bad, pal.primary, pal.warning};
    Grid grid;
    std::vector<std::pair<Element, std::array<int, 4>>> goals;  // items per quadrant, first seen first
    for (std::size_t q = 0; q < kinds.size(); ++q) {
      GridCell cell;
      cell.fill = colours[q].tint(0.86);
      cell.border = colours[q];
      Paragraph title{bold(titles[q])};
      title.text.front().color = colours[q];
      cell.blocks.push_back(title);
      List list;
      for (const Element& item : section.children(kinds[q])) {
        RichText text = item.rich_text();
        for (const Element& goal : item.references("goals")) {
          text.push_back(Run{" "});
          text.push_back(Run{out.plan().label(goal), true, false, {}, goal.attr_or("id", ""), {}});
          auto seen = std::find_if(goals.begin(), goals.end(), [&](auto& g) { return g.first == goal; });
          if (seen == goals.end()) seen = goals.insert(goals.end(), {goal, {}});
          ++seen->second[q];
        }
        list.items.push_back(ListItem{text, {}, {}});
      }
      if (list.items.empty()) {
        out.report(find_code(codes, "swot/empty-quadrant"), section,
                   std::string("the SWOT analysis lists no ") + kinds[q],
                   {std::string("add <") + kinds[q] + "> items, or say why there are none"});
        cell.blocks.push_back(Paragraph{plain("None identified.")});
      } else {
        cell.blocks.push_back(std::move(list));
      }
      grid.cells.push_back(std::move(cell));
    }
    out.add(std::move(grid));

    Table table;
    table.caption = "The goals and what bears on them";
    table.rows.push_back(TableRow{{Cell{plain("Goal")}}, true, false, {}, false, false});
    for (const char* t : titles) table.rows.front().cells.push_back(Cell{plain(t), Align::right});
    for (const Element& mission : out.plan().sections("mission"))  // the goals in the plan's order
      for (const Element& goal : mission.children("goal")) {
        const auto seen = std::find_if(goals.begin(), goals.end(), [&](auto& g) { return g.first == goal; });
        if (seen == goals.end()) continue;
        TableRow row;
        row.cells.push_back(
            Cell{RichText{Run{out.plan().label(goal) + " ", true}, Run{out.plan().display_name(goal)}}});
        for (int n : seen->second) row.cells.push_back(Cell{plain(out.locale().number(n)), Align::right});
        table.rows.push_back(std::move(row));
      }
    out.add(std::move(table));
  }
};

}  // namespace

PLANFORGE_PLUGIN(Swot, "swot", "1.0.0", "SWOT analysis: four quadrants linked to the goals", "swot")
