// The fixtures refused before loading (tests/fixtures), read as the host reads them.
#include "plugins/candidate_loader.hpp"
#include "plugins/elf_machine.hpp"
#include "plugins/elf_symbols.hpp"
#include "plugins/symbol_check.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <elf.h>
#include <link.h>
#include <unistd.h>

using namespace planforge::detail;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& folder) {
  const fs::path dir = fs::path(PLANFORGE_FIXTURE_PLUGIN_DIR) / folder;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".so") return entry.path();
  FAIL("no fixture in " << dir);
  return {};
}

std::vector<char> bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("exported_symbols reads the dynamic symbol table") {
  const auto names = exported_symbols(fixture("abi-999"));
  CHECK(contains(names, "planforge_plugin_abi_999"));
  CHECK(contains(names, expected_toolchain_symbol()));
  CHECK_FALSE(contains(names, "printf"));  // undefined (imported) symbols are not exports
}

TEST_CASE("exported_symbols refuses what is not an ELF shared object") {
  CHECK_THROWS_AS(exported_symbols(fixture("not-a-library")), ElfError);
  CHECK_THROWS_AS(exported_symbols_from_bytes({}), ElfError);
  CHECK_THROWS_AS(exported_symbols_from_bytes({'\x7f', 'E', 'L', 'F'}), ElfError);
}

TEST_CASE("exported_symbols survives truncated and corrupted libraries") {
  const auto good = bytes_of(fixture("no-entry-point"));
  REQUIRE(good.size() > 4096);
  // Truncated anywhere: an ElfError or (for a cut after the tables) a result, never a crash.
  for (std::size_t size :
       {std::size_t{20}, std::size_t{64}, std::size_t{200}, good.size() / 2, good.size() - 1}) {
    std::vector<char> cut(good.begin(), good.begin() + static_cast<long>(size));
    try {
      (void)exported_symbols_from_bytes(cut);
    } catch (const ElfError&) {
    }
  }
  // Section header table offset pointing far outside the file.
  auto bad = good;
  ElfW(Ehdr) header;
  std::memcpy(&header, bad.data(), sizeof header);
  header.e_shoff = 0x7fffffffffff;
  std::memcpy(bad.data(), &header, sizeof header);
  CHECK_THROWS_AS(exported_symbols_from_bytes(bad), ElfError);
}

TEST_CASE("a text file named .so is not a shared library") {
  const auto loaded = load_candidate(fixture("not-a-library"));
  CHECK(loaded.verdict.reason == Rejection::not_a_library);
  CHECK(loaded.verdict.message == "not a shared library");
  CHECK_FALSE(loaded.library.is_loaded());
}

TEST_CASE("a library without an entry point is refused before loading") {
  const auto loaded = load_candidate(fixture("no-entry-point"));
  CHECK(loaded.verdict.reason == Rejection::no_entry_point);
  CHECK_FALSE(loaded.library.is_loaded());
}

TEST_CASE("a plugin of another ABI is refused before loading, naming both versions") {
  const auto loaded = load_candidate(fixture("abi-999"));
  CHECK(loaded.verdict.reason == Rejection::abi_mismatch);
  CHECK(loaded.verdict.message.starts_with("plugin ABI 999, this planforge needs 2"));
  CHECK_FALSE(loaded.library.is_loaded());
}

TEST_CASE("a plugin of another toolchain is refused before loading, naming both stamps") {
  const auto loaded = load_candidate(fixture("wrong-toolchain"));
  CHECK(loaded.verdict.reason == Rejection::toolchain_mismatch);
  CHECK(loaded.verdict.message ==
        "built with toolchain othercc99_cxx11abi0_std201703L, this planforge was built with " +
            expected_toolchain_stamp());
  CHECK_FALSE(loaded.library.is_loaded());
}

TEST_CASE("a plugin whose info declares no section type is refused and unloaded") {
  const auto loaded = load_candidate(fixture("incomplete-info"));
  CHECK(loaded.verdict.reason == Rejection::invalid_info);
  CHECK(loaded.verdict.message == "plugin 'incomplete-info' declares no section types");
  CHECK(loaded.info == nullptr);
  CHECK_FALSE(loaded.library.is_loaded());
}

TEST_CASE("a missing file is unreadable") {
  const auto loaded = load_candidate(fs::path(PLANFORGE_FIXTURE_PLUGIN_DIR) / "no-such-plugin.so");
  CHECK(loaded.verdict.reason == Rejection::unreadable);
  CHECK(loaded.verdict.message.starts_with("cannot be read: "));
}

TEST_CASE("a plugin the dynamic loader refuses is reported in the loader's words") {
  const auto loaded = load_candidate(fixture("unresolved-symbol"));
  CHECK(loaded.verdict.reason == Rejection::load_failed);
  CHECK(loaded.verdict.message.starts_with("cannot be loaded: "));
  CHECK(loaded.verdict.message.find("undefined symbol: planforge_fixture_function_nobody_defines") !=
        std::string::npos);
  CHECK_FALSE(loaded.library.is_loaded());
}

TEST_CASE("a library for another CPU, byte order or word size is refused by name, never loaded") {
  auto bytes = bytes_of(fixture("hello"));
  const fs::path dir = fs::temp_directory_path() / ("pf-machine-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const auto write = [&](const std::string& name, const std::vector<char>& b) {
    const fs::path file = dir / name;
    std::ofstream(file, std::ios::binary).write(b.data(), static_cast<std::streamsize>(b.size()));
    return file;
  };
  auto arm = bytes;
  arm[18] = static_cast<char>(EM_AARCH64 & 0xFF);  // e_machine, little-endian like the host
  arm[19] = static_cast<char>(EM_AARCH64 >> 8);
  const auto on_arm = load_candidate(write("arm.so", arm));
  CHECK(on_arm.verdict.reason == Rejection::wrong_machine);
  CHECK(on_arm.verdict.message == "built for AArch64, this planforge runs on " + machine_name(EM_X86_64));
  CHECK_FALSE(on_arm.library.is_loaded());

  auto big = bytes;  // s390x: big-endian, e_machine written big-endian
  big[EI_DATA] = ELFDATA2MSB;
  big[18] = 0;
  big[19] = static_cast<char>(EM_S390);
  CHECK(load_candidate(write("s390.so", big)).verdict.message ==
        "built for IBM Z (s390x), this planforge runs on x86-64");

  auto swapped = bytes;  // the host's machine number, but claimed big-endian
  swapped[EI_DATA] = ELFDATA2MSB;
  std::swap(swapped[18], swapped[19]);
  CHECK(load_candidate(write("be.so", swapped)).verdict.message ==
        "a big-endian library, this machine is little-endian");

  auto narrow = bytes;
  narrow[EI_CLASS] = ELFCLASS32;
  CHECK(load_candidate(write("w32.so", narrow)).verdict.message ==
        "a 32-bit library, this planforge is 64-bit");
  fs::remove_all(dir);
}
