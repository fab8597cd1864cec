// Every SDK aggregate a plugin fills, filled with designated initialisers that leave members
// out; no default_title (the SDK's default names the section from its type).
#include <planforge/plugin.hpp>

using namespace planforge;

namespace {

constexpr DiagnosticCode codes[] = {
    {.id = "designated-check/empty", .severity = Severity::warning},
};

class Designated : public SectionPlugin {
  std::span<const DiagnosticCode> diagnostic_codes() const override { return codes; }

  void render(Element section, SectionBuilder& out) const override {
    const Palette& pal = out.palette();
    out.add(Paragraph{.text = {Run{.text = "Designated ", .bold = true}, Run{.text = "initialisers"}},
                      .align = Align::left});
    Table table{.caption = "Cells and rows"};
    table.rows.push_back(
        TableRow{.cells = {Cell{.text = plain("Name")}, Cell{.text = plain("Value"), .align = Align::right}},
                 .header = true});
    table.rows.push_back(
        TableRow{.cells = {Cell{.text = plain("Rows")}, Cell{.text = plain("2"), .align = Align::right}}});
    out.add(std::move(table));
    Figure figure{.width = 120, .height = 40, .caption = "A rectangle"};
    figure.ops.push_back(FigRect{.x = 10, .y = 10, .width = 100, .height = 20, .fill = pal.primary});
    figure.ops.push_back(
        FigText{.at = {.x = 12, .y = 24}, .text = "box", .size = 9, .color = Color{0xff, 0xff, 0xff}});
    figure.alt = "a filled rectangle";
    out.add(std::move(figure));
    out.add(
        Grid{.columns = 2,
             .cells = {GridCell{.blocks = {Paragraph{.text = plain("left")}}, .fill = pal.primary.tint(0.8)},
                       GridCell{.blocks = {Paragraph{.text = plain("right")}}}}});
    if (section.children().empty())
      out.report(find_code(codes, "designated-check/empty"), section, "the section is empty");
  }
};

}  // namespace

PLANFORGE_PLUGIN(Designated, "designated-check", "1.0.0", "Designated initialisers, warning-clean",
                 "designated-check")
