#pragma once
// Calls into a plugin. Whatever it throws is caught here and turned into text at once: the
// exception object and its type live in the plugin's library, and nothing of a plugin may
// outlive the call that produced it.

#include <exception>
#include <optional>
#include <string>

namespace planforge::detail {

// std::nullopt when `call` returned normally; otherwise what it threw.
template <class Call>
std::optional<std::string> call_plugin(Call&& call) {
  try {
    call();
    return std::nullopt;
  } catch (const std::exception& e) {
    return std::string(e.what());
  } catch (...) {
    return std::string("an exception that is not a std::exception");
  }
}

}  // namespace planforge::detail
