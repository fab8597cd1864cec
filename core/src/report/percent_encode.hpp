#pragma once
// Percent-encoding (RFC 3986 style, "%2C"), shared by the formats that need it: SARIF's file
// URIs and the GitHub workflow commands' data and properties. Each says which bytes it encodes.

#include <cstdio>
#include <string>
#include <string_view>

namespace planforge::detail {

template <typename NeedsEncoding>
std::string percent_encode(std::string_view s, NeedsEncoding needs_encoding) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (!needs_encoding(static_cast<unsigned char>(c))) {
      out += c;
      continue;
    }
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%%%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    out += buffer;
  }
  return out;
}

}  // namespace planforge::detail
