// planforge::Element and planforge::PlanView over a loaded plan.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

using planforge::Element;
using planforge::PlanView;
using plantest::Loaded;
using plantest::TempDir;

namespace {

struct Plan {
  TempDir dir;
  std::string f;
  Loaded l;
  Plan() {
    const auto p = dir.write(
        "plan.xml", plantest::plan_with(
                        "<vars><var name=\"horizon\">2027</var></vars>\n"
                        "<section type=\"mission\" id=\"m\" title=\"Mission\">\n"
                        "  <goal id=\"g1\" title=\" Raise\n retention \" horizon=\"${horizon}\"><objective "
                        "id=\"o1\">Renewal <b>up</b></objective></goal>\n"
                        "  <goal id=\"g2\" name=\"Named\"/>\n"
                        "</section>\n"
                        "<section type=\"kpis\" id=\"k\"/>\n"
                        "<section type=\"mission\" id=\"m2\"/>"));
    f = p.generic_string();
    l = plantest::load(p);
    REQUIRE_MESSAGE(l.lines().empty(), plantest::dump(l));
  }
  PlanView view() const { return planforge::detail::view_of(l.plan.get()); }
};

}  // namespace

TEST_CASE("Element: names, attributes and their locations") {
  Plan t;
  const Element g1 = t.view().find("g1");
  REQUIRE(g1);
  CHECK(g1.name() == "goal");
  CHECK(g1.location().to_string() == t.f + ":5:3");
  CHECK(g1.attr("horizon") == "2027");
  CHECK(g1.attr("absent") == std::nullopt);
  CHECK(g1.attr_or("absent", "fallback") == "fallback");
  CHECK(g1.has_attr("title"));
  CHECK(g1.attr_location("horizon").to_string() == t.f + ":6:14");
  CHECK(g1.attr_location("absent").to_string() == t.f + ":5:3");
  CHECK(g1.attr_names() == std::vector<std::string>{"id", "title", "horizon"});
}

TEST_CASE("Element: children, child, parent, text") {
  Plan t;
  const Element m = t.view().find("m");
  CHECK(m.children().size() == 2);
  CHECK(m.children("goal").size() == 2);
  CHECK(m.children("objective").empty());
  const Element objective = m.child("goal").child("objective");
  CHECK(objective.attr("id") == "o1");
  CHECK(objective.text() == "Renewal up");
  CHECK(objective.parent().parent() == m);
  CHECK_FALSE(m.child("nothing"));
  CHECK(m.parent().name() == "plan");
}

TEST_CASE("a null Element answers everything with empty values") {
  const Element null;
  CHECK_FALSE(null);
  CHECK(null.name().empty());
  CHECK(null.location().to_string() == "<input>");
  CHECK(null.attr("x") == std::nullopt);
  CHECK(null.attr_or("x", "y") == "y");
  CHECK(null.children().empty());
  CHECK_FALSE(null.child("x"));
  CHECK_FALSE(null.parent());
  CHECK(null.text().empty());
  CHECK(null.rich_text().empty());
  CHECK_FALSE(null.is_generic_block());
}

TEST_CASE("PlanView: find, sections, section_of, display_name, var") {
  Plan t;
  const PlanView view = t.view();
  CHECK(view.find("o1").name() == "objective");
  CHECK_FALSE(view.find("nope"));
  CHECK(view.sections().size() == 3);
  const auto missions = view.sections("mission");
  REQUIRE(missions.size() == 2);
  CHECK(missions[0].attr("id") == "m");
  CHECK(missions[1].attr("id") == "m2");
  CHECK(view.sections("rollout").empty());
  CHECK(view.section_of(view.find("o1")) == view.find("m"));
  CHECK(view.section_of(view.find("k")) == view.find("k"));
  CHECK_FALSE(view.section_of(Element()));
  CHECK(view.display_name(view.find("g1")) == "Raise retention");
  CHECK(view.display_name(view.find("g2")) == "Named");
  CHECK(view.display_name(view.find("o1")) == "Renewal up");
  CHECK(view.var("horizon") == "2027");
  CHECK(view.var("title") == "Test plan");
  CHECK(view.var("nope") == std::nullopt);
}
