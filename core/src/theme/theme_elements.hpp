#pragma once
// The readers of the elements a <theme> holds, one per element: each checks its attributes
// and children and sets what the element says on x.theme, reporting at file:line:col.

#include "theme/theme_xml.hpp"

namespace planforge::detail {

using ElementReader = void (*)(ThemeXml& x, const pugi::xml_node& node);

void read_page(ThemeXml& x, const pugi::xml_node& node);  // theme_reader.cpp
void read_margins(ThemeXml& x, const pugi::xml_node& node);
void read_fonts(ThemeXml& x, const pugi::xml_node& node);  // theme_fonts.cpp
void read_palette(ThemeXml& x, const pugi::xml_node& node);
void read_type(ThemeXml& x, const pugi::xml_node& node);
void read_header(ThemeXml& x, const pugi::xml_node& node);  // theme_styles.cpp
void read_footer(ThemeXml& x, const pugi::xml_node& node);
void read_cover(ThemeXml& x, const pugi::xml_node& node);
void read_headings(ThemeXml& x, const pugi::xml_node& node);
void read_tables(ThemeXml& x, const pugi::xml_node& node);
void read_links(ThemeXml& x, const pugi::xml_node& node);
void read_watermark(ThemeXml& x, const pugi::xml_node& node);
void read_flow(ThemeXml& x, const pugi::xml_node& node);  // theme_flow.cpp

}  // namespace planforge::detail
