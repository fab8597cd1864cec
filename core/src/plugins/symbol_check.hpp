#pragma once
// The checks made on a candidate's exported symbol names before it is loaded: the entry
// point's name carries the plugin ABI version and a marker's name carries the toolchain
// stamp, so a mismatched plugin is refused without running any of its code.

#include "plugins/rejection.hpp"

#include <string>
#include <vector>

namespace planforge::detail {

// "planforge_plugin_abi_2": the info block this planforge reads.
const std::string& expected_entry_symbol();
// "planforge_toolchain_gcc12_cxx11abi1_std202002L": the marker of this build's toolchain.
const std::string& expected_toolchain_symbol();
// The stamp alone ("gcc12_cxx11abi1_std202002L").
const std::string& expected_toolchain_stamp();

// Accepts the names when the expected entry point and toolchain marker are both present;
// otherwise says which is wrong, naming what was found and what is needed.
Verdict check_symbols(const std::vector<std::string>& exported);

}  // namespace planforge::detail
