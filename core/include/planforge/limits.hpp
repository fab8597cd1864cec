#pragma once
/// @file limits.hpp  Bounds on the work a plan may cause (docs/limits.md). A hostile or
/// runaway plan meets one of them and gets a diagnostic at its place instead of crashing
/// planforge, hanging it or exhausting the machine. `--limit NAME=VALUE` changes one.

#include <planforge/export.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

PLANFORGE_BEGIN_NAMESPACE

/// The limits of one run. The defaults are far above any honest plan and far below what
/// would hurt; docs/limits.md gives each one's diagnostic.
struct Limits {
  std::uint64_t file_bytes = 64ull << 20;       ///< bytes of one plan or included file
  std::uint64_t depth = 64;                     ///< element nesting, the root being level 1
  std::uint64_t include_depth = 16;             ///< includes inside includes
  std::uint64_t includes = 1000;                ///< `<include>`s expanded in all
  std::uint64_t include_bytes = 64ull << 20;    ///< bytes read through includes in all
  std::uint64_t expansion_bytes = 64ull << 20;  ///< text produced by `${var}` in all
  std::uint64_t elements = 4'000'000;           ///< elements of the plan, includes merged
  std::uint64_t attributes = 256;               ///< attributes of one element
  std::uint64_t image_pixels = 40'000'000;      ///< width × height of one image
  std::uint64_t pages = 10'000;                 ///< pages of the document
  std::uint64_t diagnostics = 1'000;            ///< diagnostics reported (the rest are counted)
};

/// One limit as `--limit` names it.
struct LimitInfo {
  std::string_view name;           ///< e.g. "depth"
  std::uint64_t Limits::*field;    ///< the member it sets
  std::uint64_t minimum, maximum;  ///< what --limit accepts
  bool bytes;                      ///< takes K, M and G suffixes (powers of 1024)
  std::string_view what;           ///< a phrase for messages: "element nesting"
};

/// Every limit `--limit` knows, in the order docs/limits.md lists them.
PLANFORGE_API std::span<const LimitInfo> limit_table();

/// The limit called `name`, or nullptr.
PLANFORGE_API const LimitInfo* find_limit(std::string_view name);

/// Sets the limit `name` from `value` ("200", "128M"). Returns an empty string on success,
/// else what is wrong, for a usage error.
PLANFORGE_API std::string set_limit(Limits& limits, std::string_view name, std::string_view value);

/// The hint every limit diagnostic carries: "raise it with --limit depth=N (at most 1000)".
PLANFORGE_API std::string limit_hint(std::string_view name);

PLANFORGE_END_NAMESPACE
