#pragma once
// A theme: page geometry, fonts, colours, type scale, running header and footer.
// Loaded from templates/<name>/theme.xml.

#include <planforge/color.hpp>
#include <planforge/diagnostics.hpp>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace planforge::detail {

struct Theme {
  std::string name;
  std::filesystem::path dir;
  double page_width = 595.276, page_height = 841.89;        // points (A4)
  double margin_top = 72, margin_right = 62, margin_bottom = 68, margin_left = 62;
  std::array<std::filesystem::path, 4> fonts;               // indexed by FontStyle
  Palette palette;
  double body_size = 10, small_size = 8, table_size = 8.5, line_height = 1.4;
  std::array<double, 4> heading_sizes{18, 13.5, 11.5, 10.5}; // levels 1..4
  // Running header/footer: three slots each, with ${var} (title, client, version, status,
  // confidentiality, date, prepared-by, any <var>) and {page} / {pages}.
  std::array<std::string, 3> header{"${client}", "", "${title}"};
  std::array<std::string, 3> footer{"${confidentiality}", "", "Page {page} of {pages}"};
  std::string cover_style = "band";                         // layout of the cover
};

// Finds a theme by name in `search_dirs` (each holds <name>/theme.xml) or, when `name_or_dir`
// is a directory, loads it directly. Problems in theme.xml go to `diags` with file:line:col;
// a missing theme or font file is an environment error reported there too (no line).
std::optional<Theme> load_theme(const std::string& name_or_dir,
                                const std::vector<std::filesystem::path>& search_dirs,
                                Diagnostics& diags);

}  // namespace planforge::detail
