#include "plugins/candidate_loader.hpp"

#include "plugins/elf_machine.hpp"
#include "plugins/elf_symbols.hpp"
#include "plugins/symbol_check.hpp"
#include "sdk/logging.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace planforge::detail {

namespace {

// A plugin claiming more types than this has a corrupt (unterminated) type list.
constexpr std::size_t max_types = 256;

Verdict reject(Rejection reason, std::string message) { return {reason, std::move(message)}; }

// Boost wraps dlerror's text in its own: "…load() failed (dlerror system message: FILE:
// undefined symbol: foo): Bad file descriptor". Keep dlerror's words, without the file name
// the diagnostic already shows.
std::string loader_message(const std::string& what, const std::filesystem::path& file) {
  const std::string marker = "dlerror system message: ";
  const auto at = what.find(marker);
  if (at == std::string::npos) return what;
  std::string message = what.substr(at + marker.size());
  if (const auto end = message.rfind("): "); end != std::string::npos) message.resize(end);
  const std::string prefix = file.string() + ": ";
  if (message.starts_with(prefix)) message.erase(0, prefix.size());
  return message;
}

Verdict check_file(const std::filesystem::path& file) {
  std::ifstream probe(file, std::ios::binary);
  if (!probe) return reject(Rejection::unreadable, std::string("cannot be read: ") + std::strerror(errno));
  char head[64] = {};
  probe.read(head, sizeof head);
  if (std::string why = foreign_machine({head, static_cast<std::size_t>(probe.gcount())}); !why.empty())
    return reject(Rejection::wrong_machine, why);
  try {
    // Throws on anything that is not a library of this platform's format.
    boost::dll::library_info format(file);
  } catch (const std::exception&) {
    return reject(Rejection::not_a_library, "not a shared library");
  }
  std::vector<std::string> symbols;
  try {
    symbols = exported_symbols(file);
  } catch (const ElfError& e) {
    return reject(Rejection::not_a_library, std::string("not a shared library (") + e.what() + ")");
  }
  return check_symbols(symbols);
}

}  // namespace

Verdict read_info(const PluginInfo& info, LoadedCandidate& out) {
  const std::string needed = std::to_string(PLANFORGE_PLUGIN_ABI);
  if (info.abi_version != PLANFORGE_PLUGIN_ABI)
    return reject(Rejection::abi_mismatch,
                  "plugin ABI " + std::to_string(info.abi_version) + ", this planforge needs " + needed);
  if (!info.toolchain || info.toolchain != expected_toolchain_stamp())
    return reject(Rejection::toolchain_mismatch,
                  std::string("built with toolchain ") + (info.toolchain ? info.toolchain : "(none)") +
                      ", this planforge was built with " + expected_toolchain_stamp());
  if (!info.name || !*info.name) return reject(Rejection::invalid_info, "plugin info has no name");
  out.name = info.name;
  if (!info.version || !*info.version)
    return reject(Rejection::invalid_info, "plugin '" + out.name + "' has no version");
  out.version = info.version;
  out.description = info.description ? info.description : "";
  if (!info.create || !info.destroy)
    return reject(Rejection::invalid_info, "plugin '" + out.name + "' has no create/destroy functions");
  if (info.section_types) {
    for (std::size_t i = 0; info.section_types[i]; ++i) {
      if (i == max_types)
        return reject(
            Rejection::invalid_info,
            "plugin '" + out.name + "' lists more than 256 section types (is the list null-terminated?)");
      const std::string type = info.section_types[i];
      if (type.empty())
        return reject(Rejection::invalid_info, "plugin '" + out.name + "' lists an empty section type");
      if (std::find(out.types.begin(), out.types.end(), type) == out.types.end()) out.types.push_back(type);
    }
  }
  if (out.types.empty())
    return reject(Rejection::invalid_info, "plugin '" + out.name + "' declares no section types");
  return {};
}

LoadedCandidate load_candidate(const std::filesystem::path& file) {
  LoadedCandidate out;
  out.verdict = check_file(file);
  if (!out.verdict) return out;
  try {
    namespace mode = boost::dll::load_mode;
    out.library.load(file, mode::rtld_now | mode::rtld_local);
  } catch (const std::exception& e) {
    out.verdict = reject(Rejection::load_failed, "cannot be loaded: " + loader_message(e.what(), file));
    return out;
  }
  try {
    const auto& info = out.library.get<const PluginInfo>(expected_entry_symbol());
    out.verdict = read_info(info, out);
    if (out.verdict) out.info = &info;
  } catch (const std::exception& e) {
    out.verdict =
        reject(Rejection::load_failed, "cannot read its entry point: " + loader_message(e.what(), file));
  }
  if (!out.verdict) {
    out.info = nullptr;
    out.library.unload();  // no object of it exists yet
  }
  logger("plugins")->debug("{}: {}", file.string(), out.verdict ? "accepted" : out.verdict.message);
  return out;
}

}  // namespace planforge::detail
