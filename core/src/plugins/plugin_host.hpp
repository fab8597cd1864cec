#pragma once
// The plugin host: finds candidates on the search path, refuses the ones that do not fit
// (with a typed reason), loads the others and answers "which plugin renders type T?".
//
// Lifetime: libraries stay loaded until the host is destroyed, and the host destroys every
// plugin object (through the plugin's own destroy function) before it unloads any library,
// because an object's code and vtable live in its library.

#include "plugins/candidate_loader.hpp"
#include "plugins/rejection.hpp"

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>
#include <planforge/plugin.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

class PluginHost {
 public:
  // Discovers and loads; never throws for a bad candidate (it becomes a rejection).
  explicit PluginHost(const PluginOptions& options);
  ~PluginHost();
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  // Every candidate in search order, accepted or not, for `planforge plugins`.
  const std::vector<PluginCandidate>& candidates() const { return candidates_; }
  const std::vector<Rejection>& rejection_reasons() const { return reasons_; }
  const std::vector<std::filesystem::path>& search_path() const { return folders_; }

  // Problems with the command line: a --plugin-path that is not a folder, a --use-plugin
  // choice naming no plugin or a plugin without that type. (Exit code 2.)
  const std::vector<Diagnostic>& usage_problems() const { return usage_problems_; }
  // Rejected candidates (except shadowed ones) as errors at the file. (Exit code 3.)
  std::vector<Diagnostic> rejection_problems() const;
  // Types claimed by several plugins and not settled by a choice: type -> claimants'
  // names in search order.
  std::map<std::string, std::vector<std::string>> conflicts() const;

  enum class Lookup { found, unknown_type, conflict, create_failed };
  struct Resolution {
    Lookup status = Lookup::unknown_type;
    SectionPlugin* plugin = nullptr;     // when found
    std::string plugin_name;             // when found or create_failed
    std::vector<std::string> claimants;  // when conflict: names in search order
    std::string message;                 // when create_failed
  };
  // The plugin for a section type, created on first use.
  Resolution resolve(std::string_view type);
  // Every section type some accepted plugin provides, sorted.
  std::vector<std::string> known_types() const;
  // The file an accepted plugin was loaded from (empty for an unknown name).
  std::filesystem::path file_of(std::string_view name) const;

 private:
  struct Loaded {
    LoadedCandidate candidate;
    std::filesystem::path file;
  };
  using PluginPtr = std::unique_ptr<SectionPlugin, void (*)(SectionPlugin*)>;

  void discover(const PluginOptions& options);
  void apply_choices(const PluginOptions& options);
  const Loaded* by_name(std::string_view name) const;
  std::vector<std::size_t> claimants(std::string_view type) const;

  std::vector<std::filesystem::path> folders_;
  std::vector<PluginCandidate> candidates_;
  std::vector<Rejection> reasons_;  // parallel to candidates_
  std::vector<Diagnostic> usage_problems_;
  // Declared before objects_ so that, even without the explicit teardown in the
  // destructor, objects die before their libraries.
  std::vector<Loaded> loaded_;
  std::map<std::string, std::size_t, std::less<>> chosen_;  // type -> index into loaded_
  std::map<std::size_t, PluginPtr> objects_;                // index into loaded_ -> object
};

}  // namespace planforge::detail
