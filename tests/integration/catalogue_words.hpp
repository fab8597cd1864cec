#pragma once
// The shipped message catalogues as the localisation tests read them: plain `key = value`
// lines, and the English words a pattern would print, to look for in a PDF's text.

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pf {

// key -> pattern of one catalogue file (plain `key = value` lines; comments skipped).
std::map<std::string, std::string> read_catalogue(const std::filesystem::path& file);

// The words a pattern prints itself, as runs of text between its arguments, `#` and the
// syntax of plural choices: "{count, plural, one {# goal has no KPI} other {# goals have no
// KPI}}" gives "goal has no KPI" and "goals have no KPI". Runs with fewer than three letters
// are left out (punctuation, "by", "of").
std::vector<std::string> literal_runs(std::string_view pattern);

// True when `phrase` occurs in `text` as whole words (not inside a longer word).
bool contains_words(std::string_view text, std::string_view phrase);

// A plan's own words: the text and attribute values (names, titles) of every .xml file under
// `folder` (the plan and its includes). A plan written in English shares words with the
// English catalogues ("Owner" as a section's title); such a word in the PDF is the plan's
// content, not a generated word.
std::string plan_content(const std::filesystem::path& folder);

// The folders of the bundled plugins' catalogues in the source tree (plugins/*/messages).
std::vector<std::filesystem::path> plugin_catalogue_dirs();

}  // namespace pf
