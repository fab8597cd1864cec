// examples/ci/ci.sh, the plain-shell version of the CI example, run as a pipeline would run
// it: in a git checkout with a tagged release and one commit after it.
#include "harness.hpp"

#include <doctest/doctest.h>

TEST_CASE(
    "examples/ci/ci.sh: validates, lints, renders with the described version, writes the changes since the "
    "tag") {
  pf::TempDir repo;
  const auto plan_dir = repo / "clients/acme";
  pf::fs::create_directories(plan_dir);
  pf::fs::copy(pf::source("examples/acme-cs"), plan_dir, pf::fs::copy_options::recursive);
  auto git = [&](const std::vector<std::string>& args) {
    const auto r = pf::git(repo.path(), args);
    REQUIRE_MESSAGE(r.exit_code == 0, r.describe());
    return r.out;
  };
  git({"init", "-q"});
  git({"add", "-A"});
  git({"commit", "-q", "-m", "acme 1.2.0"});
  git({"tag", "v1.2.0"});
  std::string text = pf::read_text(plan_dir / "plan.xml");
  const std::string from = "baseline=\"62\" target=\"80\"";
  REQUIRE(text.find(from) != std::string::npos);
  pf::write_text(plan_dir / "plan.xml",
                 text.replace(text.find(from), from.size(), "baseline=\"62\" target=\"85\""));
  git({"commit", "-q", "-a", "-m", "acme: a higher first-contact target"});
  std::string described = git({"describe", "--tags", "--always", "--dirty"});
  described.erase(described.find_last_not_of('\n') + 1);
  REQUIRE(pf::contains(described, "v1.2.0-1-g"));

  pf::RunSettings settings{.cwd = repo.path()};
  settings.env = {{"PLANFORGE", PLANFORGE_EXE},
                  {"OUT", "out"},
                  {"SOURCE_DATE_EPOCH", "1767225600"},
                  {"PLANFORGE_PLUGIN_PATH", std::nullopt},
                  {"PLANFORGE_TEMPLATE_PATH", std::nullopt}};
  const auto r = pf::run_program("/bin/sh", {pf::source("examples/ci/ci.sh")}, settings);
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::missing(r.out, {"== validate: 1 plan(s)", "== lint", "== render ", "== changes since v1.2.0"}) ==
        "");

  const auto pdf = repo / "out" / ("acme-cs-" + described + ".pdf");
  REQUIRE_MESSAGE(pf::fs::exists(pdf), "no " << pdf);
  CHECK(pf::contains(pf::pdf_text(pdf), described));  // the stamped version on the cover
  const std::string changes = pf::read_text(repo / "out/clients-acme-plan-changes.txt");
  CHECK(pf::missing(changes, {"First contact resolution", "85"}) == "");
  CHECK(pf::contains(r.out, "clients/acme/plan.xml: changes in out/clients-acme-plan-changes.txt"));
}
