#include "theme/font_family.hpp"

#include "sdk/suggest.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <set>
#include <tuple>

namespace planforge::detail {

namespace fs = std::filesystem;

namespace {

struct Face {
  fs::path file;
  int weight = FC_WEIGHT_REGULAR;
  bool italic = false;
};

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

struct PatternFree {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct ObjectSetFree {
  void operator()(FcObjectSet* o) const { FcObjectSetDestroy(o); }
};
struct FontSetFree {
  void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};

// Calls `each(pattern)` for every installed face libharu can embed: TrueType outlines in a
// .ttf file, not a variable font (libharu would embed only its default instance).
template <class Each>
void for_each_truetype_face(Each&& each) {
  FcConfig* config = FcConfigGetCurrent();  // initialises fontconfig on first use
  if (!config) return;
  std::unique_ptr<FcPattern, PatternFree> all(FcPatternCreate());
  std::unique_ptr<FcObjectSet, ObjectSetFree> objects(
      FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_WEIGHT, FC_SLANT, FC_FONTFORMAT, FC_VARIABLE, nullptr));
  if (!all || !objects) return;
  std::unique_ptr<FcFontSet, FontSetFree> list(FcFontList(config, all.get(), objects.get()));
  if (!list) return;
  for (int i = 0; i < list->nfont; ++i) {
    FcPattern* p = list->fonts[i];
    FcChar8* format = nullptr;
    FcChar8* file = nullptr;
    FcBool variable = FcFalse;
    if (FcPatternGetString(p, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
        std::string(reinterpret_cast<char*>(format)) != "TrueType")
      continue;
    if (FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch) continue;
    if (lower(fs::path(reinterpret_cast<char*>(file)).extension().string()) != ".ttf") continue;
    if (FcPatternGetBool(p, FC_VARIABLE, 0, &variable) == FcResultMatch && variable) continue;
    each(p, fs::path(reinterpret_cast<char*>(file)));
  }
}

// The nearest face to a weight and slant: same slant first, then nearest weight, then the
// file name, so the choice never depends on the order fontconfig lists files in.
const Face* nearest(const std::vector<Face>& faces, int weight, bool italic) {
  const Face* best = nullptr;
  auto key = [&](const Face& f) {
    return std::tuple(f.italic != italic, std::abs(f.weight - weight), f.file.string());
  };
  for (const Face& f : faces)
    if (!best || key(f) < key(*best)) best = &f;
  return best;
}

}  // namespace

std::optional<FamilyFaces> find_font_family(const std::string& family) {
  const std::string wanted = lower(family);
  std::vector<Face> faces;
  for_each_truetype_face([&](FcPattern* p, const fs::path& file) {
    FcChar8* name = nullptr;
    bool match = false;
    for (int n = 0; FcPatternGetString(p, FC_FAMILY, n, &name) == FcResultMatch; ++n)
      match = match || lower(reinterpret_cast<char*>(name)) == wanted;
    if (!match) return;
    Face f;
    f.file = file;
    FcPatternGetInteger(p, FC_WEIGHT, 0, &f.weight);
    int slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(p, FC_SLANT, 0, &slant);
    f.italic = slant != FC_SLANT_ROMAN;
    faces.push_back(std::move(f));
  });
  if (faces.empty()) return std::nullopt;

  FamilyFaces out;
  static constexpr struct {
    int weight;
    bool italic;
    const char* name;
  } wanted_styles[] = {{FC_WEIGHT_REGULAR, false, "regular"},
                       {FC_WEIGHT_BOLD, false, "bold"},
                       {FC_WEIGHT_REGULAR, true, "italic"},
                       {FC_WEIGHT_BOLD, true, "bold italic"}};
  for (std::size_t i = 0; i < 4; ++i) {
    const auto& w = wanted_styles[i];
    const Face* f = nearest(faces, w.weight, w.italic);
    out.files[i] = f->file;
    // A family without its italic (or bold) has a face standing in: say which.
    const bool wrong_slant = f->italic != w.italic;
    const bool far_weight = std::abs(f->weight - w.weight) > 50;
    if (wrong_slant || far_weight)
      out.stand_ins.push_back(std::string(w.name) + " (" + f->file.filename().string() + " is used)");
  }
  return out;
}

std::vector<std::string> installed_font_families() {
  std::set<std::string> names;
  for_each_truetype_face([&](FcPattern* p, const fs::path&) {
    FcChar8* name = nullptr;
    if (FcPatternGetString(p, FC_FAMILY, 0, &name) == FcResultMatch)
      names.insert(reinterpret_cast<char*>(name));
  });
  return {names.begin(), names.end()};
}

namespace {

void unknown_family(const std::string& family, const Location& where, Diagnostics& diags) {
  const auto installed = installed_font_families();
  auto hints = loader::did_you_mean(family, {installed.begin(), installed.end()});
  // A short list helps; a machine with hundreds of families gets the command instead.
  if (installed.empty())
    hints.push_back("no TrueType font is installed");
  else if (installed.size() <= 12)
    hints.push_back("installed TrueType families: " +
                    loader::join_choices({installed.begin(), installed.end()}, ", "));
  hints.push_back(
      "a family needs static TrueType (.ttf) files; `fc-list :fontformat=TrueType family` lists them");
  diags.error(where, "font family '" + family + "' is not installed", std::move(hints));
}

}  // namespace

bool use_font_family(const std::string& family, const Location& where, std::array<fs::path, 4>& fonts,
                     Diagnostics& diags) {
  const auto found = find_font_family(family);
  if (!found) {
    unknown_family(family, where, diags);
    return false;
  }
  for (const auto& missing : found->stand_ins)
    diags.warning(where, "font family '" + family + "' has no " + missing);
  fonts = found->files;
  return true;
}

bool use_heading_family(const std::string& family, const Location& where, fs::path& heading,
                        Diagnostics& diags) {
  const auto found = find_font_family(family);
  if (!found) {
    unknown_family(family, where, diags);
    return false;
  }
  heading = found->files[0];
  return true;
}

}  // namespace planforge::detail
