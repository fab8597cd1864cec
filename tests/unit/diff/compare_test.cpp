// The diff's comparison rules on small plans read from memory (LoadOptions::read_file).
#include "diff/compare.hpp"

#include <planforge/plan_diff.hpp>

#include <doctest/doctest.h>

#include <map>

using namespace planforge;
using namespace planforge::detail;

namespace {

// Loads `xml` as /mem/plan.xml and indexes it.
diff::PlanIndex indexed(const std::string& xml, std::unique_ptr<PlanData>& keep) {
  LoadOptions load;
  load.plan = "/mem/plan.xml";
  load.read_file = [xml](const std::filesystem::path& file) {
    SourceFile f;
    f.found = file == "/mem/plan.xml";
    if (f.found) f.bytes = xml;
    return f;
  };
  Diagnostics diags;
  keep = load_plan(load, diags);
  REQUIRE(keep);
  return diff::index_plan(*keep);
}

std::string plan_with(const std::string& sections) {
  return "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"p\" "
         "version=\"1\"><meta><title>T</title></meta>\n" +
         sections + "\n</plan>\n";
}

// The changes as "kind key field before→after", one per line.
std::string changes(const std::string& before, const std::string& after) {
  std::unique_ptr<PlanData> a, b;
  PlanDiff out;
  diff::compare(indexed(plan_with(before), a), indexed(plan_with(after), b), planforge::Locale(), out);
  std::string text;
  static const std::map<PlanChange::Kind, std::string> kinds = {{PlanChange::Kind::added, "added"},
                                                                {PlanChange::Kind::removed, "removed"},
                                                                {PlanChange::Kind::changed, "changed"},
                                                                {PlanChange::Kind::moved, "moved"}};
  for (const PlanChange& c : out.changes) {
    text += kinds.at(c.kind) + " " + c.key + " " + c.field + " " + c.before + "→" + c.after;
    for (const auto& d : c.details) text += " [" + d + "]";
    text += "\n";
  }
  return text;
}

const std::string phases =
    "<section type=\"rollout\" id=\"r\"><phase id=\"a\" name=\"A\" start=\"2027\" end=\"2028\"/>"
    "<phase id=\"b\" name=\"B\" start=\"2027\" end=\"2028\" depends-on=\"a c\"/>"
    "<phase id=\"c\" name=\"C\" start=\"2027\" end=\"2028\"/></section>";

}  // namespace

TEST_CASE("diff rules: lists of ids are sets, numbers are numbers, white space is nothing") {
  CHECK(changes(phases, phases).empty());
  std::string reordered = phases;
  reordered.replace(reordered.find("depends-on=\"a c\""), 16, "depends-on=\" c\n a\"");
  CHECK(changes(phases, reordered).empty());
  std::string grown = phases;
  grown.replace(grown.find("depends-on=\"a c\""), 16, "depends-on=\"c\"");
  CHECK(changes(phases, grown) == "changed b @depends-on a c→C (c) [− a]\n");
  CHECK(changes("<section type=\"kpis\" id=\"s\"><kpi id=\"k\" target=\"80\"/></section>",
                "<section type=\"kpis\" id=\"s\"><kpi id=\"k\" target=\"80.00\"/></section>")
            .empty());
}

TEST_CASE("diff rules: records are matched by their key, and reported whole when new or gone") {
  const std::string before =
      "<section type=\"kpis\" id=\"s\"><kpi id=\"k\"><target period=\"2027\" value=\"1\"/>"
      "<target period=\"2028\" value=\"2\"/></kpi></section>";
  const std::string after =
      "<section type=\"kpis\" id=\"s\"><kpi id=\"k\"><target period=\"2028\" value=\"3\"/>"
      "<target period=\"2029\" value=\"4\"/></kpi></section>";
  CHECK(changes(before, after) ==
        "changed k target[2028]@value 2→3\n"
        "changed k target[2029] →4\n"
        "changed k target[2027] 1→\n");
}

TEST_CASE(
    "diff rules: an element under another parent moved — added and removed ones once, with what they hold") {
  const std::string before =
      "<section type=\"portfolio\" id=\"s\"><tier id=\"t1\" name=\"One\"><offering id=\"o\" "
      "name=\"O\"/></tier>"
      "<tier id=\"t2\" name=\"Two\"/></section>";
  const std::string after =
      "<section type=\"portfolio\" id=\"s\"><tier id=\"t1\" name=\"One\"/><tier id=\"t2\" name=\"Two\">"
      "<offering id=\"o\" name=\"O\"/></tier></section>"
      "<section type=\"kpis\" id=\"new\"><kpi id=\"k1\"/><kpi id=\"k2\"/></section>";
  CHECK(changes(before, after) ==
        "moved o parent One→Two\n"
        "added new  → [with 2 KPIs]\n");
  CHECK(changes(after, before) ==
        "moved o parent Two→One\n"
        "removed new  → [with 2 KPIs]\n");
}

TEST_CASE("diff rules: narrative is summarised by kind, unchanged blocks anywhere are no change") {
  const std::string before =
      "<section type=\"text\" "
      "id=\"t\"><p>One.</p><p>Two.</p><table><row><cell>a</cell></row></table></section>";
  const std::string moved_only =
      "<section type=\"text\" "
      "id=\"t\"><table><row><cell>a</cell></row></table><p>Two.</p><p>One.</p></section>";
  CHECK(changes(before, moved_only).empty());
  const std::string after =
      "<section type=\"text\" id=\"t\"><p>One, rewritten.</p><p>Two.</p><table><row><cell>a</cell></row>"
      "<row><cell>b</cell></row></table><note>New.</note></section>";
  CHECK(changes(before, after) ==
        "changed t narrative →1 paragraph changed, 1 table row added, 1 note added"
        " [paragraph: “One.” becomes “One, rewritten.”] [table row added: “b”] [note added: “New.”]\n");
}

TEST_CASE("diff rules: excerpts show where two long texts differ") {
  const std::string common(120, 'x');
  const auto [a, b] = diff::excerpts("start " + common + " old end", "start " + common + " new end", 60);
  CHECK(a.find("old end") != std::string::npos);
  CHECK(b.find("new end") != std::string::npos);
  CHECK(diff::excerpt("short") == "short");
  CHECK(diff::excerpt("one two three four", 9) == "one two…");
}
