#include "catalogue_words.hpp"

#include "harness.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace pf {

namespace {

std::string trim(std::string s) {
  s.erase(0, s.find_first_not_of(' '));
  s.erase(s.find_last_not_of(' ') + 1);
  return s;
}

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// A letter of any script (a byte of a UTF-8 sequence counts) or a hyphen inside a compound
// ("Sourcing-Modell"): what continues a word.
bool continues_word(char c) { return is_letter(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80; }

// A run between arguments without the punctuation and spaces around it.
void keep(std::string run, std::vector<std::string>& out) {
  // No-break spaces (French "source :", written "\\u00A0" in the file) are spaces here.
  std::string spaced;
  for (std::size_t i = 0; i < run.size(); ++i) {
    const std::string_view rest = std::string_view(run).substr(i);
    std::size_t skip = 0;
    for (std::string_view space : {"\\u00A0", "\\u202F", "\u00A0", "\u202F"})
      if (rest.starts_with(space)) skip = space.size();
    spaced += skip ? ' ' : run[i];
    if (skip) i += skip - 1;
  }
  run = std::move(spaced);
  const auto first = std::find_if(run.begin(), run.end(), continues_word);
  const auto last = std::find_if(run.rbegin(), run.rend(), continues_word).base();
  if (first >= last) return;
  run = std::string(first, last);
  if (std::count_if(run.begin(), run.end(), is_letter) >= 3) out.push_back(run);
}

}  // namespace

std::map<std::string, std::string> read_catalogue(const fs::path& file) {
  std::map<std::string, std::string> out;
  std::istringstream in(read_text(file));
  for (std::string line; std::getline(in, line);) {
    const auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || eq == std::string::npos) continue;
    out[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
  }
  return out;
}

std::vector<std::string> literal_runs(std::string_view pattern) {
  // Braces alternate between an argument ("count, plural, one", a name) and, inside a
  // choice, a sub-message whose text prints. A stack of what each open brace began.
  enum class Open { argument, message };
  std::vector<Open> open;
  std::vector<std::string> out;
  std::string run;
  auto in_text = [&] { return open.empty() || open.back() == Open::message; };
  for (char c : pattern) {
    if (c == '{') {
      if (in_text()) {
        keep(std::exchange(run, {}), out);
        open.push_back(Open::argument);
      } else {
        open.push_back(Open::message);
      }
    } else if (c == '}') {
      if (in_text()) keep(std::exchange(run, {}), out);
      if (!open.empty()) open.pop_back();
    } else if (in_text()) {
      if (c == '#')
        keep(std::exchange(run, {}), out);
      else
        run += c;
    }
  }
  keep(run, out);
  return out;
}

bool contains_words(std::string_view text, std::string_view phrase) {
  for (auto at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
    const bool starts = at == 0 || !continues_word(text[at - 1]);
    const auto end = at + phrase.size();
    const bool ends = end == text.size() || !continues_word(text[end]);
    if (starts && ends) return true;
  }
  return false;
}

std::string plan_content(const fs::path& folder) {
  std::string out;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.path().extension() != ".xml") continue;
    const std::string xml = read_text(entry.path());
    bool in_tag = false;
    char quote = 0;
    for (char c : xml) {
      if (quote) {
        if (c == quote)
          quote = 0, out += '\n';
        else
          out += c;
      } else if (in_tag) {
        if (c == '"' || c == '\'')
          quote = c;
        else if (c == '>')
          in_tag = false;
      } else if (c == '<') {
        in_tag = true;
        out += '\n';
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::vector<fs::path> plugin_catalogue_dirs() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(source("plugins")))
    if (fs::is_directory(entry.path() / "messages")) out.push_back(entry.path() / "messages");
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace pf
