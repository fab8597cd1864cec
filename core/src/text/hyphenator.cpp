#include "text/hyphenator.hpp"

#include "text/utf8.hpp"

#include <hyphen.h>
#include <libvoikko/voikko.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>

#ifndef PLANFORGE_HYPHEN_DIR
#define PLANFORGE_HYPHEN_DIR "/usr/share/hyphen"
#endif

namespace planforge::detail {

namespace {

constexpr std::size_t min_left = 2, min_right = 2;
constexpr std::size_t max_word_bytes = 200;

class NoHyphenator final : public Hyphenator {
 public:
  std::vector<std::size_t> find_points(std::string_view) const override { return {}; }
  std::string source() const override { return "none"; }
};

// The word's code points and the byte offset just past each, for mapping points back.
struct Letters {
  std::vector<char32_t> cps;
  std::vector<std::size_t> ends;
};

Letters letters_of(std::string_view word) {
  Letters l;
  const std::string text(word);
  std::size_t pos = 0;
  while (pos < text.size()) {
    l.cps.push_back(next_code_point(text, pos));
    l.ends.push_back(pos);
  }
  return l;
}

// Keeps the points (as "hyphen after code point i") that leave enough letters each side.
std::vector<std::size_t> to_offsets(const Letters& l, const std::vector<std::size_t>& after_cp,
                                    std::size_t left, std::size_t right) {
  std::vector<std::size_t> out;
  for (std::size_t i : after_cp)
    if (i + 1 >= left && i + 1 + right <= l.cps.size()) out.push_back(l.ends[i]);
  return out;
}

class LibHyphen final : public Hyphenator {
 public:
  LibHyphen(HyphenDict* dict, std::string path) : dict_(dict), path_(std::move(path)) {
    utf8_ = std::string_view(dict_->cset).rfind("UTF-8", 0) == 0;
    if (!utf8_) {
      UErrorCode status = U_ZERO_ERROR;
      converter_ = ucnv_open(dict_->cset, &status);
      if (U_FAILURE(status)) converter_ = nullptr;
    }
  }
  ~LibHyphen() override {
    if (converter_) ucnv_close(converter_);
    hnj_hyphen_free(dict_);
  }

  std::vector<std::size_t> find_points(std::string_view word) const override {
    if (word.empty() || word.size() > max_word_bytes) return {};
    const Letters l = letters_of(word);
    // The dictionary's patterns are lower case, in the dictionary's own encoding.
    std::string encoded;
    std::vector<std::size_t> cp_end;     // byte offset past each code point in `encoded`
    const std::lock_guard lock(mutex_);  // a converter is not thread-safe
    for (char32_t cp : l.cps) {
      const UChar32 lower = u_tolower(static_cast<UChar32>(cp));
      if (utf8_) {
        append_utf8(encoded, static_cast<char32_t>(lower));
      } else {
        if (!converter_) return {};
        UChar units[2];
        int32_t n = 0;
        U16_APPEND_UNSAFE(units, n, lower);
        char out[8];
        UErrorCode status = U_ZERO_ERROR;
        ucnv_setFromUCallBack(converter_, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        const int32_t bytes = ucnv_fromUChars(converter_, out, sizeof out, units, n, &status);
        if (U_FAILURE(status) || bytes <= 0) return {};  // a letter the dictionary cannot spell
        encoded.append(out, static_cast<std::size_t>(bytes));
      }
      cp_end.push_back(encoded.size());
    }
    std::vector<char> marks(encoded.size() + 5, 0);
    std::vector<char> shown(encoded.size() * 2 + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int failed = hnj_hyphen_hyphenate2(dict_, encoded.data(), static_cast<int>(encoded.size()),
                                             marks.data(), shown.data(), &rep, &pos, &cut);
    std::vector<std::size_t> after;
    for (std::size_t i = 0; !failed && i < cp_end.size(); ++i) {
      const std::size_t last_byte = cp_end[i] - 1;
      // Odd marks are points; a replacement (old German "ck" -> "k-k") is not a plain hyphen.
      const bool replaced = rep && rep[last_byte];
      if ((marks[last_byte] & 1) && !replaced) after.push_back(i);
    }
    if (rep) {
      for (std::size_t i = 0; i < encoded.size(); ++i) std::free(rep[i]);
      std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return to_offsets(l, after, std::max<std::size_t>(min_left, dict_->lhmin),
                      std::max<std::size_t>(min_right, dict_->rhmin));
  }

  std::string source() const override { return "libhyphen " + path_; }

 private:
  HyphenDict* dict_;
  std::string path_;
  bool utf8_ = false;
  UConverter* converter_ = nullptr;
  mutable std::mutex mutex_;
};

class Voikko final : public Hyphenator {
 public:
  explicit Voikko(VoikkoHandle* handle) : handle_(handle) {
    voikkoSetIntegerOption(handle_, VOIKKO_MIN_HYPHENATED_WORD_LENGTH, 4);
  }
  ~Voikko() override { voikkoTerminate(handle_); }

  std::vector<std::size_t> find_points(std::string_view word) const override {
    if (word.empty() || word.size() > max_word_bytes) return {};
    const Letters l = letters_of(word);
    const std::string text(word);
    const std::lock_guard lock(mutex_);  // a Voikko handle serves one thread at a time
    char* pattern = voikkoHyphenateCstr(handle_, text.c_str());
    if (!pattern) return {};
    // One mark per character: '-' means a hyphen goes before it.
    const std::string marks(pattern);
    voikkoFreeCstr(pattern);
    std::vector<std::size_t> after;
    for (std::size_t i = 1; i < marks.size() && i < l.cps.size(); ++i)
      if (marks[i] == '-') after.push_back(i - 1);
    return to_offsets(l, after, min_left, min_right);
  }

  std::string source() const override { return "libvoikko (Finnish)"; }

 private:
  VoikkoHandle* handle_;
  mutable std::mutex mutex_;
};

// Debian's file for a language when the plan names no region, or none for that region.
const std::map<std::string, std::string> default_region = {
    {"en", "US"}, {"de", "DE"}, {"es", "ES"}, {"it", "IT"}, {"nl", "NL"}, {"pt", "PT"},
    {"pl", "PL"}, {"sv", "SE"}, {"nb", "NO"}, {"nn", "NO"}, {"da", "DK"}, {"fr", "FR"}};

std::shared_ptr<const Hyphenator> load(const std::string& language, const std::string& region,
                                       const std::string& dir_name) {
  if (language == "fi") {
    const char* error = nullptr;
    if (VoikkoHandle* handle = voikkoInit(&error, "fi", nullptr)) return std::make_shared<Voikko>(handle);
    return std::make_shared<NoHyphenator>();
  }
  namespace fs = std::filesystem;
  const fs::path dir = dir_name.empty() ? fs::path(PLANFORGE_HYPHEN_DIR) : fs::path(dir_name);
  std::vector<std::string> names;
  if (!region.empty()) names.push_back("hyph_" + language + "_" + region + ".dic");
  if (const auto it = default_region.find(language); it != default_region.end())
    names.push_back("hyph_" + language + "_" + it->second + ".dic");
  names.push_back("hyph_" + language + ".dic");
  for (const std::string& name : names) {
    const fs::path path = dir / name;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) continue;
    if (HyphenDict* dict = hnj_hyphen_load(path.c_str()))
      return std::make_shared<LibHyphen>(dict, path.string());
  }
  return std::make_shared<NoHyphenator>();
}

// Loads its dictionary when the first word needs it: most documents never hyphenate, and
// libhyphen takes seconds to read the large German dictionary.
class OnDemand final : public Hyphenator {
 public:
  OnDemand(std::string language, std::string region, std::string dir)
      : language_(std::move(language)), region_(std::move(region)), dir_(std::move(dir)) {}
  std::vector<std::size_t> find_points(std::string_view word) const override { return loaded().points(word); }
  std::string source() const override { return loaded().source(); }

 private:
  const Hyphenator& loaded() const {
    std::call_once(once_, [this] { real_ = load(language_, region_, dir_); });
    return *real_;
  }
  std::string language_, region_, dir_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<const Hyphenator> real_;
};

}  // namespace

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
  const std::lock_guard lock(mutex_);
  if (const auto it = known_.find(word); it != known_.end()) return it->second;
  auto found = find_points(word);
  // Bounded: a plan's distinct over-long words, not its every word.
  if (known_.size() < 100000) known_.emplace(std::string(word), found);
  return found;
}

std::shared_ptr<const Hyphenator> Hyphenator::for_language(const std::string& language,
                                                           const std::string& region,
                                                           const std::string& dictionary_dir) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const Hyphenator>> loaded;
  const std::lock_guard lock(mutex);
  auto& slot = loaded[language + "_" + region + "@" + dictionary_dir];
  if (!slot) slot = std::make_shared<OnDemand>(language, region, dictionary_dir);
  return slot;
}

std::shared_ptr<const Hyphenator> Hyphenator::for_locale(const std::string& language,
                                                         const std::string& tag) {
  const std::size_t dash = tag.rfind('-');
  const std::string region = dash != std::string::npos && tag.size() - dash == 3 ? tag.substr(dash + 1) : "";
  return for_language(language, region);
}

}  // namespace planforge::detail
