// Every file a plan names is confined to the plan's folder (and the folders --allow-read
// names), judged after symbolic links are followed, and read only when it is a regular
// file; includes are bounded in depth, number and bytes.
#include "plan_test_util.hpp"

#include <chrono>

#include <sys/stat.h>

using plantest::Loaded;

namespace {

bool any_line_contains(const Loaded& l, const std::string& text) {
  for (const auto& line : l.lines())
    if (line.find(text) != std::string::npos) return true;
  return false;
}

const std::string section = "<section type=\"text\" title=\"T\"><p>x</p></section>";

}  // namespace

TEST_CASE("a logo outside the plan's folder is refused before it is opened") {
  plantest::TempDir dir;
  dir.write("secret.png", "not even a picture");
  const auto plan =
      dir.write("plan/plan.xml", plantest::plan_with(section, "<logo href=\"../secret.png\"/>"));
  const Loaded up = plantest::load(plan);
  CHECK_MESSAGE(
      any_line_contains(up, "plan.xml:2:31: error: logo '../secret.png' is outside the plan's folder"),
      plantest::dump(up));
  CHECK(up.hints_of("outside").at(0).find("--allow-read DIR") != std::string::npos);

  const auto absolute =
      dir.write("plan/abs.xml", plantest::plan_with(section, "<logo href=\"/etc/passwd\"/>"));
  CHECK(
      any_line_contains(plantest::load(absolute), "error: logo '/etc/passwd' is outside the plan's folder"));

  std::filesystem::create_symlink(dir.path() / "secret.png", dir.path() / "plan/logo.png");
  const auto linked = dir.write("plan/link.xml", plantest::plan_with(section, "<logo href=\"logo.png\"/>"));
  CHECK(any_line_contains(
      plantest::load(linked),
      "error: logo 'logo.png' leads outside the plan's folder through a symbolic link (to " +
          (dir.path() / "secret.png").string() + ")"));

  planforge::LoadOptions allowed;
  allowed.plan = plan;
  allowed.allowed_folders.push_back(dir.path());
  const Loaded l = plantest::load_with(allowed);
  CHECK_FALSE(any_line_contains(l, "outside"));
}

TEST_CASE("includes: through a symbolic link out of the folder, of a FIFO, of a folder") {
  plantest::TempDir dir;
  dir.write("outside.xml", section);
  std::filesystem::create_directories(dir.path() / "plan");
  std::filesystem::create_symlink(dir.path() / "outside.xml", dir.path() / "plan/in.xml");
  REQUIRE(::mkfifo((dir.path() / "plan/fifo.xml").c_str(), 0600) == 0);
  std::filesystem::create_directories(dir.path() / "plan/folder.xml");
  const auto plan = dir.write("plan/plan.xml",
                              plantest::plan_with("<include href=\"in.xml\"/>\n<include href=\"fifo.xml\"/>\n"
                                                  "<include href=\"folder.xml\"/>"));
  const auto start = std::chrono::steady_clock::now();
  const Loaded l = plantest::load(plan);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));  // no wait for a writer
  CHECK_MESSAGE(
      any_line_contains(
          l, ":3:1: error: include 'in.xml' leads outside the plan's folder through a symbolic link"),
      plantest::dump(l));
  CHECK_MESSAGE(any_line_contains(l, ":4:1: error: cannot include 'fifo.xml': is a FIFO, not a regular file"),
                plantest::dump(l));
  CHECK_MESSAGE(any_line_contains(l, ":5:1: error: cannot include 'folder.xml': is a directory, not a file"),
                plantest::dump(l));
}

TEST_CASE("includes: a chain of 4,700 files stops at the include depth") {
  plantest::TempDir dir;
  const int n = 4'700;
  for (int i = 0; i < n; ++i)
    dir.write(
        "f" + std::to_string(i) + ".xml",
        i + 1 < n ? "<sections><include href=\"f" + std::to_string(i + 1) + ".xml\"/></sections>" : section);
  const auto plan = dir.write("plan.xml", plantest::plan_with("<include href=\"f0.xml\"/>"));
  const Loaded l = plantest::load(plan);
  CHECK(l.lines() == std::vector<std::string>{(dir.path() / "f15.xml").string() +
                                                  ":1:11: error: includes are nested more than 16 deep here",
                                              plan.string() + ":1:1: warning: the plan has no sections"});
}

TEST_CASE("includes: fan-out is bounded by the number of includes and the bytes they read") {
  plantest::TempDir dir;
  const int levels = 14;  // 2^14 inclusions without a limit
  for (int i = 0; i < levels; ++i)
    dir.write("f" + std::to_string(i) + ".xml",
              i + 1 < levels ? "<sections><include href=\"f" + std::to_string(i + 1) +
                                   ".xml\"/><include href=\"f" + std::to_string(i + 1) + ".xml\"/></sections>"
                             : "<sections/>");
  const auto plan = dir.write("plan.xml", plantest::plan_with("<include href=\"f0.xml\"/>"));
  const auto start = std::chrono::steady_clock::now();
  const Loaded l = plantest::load(plan);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  CHECK_MESSAGE(any_line_contains(l, "error: the plan has more than 1000 includes"), plantest::dump(l));
  CHECK(l.diags.error_count() == 1);

  planforge::LoadOptions small;
  small.plan = plan;
  small.limits.include_bytes = 2048;
  const Loaded bytes = plantest::load_with(small);
  CHECK_MESSAGE(any_line_contains(bytes, "error: includes read more than 2.0 KiB in all"),
                plantest::dump(bytes));
}
