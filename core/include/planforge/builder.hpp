#pragma once
/// @file builder.hpp  What a plugin writes its section into.

#include <planforge/color.hpp>
#include <planforge/diagnostics.hpp>
#include <planforge/document.hpp>
#include <planforge/element.hpp>
#include <planforge/format.hpp>
#include <planforge/measure.hpp>
#include <planforge/message.hpp>
#include <planforge/style.hpp>

#include <string>
#include <string_view>
#include <vector>

PLANFORGE_BEGIN_NAMESPACE

/// Receives a section's blocks. The core has already written the section's heading; blocks
/// are laid out in the order they are added. The builder also answers the questions a
/// plugin needs to size a figure: the width available, text measured in the theme's fonts
/// (measure()) and the theme's colours.
class PLANFORGE_API SectionBuilder {
 public:
  virtual ~SectionBuilder();

  /// Appends a block. A Heading's level is set by the builder (use begin_subsection).
  virtual void add(Block block) = 0;
  /// Opens a subsection one level below the current one; its heading is numbered by the
  /// core (1.1, 1.1.1) and listed in the contents and bookmarks.
  virtual void begin_subsection(std::string title, std::string id = {}, std::string label = {}) = 0;
  /// Closes the innermost subsection opened by begin_subsection.
  virtual void end_subsection() = 0;
  /// Appends one generic block (`<p>`, `<list>`, `<table>`, `<note>`, `<subsection>`,
  /// `<image>`, `<enablers>`),
  /// parsed by the SDK so that no plugin parses them again. Other elements are ignored.
  virtual void add_generic(Element block) = 0;
  /// Appends every generic block among `parent`'s children, in document order.
  void add_generic_children(Element parent);

  /// Width of the text column in points (on the pages the next block goes on: landscape
  /// ones in a landscape section or after set_landscape(true)).
  virtual double content_width() const = 0;
  /// Height of the text column in points: the tallest figure that fits on a page.
  virtual double content_height() const = 0;
  /// Puts the blocks added from now on onto landscape pages (`true`, e.g. around a wide
  /// Gantt chart) or back onto the section's own pages (`false`): their Flow::landscape is
  /// set, and content_width() and content_height() answer for those pages, so a chart made
  /// meanwhile fills the wide page. In a landscape section every block is landscape already.
  /// The base implementation does nothing (a builder without pages of its own).
  virtual void set_landscape(bool landscape);
  /// The theme's body text size in points.
  virtual double body_size() const = 0;
  /// Measures text in the theme's fonts, for the document being rendered (measure.hpp):
  /// widths, font extents, rich text set into lines as a FigTextBox. It lives as long as
  /// the builder; charts and helpers take it instead of the builder.
  virtual const TextMeasure& measure() const = 0;
  /// Width in points of one line of `utf8` text in the theme's font of `style` at `size`
  /// (measure().width).
  double text_width(std::string_view utf8, double size, FontStyle style = FontStyle::regular) const {
    return measure().width(utf8, size, style);
  }
  /// The theme's colours.
  virtual const Palette& palette() const = 0;
  /// The whole plan, for cross-section lookups.
  virtual const PlanView& plan() const = 0;

  /// The plan's language: the shared words and the number, money and date formats every
  /// plugin should use (see format.hpp and docs/localisation.md). English by default.
  virtual const Locale& locale() const;
  /// One of this plugin's own words: `key` looked up in the catalogue the plugin ships
  /// beside its library (`<library stem>.messages/<tag>.messages`, through the same
  /// fallback as the core's: nb-NO, nb, en), after the plan's `<vocabulary>` terms for this
  /// plugin. An unknown key comes back as the key itself. The default knows no catalogue.
  virtual std::string text(std::string_view key, const MessageArgs& args = {}) const;

  /// Reports a problem render() found, e.g. "the grid did not fit; items moved to the
  /// table", with `code`, one of this plugin's diagnostic_codes() (its severity is the
  /// code's: render() should report warnings, mistakes in the plan belong in validate()), at
  /// `where` (an element's location() or attr_location()). It is reported among validate()'s
  /// diagnostics, sorted with them, can be suppressed in the plan like them
  /// (`suppress="CODE: reason"` on the element or one around it) and fails the run under
  /// `--werror`; otherwise the document is still written. A code the plugin does not declare
  /// is an error naming the plugin. `planforge validate` runs render() too, so it reports these.
  void report(const DiagnosticCode& code, const Location& where, std::string message,
              std::vector<std::string> hints = {});
  /// The same at the element's start tag.
  void report(const DiagnosticCode& code, Element at, std::string message,
              std::vector<std::string> hints = {});
  /// Additional information (a note, e.g. "the goal is defined here") belonging to the
  /// diagnostic reported just before it: suppressed with it, no code of its own.
  void note(const Location& where, std::string message);

 protected:
  /// Where report() and note() go. The base implementation logs them (a builder that reports
  /// nowhere, such as a test's); the core's builder adds them to the run's diagnostics.
  virtual void deliver(Diagnostic diagnostic);
};

PLANFORGE_END_NAMESPACE
