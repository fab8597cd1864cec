// run_batch: many plans, each in a process of its own (see docs/scaling.md for why
// processes and not threads), outcomes reported in the order the plans were given.
#include "batch/process_pool.hpp"
#include "batch/wire.hpp"
#include "sdk/guarded.hpp"
#include "engine/output_name.hpp"
#include "engine/runs.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/batch.hpp>
#include <planforge/lint.hpp>

#include <unistd.h>

#include <algorithm>
#include <map>
#include <set>

PLANFORGE_BEGIN_NAMESPACE

namespace {

namespace fs = std::filesystem;
using detail::ChildOutcome;

// The same file named twice (by another path too) runs once, where it was first named.
std::vector<fs::path> distinct(const std::vector<fs::path>& plans) {
  std::set<fs::path> seen;
  std::vector<fs::path> out;
  for (const fs::path& plan : plans) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(plan, ec);
    if (ec) key = plan.lexically_normal();
    if (seen.insert(key).second) out.push_back(plan);
  }
  return out;
}

// What a child answered, or what became of it.
RunResult answer(const ChildOutcome& child, const fs::path& plan, fs::path* extra = nullptr) {
  if (child.answered)
    if (auto result = detail::decode_result(child.answer, extra)) return std::move(*result);
  const std::string how = child.answered ? "sent an answer that cannot be read" : child.failure;
  return detail::run_failed(ExitCode::environment, detail::code("internal/process-failed"), plan,
                            "the process for this plan " + how,
                            {"no other plan was affected; run this plan alone to see what happened"});
}

// Hands outcomes to `done` in the order of the plans.
class InOrder {
 public:
  InOrder(BatchResult& result, const std::function<void(const PlanOutcome&)>& done)
      : result_(result), done_(done), have_(result.plans.size(), false) {}

  void set(std::size_t i, RunResult r) {
    result_.plans[i].result = std::move(r);
    have_[i] = true;
    for (; next_ < have_.size() && have_[next_]; ++next_) {
      result_.exit_code = more_urgent(result_.exit_code, result_.plans[next_].result.exit_code);
      if (done_) done_(result_.plans[next_]);
    }
  }
  bool has(std::size_t i) const { return have_[i]; }

 private:
  BatchResult& result_;
  const std::function<void(const PlanOutcome&)>& done_;
  std::vector<bool> have_;
  std::size_t next_ = 0;
};

// The output name pattern of every plan: DIR/NAME under --out-dir, else the pattern of -o
// (empty: beside the plan).
std::string output_pattern(const BatchOptions& options) {
  if (options.out_dir.empty()) return options.render.output.string();
  const std::string name = options.render.output.empty() ? "{id}.pdf" : options.render.output.string();
  return escape_output_pattern(options.out_dir.string()) + "/" + name;
}

RenderOptions options_for(const BatchOptions& options, const fs::path& plan, const std::string& output) {
  RenderOptions r = options.render;
  r.load.plan = plan;
  r.output = output;
  r.create_folders = !options.out_dir.empty();
  return r;
}

LoadOptions load_for(const BatchOptions& options, const fs::path& plan) {
  LoadOptions load = options.render.load;
  load.plan = plan;
  return load;
}

// Step 1 of a render batch: every plan's output name, so that no two plans write one file.
// A name that needs the plan's content loads it, in child processes like the render. Plans
// whose name cannot be settled get their final outcome; the others their name in `outputs`
// (escaped: a literal path for RenderOptions::output).
void settle_names(const BatchOptions& options, const std::string& pattern,
                  const std::vector<PlanOutcome>& plans, InOrder& outcomes,
                  std::vector<std::string>& outputs) {
  const std::size_t n = plans.size();
  std::vector<fs::path> names(n);
  auto resolve = [&](std::size_t i, fs::path& name) {
    return detail::guarded(
        [&] { return detail::run_resolve_output(options_for(options, plans[i].plan, pattern), name); });
  };
  auto settle = [&](std::size_t i, RunResult r, fs::path name) {
    if (r.exit_code != ExitCode::ok)
      outcomes.set(i, std::move(r));
    else
      names[i] = std::move(name).lexically_normal();
  };
  if (detail::pattern_needs_plan(pattern)) {
    detail::run_in_children(
        n, options.jobs,
        [&](std::size_t i) {
          fs::path name;
          RunResult r = resolve(i, name);
          return detail::encode_result(r, name);
        },
        [&](std::size_t i, ChildOutcome child) {
          fs::path name;
          RunResult r = answer(child, plans[i].plan, &name);
          settle(i, std::move(r), std::move(name));
        });
  } else {
    for (std::size_t i = 0; i < n; ++i) {
      fs::path name;
      RunResult r = resolve(i, name);
      settle(i, std::move(r), std::move(name));
    }
  }

  std::map<fs::path, std::vector<std::size_t>> writers;
  for (std::size_t i = 0; i < n; ++i)
    if (!outcomes.has(i)) writers[names[i]].push_back(i);
  for (const auto& [name, group] : writers) {
    for (std::size_t i : group) {
      if (group.size() == 1) {
        outputs[i] = escape_output_pattern(name.string());
        continue;
      }
      std::string others;
      for (std::size_t j : group)
        if (j != i) others += (others.empty() ? "" : ", ") + plans[j].plan.string();
      outcomes.set(
          i, detail::run_failed(ExitCode::usage, detail::code("usage/output-name"), plans[i].plan,
                                "the output '" + name.string() + "' would also be written by " + others,
                                {"make the name pattern tell the plans apart, e.g. with {id} or {dir}"}));
    }
  }
}

void run_all(const BatchOptions& options, BatchResult& result, InOrder& outcomes) {
  const std::size_t n = result.plans.size();
  const bool rendering = options.mode == BatchMode::render;
  const std::string pattern = rendering ? output_pattern(options) : std::string();
  // Plans rendered at once share the CPUs: each paints its pages on its share of them, so
  // that -j N does not start N times a document's threads.
  const long at_once = std::max(1L, static_cast<long>(std::min<std::size_t>(n, std::max(options.jobs, 1))));
  const int threads_each = static_cast<int>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN) / at_once));
  auto run_one = [&](std::size_t i, const std::string& output) {
    const fs::path& plan = result.plans[i].plan;
    if (rendering) {
      RenderOptions render_options = options_for(options, plan, output);
      if (render_options.threads == 0 && at_once > 1) render_options.threads = threads_each;
      return render(render_options);
    }
    if (options.mode == BatchMode::lint) return lint(load_for(options, plan), options.disabled_rules);
    return validate(load_for(options, plan), options.render.plugins, options.render.templates);
  };
  if (n == 1) {  // nothing to keep it apart from: no child, no naming step
    outcomes.set(0, run_one(0, pattern));
    return;
  }
  std::vector<std::string> outputs(n);
  if (rendering) settle_names(options, pattern, result.plans, outcomes, outputs);

  std::vector<std::size_t> todo;
  for (std::size_t i = 0; i < n; ++i)
    if (!outcomes.has(i)) todo.push_back(i);
  detail::run_in_children(
      todo.size(), options.jobs,
      [&](std::size_t k) { return detail::encode_result(run_one(todo[k], outputs[todo[k]])); },
      [&](std::size_t k, ChildOutcome child) {
        outcomes.set(todo[k], answer(child, result.plans[todo[k]].plan));
      });
}

}  // namespace

BatchResult run_batch(const BatchOptions& options, const std::function<void(const PlanOutcome&)>& done) {
  BatchResult result;
  try {
    for (const fs::path& plan : distinct(options.plans)) result.plans.push_back({plan, {}});
  } catch (...) {
    result.exit_code = ExitCode::environment;
    return result;
  }
  InOrder outcomes(result, done);
  try {
    run_all(options, result, outcomes);
  } catch (...) {  // out of memory in this process: every plan not yet done says so
    for (std::size_t i = 0; i < result.plans.size(); ++i)
      if (!outcomes.has(i)) outcomes.set(i, detail::failure("internal error", "the batch could not go on"));
  }
  return result;
}

PLANFORGE_END_NAMESPACE
