#pragma once
// A font family by name ("Lato", "Charis SIL"): its TrueType faces as installed on this
// machine, found with fontconfig, for themes and plans that name a family instead of files.

#include <planforge/diagnostics.hpp>

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace planforge::detail {

struct FamilyFaces {
  std::array<std::filesystem::path, 4> files;  // regular, bold, italic, bold-italic
  // Styles the family lacks, served by its nearest face: "italic (regular is used)".
  std::vector<std::string> stand_ins;
};

// The installed static TrueType (.ttf, glyf) faces whose family name is `family` (any of a
// face's names, case-insensitive), picked by nearest weight and slant; the same machine
// always gives the same files. nullopt when there is none.
std::optional<FamilyFaces> find_font_family(const std::string& family);

// The installed TrueType family names, sorted: for "did you mean" and "installed are" hints.
std::vector<std::string> installed_font_families();

// Sets `fonts` to the faces of `family`. An unknown family is an error at `where` (with the
// nearest installed family as a hint); a style the family lacks is a warning naming the face
// that stands in. Returns false on error, leaving `fonts` as they were.
bool use_font_family(const std::string& family, const Location& where,
                     std::array<std::filesystem::path, 4>& fonts, Diagnostics& diags);

// Sets `heading` to the regular face of `family` (a display face is set large, where weight
// shows); an unknown family is reported as by use_font_family().
bool use_heading_family(const std::string& family, const Location& where, std::filesystem::path& heading,
                        Diagnostics& diags);

}  // namespace planforge::detail
