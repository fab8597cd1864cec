#include <planforge/diagnostics.hpp>

#include <algorithm>
#include <tuple>

PLANFORGE_BEGIN_NAMESPACE

std::string Location::to_string() const {
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) {
    out += ':' + std::to_string(line);
    if (column > 0) out += ':' + std::to_string(column);
  }
  return out;
}

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

void Diagnostics::add(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::error) ++error_count_;
  if (diagnostic.severity == Severity::warning) ++warning_count_;
  if (full()) {
    ++dropped_;
    if (diagnostic.severity == Severity::error && !lesser_.empty()) {
      items_[lesser_.back()] = std::move(diagnostic);
      lesser_.pop_back();
    }
    return;
  }
  if (diagnostic.severity != Severity::error) lesser_.push_back(items_.size());
  items_.push_back(std::move(diagnostic));
}

bool is_code_id(std::string_view id) {
  const auto word_char = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  // Each part: words of [a-z0-9] joined by single '-'.
  const auto part_ok = [&](std::string_view part) {
    if (part.empty() || part.front() == '-' || part.back() == '-') return false;
    for (std::size_t i = 0; i < part.size(); ++i) {
      if (part[i] == '-') {
        if (part[i - 1] == '-') return false;
      } else if (!word_char(part[i])) {
        return false;
      }
    }
    return true;
  };
  const std::size_t slash = id.find('/');
  return slash != std::string_view::npos && part_ok(id.substr(0, slash)) && part_ok(id.substr(slash + 1));
}

void Diagnostics::report(const DiagnosticCode& code, Location where, std::string message,
                         std::vector<std::string> hints) {
  add({code.severity, std::move(where), std::move(message), std::move(hints), std::string(code.id)});
}

void Diagnostics::error(Location where, std::string message, std::vector<std::string> hints) {
  add({Severity::error, std::move(where), std::move(message), std::move(hints)});
}

void Diagnostics::warning(Location where, std::string message, std::vector<std::string> hints) {
  add({Severity::warning, std::move(where), std::move(message), std::move(hints)});
}

void Diagnostics::note(Location where, std::string message) {
  add({Severity::note, std::move(where), std::move(message), {}});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  auto place = [](const Diagnostic& d) {
    return std::tie(d.location.file, d.location.line, d.location.column);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return place(a) < place(b); });
  auto same = [&](const Diagnostic& a, const Diagnostic& b) {
    return place(a) == place(b) && a.severity == b.severity && a.message == b.message;
  };
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.location.to_string() + ": " + to_string(d.severity) + ": " + d.message;
  if (!d.code.empty()) out += " [" + d.code + "]";
  for (const auto& hint : d.hints) out += "\n  hint: " + hint;
  return out;
}

PLANFORGE_END_NAMESPACE
