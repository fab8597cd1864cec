#pragma once
/// @file rich_text.hpp  Rich text: runs of text in one style, with links and
/// cross-references. Paragraphs, list items, cells and figure text boxes hold it.

#include <planforge/color.hpp>
#include <planforge/export.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// Where a run sits relative to the line: on it, or raised or lowered in a smaller size.
enum class Script {
  normal,       ///< on the line
  superscript,  ///< smaller and raised: m², 1st
  subscript     ///< smaller and lowered: CO₂
};

/// A piece of text in one style. A run with `ref` set is a cross-reference: the core renders
/// the target's title (or `text`, when given) followed by " (p. N)" with the page the target
/// is on (unless `show_page` is false; never in a FigTextBox, whose lines must not depend on
/// where the pages break), and links it there. A newline character in `text` is a forced
/// line break (`<br/>` in a plan).
struct Run {
  std::string text{};
  bool bold = false;
  bool italic = false;
  std::string link{};            ///< external URI; empty for none
  std::string ref{};             ///< id of a plan element; empty for none
  std::optional<Color> color{};  ///< overrides the surrounding text colour
  Script script = Script::normal;
  bool show_page = true;  ///< for a ref: append " (p. N)"
};

/// A sequence of runs: the inline content of a paragraph, list item, cell or FigTextBox.
using RichText = std::vector<Run>;

/// A RichText of one plain run (convenience for plugins).
PLANFORGE_API RichText plain(std::string text);
/// A RichText of one bold run.
PLANFORGE_API RichText bold(std::string text);
/// The concatenated text of the runs (refs contribute their `text` only); a forced line
/// break reads as a space.
PLANFORGE_API std::string to_plain_text(const RichText& text);

/// Marks where runs of their own go in a sentence from a catalogue (U+FFFC, the object
/// replacement character): `out.text("see", {{"sections", std::string(inline_slot)}})`.
inline constexpr std::string_view inline_slot = "\uFFFC";
/// `text` (a sentence from a catalogue, holding inline_slot marks) as runs: each mark, in
/// order, becomes the next of `pieces` (a cross-reference, a name in bold), and the text
/// between becomes plain runs; marks beyond the pieces are dropped. So a translated
/// sentence can put a linked name wherever its grammar wants it.
PLANFORGE_API RichText splice(std::string_view text, const std::vector<Run>& pieces);

PLANFORGE_END_NAMESPACE
