#pragma once
// What every reader of a theme element uses: the file with its locations, the theme being
// filled, the diagnostics, and the checks and value parsers that report at file:line:col.
// Each element has its reader (theme_elements.hpp); this class keeps them short and alike.

#include "theme/theme.hpp"
#include "theme/xml_source.hpp"

#include <planforge/diagnostics.hpp>

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

class ThemeXml {
 public:
  // `scope`: when set, the files this theme.xml names must lie inside it (a plan's template).
  ThemeXml(const XmlSource& source, Theme& theme, Diagnostics& diags, const ReadScope* scope = nullptr)
      : src(source), theme(theme), diags(diags), scope_(scope) {}

  // Reports unknown attributes (with a did-you-mean hint and the allowed list) and
  // duplicate ones (pugixml would keep the first silently).
  void check_attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed);
  // Reports text (white space aside), and child elements other than `allowed`.
  void check_children(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed);
  // "<name> '<value>' <what>" at the attribute's value.
  void error(const pugi::xml_attribute& attr, const std::string& what, std::vector<std::string> hints = {});

  // Each reads the attribute `name` of `node` when present into `out`, reporting a bad
  // value; returns whether `out` was set.
  bool length(const pugi::xml_node& node, const char* name, double& out);
  bool font_size(const pugi::xml_node& node, const char* name, double& out, double lo, double hi);
  bool color(const pugi::xml_node& node, const char* name, Color& out);
  bool flag(const pugi::xml_node& node, const char* name, bool& out);  // yes / no
  // The index in `choices` of the attribute's value; an unknown value is reported with
  // the choices and a did-you-mean hint.
  std::optional<std::size_t> choice(const pugi::xml_node& node, const char* name,
                                    const std::vector<std::string_view>& choices);
  // A palette role (text, muted, primary, accent).
  bool role(const pugi::xml_node& node, const char* name, PaletteRole& out);

  // A path written in the theme, relative to the theme's folder; nullopt (reported at the
  // attribute, `what` naming the file: "font file", "logo") when it lies outside the scope.
  std::optional<std::filesystem::path> resolve(const pugi::xml_attribute& attr, std::string_view what);

  const XmlSource& src;
  Theme& theme;
  Diagnostics& diags;

 private:
  const ReadScope* scope_;
};

}  // namespace planforge::detail
