#include "i18n/catalogue.hpp"

#include "i18n/icu_text.hpp"

#include <unicode/messagepattern.h>
#include <unicode/utf8.h>

#include <charconv>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace planforge::detail {

namespace {

constexpr std::size_t max_catalogue_bytes = 4u << 20;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Resolves \uXXXX and \\ (the only escapes: a no-break space is invisible in an editor).
// Returns the offset of a bad escape, or npos.
std::size_t unescape(std::string_view in, std::string& out) {
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\') {
      out += in[i];
      continue;
    }
    if (i + 1 < in.size() && in[i + 1] == '\\') {
      out += '\\';
      ++i;
      continue;
    }
    if (i + 5 < in.size() && in[i + 1] == 'u') {
      std::uint32_t cp = 0;
      const char* digits = in.data() + i + 2;
      const auto [end, error] = std::from_chars(digits, digits + 4, cp, 16);
      if (error == std::errc() && end == digits + 4 && cp != 0 && !U_IS_SURROGATE(cp)) {
        char utf8[U8_MAX_LENGTH];
        std::int32_t length = 0;
        U8_APPEND_UNSAFE(utf8, length, cp);
        out.append(utf8, static_cast<std::size_t>(length));
        i += 5;
        continue;
      }
    }
    return i;
  }
  return std::string_view::npos;
}

}  // namespace

bool is_message_key(std::string_view key) {
  if (key.empty() || key.size() > 200) return false;
  char previous = '.';
  for (char c : key) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && c != '-' && c != '.') return false;
    // No empty word: "a..b", ".a", "a-" and "-.b" are refused.
    if (!word && (previous == '.' || previous == '-')) return false;
    previous = c;
  }
  return previous != '.' && previous != '-';
}

std::string pattern_problem(std::string_view pattern, std::set<std::string>* arguments) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  icu::MessagePattern parsed(to_unicode(pattern), &where, status);
  if (U_FAILURE(status))
    return std::string("not a valid ICU message pattern (") + u_errorName(status) + " near character " +
           std::to_string(where.offset + 1) + ")";
  if (parsed.hasNumberedArguments()) return "arguments must be named ({count}), not numbered ({0})";
  if (arguments) {
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
      const icu::MessagePattern::Part& part = parsed.getPart(i);
      if (part.getType() == UMSGPAT_PART_TYPE_ARG_NAME) arguments->insert(to_utf8(parsed.getSubstring(part)));
    }
  }
  return {};
}

Catalogue parse_catalogue(std::string_view text, std::string tag, std::string source, Diagnostics& diags) {
  Catalogue cat;
  cat.tag = std::move(tag);
  cat.source = std::move(source);
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::uint32_t number = 0;
  while (!text.empty()) {
    const std::size_t end = std::min(text.find('\n'), text.size());
    const std::string_view raw = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    ++number;
    const std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') continue;
    const auto column = [&](std::string_view part) {
      return static_cast<std::uint32_t>(part.data() - raw.data() + 1);
    };
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      diags.error({cat.source, number, column(line)}, "expected 'key = message'");
      continue;
    }
    const std::string_view key = trim(line.substr(0, eq));
    const std::string_view value = trim(line.substr(eq + 1));
    const Location at{cat.source, number, column(key.empty() ? line : key)};
    if (!is_message_key(key)) {
      diags.error(at, "'" + std::string(key) + "' is not a message key",
                  {"keys are lower-case words joined by '-' and '.', e.g. cover.prepared-by"});
      continue;
    }
    const Location value_at{
        cat.source, number,
        value.empty() ? column(line) + static_cast<std::uint32_t>(line.size()) : column(value)};
    CatalogueEntry entry{{}, value_at};
    if (const std::size_t bad = unescape(value, entry.pattern); bad != std::string_view::npos) {
      diags.error({cat.source, number, value_at.column + static_cast<std::uint32_t>(bad)},
                  "bad escape: write \\uXXXX (four hex digits) or \\\\");
      continue;
    }
    if (entry.pattern.empty()) {
      diags.error(at, "message '" + std::string(key) + "' is empty");
      continue;
    }
    if (const std::string problem = pattern_problem(entry.pattern); !problem.empty()) {
      diags.error(value_at, "message '" + std::string(key) + "': " + problem);
      continue;
    }
    const auto [it, fresh] = cat.entries.emplace(std::string(key), std::move(entry));
    if (!fresh) {
      diags.error(at, "message '" + std::string(key) + "' is given twice");
      diags.note(it->second.location, "first '" + std::string(key) + "' is here");
    }
  }
  return cat;
}

std::optional<Catalogue> read_catalogue(const std::filesystem::path& dir, const std::string& tag,
                                        Diagnostics& diags) {
  const std::filesystem::path file = dir / (tag + ".messages");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return std::nullopt;
  const auto size = std::filesystem::file_size(file, ec);
  std::ifstream in(file, std::ios::binary);
  if (ec || !in || size > max_catalogue_bytes) {
    diags.error(Location{file.string()},
                size > max_catalogue_bytes ? "catalogue is larger than 4 MiB" : "cannot read the catalogue");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_catalogue(text.str(), tag, file.string(), diags);
}

}  // namespace planforge::detail
