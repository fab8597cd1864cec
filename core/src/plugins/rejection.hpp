#pragma once
// Why a plugin candidate was refused. The reasons are typed so that tests and
// `planforge plugins` can tell them apart; the message is what a user reads, and every
// message is listed in docs/cli.md ("Plugin errors").

#include <string>

namespace planforge::detail {

enum class Rejection {
  none,                ///< accepted
  unreadable,          ///< the file could not be read
  not_a_library,       ///< not an ELF shared library
  wrong_machine,       ///< an ELF file for another CPU, byte order or word size
  no_entry_point,      ///< no planforge_plugin_abi_<N> symbol
  abi_mismatch,        ///< planforge_plugin_abi_<N> with another N
  toolchain_mismatch,  ///< toolchain marker missing or different
  load_failed,         ///< the dynamic loader refused it (undefined symbol, …)
  invalid_info,        ///< the info block lacks a name, version, type or factory
  shadowed             ///< a plugin of the same name came earlier on the search path
};

// A stable, short name for the reason ("abi-mismatch"), for logs and JSON.
const char* to_string(Rejection reason);

struct Verdict {
  Rejection reason = Rejection::none;
  std::string message;  // empty when accepted

  explicit operator bool() const { return reason == Rejection::none; }
};

}  // namespace planforge::detail
