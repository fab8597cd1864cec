#include "sdk/logging.hpp"

#include <planforge/log.hpp>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <map>
#include <mutex>
#include <string>

namespace planforge::detail {

namespace {
struct Registry {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<spdlog::logger>, std::less<>> loggers;
  spdlog::level::level_enum level = spdlog::level::warn;
  std::shared_ptr<spdlog::sinks::stderr_sink_mt> sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
};

Registry& registry() {
  static Registry r;
  return r;
}
}  // namespace

std::shared_ptr<spdlog::logger> logger(const char* subsystem) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  auto it = r.loggers.find(subsystem);
  if (it != r.loggers.end()) return it->second;
  auto log = std::make_shared<spdlog::logger>(subsystem, r.sink);
  log->set_pattern("planforge [%n] %l: %v");
  log->set_level(r.level);
  r.loggers.emplace(subsystem, log);
  return log;
}

void set_verbosity(int level) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.level = level < 0    ? spdlog::level::err
            : level == 0 ? spdlog::level::warn
            : level == 1 ? spdlog::level::info
                         : spdlog::level::trace;
  for (auto& [name, log] : r.loggers) log->set_level(r.level);
}

}  // namespace planforge::detail

PLANFORGE_BEGIN_NAMESPACE
namespace log {
void debug(std::string_view message) { detail::logger("plugin")->debug(message); }
void info(std::string_view message) { detail::logger("plugin")->info(message); }
void warn(std::string_view message) { detail::logger("plugin")->warn(message); }
}  // namespace log
PLANFORGE_END_NAMESPACE
