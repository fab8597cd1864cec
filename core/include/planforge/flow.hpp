#pragma once
/// @file flow.hpp  Page-flow controls a block carries: page breaks, keeps and orientation.
/// The defaults leave every decision to the core's keep rules (docs/plugins.md, "Page flow"):
/// small blocks move to the next page whole, a split table keeps two rows on each side, a
/// heading keeps the start of what follows it. Set a field only to overrule them.

#include <planforge/export.hpp>

#include <cstdint>
#include <optional>

PLANFORGE_BEGIN_NAMESPACE

/// A page-flow decision a block may force either way; `automatic` leaves it to the core.
enum class Choice : std::uint8_t { automatic, yes, no };

/// How a block sits in the page flow.
struct Flow {
  /// Start the block on a new page (`yes`), never (`no`), or by the core's rule
  /// (`automatic`: a section's heading follows the theme's section start; other blocks
  /// flow on). A break at the top of a page adds no empty page.
  Choice page_break_before = Choice::automatic;
  /// When the block does not break the page: the share (0–1) of the page's text height that
  /// must remain below the last line for the block to start there; otherwise it starts a new
  /// page. Unset: the theme's minimum for a section's heading, none for other blocks.
  std::optional<double> min_space{};
  /// End on the same page as the next block starts (an introduction and its table).
  bool keep_with_next = false;
  /// Keep the whole block on one page (`yes`, when it fits on one), let it split wherever the
  /// other rules allow (`no`), or the core's rule (`automatic`: small blocks move whole). On a
  /// heading below a section's: its whole subsection, up to the next heading.
  Choice keep_together = Choice::automatic;
  /// Lay the block out on landscape pages (a wide table, a Gantt chart): the page before it
  /// ends, and the next portrait block starts a new page.
  bool landscape = false;
};

PLANFORGE_END_NAMESPACE
