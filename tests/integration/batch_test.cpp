// Many plans in one run: render/validate A.xml B.xml … with --out-dir, -j, name patterns and
// --shard. A bad plan (malformed, wrong, crashing, meddling with the process) affects no other.
#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

namespace {

// minimal.xml under another plan id (and version).
void write_plan(const pf::fs::path& file, const std::string& id, const std::string& version = "1.0.0") {
  std::string text = pf::read_text(pf::data("integration/minimal.xml"));
  text.replace(text.find("id=\"minimal\""), 12, "id=\"" + id + "\"");
  text.replace(text.find("version=\"1.0.0\""), 15, "version=\"" + version + "\"");
  pf::fs::create_directories(file.parent_path());
  pf::write_text(file, text);
}

// A plan using a fixture plugin's section type.
void write_fixture_plan(const pf::fs::path& file, const std::string& id, const std::string& type) {
  pf::write_text(file,
                 "<?xml version=\"1.0\"?>\n<plan format=\"1\" id=\"" + id +
                     "\" version=\"1.0.0\">\n  <meta><title>Fixture</title><date>2026-11-15</date></meta>\n"
                     "  <section type=\"text\" id=\"intro\" title=\"Intro\"><p>Text.</p></section>\n"
                     "  <section type=\"" +
                     type + "\" id=\"fixture\" title=\"Fixture\"/>\n</plan>\n");
}

std::set<std::string> files_in(const pf::fs::path& dir) {
  std::set<std::string> out;
  if (!pf::fs::exists(dir)) return out;
  for (const auto& entry : pf::fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) out.insert(entry.path().lexically_relative(dir).generic_string());
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

pf::RunSettings in_dir(const pf::fs::path& dir) {
  return {.env = {{"SOURCE_DATE_EPOCH", "1767225600"}}, .cwd = dir};
}

}  // namespace

TEST_CASE("batch: one bad plan among good ones stops and spoils none of the others") {
  pf::TempDir tmp;
  write_plan(tmp / "good/a.xml", "a");
  write_plan(tmp / "good/b.xml", "b");
  write_plan(tmp / "good/c.xml", "c");
  pf::write_text(tmp / "malformed.xml", "<plan format=\"1\"><meta>");
  std::string wrong = pf::read_text(pf::data("integration/minimal.xml"));
  wrong.replace(wrong.find("type=\"text\""), 11, "type=\"txet\"");
  pf::write_text(tmp / "wrong.xml", wrong);
  write_fixture_plan(tmp / "crash.xml", "crash", "fixture-crashes-in-render");
  write_fixture_plan(tmp / "cwd.xml", "cwd", "fixture-leaves-cwd");

  // Relative paths after the plan whose plugin changes the working directory: in one
  // process they would no longer be found.
  const std::vector<std::string> plans{"good/a.xml", "malformed.xml", "crash.xml", "cwd.xml",
                                       "wrong.xml",  "good/b.xml",    "good/c.xml"};
  for (const std::string jobs : {"1", "2"}) {
    INFO("-j " << jobs);
    const std::string dist = "dist-" + jobs;
    std::vector<std::string> args{"render"};
    args.insert(args.end(), plans.begin(), plans.end());
    for (const std::string& more :
         {std::string("--out-dir"), dist, std::string("-j"), jobs, std::string("--plugin-path")})
      args.push_back(more);
    args.push_back(pf::fixture_dir("crashes-in-render"));
    args.push_back("--plugin-path");
    args.push_back(pf::fixture_dir("leaves-cwd"));
    const auto r = pf::planforge(args, in_dir(tmp.path()));
    INFO(r.describe());
    CHECK(r.exit_code == 3);  // the worst: a crash (3) over plan errors (1)
    CHECK(files_in(tmp / dist) == std::set<std::string>{"a.pdf", "b.pdf", "c.pdf", "cwd.pdf"});

    // One line per plan in the order given, then the total.
    const auto out = lines_of(r.out);
    REQUIRE(out.size() == 8);
    CHECK(out[0] == "good/a.xml: wrote " + dist + "/a.pdf (3 pages, 0 warnings)");
    CHECK(out[1] == "malformed.xml: failed with exit 1 (1 error, 0 warnings)");
    CHECK(out[2] == "crash.xml: failed with exit 3 (1 error, 0 warnings)");
    CHECK(pf::contains(out[3], "cwd.xml: wrote " + dist + "/cwd.pdf"));
    CHECK(out[4] == "wrong.xml: failed with exit 1 (1 error, 0 warnings)");
    CHECK(out[5] == "good/b.xml: wrote " + dist + "/b.pdf (3 pages, 0 warnings)");
    CHECK(out[7] == "7 plans: 4 rendered, 3 failed (3 errors, 0 warnings)");
    CHECK(pf::missing(r.err, {"crash.xml: error: the process for this plan killed by signal 11",
                              "wrong.xml:11:12: error: no plugin provides section type 'txet'"}) == "");

    // What a batch wrote is what the plan renders to alone.
    const auto alone = tmp / "alone-b.pdf";
    REQUIRE(pf::planforge({"render", "good/b.xml", "-o", alone.string()}, in_dir(tmp.path())).exit_code == 0);
    CHECK(pf::read_bytes(alone) == pf::read_bytes(tmp / dist / "b.pdf"));
    CHECK(pf::qpdf_check(tmp / dist / "c.pdf"));
  }
}

TEST_CASE("batch: name patterns, and two plans that would write one file") {
  pf::TempDir tmp;
  write_plan(tmp / "x/plan.xml", "acme", "1.2.0");
  write_plan(tmp / "y/plan.xml", "acme", "1.3.0");
  write_plan(tmp / "z/plan.xml", "zeta", "2.0.0");
  const auto settings = in_dir(tmp.path());

  // {id} alone names x and y alike: both are refused, z is written.
  auto r = pf::planforge_exits(2, {"render", "x/plan.xml", "y/plan.xml", "z/plan.xml", "--out-dir", "out"},
                               settings);
  CHECK(files_in(tmp / "out") == std::set<std::string>{"zeta.pdf"});
  CHECK(pf::contains(r.err,
                     "x/plan.xml: error: the output 'out/acme.pdf' would also be written by y/plan.xml"));
  CHECK(pf::contains(r.err,
                     "y/plan.xml: error: the output 'out/acme.pdf' would also be written by x/plan.xml"));

  // With the version (and a sub-folder per plan id) they are told apart.
  r = pf::planforge({"render", "x/plan.xml", "y/plan.xml", "z/plan.xml", "--out-dir", "out2", "--name",
                     "{id}/{id}-{version}.pdf", "-j", "2"},
                    settings);
  INFO(r.describe());
  CHECK(r.exit_code == 0);
  CHECK(files_in(tmp / "out2") ==
        std::set<std::string>{"acme/acme-1.2.0.pdf", "acme/acme-1.3.0.pdf", "zeta/zeta-2.0.0.pdf"});

  // One plan: -o takes a pattern; --set version stamps it; braces doubled are literal.
  r = pf::planforge(
      {"render", "z/plan.xml", "-o", "{dir}-{{{id}}}-{version}.pdf", "--set", "version=2.1.0-4-gabc"},
      settings);
  INFO(r.describe());
  CHECK(r.exit_code == 0);
  CHECK(pf::contains(r.out, "wrote z-{zeta}-2.1.0-4-gabc.pdf"));
  CHECK(pf::fs::exists(tmp / "z-{zeta}-2.1.0-4-gabc.pdf"));

  // A plan without the value the pattern names is refused before anything is laid out.
  std::string unversioned = pf::read_text(tmp / "z/plan.xml");
  unversioned.replace(unversioned.find(" version=\"2.0.0\""), 16, "");
  pf::write_text(tmp / "nov.xml", unversioned);
  r = pf::planforge({"render", "nov.xml", "-o", "{id}-{version}.pdf"}, settings);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err,
                     "output name '{id}-{version}.pdf' uses {version}, but the plan nov.xml has no version"));

  // Usage errors, before any plan is read.
  r = pf::planforge({"render", "z/plan.xml", "-o", "{client}.pdf"}, settings);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "unknown placeholder '{client}'"));
  r = pf::planforge({"render", "z/plan.xml", "-o", "a}.pdf"}, settings);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "a lone '}'"));
  r = pf::planforge({"render", "x/plan.xml", "z/plan.xml", "-o", "one.pdf"}, settings);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "-o names the PDF of one plan, and 2 were given"));
  r = pf::planforge({"render", "z/plan.xml", "--out-dir", "o", "--name", "../{id}.pdf"}, settings);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "--name may not leave --out-dir"));
  r = pf::planforge({"render", "z/plan.xml", "--name", "{id}.pdf"}, settings);
  CHECK(r.exit_code == 2);
  CHECK(pf::contains(r.err, "--out-dir"));
  r = pf::planforge({"render", "z/plan.xml", "--out-dir", "o", "-o", "x.pdf"}, settings);
  CHECK(r.exit_code == 2);
}

TEST_CASE("batch: the shards of a set are disjoint and together the whole set") {
  pf::TempDir tmp;
  std::vector<std::string> plans;
  for (int i = 0; i < 7; ++i) {
    plans.push_back("plans/p" + std::to_string(i) + ".xml");
    write_plan(tmp / plans.back(), "p" + std::to_string(i));
  }
  const auto settings = in_dir(tmp.path());
  // The plans of one validate run, read from its findings document.
  auto shard_plans = [&](const std::vector<std::string>& order, const std::string& shard) {
    std::vector<std::string> args{"validate"};
    args.insert(args.end(), order.begin(), order.end());
    for (const char* more : {"--format", "json", "--shard"}) args.push_back(more);
    args.push_back(shard);
    const auto r = pf::planforge(args, settings);
    INFO(r.describe());
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> out;
    for (std::size_t at = 0; (at = r.out.find("\"plan\": \"", at)) != std::string::npos;) {
      at += 9;
      out.push_back(r.out.substr(at, r.out.find('"', at) - at));
    }
    return out;
  };

  for (int n : {1, 2, 3, 4, 8}) {
    std::multiset<std::string> seen;
    std::size_t smallest = plans.size(), largest = 0;
    for (int k = 1; k <= n; ++k) {
      // Each job of the matrix may list the plans in its own order.
      std::vector<std::string> order = plans;
      std::rotate(order.begin(), order.begin() + (k % 7), order.end());
      if (k % 2 == 0) std::reverse(order.begin(), order.end());
      const auto mine = shard_plans(order, std::to_string(k) + "/" + std::to_string(n));
      seen.insert(mine.begin(), mine.end());
      smallest = std::min(smallest, mine.size());
      largest = std::max(largest, mine.size());
    }
    INFO("N = " << n);
    CHECK(seen == std::multiset<std::string>(plans.begin(), plans.end()));  // all, and each once
    CHECK(largest - smallest <= 1);                                         // and evenly
  }

  // render honours the shard the same way.
  const auto expected = shard_plans(plans, "2/3");
  std::vector<std::string> args{"render"};
  args.insert(args.end(), plans.begin(), plans.end());
  for (const char* more : {"--shard", "2/3", "--out-dir", "out", "-j", "2"}) args.push_back(more);
  const auto r = pf::planforge(args, settings);
  INFO(r.describe());
  CHECK(r.exit_code == 0);
  std::set<std::string> want;
  for (const auto& plan : expected) want.insert(pf::fs::path(plan).stem().string() + ".pdf");
  CHECK(files_in(tmp / "out") == want);

  // Bad shard specifications are usage errors; an empty shard is a successful run.
  for (const char* bad : {"0/3", "4/3", "1/0", "x", "1/", "2"}) {
    const auto u = pf::planforge({"validate", plans[0], "--shard", bad}, settings);
    INFO(bad << "\n" << u.describe());
    CHECK(u.exit_code == 2);
  }
  const auto empty = pf::planforge({"validate", plans[0], plans[1], "--shard", "3/3"}, settings);
  CHECK(empty.exit_code == 0);
  CHECK(pf::contains(empty.out, "0 plans: 0 passed, 0 failed"));
}
