#include "plan/plan_files.hpp"

#include "sdk/core_codes.hpp"

#include <system_error>

namespace planforge::detail {

namespace fs = std::filesystem;

PlanFile resolve_plan_file(const Node& element, std::string_view href, std::string_view what) {
  PlanFile out;
  const PlanData* plan = element.plan;
  if (!plan || element.file >= plan->paths.size()) return out;
  // Relative to the file that names it and confined like an include: nothing outside the
  // plan's scope is opened, not even looked at.
  const ReadScope::Resolved resolved = plan->scope.resolve(plan->paths[element.file].parent_path(), href);
  if (resolved.status == ReadScope::Status::outside) {
    out.problem = &code("plan/file-outside-folder");
    out.message = ReadScope::outside_message(what, href, resolved);
    out.hints = {plan->scope.outside_hint()};
    return out;
  }
  const std::string written(href);
  const fs::path& canonical = resolved.path;
  const fs::path& path = resolved.written;
  std::error_code ec;
  const auto status = fs::status(canonical, ec);
  if (ec || !fs::exists(status)) {
    out.problem = &code("plan/file-not-found");
    out.message = std::string(what) + " file '" + written + "' not found";
    out.hints = {"looked for " + path.generic_string()};
    return out;
  }
  if (!fs::is_regular_file(status)) {
    out.problem = &code("plan/file-not-found");
    out.message = std::string(what) + " '" + written + "' is not a file";
    return out;
  }
  out.path = canonical;
  return out;
}

}  // namespace planforge::detail
