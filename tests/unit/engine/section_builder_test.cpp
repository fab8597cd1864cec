#include "engine/numbering.hpp"
#include "engine/section_builder.hpp"
#include "plan/plan_data.hpp"
#include "plan/view_access.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;

namespace {

struct Fixture {
  Theme theme;
  std::optional<FontSet> fonts;
  std::unique_ptr<PlanData> plan;
  Diagnostics diags;

  Fixture() {
    const std::filesystem::path dir = std::filesystem::path(PLANFORGE_SOURCE_DIR) / "templates/default/fonts";
    theme.fonts = {dir / "OpenSans-Regular.ttf", dir / "OpenSans-Bold.ttf", dir / "OpenSans-Italic.ttf",
                   dir / "OpenSans-BoldItalic.ttf"};
    fonts.emplace(theme.fonts);
    LoadOptions load;
    load.plan = std::filesystem::path(PLANFORGE_TEST_DATA) / "engine/subsections.xml";
    plan = load_plan(load, diags);
  }
};

std::vector<std::string> headings(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks)
    if (const auto* h = std::get_if<Heading>(&b))
      out.push_back(std::to_string(h->level) + " " + h->label + " " + h->title +
                    (h->id.empty() ? "" : " #" + h->id));
  return out;
}

}  // namespace

TEST_CASE("the builder sets heading levels from begin/end_subsection and add(Heading)") {
  Fixture f;
  const PlanView view = planforge::detail::view_of(f.plan.get());
  std::vector<Block> out;
  EngineBuilder b(f.theme, *f.fonts, view, out);
  b.begin_subsection("Scope", "scope");
  b.add(Paragraph{plain("text")});
  b.begin_subsection("Detail");
  b.add(Heading{1, "Minor"});  // the level a plugin gives is replaced
  b.end_subsection();
  b.end_subsection();
  b.end_subsection();  // one too many: ignored
  b.add(Heading{7, "Back at the section"});
  CHECK(headings(out) ==
        std::vector<std::string>{"2  Scope #scope", "3  Detail", "4  Minor", "2  Back at the section"});
  CHECK(b.open_subsections() == 0);
}

TEST_CASE("the builder expands <subsection> elements recursively with generic blocks inside") {
  Fixture f;
  INFO(f.diags.sorted().size());
  REQUIRE(f.plan);
  REQUIRE(f.plan->sections.size() == 1);
  const PlanView view = planforge::detail::view_of(f.plan.get());
  std::vector<Block> out;
  EngineBuilder b(f.theme, *f.fonts, view, out);
  b.add_generic_children(planforge::detail::element_of(f.plan->sections[0].node));
  CHECK(headings(out) == std::vector<std::string>{"2  Tools #tools", "3 T Ticketing"});
  REQUIRE(out.size() == 6);  // p, heading, p, heading, p, note
  CHECK(std::holds_alternative<Paragraph>(out[0]));
  CHECK(std::holds_alternative<Paragraph>(out[2]));
  CHECK(std::holds_alternative<Callout>(out[5]));

  HeadingNumberer numberer;
  Heading section{1, "Operations"};
  numberer.number(section, false);
  for (auto& block : out)
    if (auto* h = std::get_if<Heading>(&block)) numberer.number(*h, false);
  CHECK(headings(out) == std::vector<std::string>{"2 1.1 Tools #tools", "3 T Ticketing"});
}

TEST_CASE("the builder measures with the theme's fonts and page") {
  Fixture f;
  const PlanView view = planforge::detail::view_of(f.plan.get());
  std::vector<Block> out;
  EngineBuilder b(f.theme, *f.fonts, view, out);
  CHECK(b.content_width() ==
        doctest::Approx(f.theme.page_width - f.theme.margin_left - f.theme.margin_right));
  CHECK(b.content_height() > 0);
  CHECK(b.content_height() < f.theme.page_height - f.theme.margin_top - f.theme.margin_bottom);
  CHECK(b.text_width("Mission", 10, FontStyle::bold) ==
        doctest::Approx(f.fonts->text_width("Mission", 10, FontStyle::bold)));
  CHECK(b.text_width("Mission", 10, FontStyle::bold) > b.text_width("Mission", 10));
  CHECK(b.body_size() == f.theme.body_size);
  CHECK(b.palette().primary == f.theme.palette.primary);
}

TEST_CASE("the builder's measure sets text boxes with the theme's link colour and the plan's titles") {
  Fixture f;
  const PlanView view = planforge::detail::view_of(f.plan.get());
  std::vector<Block> out;
  EngineBuilder b(f.theme, *f.fonts, view, out);
  const TextMeasure& m = b.measure();
  CHECK(m.width("Mission", 10, FontStyle::bold) ==
        doctest::Approx(b.text_width("Mission", 10, FontStyle::bold)));
  CHECK(m.ascent(10) == doctest::Approx(f.fonts->face(FontStyle::regular).ascender() / 100));
  CHECK(m.descent(10) == doctest::Approx(-f.fonts->face(FontStyle::regular).descender() / 100));
  Run ref;
  ref.ref = "tools";
  const TextLayout set = m.wrap({Run{"See "}, ref}, 300, 9);
  REQUIRE(set.lines.size() == 1);
  REQUIRE(set.lines[0].spans.size() == 2);
  CHECK(set.lines[0].spans[1].text == view.display_name(view.find("tools")));
  CHECK(set.lines[0].spans[1].ref == "tools");
  CHECK(set.lines[0].spans[1].color == pick(f.theme.palette, f.theme.link_color));
}

namespace {
constexpr DiagnosticCode render_codes[] = {
    {"fixture/grid-overflow", Severity::warning, "the grid did not fit"},
};
const DiagnosticCode& overflow = find_code(render_codes, "fixture/grid-overflow");

// A builder for the fixture plan's first section, as render() gets it.
struct RenderFixture : Fixture {
  const PlanView view = planforge::detail::view_of(plan.get());
  std::vector<Block> out;
  EngineBuilder builder{theme, *fonts, view, out};
  const Element section = planforge::detail::element_of(plan->sections.front().node);
};
}  // namespace

TEST_CASE_FIXTURE(RenderFixture,
                  "report() and note() from render() go to the run's diagnostics with the code declared") {
  builder.report(overflow, section, "nothing reported without diagnostics");  // logged only: must not crash
  Diagnostics reported;
  builder.set_diagnostics(&reported, "fixture", render_codes);
  builder.report(overflow, section, "the grid did not fit; items moved to the table", {"shorten the items"});
  builder.note(Location{section.location().file, 3, 4}, "the grid starts here");  // sorted first
  const auto sorted = reported.sorted();
  REQUIRE(sorted.size() == 2);
  CHECK(reported.warning_count() == 1);
  CHECK(sorted[0].location.line == 3);
  CHECK(sorted[0].severity == Severity::note);
  CHECK(sorted[1].severity == Severity::warning);
  CHECK(sorted[1].code == "fixture/grid-overflow");
  CHECK(sorted[1].location == section.location());
  CHECK(sorted[1].hints == std::vector<std::string>{"shorten the items"});
}

TEST_CASE_FIXTURE(RenderFixture,
                  "a code the plugin does not declare is reported, and is an error naming the plugin") {
  Diagnostics reported;
  builder.set_diagnostics(&reported, "fixture", {});
  builder.report(overflow, section, "the grid did not fit");
  REQUIRE(reported.items().size() == 2);
  CHECK(reported.items()[0].code == "fixture/grid-overflow");
  CHECK(reported.items()[1].severity == Severity::error);
  CHECK(reported.items()[1].code == "plugin/undeclared-code");
  CHECK(reported.items()[1].message.find("plugin 'fixture' reported code 'fixture/grid-overflow'") !=
        std::string::npos);
  CHECK(reported.items()[1].location == section.location());
}
