// The bare array of diagnostics (the SDK's diagnostics_to_json()); the command line writes
// the versioned findings document of findings.cpp instead.
#include "report/json_writer.hpp"

#include <planforge/engine.hpp>

PLANFORGE_BEGIN_NAMESPACE

std::string diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
  std::string out = "[";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    out += i == 0 ? "\n  {" : ",\n  {";
    out += "\"file\": ";
    detail::append_json_string(out, d.location.file);
    out += ", \"line\": " + std::to_string(d.location.line);
    out += ", \"column\": " + std::to_string(d.location.column);
    out += ", \"severity\": ";
    detail::append_json_string(out, to_string(d.severity));
    out += ", \"code\": ";
    if (d.code.empty())
      out += "null";
    else
      detail::append_json_string(out, d.code);
    out += ", \"message\": ";
    detail::append_json_string(out, d.message);
    out += ", \"hints\": [";
    for (std::size_t h = 0; h < d.hints.size(); ++h) {
      if (h) out += ", ";
      detail::append_json_string(out, d.hints[h]);
    }
    out += "]}";
  }
  out += diagnostics.empty() ? "]\n" : "\n]\n";
  return out;
}

PLANFORGE_END_NAMESPACE
