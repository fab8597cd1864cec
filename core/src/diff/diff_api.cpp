// diff_plans: both versions loaded by the plan loader (from the disk or from git), indexed,
// compared.
#include "diff/compare.hpp"
#include "diff/git_tree.hpp"
#include "sdk/guarded.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/plan_diff.hpp>

#include <memory>

PLANFORGE_BEGIN_NAMESPACE

namespace {

namespace fs = std::filesystem;

struct Loaded {
  std::unique_ptr<detail::PlanData> plan;
  std::string label;
};

Loaded load_side(const DiffSide& side, Diagnostics& diags, ExitCode& code) {
  Loaded out;
  LoadOptions load = side.load;
  out.label = load.plan.generic_string();
  if (!side.git_revision.empty()) {
    auto tree = detail::diff::GitTree::open(load.plan, side.git_revision, diags, code);
    if (!tree) return out;
    out.label = tree->label(load.plan);
    load.read_file = [tree = *tree](const fs::path& file) { return tree.read(file); };
    // Messages name the file as it is at the revision.
    std::error_code ec;
    if (!tree->read(fs::absolute(load.plan, ec)).found) {
      diags.report(detail::code("diff/not-in-revision"), Location{out.label},
                   "the plan is not in revision " + side.git_revision);
      code = more_urgent(code, ExitCode::environment);
      return out;
    }
  } else {
    std::error_code ec;
    if (!fs::is_regular_file(load.plan, ec)) {
      diags.report(detail::code("file/unreadable"), Location{out.label},
                   fs::exists(load.plan, ec) ? "cannot read the plan (not a file)" : "plan file not found");
      code = more_urgent(code, ExitCode::environment);
      return out;
    }
  }
  out.plan = detail::load_plan(load, diags);
  return out;
}

DiffResult run_diff(const DiffSide& old_side, const DiffSide& new_side, const Locale& words) {
  DiffResult result;
  Diagnostics diags;
  ExitCode code = ExitCode::ok;
  Loaded before = load_side(old_side, diags, code);
  Loaded after = load_side(new_side, diags, code);
  result.diff.old_label = before.label;
  result.diff.new_label = after.label;
  // Only errors: the diff is about content; warnings are for `validate`.
  for (Diagnostic& d : diags.sorted())
    if (d.severity != Severity::warning) result.diagnostics.push_back(std::move(d));
  if (diags.has_errors()) code = more_urgent(code, ExitCode::plan_errors);
  result.exit_code = code;
  if (!before.plan || !after.plan) {
    if (code == ExitCode::ok) result.exit_code = ExitCode::plan_errors;
    return result;
  }
  result.compared = true;
  result.diff.old_version = before.plan->version;
  result.diff.new_version = after.plan->version;
  detail::diff::compare(detail::diff::index_plan(*before.plan), detail::diff::index_plan(*after.plan), words,
                        result.diff);
  return result;
}

}  // namespace

DiffResult diff_plans(const DiffSide& old_side, const DiffSide& new_side, const Locale& words) {
  DiffResult result;
  const RunResult failed = detail::guarded([&] {
    result = run_diff(old_side, new_side, words);
    return RunResult{};
  });
  if (failed.exit_code != ExitCode::ok) {
    result.exit_code = failed.exit_code;
    result.diagnostics = failed.diagnostics;
  }
  return result;
}

PLANFORGE_END_NAMESPACE
