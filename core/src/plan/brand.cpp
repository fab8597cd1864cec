// <brand> in <meta>: a client's colours, fonts and logo over the plan's theme, without a
// theme file. Only read and checked here; the engine applies it to the loaded theme.
#include "plan/loader_steps.hpp"
#include "plan/node_checks.hpp"
#include "plan/text_util.hpp"
#include "sdk/core_codes.hpp"
#include "sdk/palette_names.hpp"

namespace planforge::detail::loader {

namespace {

void colour_problem(const Node& brand, const Attribute& a, std::string_view written, Diagnostics& diags) {
  diags.report(code("meta/invalid-colour"), location_of(brand, a),
               std::string(a.name) + " '" + std::string(written) + "' is not a colour",
               {"write colours as #RRGGBB, e.g. #0B5563"});
}

// "#0B5563 #E07A5F, #81B29A": colours separated by spaces or commas.
std::vector<Color> read_series(const Node& brand, const Attribute& a, Diagnostics& diags) {
  std::vector<Color> out;
  std::string_view rest = a.value;
  while (!rest.empty()) {
    const std::size_t start = rest.find_first_not_of(" \t\r\n,");
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(rest.find_first_of(" \t\r\n,", start), rest.size());
    const std::string_view word = rest.substr(start, end - start);
    if (auto c = Color::parse(word))
      out.push_back(*c);
    else
      colour_problem(brand, a, word, diags);
    rest = rest.substr(end);
  }
  if (out.empty() && trim(a.value).empty())
    diags.report(code("plan/empty-attribute"), location_of(brand, a), "series is empty",
                 {"list colours, e.g. series=\"#0B5563 #E07A5F #81B29A\""});
  return out;
}

}  // namespace

void read_brand(const Node& brand, const PlanData& plan, Meta& meta, Diagnostics& diags) {
  std::vector<std::string_view> allowed(palette_color_names.begin(), palette_color_names.end());
  allowed.insert(allowed.end(), {"series", "font", "heading-font", "logo"});
  check_attributes(brand, {}, allowed, diags);
  check_children(brand, {}, false, diags);
  Brand& b = meta.brand;
  b.given = true;
  for (const Attribute& a : brand.attributes) {
    const std::string_view value = trim(a.value);
    if (a.name == "series") {
      b.series = read_series(brand, a, diags);
    } else if (a.name == "font" || a.name == "heading-font") {
      if (value.empty()) {
        diags.report(code("plan/empty-attribute"), location_of(brand, a), std::string(a.name) + " is empty",
                     {"name an installed font family, e.g. \"Lato\""});
        continue;
      }
      (a.name == "font" ? b.font : b.heading_font) = std::string(value);
      (a.name == "font" ? b.font_location : b.heading_font_location) = location_of(brand, a);
    } else if (a.name == "logo") {
      b.logo_location = location_of(brand, a);
      b.drop_logo = value.empty();  // logo="": this plan shows no firm logo
      if (auto path = value.empty() ? std::nullopt : logo_file(brand, b.logo_location, value, plan, diags))
        b.logo = *path;
    } else if (std::find(palette_color_names.begin(), palette_color_names.end(), a.name) !=
               palette_color_names.end()) {
      if (auto c = Color::parse(value))
        b.colors.emplace_back(std::string(a.name), *c);
      else
        colour_problem(brand, a, value, diags);
    }
  }
}

}  // namespace planforge::detail::loader
