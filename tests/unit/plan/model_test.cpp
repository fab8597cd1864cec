// The SDK's pieces for reading a section into a plugin's own types (model.hpp) and for
// cycles among elements that name each other (cycles.hpp), over a loaded plan.
#include "plan_test_util.hpp"
#include "plan/view_access.hpp"

#include <planforge/cycles.hpp>
#include <planforge/model.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

using planforge::Element;
using plantest::Loaded;
using plantest::TempDir;

namespace {

struct Phase : planforge::PlanItem {
  std::string owner;
};

enum class Kind { fs, ss, ff };

Element section_of(const Loaded& l, const std::string& id) {
  return planforge::detail::view_of(l.plan.get()).find(id);
}

}  // namespace

TEST_CASE("PlanItem::of and read_items: the element, its id, its name or else its id, then the rest") {
  TempDir dir;
  const Loaded l = plantest::load(
      dir.write("plan.xml", plantest::plan_with("<section type=\"rollout\" id=\"r\">\n"
                                                "  <phase id=\"p1\" name=\"Pilot\" owner=\"Help Desk\"/>\n"
                                                "  <milestone id=\"m\"/>\n"
                                                "  <phase id=\"p2\"/>\n"
                                                "</section>")));
  REQUIRE(l.lines().empty());
  const Element section = section_of(l, "r");
  const std::vector<Phase> phases = planforge::read_items<Phase>(
      section, "phase", [](Element e, Phase& p) { p.owner = e.attr_or("owner", ""); });
  REQUIRE(phases.size() == 2);
  CHECK(phases[0].element == section_of(l, "p1"));
  CHECK(phases[0].id == "p1");
  CHECK(phases[0].name == "Pilot");
  CHECK(phases[0].owner == "Help Desk");
  CHECK(phases[1].name == "p2");  // no name: the id
  CHECK(phases[1].owner.empty());
  const planforge::PlanItem none = planforge::PlanItem::of(Element());
  CHECK((none.id.empty() && none.name.empty() && !none.element));
}

TEST_CASE("grouped_children: each group with its items, and each run of items outside a group") {
  TempDir dir;
  const Loaded l = plantest::load(
      dir.write("plan.xml",
                plantest::plan_with("<section type=\"kpis\" id=\"k\">\n"
                                    "  <p>Introduction.</p>\n"
                                    "  <kpi id=\"a\"/><kpi id=\"b\"/>\n"
                                    "  <group name=\"G\"><kpi id=\"c\"/><p>note</p><kpi id=\"d\"/></group>\n"
                                    "  <kpi id=\"e\"/>\n"
                                    "  <group name=\"Empty\"/>\n"
                                    "</section>")));
  const auto groups = planforge::grouped_children(section_of(l, "k"), "group", "kpi");
  REQUIRE(groups.size() == 4);
  auto ids = [](const planforge::ElementGroup& g) {
    std::string out;
    for (const Element& e : g.items) out += e.attr_or("id", "?");
    return out;
  };
  CHECK((!groups[0].group && ids(groups[0]) == "ab"));
  CHECK((groups[1].group.attr_or("name", "") == "G" && ids(groups[1]) == "cd"));
  CHECK((!groups[2].group && ids(groups[2]) == "e"));
  CHECK((groups[3].group.attr_or("name", "") == "Empty" && groups[3].items.empty()));
}

TEST_CASE("keyword: what a word stands for, or nothing") {
  const auto kind = [](std::string_view word) {
    return planforge::keyword<Kind>(word, {{"fs", Kind::fs}, {"ss", Kind::ss}, {"ff", Kind::ff}});
  };
  CHECK(kind("ss") == Kind::ss);
  CHECK(kind("ff") == Kind::ff);
  CHECK_FALSE(kind("FS"));
  CHECK_FALSE(kind(""));
}

namespace {

struct Node {
  std::string id;
};

// The edges of a graph of ids, as find_cycles asks for them.
struct Graph {
  std::map<std::string, std::vector<std::string>> edges;
  std::vector<std::string> operator()(const std::string& id) const {
    const auto it = edges.find(id);
    return it == edges.end() ? std::vector<std::string>{} : it->second;
  }
};

}  // namespace

TEST_CASE(
    "find_cycles: each cycle once, from its first item in document order — self-loops and others' cycles "
    "left "
    "out") {
  const std::vector<Node> items = {{"a"}, {"b"}, {"c"}, {"d"}, {""}, {"s"}};
  Graph g;
  g.edges = {{"a", {"x"}}, {"x", {"c"}}, {"c", {"b"}}, {"b", {"a", "d"}}, {"d", {"d"}},  // a→x→c→b→a, d→d
             {"s", {"y"}}, {"y", {"z"}}, {"z", {"y"}}};                                  // y⇄z: not ours
  const auto cycles = planforge::find_cycles(items, g);
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0].first == 0);
  CHECK(cycles[0].ids == std::vector<std::string>{"a", "x", "c", "b"});
  CHECK(cycles[0].chain() == "'a' → 'x' → 'c' → 'b' → 'a'");
  // Searched from b first, the same cycle still reads from a, the first in document order.
  const std::vector<Node> reordered = {{"b"}, {"a"}};
  const auto again = planforge::find_cycles(reordered, g);
  REQUIRE(again.size() == 1);
  CHECK(again[0].ids.front() == "b");  // b comes first in these items
  CHECK(again[0].first == 0);
}

TEST_CASE("find_cycles: a chain of 200,000 without recursion, and at most max_found cycles") {
  std::vector<Node> items;
  Graph g;
  const int n = 200000;
  for (int i = 0; i < n; ++i) {
    items.push_back({"n" + std::to_string(i)});
    g.edges["n" + std::to_string(i)] = {"n" + std::to_string((i + 1) % n)};  // one long cycle
  }
  const auto cycles = planforge::find_cycles(items, g);
  REQUIRE(cycles.size() == 1);
  CHECK(cycles[0].ids.size() == static_cast<std::size_t>(n));
  CHECK(cycles[0].chain().find("more") != std::string::npos);  // a long chain is shortened
  std::vector<Node> pairs;
  Graph many;
  for (int i = 0; i < 100; ++i) {
    const std::string a = "a" + std::to_string(i), b = "b" + std::to_string(i);
    pairs.push_back({a});
    many.edges[a] = {b};
    many.edges[b] = {a};
  }
  CHECK(planforge::find_cycles(pairs, many, 5).size() == 5);
}
