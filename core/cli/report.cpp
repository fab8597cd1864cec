// How render, validate and lint run their plans and report them: --format, --werror, -j, --shard.
//
// text    diagnostics on stderr like a compiler's; the lines about plans on stdout
// github  the same, with diagnostics as workflow annotations on stdout
// json, sarif  one document on stdout and nothing else there; the lines about plans on stderr
#include "cli.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace planforge::cli {

namespace {

std::string plural(long long n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string counts(const SeverityCounts& c) {
  return plural(static_cast<long long>(c.errors), "error", "errors") + ", " +
         plural(static_cast<long long>(c.warnings), "warning", "warnings");
}

class Reporter {
 public:
  Reporter(std::string_view command, FindingsFormat format, bool several, bool timings)
      : command_(command), format_(format), several_(several), timings_(timings) {}

  void plan_done(const PlanOutcome& outcome) {
    const RunResult& r = outcome.result;
    if (format_ == FindingsFormat::github)
      std::cout << github_annotations(r.diagnostics, outcome.plan.generic_string()) << std::flush;
    // One plan: the counts close its diagnostics (always after a validate); several: each
    // plan's line has them.
    if (format_ == FindingsFormat::text)
      print_diagnostics(r, several_               ? Summary::never
                           : command_ != "render" ? Summary::always
                                                  : Summary::if_any);
    if (const std::string line = summary(outcome); !line.empty()) lines() << line << '\n' << std::flush;
    if (timings_) print_timings(outcome);
  }

  int finish(const BatchResult& run) {
    if (format_ == FindingsFormat::json) std::cout << findings_json(command_, run);
    if (format_ == FindingsFormat::sarif) std::cout << findings_sarif(run);
    if (several_) {
      const RunTotals t = run_totals(run);
      if (t.failed > 0 || !quiet())
        lines() << plural(static_cast<long long>(t.plans), "plan", "plans") << ": " << t.plans - t.failed
                << (command_ == "render" ? " rendered, " : " passed, ") << t.failed << " failed ("
                << counts(t.diagnostics) << ")\n";
    }
    std::cout.flush();
    return static_cast<int>(run.exit_code);
  }

 private:
  // The line about a plan: for several plans always (only failures with -q); for one, what a
  // render wrote, and the counts of a validate when they are not written already.
  std::string summary(const PlanOutcome& outcome) const {
    const RunResult& r = outcome.result;
    const bool ok = r.exit_code == ExitCode::ok;
    const SeverityCounts c = count_severities(r);
    if (ok && quiet()) return {};
    if (!several_) {
      if (ok && !r.output.empty())
        return "wrote " + r.output.string() + " (" + plural(r.pages, "page", "pages") + ")";
      if (command_ != "render" && format_ == FindingsFormat::github) return counts(c);
      return {};
    }
    const std::string plan = outcome.plan.string() + ": ";
    if (!ok)
      return plan + "failed with exit " + std::to_string(static_cast<int>(r.exit_code)) + " (" + counts(c) +
             ")";
    if (!r.output.empty())
      return plan + "wrote " + r.output.string() + " (" + plural(r.pages, "page", "pages") + ", " +
             plural(static_cast<long long>(c.warnings), "warning", "warnings") + ")";
    return plan + counts(c);
  }

  // --timings, after the plan's other lines (docs/cli.md has the format): a title, a header
  // and a line per stage, milliseconds with three decimals.
  static void print_timings(const PlanOutcome& outcome) {
    std::cerr << "timings: " << outcome.plan.string() << " (milliseconds)\n";
    char line[160];
    std::snprintf(line, sizeof line, "  %-24s %12s %12s %6s\n", "stage", "wall", "cpu", "calls");
    std::cerr << line;
    for (const StageTiming& t : outcome.result.timings) {
      std::snprintf(line, sizeof line, "  %-24s %12.3f %12.3f %6d\n", t.stage.c_str(), t.wall_ms, t.cpu_ms,
                    t.calls);
      std::cerr << line;
    }
    std::cerr << std::flush;
  }

  // Where the lines about plans go: stdout, unless a document owns it.
  std::ostream& lines() const {
    return format_ == FindingsFormat::json || format_ == FindingsFormat::sarif ? std::cerr : std::cout;
  }

  std::string command_;
  FindingsFormat format_;
  bool several_;
  bool timings_;
};

const CLI::Validator& shard_spec() {
  static const CLI::Validator validator(
      [](std::string& arg) -> std::string {
        return parse_shard(arg) ? std::string() : "expected K/N with 1 <= K <= N, got '" + arg + "'";
      },
      "K/N", "shard");
  return validator;
}

}  // namespace

FindingsFormat RunArgs::findings_format() const {
  return parse_findings_format(format).value_or(FindingsFormat::text);
}

std::vector<std::filesystem::path> RunArgs::selected(const PlanArgs& plans) const {
  std::vector<std::filesystem::path> out(plans.plans.begin(), plans.plans.end());
  if (const auto s = parse_shard(shard)) return select_shard(std::move(out), *s);
  return out;
}

void add_run_options(CLI::App& command, RunArgs& args) {
  command
      .add_option("--format", args.format,
                  "How diagnostics are written: text (stderr), json, github (annotations) or sarif (stdout)")
      ->check(CLI::IsMember({"text", "json", "github", "sarif"}))
      ->capture_default_str();
  command.add_flag("--werror", args.werror, "Treat warnings as errors");
  command.add_option("-j,--jobs", args.jobs, "Plans run at once, each in its own process (0: one per CPU)")
      ->type_name("N")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  command.add_option("--shard", args.shard, "Only the K-th of N disjoint shards of the plans")
      ->check(shard_spec());
}

int run_and_report(std::string_view command, const BatchOptions& options, const RunArgs& args) {
  BatchOptions run = options;
  run.render.load.warnings_as_errors = args.werror;
  run.jobs = args.jobs > 0 ? args.jobs : static_cast<int>(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
  Reporter reporter(command, args.findings_format(), run.plans.size() != 1, args.timings);
  const BatchResult result = run_batch(run, [&](const PlanOutcome& outcome) { reporter.plan_done(outcome); });
  return reporter.finish(result);
}

}  // namespace planforge::cli
