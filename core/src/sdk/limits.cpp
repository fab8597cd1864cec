#include <planforge/limits.hpp>

#include <array>
#include <charconv>

PLANFORGE_BEGIN_NAMESPACE

namespace {

constexpr std::uint64_t KiB = 1024, MiB = KiB * 1024, GiB = MiB * 1024;

// The maxima are not arbitrary: nesting and include depth are walked recursively in places
// (plugins too), so they stay far below what a thread's stack holds; a file's offsets are
// 32-bit; libharu 2.3 refuses a page tree of more than 32,767 pages; the image decoders
// refuse a side over 10,000 pixels.
constexpr std::array<LimitInfo, 11> table{{
    {"file-size", &Limits::file_bytes, 1 * KiB, 1 * GiB, true, "the size of one file"},
    {"depth", &Limits::depth, 8, 1000, false, "element nesting"},
    {"include-depth", &Limits::include_depth, 1, 100, false, "include nesting"},
    {"includes", &Limits::includes, 1, 1'000'000, false, "the number of includes"},
    {"include-size", &Limits::include_bytes, 1 * KiB, 16 * GiB, true, "the bytes read through includes"},
    {"expansion", &Limits::expansion_bytes, 1 * KiB, 4 * GiB, true, "the text ${var} expansion produces"},
    {"elements", &Limits::elements, 100, 100'000'000, false, "the number of elements"},
    {"attributes", &Limits::attributes, 16, 65'535, false, "the attributes of one element"},
    {"image-pixels", &Limits::image_pixels, 1, 100'000'000, false, "the pixels of one image"},
    {"pages", &Limits::pages, 1, 30'000, false, "the number of pages"},
    {"diagnostics", &Limits::diagnostics, 1, 10'000'000, false, "the number of diagnostics"},
}};

std::string number(std::uint64_t n, bool bytes) {
  if (bytes && n % GiB == 0) return std::to_string(n / GiB) + "G";
  if (bytes && n % MiB == 0) return std::to_string(n / MiB) + "M";
  if (bytes && n % KiB == 0) return std::to_string(n / KiB) + "K";
  return std::to_string(n);
}

}  // namespace

std::span<const LimitInfo> limit_table() { return table; }

const LimitInfo* find_limit(std::string_view name) {
  for (const LimitInfo& info : table)
    if (info.name == name) return &info;
  return nullptr;
}

std::string set_limit(Limits& limits, std::string_view name, std::string_view value) {
  const LimitInfo* info = find_limit(name);
  if (!info) {
    std::string known;
    for (const LimitInfo& i : table) known += (known.empty() ? "" : ", ") + std::string(i.name);
    return "unknown limit '" + std::string(name) + "' (the limits are " + known + ")";
  }
  std::uint64_t n = 0;
  const char* end = value.data() + value.size();
  const auto [rest, ec] = std::from_chars(value.data(), end, n);
  std::uint64_t unit = 1;
  if (info->bytes && rest + 1 == end) {
    switch (*rest) {
      case 'K':
      case 'k': unit = KiB; break;
      case 'M':
      case 'm': unit = MiB; break;
      case 'G':
      case 'g': unit = GiB; break;
      default: unit = 0;
    }
  } else if (rest != end) {
    unit = 0;
  }
  if (ec != std::errc() || unit == 0 || value.empty())
    return "--limit " + std::string(name) + ": '" + std::string(value) + "' is not a whole number" +
           (info->bytes ? " (K, M and G may follow it)" : "");
  if (n > info->maximum / unit || n * unit < info->minimum)
    return "--limit " + std::string(name) + ": " + std::string(value) + " is outside " +
           number(info->minimum, info->bytes) + "–" + number(info->maximum, info->bytes);
  limits.*(info->field) = n * unit;
  return {};
}

std::string limit_hint(std::string_view name) {
  const LimitInfo* info = find_limit(name);
  if (!info) return {};
  return "if the plan really needs more, raise the limit with --limit " + std::string(name) + "=N (at most " +
         number(info->maximum, info->bytes) + "; see docs/limits.md)";
}

PLANFORGE_END_NAMESPACE
