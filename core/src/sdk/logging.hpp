#pragma once
// One spdlog logger per subsystem ("plan", "plugins", "layout", "pdf", "engine", "plugin"),
// created on first use. Only core code uses spdlog: plugins log through planforge/log.hpp,
// because spdlog's registry does not work across shared libraries.

#include <spdlog/logger.h>

#include <memory>

namespace planforge::detail {

std::shared_ptr<spdlog::logger> logger(const char* subsystem);
// -1 quiet (errors only), 0 warnings, 1 info, 2 debug and trace.
void set_verbosity(int level);

}  // namespace planforge::detail
