#pragma once
/// @file log.hpp  A thin logging facade for plugins. Messages go to the core's "plugin"
/// logger (spdlog), whose level `-v`/`-q` set. Logging is for operators: a problem in the
/// user's plan is a Diagnostic, not a log line.

#include <planforge/export.hpp>

#include <string_view>

PLANFORGE_BEGIN_NAMESPACE
namespace log {
PLANFORGE_API void debug(std::string_view message);
PLANFORGE_API void info(std::string_view message);
PLANFORGE_API void warn(std::string_view message);
}  // namespace log
PLANFORGE_END_NAMESPACE
