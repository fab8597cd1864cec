#pragma once
// UTF-8 <-> ICU UnicodeString, and ICU status checks that turn a failure into an exception
// (an ICU failure is the environment's: missing data, not a user's mistake).

#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace planforge::detail {

inline icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

inline std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct IcuError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

inline void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw IcuError(std::string("ICU: ") + what + ": " + u_errorName(status));
}

}  // namespace planforge::detail
