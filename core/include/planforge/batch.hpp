#pragma once
/// @file batch.hpp  Many plans in one run: `planforge render A.xml B.xml … --out-dir DIR -j N`
/// and `planforge validate A.xml B.xml …`, and `--shard K/N` for spreading thousands of plans
/// over machines. Plugins do not need this header.

#include <planforge/engine.hpp>
#include <planforge/export.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// `--shard K/N`: the K-th (1-based) of N disjoint shards.
struct Shard {
  int index = 1;
  int count = 1;
};

/// Parses "K/N" with 1 ≤ K ≤ N; std::nullopt for anything else.
PLANFORGE_API std::optional<Shard> parse_shard(std::string_view text);

/// The plans of one shard: the plans in byte order of their paths as given, duplicates
/// removed, then every N-th starting with the K-th. Every job of a matrix given the same
/// plans in any order thus gets a disjoint share, and the shares together are all of them.
PLANFORGE_API std::vector<std::filesystem::path> select_shard(std::vector<std::filesystem::path> plans,
                                                              Shard shard);

/// What a batch does with each plan.
enum class BatchMode { render, validate, lint };

struct BatchOptions {
  BatchMode mode = BatchMode::render;
  /// The plans, as named on the command line. A plan named twice (the same file) runs once.
  std::vector<std::filesystem::path> plans;
  /// The settings every plan shares. `render.load.plan` is ignored; `render.output` is the
  /// name pattern: a file name under `out_dir` when that is set, else a path. Empty: each
  /// PDF beside its plan (its name with .pdf), or "{id}.pdf" under `out_dir`.
  RenderOptions render;
  /// The folder the PDFs go to (created when missing); empty: see `render.output`.
  std::filesystem::path out_dir;
  /// Plans run at once, each in its own process; at least 1.
  int jobs = 1;
  /// BatchMode::lint: the rules switched off for the run (`--disable`, lint.hpp).
  std::vector<std::string> disabled_rules;
};

/// One plan's outcome.
struct PlanOutcome {
  std::filesystem::path plan;  ///< as given
  RunResult result;
};

struct BatchResult {
  ExitCode exit_code = ExitCode::ok;  ///< the most urgent of the plans' (see more_urgent())
  std::vector<PlanOutcome> plans;     ///< in the order given, duplicates removed
};

/// Renders or validates every plan. With more than one plan each runs in a child process of
/// its own, at most `jobs` at a time: a plan that crashes its process, exhausts its memory
/// or trips a plugin's global state cannot harm another. Before anything is written, the
/// output names are resolved and a name two plans would share is refused for both (exit 2).
/// `done` is called for each plan in the order given, as soon as it and every plan before
/// it have finished. Never throws; `done` should not either.
PLANFORGE_API BatchResult run_batch(const BatchOptions& options,
                                    const std::function<void(const PlanOutcome&)>& done = {});

PLANFORGE_END_NAMESPACE
