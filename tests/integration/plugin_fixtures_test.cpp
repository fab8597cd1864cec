// The misbehaving plugins of tests/fixtures, each alone on --plugin-path: the documented
// message (docs/cli.md, "Plugin errors"), the documented exit code, and an existing PDF at
// the output path left byte-for-byte untouched.
#include "harness.hpp"

#include <doctest/doctest.h>

namespace {

struct Case {
  const char* fixture;  // folder under the fixtures' build folder
  const char* plan;     // under tests/data/integration/
  int exit_code;
  std::string message;  // expected in stderr
};

std::string so(const std::string& fixture) {
  return pf::fixture_dir(fixture) + "/planforge-fixture-" + fixture + ".so";
}

void check_case(const Case& c) {
  pf::TempDir tmp;
  const auto out = tmp / "out.pdf";
  pf::plant_previous_output(out);
  const auto r = pf::planforge({"render", pf::data(std::string("integration/") + c.plan), "-o", out.string(),
                                "--plugin-path", pf::fixture_dir(c.fixture)});
  INFO(r.describe());
  CHECK(r.exit_code == c.exit_code);
  CHECK(pf::contains(r.err, c.message));
  CHECK(pf::previous_output_untouched(out));
  CHECK(pf::count(r.err, "error") >= 1);
  // Nothing else appeared beside the output (no temporary left behind).
  int files = 0;
  for (const auto& entry : pf::fs::directory_iterator(tmp.path())) files += entry.is_regular_file();
  CHECK(files == 1);
}

}  // namespace

TEST_CASE("fixture: a plugin of another ABI is refused, naming both versions (exit 3)") {
  check_case({"abi-999", "minimal.xml", 3,
              so("abi-999") + ": error: plugin rejected: plugin ABI 999, this planforge needs 2"});
}

TEST_CASE("fixture: a plugin built against planforge 0.1 (ABI 1) is refused, never loaded (exit 3)") {
  check_case({"abi-1", "minimal.xml", 3,
              so("abi-1") +
                  ": error: plugin rejected: plugin ABI 1, this planforge needs 2 (rebuild the plugin "
                  "against planforge " PLANFORGE_VERSION_STRING ")"});
}

TEST_CASE("fixture: a library without entry point is refused (exit 3)") {
  check_case({"no-entry-point", "minimal.xml", 3,
              so("no-entry-point") + ": error: plugin rejected: no planforge entry point"});
}

TEST_CASE("fixture: a text file named x.so is not a shared library (exit 3)") {
  check_case({"not-a-library", "minimal.xml", 3,
              pf::fixture_dir("not-a-library") + "/x.so: error: plugin rejected: not a shared library"});
}

TEST_CASE("fixture: a plugin of another toolchain is refused, naming both stamps (exit 3)") {
  check_case({"wrong-toolchain", "minimal.xml", 3,
              so("wrong-toolchain") + ": error: plugin rejected: built with toolchain "
                                      "othercc99_cxx11abi0_std201703L, this planforge was built with "});
}

TEST_CASE("fixture: an info block without section types is refused (exit 3)") {
  check_case({"incomplete-info", "minimal.xml", 3,
              so("incomplete-info") +
                  ": error: plugin rejected: plugin 'incomplete-info' declares no section types"});
}

TEST_CASE("fixture: a plugin needing an undefined symbol is refused by the loader (exit 3)") {
  check_case({"unresolved-symbol", "minimal.xml", 3,
              so("unresolved-symbol") + ": error: plugin rejected: cannot be loaded: undefined symbol: "
                                        "planforge_fixture_function_nobody_defines [plugin/rejected]\n"});
}

TEST_CASE("fixture: a second plugin for 'text' is a conflict when the plan uses text (exit 3)") {
  check_case(
      {"duplicate-type", "minimal.xml", 3,
       "minimal.xml:11:12: error: section type 'text' is provided by several plugins: 'duplicate-text' (" +
           so("duplicate-type") + "), 'text' ("});
}

TEST_CASE("fixture: an exception in validate() names the plugin and the section (exit 1)") {
  check_case({"throws-in-validate", "uses-throws-in-validate.xml", 1,
              "uses-throws-in-validate.xml:14:3: error: plugin 'throws-in-validate' failed while validating "
              "section 'fixture': fixture failure in validate"});
}

TEST_CASE("fixture: an exception in render() names the plugin and the section (exit 1)") {
  check_case({"throws-in-render", "uses-throws-in-render.xml", 1,
              "uses-throws-in-render.xml:14:3: error: plugin 'throws-in-render' failed while rendering "
              "section 'fixture': fixture failure in render"});
}

TEST_CASE("fixture: a figure drawing outside its canvas names the plugin and the section (exit 1)") {
  check_case({"invalid-figure", "uses-invalid-figure.xml", 1,
              "uses-invalid-figure.xml:14:3: error: plugin 'invalid-figure' produced an invalid figure in "
              "section 'fixture': rectangle (operation 1) spans x 80–120, y 10–30, outside its canvas of "
              "100 × 50 pt"});
}

TEST_CASE("fixture: validate reports plugin rejections too, with the same exit code") {
  const auto r = pf::planforge(
      {"validate", pf::data("integration/minimal.xml"), "--plugin-path", pf::fixture_dir("abi-999")});
  INFO(r.describe());
  CHECK(r.exit_code == 3);
  CHECK(pf::missing(
            r.err, {"plugin rejected: plugin ABI 999, this planforge needs 2", "1 error, 0 warnings"}) == "");
}

TEST_CASE("fixture: --use-plugin settles a conflict either way") {
  pf::TempDir tmp;
  const auto out = tmp / "out.pdf";
  auto r = pf::render_ok(
      pf::data("integration/minimal.xml"), out,
      {"--plugin-path", pf::fixture_dir("duplicate-type"), "--use-plugin", "text=duplicate-text"});
  CHECK(pf::contains(pf::pdf_text(out), "Rendered by the duplicate-type fixture."));

  r = pf::planforge({"render", pf::data("integration/minimal.xml"), "-o", out.string(), "--plugin-path",
                     pf::fixture_dir("duplicate-type"), "--use-plugin", "text=text"});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  const std::string text = pf::pdf_text(out);
  CHECK_FALSE(pf::contains(text, "Rendered by the duplicate-type fixture."));
  CHECK(pf::contains(text, "The help desk answers every call"));
}

TEST_CASE("fixture: --use-plugin naming no plugin is a usage error (exit 2)") {
  pf::TempDir tmp;
  const auto out = tmp / "out.pdf";
  pf::plant_previous_output(out);
  const auto r = pf::planforge_exits(2, {"render", pf::data("integration/minimal.xml"), "-o", out.string(),
                                         "--use-plugin", "text=no-such-plugin"});
  CHECK(pf::contains(
      r.err,
      "command line: error: --use-plugin text=no-such-plugin: no plugin named 'no-such-plugin' was found"));
  CHECK(pf::previous_output_untouched(out));
}

TEST_CASE("fixture: a plugin found again later on the path is shadowed, not an error") {
  pf::TempDir tmp;
  const auto out = tmp / "out.pdf";
  const auto r = pf::planforge({"render", pf::data("integration/uses-fixture-hello.xml"), "-o", out.string(),
                                "--plugin-path", pf::fixture_dir("hello"), "--plugin-path",
                                pf::fixture_dir("hello-copy")});
  INFO(r.describe());
  REQUIRE(r.exit_code == 0);
  CHECK(pf::contains(pf::pdf_text(out), "Hello, world."));

  const auto list = pf::planforge(
      {"plugins", "--plugin-path", pf::fixture_dir("hello"), "--plugin-path", pf::fixture_dir("hello-copy")});
  INFO(list.describe());
  CHECK(list.exit_code == 0);
  CHECK(pf::contains(list.out, pf::fixture_dir("hello-copy") + "/planforge-fixture-hello.so: shadowed by " +
                                   pf::fixture_dir("hello") + "/planforge-fixture-hello.so"));
}
