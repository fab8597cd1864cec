#include "plugins/candidate_loader.hpp"
#include "plugins/symbol_check.hpp"

#include <doctest/doctest.h>

#include <planforge/plugin.hpp>

using namespace planforge::detail;

TEST_CASE("the expected symbol names carry the ABI version and the toolchain stamp") {
  CHECK(expected_entry_symbol() == "planforge_plugin_abi_" + std::to_string(PLANFORGE_PLUGIN_ABI));
  CHECK(expected_toolchain_symbol() == "planforge_toolchain_" + expected_toolchain_stamp());
  CHECK(expected_toolchain_stamp().find("cxx11abi") != std::string::npos);
}

TEST_CASE("check_symbols accepts the expected entry point and marker among others") {
  Verdict v = check_symbols({"foo", expected_entry_symbol(), "bar", expected_toolchain_symbol()});
  CHECK(static_cast<bool>(v));
  CHECK(v.message.empty());
}

TEST_CASE("check_symbols: no entry point") {
  Verdict v = check_symbols({"planforge_fixture_answer", "planforge_plugin_abi_", "planforge_plugin_abi_x"});
  CHECK(v.reason == Rejection::no_entry_point);
  CHECK(v.message.starts_with("no planforge entry point"));
}

TEST_CASE("check_symbols: another ABI names both versions") {
  Verdict v = check_symbols({"planforge_plugin_abi_999", expected_toolchain_symbol()});
  CHECK(v.reason == Rejection::abi_mismatch);
  CHECK(
      v.message.starts_with("plugin ABI 999, this planforge needs " + std::to_string(PLANFORGE_PLUGIN_ABI)));
}

TEST_CASE("check_symbols: toolchain marker missing or different") {
  Verdict missing = check_symbols({expected_entry_symbol()});
  CHECK(missing.reason == Rejection::toolchain_mismatch);
  CHECK(missing.message.find(expected_toolchain_stamp()) != std::string::npos);

  Verdict other =
      check_symbols({expected_entry_symbol(), "planforge_toolchain_clang99_cxx11abi0_std201703L"});
  CHECK(other.reason == Rejection::toolchain_mismatch);
  CHECK(other.message == "built with toolchain clang99_cxx11abi0_std201703L, this planforge was built with " +
                             expected_toolchain_stamp());
}

namespace {
planforge::SectionPlugin* make_nothing() { return nullptr; }
void destroy_nothing(planforge::SectionPlugin*) {}
const char* const two_types[] = {"kpis", "kpis", "scorecard", nullptr};
const char* const no_types[] = {nullptr};

planforge::PluginInfo good_info() {
  return {PLANFORGE_PLUGIN_ABI, "kpis",    "1.2.0",      expected_toolchain_stamp().c_str(),
          "Scorecards",         two_types, make_nothing, destroy_nothing};
}
}  // namespace

TEST_CASE("read_info copies a complete info block and removes repeated types") {
  LoadedCandidate out;
  Verdict v = read_info(good_info(), out);
  REQUIRE(static_cast<bool>(v));
  CHECK(out.name == "kpis");
  CHECK(out.version == "1.2.0");
  CHECK(out.description == "Scorecards");
  CHECK(out.types == std::vector<std::string>{"kpis", "scorecard"});
}

TEST_CASE("read_info refuses incomplete blocks, naming what is missing") {
  // The verdict on good_info() after `change`.
  auto refused = [](void (*change)(planforge::PluginInfo&)) {
    planforge::PluginInfo info = good_info();
    change(info);
    LoadedCandidate out;
    return read_info(info, out);
  };
  CHECK(refused([](auto& i) { i.abi_version = PLANFORGE_PLUGIN_ABI + 1; }).reason == Rejection::abi_mismatch);
  CHECK(refused([](auto& i) { i.toolchain = "gcc1_cxx11abi0_std1"; }).reason ==
        Rejection::toolchain_mismatch);
  CHECK(refused([](auto& i) { i.name = ""; }).message == "plugin info has no name");
  CHECK(refused([](auto& i) { i.version = nullptr; }).message == "plugin 'kpis' has no version");
  CHECK(refused([](auto& i) { i.create = nullptr; }).reason == Rejection::invalid_info);
  CHECK(refused([](auto& i) { i.section_types = no_types; }).message ==
        "plugin 'kpis' declares no section types");
  CHECK(refused([](auto& i) { i.section_types = nullptr; }).reason == Rejection::invalid_info);
}
