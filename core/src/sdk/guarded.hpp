#pragma once
// Runs an engine body with every exception caught: a host program (and CI) must get an exit
// code and a message, never a crash.

#include "sdk/core_codes.hpp"

#include <planforge/engine.hpp>

#include <exception>
#include <new>
#include <string>

namespace planforge::detail {

// An environment failure reported as "planforge: error: WHAT: DETAIL [code]".
inline RunResult failure(const char* what, const char* detail = nullptr,
                         const DiagnosticCode& kind = code("internal/error")) noexcept {
  RunResult result;
  result.exit_code = ExitCode::environment;
  try {
    std::string message = what;
    if (detail) message += std::string(": ") + detail;
    result.diagnostics.push_back(
        {kind.severity, Location{"planforge"}, std::move(message), {}, std::string(kind.id)});
  } catch (...) {  // out of memory even for the message: the exit code still says it
  }
  return result;
}

template <class Body>
RunResult guarded(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return failure("out of memory", nullptr, code("internal/out-of-memory"));
  } catch (const std::exception& e) {
    return failure("internal error", e.what());
  } catch (...) {
    return failure("internal error");
  }
}

}  // namespace planforge::detail
