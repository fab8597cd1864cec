#pragma once
/// @file plan_diff.hpp  What changed between two versions of a plan: `planforge diff` and
/// `render --changes-since`. Elements are matched by their ids and compared generically
/// (attributes, id-less child records such as a KPI's interim targets, text); a small table
/// of the bundled vocabulary words the result as a reviewer would (docs/diff.md). Plugins do
/// not need this header.

#include <planforge/diagnostics.hpp>
#include <planforge/engine.hpp>
#include <planforge/export.hpp>
#include <planforge/format.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// One difference, about one element of the plan.
struct PlanChange {
  enum class Kind {
    added,    ///< the element is new (with everything in it)
    removed,  ///< the element is gone (with everything in it)
    changed,  ///< one of its values changed, appeared or disappeared
    moved     ///< it now stands under another element (an offering in another tier)
  };
  Kind kind = Kind::changed;
  std::string section;        ///< key of the section it belongs to (empty for the plan's meta)
  std::string section_title;  ///< that section's title
  std::string element;        ///< element name: "kpi", "phase", "section", "meta"…
  std::string key;            ///< its id; "meta", "vars", or "section:TYPE#N" for a section without id
  std::string name;           ///< what a reader calls it (title, name, or its text)
  std::string noun;           ///< the vocabulary's word for the element: "KPI", "phase"…
  std::string field;  ///< what changed: "@target", "text", "target[2027-Q4]", "parent", "narrative"; empty
                      ///< for added/removed
  std::string label;  ///< the reader's words for `field`: "target", "interim target 2027-Q4"…
  std::string verb;   ///< the vocabulary's verb, when it has one: "re-priced", "moved"…
  std::string before, after;         ///< the values (one is empty when a value appeared or disappeared)
  std::vector<std::string> details;  ///< narrative: the blocks that changed, each "kind: before → after"
  Location old_location, new_location;
};

/// The two versions compared and what changed.
struct PlanDiff {
  std::string old_label, new_label;      ///< the files (or REV:file) compared
  std::string old_version, new_version;  ///< the plans' versions
  std::vector<PlanChange> changes;       ///< grouped by section in the new plan's order
  /// The ids of every element added or changed (for marking rows in a PDF).
  std::vector<std::string> changed_ids;
};

struct DiffResult {
  ExitCode exit_code = ExitCode::ok;  ///< ok, or why not: usage, environment, plan_errors
  bool compared = false;              ///< both versions were read and compared (also with plan errors)
  PlanDiff diff;
  std::vector<Diagnostic> diagnostics;
};

/// Where the two versions come from: each a LoadOptions (its plan, --set, …) and, for a
/// version in git, the revision to read it at.
struct DiffSide {
  LoadOptions load;
  std::string git_revision;  ///< empty: the file system
};

/// Loads both versions (includes and ${var} resolved; plugins are not needed) and compares
/// them. The plans' own errors are reported, and the comparison is still made when both
/// could be read (exit plan_errors); exit usage or environment when one cannot. Never throws.
/// The reader's words (PlanChange::noun, label, verb, details and the narrative summary) are
/// the core catalogue's in the language of `words`: English by default (`planforge diff`),
/// the plan's for the appendix of `render --changes-since`.
PLANFORGE_API DiffResult diff_plans(const DiffSide& old_side, const DiffSide& new_side,
                                    const Locale& words = Locale());

/// The diff as a reviewer reads it: a line for the versions, then each section's changes.
PLANFORGE_API std::string diff_to_text(const PlanDiff& diff);
/// The diff as JSON (docs/diff.md: schema "planforge-diff", version 1).
PLANFORGE_API std::string diff_to_json(const PlanDiff& diff);

PLANFORGE_END_NAMESPACE
