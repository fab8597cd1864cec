#pragma once
// Checks one candidate file and, only when its symbol names are right, loads it and reads
// its PluginInfo. The order matters: nothing of a library runs before its ABI and toolchain
// are known to match.

#include "plugins/boost_dll.hpp"
#include "plugins/rejection.hpp"

#include <planforge/plugin.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace planforge::detail {

// What the host keeps of an acceptable plugin: copies of its info strings (so nothing
// printed later points into the library) and the loaded library itself.
struct LoadedCandidate {
  Verdict verdict;
  boost::dll::shared_library library;  // loaded only when the symbols were right
  const PluginInfo* info = nullptr;    // inside `library`; null when rejected
  std::string name, version, description;
  std::vector<std::string> types;
};

// Never throws: every failure becomes a typed rejection with a message.
LoadedCandidate load_candidate(const std::filesystem::path& file);

// Checks the fields of a loaded info block (abi version, toolchain, name, version, types,
// factory) and copies them into `out`; a rejection names the first missing field.
Verdict read_info(const PluginInfo& info, LoadedCandidate& out);

}  // namespace planforge::detail
