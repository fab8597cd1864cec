#pragma once
// Where a word may be hyphenated, in the plan's language: libhyphen with the hyphen-*
// dictionaries (most languages), libvoikko for Finnish (Debian has no hyphen-fi; Voikko
// knows Finnish compounds from its morphology). A language without a dictionary gets a
// Hyphenator that finds no points; the line breaker then breaks an over-long word at the
// last code point that fits, still with a visible hyphen.

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace planforge::detail {

class Hyphenator {
 public:
  virtual ~Hyphenator() = default;

  // The hyphenator for a language ("de", region "CH"), shared and loaded once per process;
  // never null. `dictionary_dir` is libhyphen's folder (empty: the built-in default).
  static std::shared_ptr<const Hyphenator> for_language(const std::string& language,
                                                        const std::string& region,
                                                        const std::string& dictionary_dir = {});

  // The hyphenator of a plan's language: `language` ("de") and the region of its BCP 47
  // `tag` ("de-CH" → "CH"), as Locale gives them.
  static std::shared_ptr<const Hyphenator> for_locale(const std::string& language, const std::string& tag);

  // Byte offsets in `word` (UTF-8 letters only) after which a hyphen may be inserted, in
  // increasing order; at least two letters stay on each side. Remembered per word: a table
  // is broken at many trial widths, and its cells repeat words.
  std::vector<std::size_t> points(std::string_view word) const;
  // What it hyphenates with ("libhyphen /usr/share/hyphen/hyph_de_DE.dic", "none").
  virtual std::string source() const = 0;

 protected:
  virtual std::vector<std::size_t> find_points(std::string_view word) const = 0;

 private:
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::vector<std::size_t>, std::less<>> known_;
};

}  // namespace planforge::detail
