#include "plugins/plugin_host.hpp"
#include "plugins/search_path.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

using namespace planforge::detail;
namespace fs = std::filesystem;

namespace {

// A scratch folder tree, removed at the end of the test.
struct Scratch {
  fs::path root;
  Scratch() {
    root = fs::temp_directory_path() / ("pf-plugins-test-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~Scratch() { fs::remove_all(root); }
  fs::path folder(const std::string& name) const {
    fs::create_directories(root / name);
    return root / name;
  }
  void touch(const fs::path& file) const { std::ofstream(file) << "x"; }
};

fs::path fixture_dir(const std::string& folder) { return fs::path(PLANFORGE_FIXTURE_PLUGIN_DIR) / folder; }

}  // namespace

TEST_CASE("search path order: explicit folders, the environment, then the install") {
  Scratch s;
  const auto a = s.folder("a"), b = s.folder("b"), env1 = s.folder("env1"), env2 = s.folder("env2");
  const auto install = s.folder("install"), build = s.folder("build");
  const auto path = compose_search_path({a, b}, env1.string() + "::" + env2.string() + ":", install, build);
  CHECK(path.problems.empty());
  CHECK(path.folders == std::vector<fs::path>{a, b, env1, env2, install});
}

TEST_CASE("search path: the build tree serves only a planforge that is not installed") {
  Scratch s;
  const auto build = s.folder("build");
  const auto path = compose_search_path({}, std::nullopt, s.root / "not-installed", build);
  CHECK(path.folders == std::vector<fs::path>{build});
}

TEST_CASE("search path: a folder named twice is searched once — a missing --plugin-path is a problem") {
  Scratch s;
  const auto a = s.folder("a");
  const auto path = compose_search_path({a, a / ".", s.root / "missing"},
                                        a.string() + ":" + (s.root / "gone").string(), {}, {});
  CHECK(path.folders == std::vector<fs::path>{a});
  REQUIRE(path.problems.size() == 1);
  CHECK(path.problems[0].message.find("missing' is not a folder") != std::string::npos);
  CHECK(path.problems[0].location.file == "command line");
}

TEST_CASE("candidate files: regular *.so files sorted by name") {
  Scratch s;
  const auto dir = s.folder("plugins");
  s.touch(dir / "zeta.so");
  s.touch(dir / "alpha.so");
  s.touch(dir / "readme.txt");
  s.touch(dir / "libdep.so.1");
  fs::create_directories(dir / "folder.so");
  CHECK(candidate_files(dir) == std::vector<fs::path>{dir / "alpha.so", dir / "zeta.so"});
  CHECK(candidate_files(s.root / "missing").empty());
}

TEST_CASE("the host lists refused candidates with typed reasons and reports them as errors") {
  ::unsetenv("PLANFORGE_PLUGIN_PATH");
  planforge::PluginOptions options;
  options.paths = {fixture_dir("abi-999"), fixture_dir("not-a-library"), fixture_dir("wrong-toolchain")};
  PluginHost host(options);
  REQUIRE(host.candidates().size() >= 3);
  CHECK(host.search_path().front() == fixture_dir("abi-999"));
  CHECK(host.rejection_reasons()[0] == Rejection::abi_mismatch);
  CHECK(host.rejection_reasons()[1] == Rejection::not_a_library);
  CHECK(host.rejection_reasons()[2] == Rejection::toolchain_mismatch);
  CHECK_FALSE(host.candidates()[0].accepted);
  CHECK(host.candidates()[1].file == fixture_dir("not-a-library") / "x.so");

  const auto problems = host.rejection_problems();
  REQUIRE(problems.size() >= 3);
  CHECK(problems[1].location.file == (fixture_dir("not-a-library") / "x.so").string());
  CHECK(problems[1].message == "plugin rejected: not a shared library");
  CHECK(problems[1].severity == planforge::Severity::error);
  CHECK(host.resolve("fixture-abi-999").status == PluginHost::Lookup::unknown_type);
}

TEST_CASE("the host refuses a --use-plugin choice naming no plugin") {
  ::unsetenv("PLANFORGE_PLUGIN_PATH");
  planforge::PluginOptions options;
  options.paths = {fixture_dir("no-entry-point")};
  options.choices = {{"text", "no-such-plugin"}};
  PluginHost host(options);
  REQUIRE(host.usage_problems().size() == 1);
  CHECK(host.usage_problems()[0].message ==
        "--use-plugin text=no-such-plugin: no plugin named 'no-such-plugin' was found");
}
