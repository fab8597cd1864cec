#pragma once
// A message catalogue: one UTF-8 file per language, `key = ICU MessageFormat pattern` per
// line (the format is in docs/localisation.md). Parsing checks every pattern with ICU and
// reports mistakes at file:line:col, so a translator's slip is found before a render.

#include <planforge/diagnostics.hpp>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace planforge::detail {

struct CatalogueEntry {
  std::string pattern;  // escapes resolved
  Location location;    // where the pattern starts
};

struct Catalogue {
  std::string tag;     // the language this catalogue is for ("de", "nb-NO")
  std::string source;  // what diagnostics call it (a path, or "built-in")
  std::map<std::string, CatalogueEntry, std::less<>> entries;

  const CatalogueEntry* find(std::string_view key) const {
    const auto it = entries.find(key);
    return it == entries.end() ? nullptr : &it->second;
  }
};

// True for a key planforge accepts: lower-case ASCII letters, digits, '-', '.' between
// words ("cover.prepared-by").
bool is_message_key(std::string_view key);

// Parses catalogue text; problems go to `diags` with `source` as the file name, and a bad
// line is left out (the rest still loads).
Catalogue parse_catalogue(std::string_view text, std::string tag, std::string source, Diagnostics& diags);

// Reads <dir>/<tag>.messages; std::nullopt when there is no such file. A file that cannot
// be read is reported.
std::optional<Catalogue> read_catalogue(const std::filesystem::path& dir, const std::string& tag,
                                        Diagnostics& diags);

// Checks an ICU MessageFormat pattern; the problem (empty when fine) and the names of the
// arguments it uses.
std::string pattern_problem(std::string_view pattern, std::set<std::string>* arguments = nullptr);

}  // namespace planforge::detail
