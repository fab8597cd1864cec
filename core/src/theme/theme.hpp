#pragma once
// A theme: page geometry, fonts, colours, type scale, running header and footer, cover.
// Loaded from templates/<name>/theme.xml; the format is documented in docs/templates.md.

#include <planforge/color.hpp>
#include <planforge/diagnostics.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace planforge::detail {

class ReadScope;

// A colour of the palette named by its job, so that a brand changing the palette (a plan's
// <brand>) changes everything that uses the role.
enum class PaletteRole { text, muted, primary, accent };
inline Color pick(const Palette& palette, PaletteRole role) {
  switch (role) {
    case PaletteRole::text: return palette.text;
    case PaletteRole::muted: return palette.muted;
    case PaletteRole::primary: return palette.primary;
    case PaletteRole::accent: return palette.accent;
  }
  return palette.text;
}

// How headings look (<headings>).
struct HeadingStyle {
  int display_levels = 4;  // levels 1..N are set in the heading face
  PaletteRole color = PaletteRole::primary;
  // Under a level-1 heading: a full-width line, a short thick bar, or nothing.
  enum class Rule { line, bar, none } rule = Rule::line;
  PaletteRole rule_color = PaletteRole::primary;
};

// How tables look (<tables>).
struct TableStyle {
  // The header row: filled with the primary colour (white text), tinted with a light
  // primary (primary text), or ruled (no fill: text-coloured bold between strong rules).
  enum class Header { filled, tinted, ruled } header = Header::filled;
  bool stripes = true;    // alternate body rows shaded where a table asks
  bool row_rules = true;  // hairlines between body rows
};

// Where a part of the document starts: on a new page; on the page the part before ends on
// (when the minimum space is left there); or on a new page unless the page before is less
// than a third full (automatic).
enum class PartStart { new_page, continue_on_page, automatic };

struct Theme {
  std::string name;
  std::string description;                            // one line, for `planforge templates`
  std::string extends;                                // as written; empty when standalone
  std::filesystem::path dir;                          // the folder holding theme.xml
  std::vector<std::filesystem::path> files;           // every theme.xml read for it (extends)
  double page_width = 595.276, page_height = 841.89;  // points (A4)
  double margin_top = 72, margin_right = 62, margin_bottom = 68, margin_left = 62;
  std::array<std::filesystem::path, 4> fonts;  // indexed by FontStyle; absolute
  std::filesystem::path heading_font;          // FontStyle::heading; empty: bold
  std::array<Location, 5> font_locations;      // where theme.xml names each font, by FontStyle
  Palette palette;
  double body_size = 10, small_size = 8, table_size = 8.5, line_height = 1.4;
  std::array<double, 4> heading_sizes{18, 13.5, 11.5, 10.5};  // levels 1..4
  // Running header/footer: three slots each, with ${var} (title, client, version, status,
  // confidentiality, date, prepared-by, any <var>), {page} / {pages} and {page-of-pages}.
  std::array<std::string, 3> header{"${client}", "", "${title}"};
  std::array<std::string, 3> footer{"${confidentiality}", "", "{page-of-pages}"};
  // Layout of the cover: "band" (a primary-coloured band holding the title), "plain"
  // (title on white under a rule), "full" (the whole cover in the primary colour),
  // "classic" (a formal centred title page between rules) or "minimal" (a large title on
  // white, an accent bar, the details in a row at the foot).
  std::string cover_style = "band";
  HeadingStyle headings;
  TableStyle tables;
  PaletteRole link_color = PaletteRole::primary;  // links and cross-references (<links>)
  // The theme owner's logo (a consultancy's), shown on the cover beside the plan's own
  // (the client's) logo. Absolute; empty when the theme has none. Decoded by the engine.
  std::filesystem::path logo;
  // Page flow (<flow>): where a section starts (and the revision history after the
  // contents); a section continuing on a page needs `min_space` (a share of the text height).
  PartStart section_start = PartStart::automatic;
  PartStart front_matter_start = PartStart::continue_on_page;
  double min_space = 0.3;
  // Whether a draft plan (status draft) carries the DRAFT watermark; a plan's own
  // <watermark> decides over it.
  bool draft_watermark = true;
};

// The size of a page: the theme's own, or for landscape blocks its long side across (the
// same page when the theme is landscape already). Width first.
inline std::pair<double, double> page_size(const Theme& theme, bool landscape) {
  if (!landscape) return {theme.page_width, theme.page_height};
  return {std::max(theme.page_width, theme.page_height), std::min(theme.page_width, theme.page_height)};
}

// The cover styles a theme may name, for validation and documentation.
inline constexpr std::array<const char*, 5> cover_styles{"band", "plain", "full", "classic", "minimal"};

// What names a theme: the name or folder as written, where it was written (for the "not
// found" diagnostic), and the folder a relative path is taken from: the plan's folder for a
// plan's template="./brand", empty (the working directory) for --template. `scope`, set for
// a plan's template, confines the theme beside the plan like every file the plan names
// (input/read_scope.hpp): its theme.xml, the themes it extends by path or from a sibling
// folder, and the fonts and logo those name. Themes found on the template search path are
// the user's, not the plan's, and are not confined.
struct ThemeRequest {
  std::string written;
  Location where;
  std::filesystem::path base;
  const ReadScope* scope = nullptr;
};

// The theme.xml a request names. `written` is a folder (or its theme.xml) when it contains a
// '/' or is "." / ".." or absolute; otherwise a name looked up as <dir>/<name>/theme.xml in
// each of `search_dirs`, in order. Every place looked at is added to `looked`.
std::optional<std::filesystem::path> find_theme(const ThemeRequest& request,
                                                const std::vector<std::filesystem::path>& search_dirs,
                                                std::vector<std::string>& looked);

// Finds a theme and loads it, following `extends`. Problems in theme.xml go to `diags` with
// file:line:col; a missing theme (at request.where) or a missing font or logo file is
// reported there too. Returns nullopt when any error was reported.
std::optional<Theme> load_theme(const ThemeRequest& request,
                                const std::vector<std::filesystem::path>& search_dirs, Diagnostics& diags);
// The same for a name or folder written on the command line.
std::optional<Theme> load_theme(const std::string& name_or_dir,
                                const std::vector<std::filesystem::path>& search_dirs, Diagnostics& diags);

}  // namespace planforge::detail
