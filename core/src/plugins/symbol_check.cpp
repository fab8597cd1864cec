#include "plugins/symbol_check.hpp"

#include <planforge/plugin.hpp>

#include <algorithm>
#include <string_view>

namespace planforge::detail {

namespace {

constexpr std::string_view entry_prefix = "planforge_plugin_abi_";
constexpr std::string_view toolchain_prefix = "planforge_toolchain_";

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

const char* to_string(Rejection reason) {
  switch (reason) {
    case Rejection::none: return "accepted";
    case Rejection::unreadable: return "unreadable";
    case Rejection::not_a_library: return "not-a-library";
    case Rejection::wrong_machine: return "wrong-machine";
    case Rejection::no_entry_point: return "no-entry-point";
    case Rejection::abi_mismatch: return "abi-mismatch";
    case Rejection::toolchain_mismatch: return "toolchain-mismatch";
    case Rejection::load_failed: return "load-failed";
    case Rejection::invalid_info: return "invalid-info";
    case Rejection::shadowed: return "shadowed";
  }
  return "unknown";
}

const std::string& expected_entry_symbol() {
  static const std::string name = PLANFORGE_DETAIL_STR(PLANFORGE_PLUGIN_SYMBOL);
  return name;
}

const std::string& expected_toolchain_symbol() {
  static const std::string name = PLANFORGE_DETAIL_STR(PLANFORGE_TOOLCHAIN_SYMBOL);
  return name;
}

const std::string& expected_toolchain_stamp() {
  static const std::string stamp = expected_toolchain_symbol().substr(toolchain_prefix.size());
  return stamp;
}

Verdict check_symbols(const std::vector<std::string>& exported) {
  bool has_entry = false, has_toolchain = false;
  std::vector<std::string> other_abis, other_toolchains;
  for (const auto& name : exported) {
    const std::string_view view = name;
    if (name == expected_entry_symbol()) {
      has_entry = true;
    } else if (view.starts_with(entry_prefix) && all_digits(view.substr(entry_prefix.size()))) {
      other_abis.emplace_back(view.substr(entry_prefix.size()));
    } else if (name == expected_toolchain_symbol()) {
      has_toolchain = true;
    } else if (view.starts_with(toolchain_prefix)) {
      other_toolchains.emplace_back(view.substr(toolchain_prefix.size()));
    }
  }
  const std::string needed_abi = std::to_string(PLANFORGE_PLUGIN_ABI);
  if (!has_entry && other_abis.empty())
    return {Rejection::no_entry_point, "no planforge entry point (the library does not export " +
                                           expected_entry_symbol() + "; is it a planforge plugin?)"};
  if (!has_entry)
    return {Rejection::abi_mismatch, "plugin ABI " + joined(other_abis) + ", this planforge needs " +
                                         needed_abi + " (rebuild the plugin against planforge " +
                                         PLANFORGE_VERSION_STRING + ")"};
  if (!has_toolchain && other_toolchains.empty())
    return {Rejection::toolchain_mismatch, "no toolchain stamp, this planforge was built with " +
                                               expected_toolchain_stamp() +
                                               " (build the plugin with PLANFORGE_PLUGIN())"};
  if (!has_toolchain)
    return {Rejection::toolchain_mismatch, "built with toolchain " + joined(other_toolchains) +
                                               ", this planforge was built with " +
                                               expected_toolchain_stamp()};
  return {};
}

}  // namespace planforge::detail
