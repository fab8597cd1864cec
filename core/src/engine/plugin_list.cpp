// `planforge plugins`: what the host finds, without any plan.
#include "engine/runs.hpp"
#include "engine/plugin_call.hpp"
#include "plugins/plugin_host.hpp"
#include "sdk/core_codes.hpp"

#include <algorithm>
#include <set>

namespace planforge::detail {

std::vector<PluginCandidate> run_list_plugins(const PluginOptions& options,
                                              std::vector<Diagnostic>& problems) {
  PluginHost host(options);
  problems.insert(problems.end(), host.usage_problems().begin(), host.usage_problems().end());
  // Not an error yet: only a plan that uses the type must choose.
  for (const auto& [type, names] : host.conflicts()) {
    std::string owners;
    for (const auto& name : names) owners += (owners.empty() ? "'" : ", '") + name + "'";
    problems.push_back({Severity::warning,
                        Location{host.file_of(names.back()).string()},
                        "section type '" + type + "' is provided by several plugins: " + owners,
                        {"a plan using it must choose one with --use-plugin " + type + "=NAME"},
                        std::string(code("plugin/shared-type").id)});
  }
  return host.candidates();
}

std::vector<CodeInfo> run_list_codes(const PluginOptions& options) {
  std::vector<CodeInfo> out;
  for (const DiagnosticCode& c : core_codes)
    out.push_back({std::string(c.id), c.severity, std::string(c.summary), "core"});
  PluginHost host(options);
  std::set<std::string> listed;  // a plugin of several types is listed once
  for (const std::string& type : host.known_types()) {
    const PluginHost::Resolution found = host.resolve(type);
    if (found.status != PluginHost::Lookup::found || !listed.insert(found.plugin_name).second) continue;
    std::span<const DiagnosticCode> declared;
    if (call_plugin([&] { declared = found.plugin->diagnostic_codes(); })) continue;
    for (const DiagnosticCode& c : declared)
      out.push_back({std::string(c.id), c.severity, std::string(c.summary), found.plugin_name});
  }
  std::stable_sort(out.begin(), out.end(), [](const CodeInfo& a, const CodeInfo& b) { return a.id < b.id; });
  return out;
}

}  // namespace planforge::detail
