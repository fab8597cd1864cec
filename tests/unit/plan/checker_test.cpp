// planforge::Checker: every method, its message and where it points.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

#include <planforge/checker.hpp>

using planforge::Checker;
using planforge::Diagnostics;
using planforge::Element;
using planforge::PlanView;
using plantest::Loaded;
using plantest::TempDir;

namespace {

const std::string checker_plan =
    "<plan format=\"1\">\n"
    "<meta><title>T</title></meta>\n"
    "<section type=\"mission\" id=\"m\"><goal id=\"g-retain\" title=\"Retain\"/><need id=\"n1\" "
    "name=\"Fast\"/></section>\n"
    "<section type=\"kpis\" id=\"k\">\n"
    "<kpi id=\"fcr\" name=\"FCR\" unit=\"%\" baseline=\"6x\" target=\"80\" direction=\"upp\" tagret=\"1\" "
    "goal=\"g-x\" weight=\"2.5\" importance=\"7\" start=\"2027-02-29\" public=\"yes\" parent=\"g-retian\"/>\n"
    "<kpi id=\"k2\" goal=\"n1\" addresses=\"n1  g-retain n1 zz\" baseline=\"-1.5\" count=\"12\" "
    "start=\"2027-Q2\" public=\"false\" direction=\"down\"> </kpi>\n"
    "</section>\n"
    "</plan>\n";

// A loaded plan, a fresh Diagnostics per check, and the lines it collected.
struct Fixture {
  TempDir dir;
  std::string f;
  Loaded l;
  Diagnostics diags;
  std::unique_ptr<PlanView> view;
  std::unique_ptr<Checker> check;

  Fixture() {
    const auto p = dir.write("plan.xml", checker_plan);
    f = p.generic_string();
    l = plantest::load(p);
    REQUIRE_MESSAGE(l.lines().empty(), plantest::dump(l));
    view = std::make_unique<PlanView>(planforge::detail::view_of(l.plan.get()));
    check = std::make_unique<Checker>(diags, *view);
  }
  Element fcr() const { return view->find("fcr"); }
  Element k2() const { return view->find("k2"); }
  // The diagnostics so far as "line:col: severity: message" (the file is the plan); then none.
  std::vector<std::string> lines() {
    std::vector<std::string> out;
    for (const auto& d : diags.sorted())
      out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " +
                    planforge::to_string(d.severity) + ": " + d.message);
    diags = Diagnostics();
    return out;
  }
  std::vector<std::string> hints() const {
    const auto all = diags.sorted();
    return all.empty() ? std::vector<std::string>{} : all.front().hints;
  }
};

}  // namespace

TEST_CASE("Checker::attributes: missing required ones, unknown ones with a hint") {
  Fixture t;
  t.check->attributes(t.k2(), {"id", "name", "unit"},
                      {"goal", "addresses", "baseline", "count", "start", "public", "direction"});
  CHECK(t.lines() == std::vector<std::string>{"6:1: error: kpi 'k2' is missing attribute 'name'",
                                              "6:1: error: kpi 'k2' is missing attribute 'unit'"});
  t.check->attributes(t.fcr(), {"id", "name", "unit", "target", "direction"},
                      {"baseline", "goal", "weight", "importance", "start", "public", "parent"});
  CHECK(t.hints() == std::vector<std::string>{"did you mean 'target'?"});
  CHECK(t.lines() == std::vector<std::string>{"5:77: error: unknown attribute 'tagret' on <kpi>"});
}

TEST_CASE("Checker::children: unknown child elements — the generic blocks allowed on request") {
  Fixture t;
  const Element mission = t.view->find("m");
  t.check->children(mission, {"goal"});
  CHECK(t.hints() == std::vector<std::string>{
                         "<section> holds goal, p, list, table, note, subsection, image and enablers"});
  CHECK(t.lines() == std::vector<std::string>{"3:68: error: unknown element <need> in <section>"});
  t.check->children(mission, {"goal", "need"});
  CHECK(t.lines().empty());
}

TEST_CASE("Checker::has_text") {
  Fixture t;
  t.check->has_text(t.k2());
  CHECK(t.lines() == std::vector<std::string>{"6:1: error: kpi 'k2' has no text"});
  t.check->has_text(t.view->find("m"));  // no text, only elements
  CHECK(t.lines().size() == 1);
}

TEST_CASE("Checker::number: plain decimals within bounds") {
  Fixture t;
  CHECK_FALSE(t.check->number(t.fcr(), "baseline"));
  CHECK(t.lines() ==
        std::vector<std::string>{"5:35: error: attribute 'baseline' of kpi 'fcr' is not a number: '6x'"});
  CHECK(t.check->number(t.k2(), "baseline") == -1.5);
  CHECK(t.check->number(t.fcr(), "weight") == 2.5);
  CHECK_FALSE(t.check->number(t.fcr(), "absent"));
  CHECK(t.lines().empty());
  CHECK_FALSE(t.check->number(t.fcr(), "target", 0.0, 50.0));
  CHECK(t.lines() == std::vector<std::string>{
                         "5:49: error: attribute 'target' of kpi 'fcr' must be between 0 and 50, not 80"});
  CHECK_FALSE(t.check->number(t.fcr(), "target", 90.5));
  CHECK(t.lines() == std::vector<std::string>{
                         "5:49: error: attribute 'target' of kpi 'fcr' must be at least 90.5, not 80"});
}

TEST_CASE("Checker::integer: whole numbers within bounds") {
  Fixture t;
  CHECK_FALSE(t.check->integer(t.fcr(), "weight"));
  CHECK(t.lines() == std::vector<std::string>{
                         "5:99: error: attribute 'weight' of kpi 'fcr' is not a whole number: '2.5'"});
  CHECK_FALSE(t.check->integer(t.fcr(), "importance", 1L, 5L));
  CHECK(t.lines() == std::vector<std::string>{
                         "5:112: error: attribute 'importance' of kpi 'fcr' must be between 1 and 5, not 7"});
  CHECK(t.check->integer(t.k2(), "count", 1L) == 12L);
  CHECK_FALSE(t.check->integer(t.k2(), "count", std::nullopt, 10L));
  CHECK(t.lines() ==
        std::vector<std::string>{"6:71: error: attribute 'count' of kpi 'k2' must be at most 10, not 12"});
}

TEST_CASE("Checker::date: ISO dates, with the calendar reason when one is not real") {
  Fixture t;
  CHECK_FALSE(t.check->date(t.fcr(), "start"));
  CHECK(t.lines() ==
        std::vector<std::string>{"5:127: error: invalid date '2027-02-29': February 2027 has 28 days"});
  CHECK(t.check->date(t.k2(), "start") == planforge::Date{2027, 2, 0, 0});
  CHECK_FALSE(t.check->date(t.k2(), "absent"));
  CHECK(t.lines().empty());
}

TEST_CASE("Checker::choice and Checker::boolean") {
  Fixture t;
  CHECK_FALSE(t.check->choice(t.fcr(), "direction", {"up", "down"}));
  CHECK(t.hints() == std::vector<std::string>{"did you mean 'up'?"});
  CHECK(t.lines() == std::vector<std::string>{
                         "5:61: error: attribute 'direction' of kpi 'fcr' must be up or down, not 'upp'"});
  CHECK(t.check->choice(t.k2(), "direction", {"up", "down"}) == "down");
  CHECK_FALSE(t.check->boolean(t.fcr(), "public"));
  CHECK(t.lines() ==
        std::vector<std::string>{
            "5:146: error: attribute 'public' of kpi 'fcr' must be 'true' or 'false', not 'yes'"});
  CHECK(t.check->boolean(t.k2(), "public") == false);
  CHECK(t.lines().empty());
}

TEST_CASE("Checker::reference: unknown ids, wrong kinds, near misses") {
  Fixture t;
  CHECK_FALSE(t.check->reference(t.fcr(), "goal", {"goal"}));
  CHECK(t.lines() == std::vector<std::string>{"5:88: error: kpi 'fcr' references unknown goal 'g-x'"});
  CHECK_FALSE(t.check->reference(t.fcr(), "parent", {"goal"}));
  CHECK(t.hints() == std::vector<std::string>{"did you mean 'g-retain'?"});
  CHECK(t.lines() == std::vector<std::string>{"5:159: error: kpi 'fcr' references unknown goal 'g-retian'"});
  CHECK_FALSE(t.check->reference(t.k2(), "goal", {"goal"}));
  CHECK(t.lines() ==
        std::vector<std::string>{"6:14: error: kpi 'k2' references 'n1', which is a need, not a goal"});
  const Element any = t.check->reference(t.k2(), "goal", {});
  CHECK(any.name() == "need");
  CHECK(t.lines().empty());
}

TEST_CASE("Checker::references: each id of a list, duplicates warned") {
  Fixture t;
  const auto found = t.check->references(t.k2(), "addresses", {"need"});
  REQUIRE(found.size() == 1);
  CHECK(found[0].attr_or("id", "") == "n1");
  CHECK(t.lines() ==
        std::vector<std::string>{"6:24: error: kpi 'k2' references 'g-retain', which is a goal, not a need",
                                 "6:24: warning: kpi 'k2' lists 'n1' twice in 'addresses'",
                                 "6:24: error: kpi 'k2' references unknown need 'zz'"});
  t.check->references(t.k2(), "addresses", {"need", "goal"});
  CHECK(t.lines() == std::vector<std::string>{"6:24: warning: kpi 'k2' lists 'n1' twice in 'addresses'",
                                              "6:24: error: kpi 'k2' references unknown need or goal 'zz'"});
}

TEST_CASE("Element's typed readers read what the Checker accepts, and nothing else, silently") {
  Fixture t;
  const Element fcr = t.fcr(), k2 = t.k2();
  // Same values as the Checker's, whatever the Checker said about them.
  CHECK(k2.number("baseline") == t.check->number(k2, "baseline"));
  CHECK(k2.number("baseline") == -1.5);
  CHECK(fcr.number("target") == 80.0);
  CHECK(k2.integer("count") == 12L);
  CHECK(k2.date("start") == planforge::Date::parse("2027-Q2"));
  CHECK(k2.boolean("public") == false);
  CHECK(k2.choice("direction", {"up", "down"}) == std::string("down"));
  // Absent and invalid read as nothing; ranges are the Checker's business.
  CHECK_FALSE(fcr.number("missing"));
  CHECK_FALSE(fcr.number("baseline"));  // "6x"
  CHECK(fcr.number("weight") == 2.5);
  CHECK_FALSE(fcr.integer("weight"));  // 2.5 is not whole
  CHECK_FALSE(fcr.date("start"));      // 2027-02-29 is not a day
  CHECK_FALSE(fcr.boolean("public"));  // "yes"
  CHECK_FALSE(fcr.choice("direction", {"up", "down"}));
  CHECK_FALSE(Element().number("x"));
  // Id lists: split at XML white space, each id once; references() drops unknown ids.
  CHECK(k2.ids("addresses") == std::vector<std::string>{"n1", "g-retain", "zz"});
  const auto targets = k2.references("addresses");
  REQUIRE(targets.size() == 2);
  CHECK(targets[0].name() == "need");
  CHECK(targets[1].name() == "goal");
  CHECK(fcr.ids("missing").empty());
  // list(): split the same way, repeats kept, for lists with a syntax of their own.
  CHECK(k2.list("addresses") == std::vector<std::string>{"n1", "g-retain", "n1", "zz"});
  CHECK(fcr.list("missing").empty());
  // parse_number(): the same parser for a number inside a value.
  CHECK(planforge::parse_number(" -4.5 ") == -4.5);
  CHECK_FALSE(planforge::parse_number("1e3"));
  CHECK_FALSE(planforge::parse_number("+1"));
  CHECK_FALSE(planforge::parse_number("4h"));
  CHECK_FALSE(planforge::parse_number(""));
  t.lines();
  CHECK(t.diags.empty());
}

TEST_CASE("Checker::publish_label and PlanView::label: an owner's label, else the display name") {
  Fixture t;
  const Element goal = t.view->find("g-retain");
  CHECK(t.view->label(goal) == "Retain");
  t.check->publish_label(goal, "G1");
  CHECK(t.view->label(goal) == "G1");
  CHECK(planforge::detail::view_of(t.l.plan.get()).label(goal) == "G1");  // any view of the plan sees it
  t.check->publish_label(goal, "G2");
  CHECK(t.view->label(goal) == "G2");
  t.check->publish_label(goal, "");
  CHECK(t.view->label(goal) == "Retain");
  CHECK(t.view->label(Element()).empty());
}

TEST_CASE("PlanView::period: the plan's period as the core read it, an end absent or invalid as nothing") {
  TempDir dir;
  auto period_of = [&](const std::string& meta) {
    const Loaded l = plantest::load(
        dir.write("plan.xml", "<plan format=\"1\"><meta><title>T</title>" + meta + "</meta></plan>"));
    REQUIRE(l.plan);
    return planforge::detail::view_of(l.plan.get()).period();
  };
  const planforge::PlanPeriod both = period_of("<period start=\"2027-Q1\" end=\"2029\"/>");
  CHECK(both.start == planforge::Date::parse("2027-Q1"));
  CHECK(both.end == planforge::Date::parse("2029"));
  const planforge::PlanPeriod bad = period_of("<period start=\"2027-13\" end=\"2029\"/>");
  CHECK_FALSE(bad.start);
  CHECK(bad.end == planforge::Date::parse("2029"));
  CHECK_FALSE(period_of("").end);
  CHECK_FALSE(planforge::detail::view_of(nullptr).period().start);
}
