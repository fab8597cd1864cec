// SectionBuilder::warn and note: render()'s diagnostics. The engine's builder reports them
// with the run's diagnostics; the base one, used where nobody collects them, logs them.
#include <planforge/builder.hpp>

#include "sdk/logging.hpp"

PLANFORGE_BEGIN_NAMESPACE

void SectionBuilder::warn(const Location& where, std::string message, std::vector<std::string> hints) {
  report(Diagnostic{Severity::warning, where, std::move(message), std::move(hints)});
}

void SectionBuilder::warn(Element at, std::string message, std::vector<std::string> hints) {
  warn(at.location(), std::move(message), std::move(hints));
}

void SectionBuilder::note(const Location& where, std::string message) {
  report(Diagnostic{Severity::note, where, std::move(message), {}});
}

void SectionBuilder::report(Diagnostic diagnostic) {
  detail::logger("plugin")->warn("{}", format_diagnostic(diagnostic));
}

PLANFORGE_END_NAMESPACE
