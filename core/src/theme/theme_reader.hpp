#pragma once
// Reads the settings of one theme.xml into a Theme that already holds the defaults (or the
// values of the theme it extends): what the file sets overrides, what it omits stays.

#include "theme/theme.hpp"
#include "theme/xml_source.hpp"

#include <planforge/diagnostics.hpp>

namespace planforge::detail {

// Reports every problem of the file to `diags` at its line and column and keeps going, so
// that a user sees all of them at once. Paths in the file resolve against `theme.dir`.
// Returns false when the file is not a theme this version reads (wrong root, unknown
// format): then nothing else about it is worth reporting. `scope`, when set, confines the
// fonts and logo the file names (a plan's template, theme.hpp).
bool read_theme_xml(const XmlSource& source, Theme& theme, Diagnostics& diags,
                    const ReadScope* scope = nullptr);

}  // namespace planforge::detail
