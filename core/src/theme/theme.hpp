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

struct Theme {
  std::string name;
  std::string description;                                  // one line, for `planforge templates`
  std::string extends;                                      // as written; empty when standalone
  std::filesystem::path dir;                                // the folder holding theme.xml
  double page_width = 595.276, page_height = 841.89;        // points (A4)
  double margin_top = 72, margin_right = 62, margin_bottom = 68, margin_left = 62;
  std::array<std::filesystem::path, 4> fonts;               // indexed by FontStyle; absolute
  Palette palette;
  double body_size = 10, small_size = 8, table_size = 8.5, line_height = 1.4;
  std::array<double, 4> heading_sizes{18, 13.5, 11.5, 10.5}; // levels 1..4
  // Running header/footer: three slots each, with ${var} (title, client, version, status,
  // confidentiality, date, prepared-by, any <var>), {page} / {pages} and {page-of-pages}.
  std::array<std::string, 3> header{"${client}", "", "${title}"};
  std::array<std::string, 3> footer{"${confidentiality}", "", "{page-of-pages}"};
  // Layout of the cover: "band" (a primary-coloured band holding the title), "plain"
  // (title on white under a rule) or "full" (the whole cover in the primary colour).
  std::string cover_style = "band";
  // The theme owner's logo (a consultancy's), shown on the cover beside the plan's own
  // (the client's) logo. Absolute; empty when the theme has none. Decoded by the engine.
  std::filesystem::path logo;
  // Page flow (<flow>): a section starts a new page, or continues on the current one when
  // at least `min_space` (a share of the text height) remains below; the revision history
  // after the contents likewise (front matter).
  bool section_new_page = true;
  bool front_matter_new_page = false;
  double min_space = 0.3;
};

// The size of a page: the theme's own, or for landscape blocks its long side across (the
// same page when the theme is landscape already). Width first.
inline std::pair<double, double> page_size(const Theme& theme, bool landscape) {
  if (!landscape) return {theme.page_width, theme.page_height};
  return {std::max(theme.page_width, theme.page_height), std::min(theme.page_width, theme.page_height)};
}

// The cover styles a theme may name, for validation and documentation.
inline constexpr std::array<const char*, 3> cover_styles{"band", "plain", "full"};

// What names a theme: the name or folder as written, where it was written (for the "not
// found" diagnostic), and the folder a relative path is taken from: the plan's folder for a
// plan's template="./brand", empty (the working directory) for --template.
struct ThemeRequest {
  std::string written;
  Location where;
  std::filesystem::path base;
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
                                const std::vector<std::filesystem::path>& search_dirs,
                                Diagnostics& diags);
// The same for a name or folder written on the command line.
std::optional<Theme> load_theme(const std::string& name_or_dir,
                                const std::vector<std::filesystem::path>& search_dirs,
                                Diagnostics& diags);

}  // namespace planforge::detail
