// planforge diff: a known set of changes planted between two versions of the example (and a
// few edits that change nothing a reader relies on) is reported exactly, from two files and
// through --git; render --changes-since lists them in its appendix.
#include "catalogue_words.hpp"
#include "harness.hpp"

#include <doctest/doctest.h>

#include <cctype>

namespace {

// Replaces the one occurrence of `from` in the file (the test's own premise is checked).
void plant(const pf::fs::path& file, const std::string& from, const std::string& to) {
  std::string text = pf::read_text(file);
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in " << file << ": " << from);
  REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "twice in " << file << ": " << from);
  text.replace(at, from.size(), to);
  pf::write_text(file, text);
}

// Cuts the element that starts with `start` and ends with the next `end`, returning it.
std::string cut_out(const pf::fs::path& file, const std::string& start, const std::string& end) {
  std::string text = pf::read_text(file);
  const auto from = text.find(start);
  REQUIRE(from != std::string::npos);
  const auto to = text.find(end, from) + end.size();
  std::string piece = text.substr(from, to - from);
  text.erase(from, to - from);
  pf::write_text(file, text);
  return piece;
}

// The example's plan, includes and logo under `dir`.
void copy_example(const pf::fs::path& dir) {
  pf::fs::create_directories(dir);
  pf::fs::copy(pf::source("examples/acme-cs"), dir, pf::fs::copy_options::recursive);
}

// The planted changes, made to a copy of the example.
void make_next_version(const pf::fs::path& dir) {
  const auto plan = dir / "plan.xml", rollout = dir / "sections/rollout.xml";
  plant(plan, "version=\"1.2.0\" template", "version=\"1.3.0\" template");
  plant(plan, "baseline=\"62\" target=\"80\"", "baseline=\"62\" target=\"85\"");
  cut_out(plan, "<kpi id=\"k-nps\"", "</kpi>");
  plant(plan, "frequency=\"monthly\" goal=\"g-resolve\"/>\n    </group>",
        "frequency=\"monthly\" goal=\"g-resolve\"/>\n      <kpi id=\"k-escalate\" name=\"Escalations to "
        "engineering\" "
        "unit=\"%\" baseline=\"14\" target=\"6\" direction=\"down\" owner=\"Help Desk Manager\" "
        "frequency=\"monthly\" goal=\"g-resolve\"/>\n    </group>");
  plant(plan, "<target period=\"2027-Q4\" value=\"90\"/>",
        "<target period=\"2027-Q4\" value=\"90\"/>\n        <target period=\"2028-Q4\" value=\"60\"/>");
  plant(plan, "<actual period=\"2026-Q2\" value=\"11.4\"/>", "<actual period=\"2026-Q2\" value=\"11.2\"/>");
  plant(rollout, "start=\"2027-04\" end=\"2027-12\"\n         owner=\"Depot Manager\"",
        "start=\"2027-04\" end=\"2028-02\"\n         owner=\"Depot Manager\"");
  plant(rollout, "owner=\"Partner Manager\" depends-on=\"ph-premier\"",
        "owner=\"Director, Customer Success\" depends-on=\"ph-premier\"");
  const std::string exchange = cut_out(plan, "<offering id=\"off-exchange\"", "</offering>");
  plant(plan, "<tier id=\"t-premier\" name=\"Premier\">",
        "<tier id=\"t-premier\" name=\"Premier\">\n      " + exchange);
  plant(plan, "price=\"$1,450 per seat; two seats a year included\"",
        "price=\"$1,600 per seat; two seats a year included\"");
  plant(plan, "headcount=\"6\" reports-to=\"u-helpdesk\"", "headcount=\"6\" reports-to=\"u-tier2\"");
  plant(plan, "Publish 600 reviewed", "Publish 800 reviewed");
  plant(plan, "rollout and quarterly from 2029.", "rollout and every two months from 2029.");

  // Edits that change nothing a reader relies on: a list of ids reordered, a number written
  // another way, text wrapped differently.
  plant(rollout, "delivers=\"off-hotline off-extended off-engineering\"",
        "delivers=\"off-engineering  off-hotline off-extended\"");
  plant(plan, "baseline=\"71\" target=\"85\"", "baseline=\"71.0\" target=\"85\"");
  plant(plan, "Keep every\n      ${company}-controlled line running:",
        "Keep every ${company}-controlled\n      line running:");
}

// Exactly these, as kind|key|field|before|after, sorted.
const std::string expected_changes =
    "added|k-escalate|||\n"
    "changed|k-asa|target[2028-Q4]||60\n"
    "changed|k-depot|actual[2026-Q2]@value|11.4|11.2\n"
    "changed|k-fcr|@target|80|85\n"
    "changed|o-kb|text|Publish 600 reviewed knowledge articles and use one in half of all resolved cases.|"
    "Publish 800 reviewed knowledge articles and use one in half of all resolved cases.\n"
    "changed|off-academy|@price|$1,450 per seat; two seats a year included|$1,600 per seat; two seats a year "
    "included\n"
    "changed|ph-depot|@end|2027-12|2028-02\n"
    "changed|ph-partners|@owner|Partner Manager|Director, Customer Success\n"
    "changed|plan|@version|1.2.0|1.3.0\n"
    "changed|steering|narrative||1 paragraph changed\n"
    "changed|u-afterhours|@reports-to|Technical Help Desk (Tier 1) (u-helpdesk)|Product Support Engineering "
    "(Tier 2) (u-tier2)\n"
    "moved|off-exchange|parent|Professional|Premier\n"
    "removed|k-nps|||\n";

// The changes of a JSON diff in the form of expected_changes.
std::string changes_of(const std::string& json) {
  return pf::python_on_json(
      json,
      "assert d['schema']=='planforge-diff' and d['schema_version']==1 and d['count']==len(d['changes'])\n"
      "rows=sorted('|'.join([c['kind'],c['key'],c['field'],c['before'],c['after']]) for c in d['changes'])\n"
      "print('\\n'.join(rows))\n");
}

pf::RunOutput git(const pf::fs::path& dir, const std::vector<std::string>& args) {
  auto r = pf::git(dir, args);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  return r;
}

}  // namespace

TEST_CASE("diff: exactly the planted changes between two versions of the example, and none else") {
  pf::TempDir tmp;
  copy_example(tmp / "old");
  copy_example(tmp / "new");
  make_next_version(tmp / "new");
  const std::string old_plan = (tmp / "old/plan.xml").string(), new_plan = (tmp / "new/plan.xml").string();

  auto r = pf::planforge_exits(1, {"diff", old_plan, new_plan, "--format", "json"});
  CHECK(r.err.empty());
  CHECK(changes_of(r.out) == expected_changes);

  // The text a reviewer reads: the vocabulary's words, grouped by section.
  r = pf::planforge({"diff", old_plan, new_plan});
  CHECK(r.exit_code == 1);
  CHECK(
      pf::missing(
          r.out,
          {"13 changes\n",
           "\nKey Performance Indicators\n  KPI “First contact resolution” (k-fcr)\n    target: 80 → 85\n",
           "    interim target Q4 2028 added: 60\n",
           "  + KPI “Escalations to engineering” (k-escalate) added\n",
           "  − KPI “Net Promoter Score” (k-nps) removed\n", "    tier: Professional → Premier (re-tiered)\n",
           "    price: $1,450 per seat; two seats a year included → $1,600 per seat; two seats a year "
           "included "
           "(re-priced)\n",
           "    end: 2027-12 → 2028-02 (moved)\n",
           "    owner: Partner Manager → Director, Customer Success (re-owned)\n", "(re-parented)\n",
           "    text: 1 paragraph changed\n      paragraph: “…", "every two months from 2029"}) == "");

  // The same version twice: nothing, exit 0.
  r = pf::planforge({"diff", old_plan, old_plan});
  CHECK(r.exit_code == 0);
  CHECK(pf::contains(r.out, "no changes"));
}

TEST_CASE("diff --git: the plan and its includes read at two revisions, without a checkout") {
  pf::TempDir tmp;
  const auto repo = tmp / "repo";
  copy_example(repo / "plans/acme");
  git(repo, {"init", "-q"});
  git(repo, {"add", "-A"});
  git(repo, {"commit", "-q", "-m", "version 1.2.0"});
  git(repo, {"tag", "v1.2.0"});
  make_next_version(repo / "plans/acme");
  git(repo, {"commit", "-q", "-a", "-m", "version 1.3.0"});
  const std::string status_before = git(repo, {"status", "--porcelain"}).out;

  pf::RunSettings in_repo{.cwd = repo};
  // Two revisions; a revision and the working tree (which holds the new version).
  for (const char* revs : {"v1.2.0..HEAD", "v1.2.0"}) {
    auto r = pf::planforge({"diff", "--git", revs, "plans/acme/plan.xml", "--format", "json"}, in_repo);
    INFO(revs << "\n" << r.describe());
    CHECK(r.exit_code == 1);
    CHECK(changes_of(r.out) == expected_changes);
  }
  auto r = pf::planforge({"diff", "--git", "v1.2.0..HEAD", "plans/acme/plan.xml"}, in_repo);
  CHECK(pf::contains(
      r.out, "version 1.2.0 (v1.2.0:plans/acme/plan.xml) → version 1.3.0 (HEAD:plans/acme/plan.xml)"));

  // Only the working tree's edit of an included file, against HEAD.
  plant(repo / "plans/acme/sections/rollout.xml", "end=\"2028-02\"", "end=\"2028-03\"");
  r = pf::planforge({"diff", "--git", "HEAD", "plans/acme/plan.xml", "--format", "json"}, in_repo);
  CHECK(r.exit_code == 1);
  CHECK(changes_of(r.out) == "changed|ph-depot|@end|2028-02|2028-03\n");
  // Neither the files nor the index were touched.
  git(repo, {"checkout", "--", "."});
  CHECK(git(repo, {"status", "--porcelain"}).out == status_before);
  r = pf::planforge({"diff", "--git", "HEAD", "plans/acme/plan.xml"}, in_repo);
  CHECK(r.exit_code == 0);

  // Trouble: an unknown revision (2), a plan not in the revision or outside a repository (3).
  r = pf::planforge({"diff", "--git", "v9..HEAD", "plans/acme/plan.xml"}, in_repo);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "--git: unknown revision 'v9'"));
  copy_example(repo / "plans/beta");
  r = pf::planforge({"diff", "--git", "HEAD", "plans/beta/plan.xml"}, in_repo);
  CHECK(r.exit_code == 3);
  CHECK(pf::contains(r.err, "HEAD:plans/beta/plan.xml: error: the plan is not in revision HEAD"));
  copy_example(tmp / "loose");
  r = pf::planforge({"diff", "--git", "HEAD", (tmp / "loose/plan.xml").string()});
  CHECK(r.exit_code == 3);
  CHECK(pf::contains(r.err, "not in a git repository"));
}

TEST_CASE("diff: usage and plans that cannot be compared") {
  pf::TempDir tmp;
  copy_example(tmp / "a");
  const std::string plan = (tmp / "a/plan.xml").string();
  auto r = pf::planforge({"diff", plan});
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "diff compares two plans"));
  r = pf::planforge({"diff", "--git", "HEAD..", plan});
  CHECK(r.exit_code == 2);
  r = pf::planforge({"diff", plan, (tmp / "missing.xml").string()});
  CHECK(r.exit_code == 3);
  CHECK(pf::contains(r.err, "plan file not found"));
  pf::write_text(tmp / "broken.xml", "<plan format=\"1\"><meta>");
  r = pf::planforge({"diff", plan, (tmp / "broken.xml").string()});
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "malformed XML"));
  CHECK(r.out.empty());
}

TEST_CASE("render --changes-since: an appendix lists the changes, and changed rows are marked") {
  pf::TempDir tmp;
  copy_example(tmp / "old");
  copy_example(tmp / "new");
  make_next_version(tmp / "new");
  const auto pdf = tmp / "new.pdf";
  pf::RunSettings settings{.env = {{"SOURCE_DATE_EPOCH", "1767225600"}}};
  auto r = pf::planforge({"render", (tmp / "new/plan.xml").string(), "--changes-since",
                          (tmp / "old/plan.xml").string(), "-o", pdf.string()},
                         settings);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::qpdf_check(pdf));
  // Words as a reader reads them: lines wrap where a cell or the page is full.
  std::string text;
  for (char c : pf::pdf_text(pdf, false)) {
    const bool space = c == '\n' || c == ' ';
    if (!space || (!text.empty() && text.back() != ' ')) text += space ? ' ' : c;
  }
  CHECK(pf::missing(
            text, {"C Changes since version 1.2.0", "Key Performance Indicators Element Change Before After",
                   "13 changes compared with"}) == "");
  CHECK(pf::missing(text, {"KPI First contact resolution", "KPI Net Promoter Score", "removed",
                           "KPI Escalations to engineering", "interim target", "Q4 2028 added",
                           "tier (re-tiered)", "Professional", "Premier", "price (re-priced)", "reports to",
                           "Technical Help Desk (Tier 1)", "owner (re-owned)", "1 paragraph changed",
                           "objective Publish 800"}) == "");
  // The contents list the appendix like any other (its tables are not listed).
  const std::string contents = pf::pdf_page_text(pdf, 2) + pf::pdf_page_text(pdf, 3);
  CHECK(pf::contains(contents, "C     Changes since version 1.2.0 . ."));
  CHECK_FALSE(pf::contains(contents, "The plan as a whole"));

  // Without --changes-since the same plan renders without the appendix.
  const auto plain_pdf = tmp / "plain.pdf";
  r = pf::planforge({"render", (tmp / "new/plan.xml").string(), "-o", plain_pdf.string()}, settings);
  REQUIRE(r.exit_code == 0);
  CHECK_FALSE(pf::contains(pf::pdf_text(plain_pdf, false), "Changes since version"));
  CHECK(pf::pdf_pages(plain_pdf) < pf::pdf_pages(pdf));

  // An earlier version that cannot be read fails the render; nothing is written.
  pf::plant_previous_output(pdf);
  r = pf::planforge(
      {"render", (tmp / "new/plan.xml").string(), "--changes-since-rev", "HEAD", "-o", pdf.string()});
  CHECK(r.exit_code == 3);
  CHECK(pf::previous_output_untouched(pdf));
}

TEST_CASE(
    "render --changes-since: the appendix speaks the plan's language (German), no English vocabulary word") {
  pf::TempDir tmp;
  copy_example(tmp / "old");
  copy_example(tmp / "new");
  plant(tmp / "old/plan.xml", "lang=\"en\"", "lang=\"de\"");
  plant(tmp / "new/plan.xml", "lang=\"en\"", "lang=\"de\"");
  make_next_version(tmp / "new");
  // A record added whole, shown with its attributes' names.
  plant(tmp / "new/plan.xml", "for executive review</revision>",
        "for executive review</revision>\n    <revision version=\"1.3.0\" date=\"2026-12-01\" author=\"L. "
        "Brenner\">Targets "
        "raised</revision>");
  const auto pdf = tmp / "new.pdf";
  auto r = pf::planforge({"render", (tmp / "new/plan.xml").string(), "--changes-since",
                          (tmp / "old/plan.xml").string(), "-o", pdf.string()});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  std::string text;
  for (char c : pf::pdf_text(pdf, false)) {
    const bool space = c == '\n' || c == ' ';
    if (!space || (!text.empty() && text.back() != ' ')) text += space ? ' ' : c;
  }
  for (auto at = text.find("- "); at != std::string::npos;
       at = text.find("- ", at + 1))  // a hyphenated word whole
    if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1])) && at + 2 < text.size() &&
        std::islower(static_cast<unsigned char>(text[at + 2])))
      text.erase(at, 2);
  const auto heading = text.rfind("Änderungen seit Version 1.2.0");
  REQUIRE(heading != std::string::npos);
  const std::string appendix = text.substr(heading);
  INFO(appendix);
  CHECK(pf::missing(appendix, {"14 Änderungen gegenüber", "Element Änderung Vorher Nachher"}) == "");
  CHECK(
      pf::missing(appendix, {"KPI First contact resolution", "Zielwert", "Zwischenziel Q4 2028 hinzugefügt",
                             "Stufe (umgestuft)", "Preis (neu festgesetzt)", "Unterstellt (neu unterstellt)",
                             "Verantwortlich (neu zugeordnet)", "1 Absatz geändert", "Teilziel Publish 800",
                             "entfernt", "hinzugefügt", "Ende (verschoben)", "Istwert Q2 2026",
                             "Revision 1.3.0 hinzugefügt", "Datum 2026-12-01, Autor L. Brenner",
                             // numbers and dates as the document writes them
                             "11,4", "11,2", "Dez. 2027", "Feb. 2028"}) == "");
  // The English the appendix shows in an English plan is gone.
  for (const std::string words :
       {"interim target", "re-tiered", "re-priced", "re-owned", "reports to", "paragraph changed", "tier (",
        "price (", "owner (", "end (", "objective Publish", "actual 2026", "author L."})
    CHECK_MESSAGE(!pf::contains(appendix, words), words);
  // And no other word of the English vocabulary: every word a `changes.` or `diff.` message
  // prints in English, unless German writes it too or the plan itself does (its names and
  // values are shown as written).
  const auto en = pf::read_catalogue(pf::source("messages/en.messages"));
  const auto de = pf::read_catalogue(pf::source("messages/de.messages"));
  std::string theirs;
  for (const auto& [key, pattern] : de)
    for (const std::string& run : pf::literal_runs(pattern)) theirs += run + "\n";
  const std::string own = pf::plan_content(tmp / "new") + pf::plan_content(tmp / "old");
  std::size_t checked = 0;
  for (const auto& [key, pattern] : en) {
    if (!key.starts_with("diff.") && !key.starts_with("changes.")) continue;
    for (const std::string& run : pf::literal_runs(pattern)) {
      if (pf::contains_words(theirs, run) || pf::contains_words(own, run)) continue;
      ++checked;
      CHECK_MESSAGE(!pf::contains_words(appendix, run),
                    "English '" << run << "' (" << key << ") is in the appendix");
    }
  }
  CHECK(checked > 60);
}
