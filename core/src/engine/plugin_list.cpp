// `planforge plugins`: what the host finds, without any plan.
#include "engine/runs.hpp"
#include "plugins/plugin_host.hpp"

namespace planforge::detail {

std::vector<PluginCandidate> run_list_plugins(const PluginOptions& options, std::vector<Diagnostic>& problems) {
  PluginHost host(options);
  problems.insert(problems.end(), host.usage_problems().begin(), host.usage_problems().end());
  // Not an error yet: only a plan that uses the type must choose.
  for (const auto& [type, names] : host.conflicts()) {
    std::string owners;
    for (const auto& name : names) owners += (owners.empty() ? "'" : ", '") + name + "'";
    problems.push_back({Severity::warning, Location{host.file_of(names.back()).string()},
                        "section type '" + type + "' is provided by several plugins: " + owners,
                        {"a plan using it must choose one with --use-plugin " + type + "=NAME"}});
  }
  return host.candidates();
}

}  // namespace planforge::detail
