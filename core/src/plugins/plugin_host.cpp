#include "plugins/plugin_host.hpp"

#include "plugins/search_path.hpp"
#include "sdk/logging.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <set>

namespace planforge::detail {

PluginHost::PluginHost(const PluginOptions& options) {
  discover(options);
  apply_choices(options);
  for (Diagnostic& d : usage_problems_) d.code = code("usage/invalid-option").id;
}

PluginHost::~PluginHost() {
  objects_.clear();  // plugin code runs their destructors: their libraries must still be loaded
  loaded_.clear();   // now the libraries may go
}

void PluginHost::discover(const PluginOptions& options) {
  SearchPath path = resolve_search_path(options);
  folders_ = std::move(path.folders);
  usage_problems_ = std::move(path.problems);
  std::map<std::string, std::filesystem::path, std::less<>> first_by_name;
  for (const auto& folder : folders_) {
    logger("plugins")->debug("searching {}", folder.string());
    for (const auto& file : candidate_files(folder)) {
      LoadedCandidate loaded = load_candidate(file);
      PluginCandidate entry;
      entry.file = file;
      if (loaded.verdict) {
        auto [first, inserted] = first_by_name.emplace(loaded.name, file);
        if (!inserted) {
          // Unloaded here: nothing was created from it.
          loaded.verdict = {Rejection::shadowed, "shadowed by " + first->second.string()};
          loaded.info = nullptr;
          loaded.library.unload();
        }
      }
      entry.accepted = static_cast<bool>(loaded.verdict);
      entry.name = loaded.name;
      entry.version = loaded.version;
      entry.description = loaded.description;
      entry.section_types = loaded.types;
      entry.rejection = loaded.verdict.message;
      if (entry.accepted)
        logger("plugins")->info("plugin {} {} from {}", entry.name, entry.version, file.string());
      else
        logger("plugins")->info("{} rejected: {}", file.string(), entry.rejection);
      reasons_.push_back(loaded.verdict.reason);
      candidates_.push_back(std::move(entry));
      if (loaded.verdict) loaded_.push_back({std::move(loaded), file});
    }
  }
}

const PluginHost::Loaded* PluginHost::by_name(std::string_view name) const {
  for (const auto& plugin : loaded_)
    if (plugin.candidate.name == name) return &plugin;
  return nullptr;
}

std::filesystem::path PluginHost::file_of(std::string_view name) const {
  const Loaded* plugin = by_name(name);
  return plugin ? plugin->file : std::filesystem::path();
}

std::vector<std::size_t> PluginHost::claimants(std::string_view type) const {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < loaded_.size(); ++i) {
    const auto& types = loaded_[i].candidate.types;
    if (std::find(types.begin(), types.end(), type) != types.end()) out.push_back(i);
  }
  return out;
}

void PluginHost::apply_choices(const PluginOptions& options) {
  const Location where{"command line"};
  for (const auto& [type, name] : options.choices) {
    const std::string option = "--use-plugin " + type + "=" + name;
    const Loaded* plugin = by_name(name);
    if (!plugin) {
      usage_problems_.push_back({Severity::error,
                                 where,
                                 option + ": no plugin named '" + name + "' was found",
                                 {"`planforge plugins` lists the plugins found"}});
      continue;
    }
    const auto& types = plugin->candidate.types;
    if (std::find(types.begin(), types.end(), type) == types.end()) {
      usage_problems_.push_back(
          {Severity::error, where,
           option + ": plugin '" + name + "' does not provide section type '" + type + "'"});
      continue;
    }
    chosen_[type] = static_cast<std::size_t>(plugin - loaded_.data());
  }
}

std::vector<Diagnostic> PluginHost::rejection_problems() const {
  std::vector<Diagnostic> out;
  for (std::size_t i = 0; i < candidates_.size(); ++i) {
    if (candidates_[i].accepted || reasons_[i] == Rejection::shadowed) continue;
    Diagnostic d{Severity::error, Location{candidates_[i].file.string()},
                 "plugin rejected: " + candidates_[i].rejection};
    d.hints.push_back(
        "remove the file from the plugin path or rebuild it against planforge " PLANFORGE_VERSION_STRING);
    d.code = code("plugin/rejected").id;
    out.push_back(std::move(d));
  }
  return out;
}

std::map<std::string, std::vector<std::string>> PluginHost::conflicts() const {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& type : known_types()) {
    if (chosen_.count(type)) continue;
    const auto owners = claimants(type);
    if (owners.size() < 2) continue;
    for (std::size_t i : owners) out[type].push_back(loaded_[i].candidate.name);
  }
  return out;
}

std::vector<std::string> PluginHost::known_types() const {
  std::set<std::string> types;
  for (const auto& plugin : loaded_)
    types.insert(plugin.candidate.types.begin(), plugin.candidate.types.end());
  return {types.begin(), types.end()};
}

PluginHost::Resolution PluginHost::resolve(std::string_view type) {
  Resolution out;
  std::size_t index = 0;
  if (auto it = chosen_.find(type); it != chosen_.end()) {
    index = it->second;
  } else {
    const auto owners = claimants(type);
    if (owners.empty()) return out;  // unknown_type
    if (owners.size() > 1) {
      out.status = Lookup::conflict;
      for (std::size_t i : owners) out.claimants.push_back(loaded_[i].candidate.name);
      return out;
    }
    index = owners.front();
  }
  const LoadedCandidate& plugin = loaded_[index].candidate;
  out.plugin_name = plugin.name;
  auto existing = objects_.find(index);
  if (existing == objects_.end()) {
    SectionPlugin* object = nullptr;
    try {
      object = plugin.info->create();
    } catch (const std::exception& e) {
      out.status = Lookup::create_failed;
      out.message = e.what();
      return out;
    } catch (...) {
      out.status = Lookup::create_failed;
      out.message = "unknown exception";
      return out;
    }
    if (!object) {
      out.status = Lookup::create_failed;
      out.message = "its create() returned nothing";
      return out;
    }
    existing = objects_.emplace(index, PluginPtr(object, plugin.info->destroy)).first;
  }
  out.status = Lookup::found;
  out.plugin = existing->second.get();
  return out;
}

}  // namespace planforge::detail
