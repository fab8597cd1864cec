// SectionBuilder::report and note: render()'s diagnostics. The engine's builder adds them to
// the run's diagnostics; the base one, used where nobody collects them, logs them.
#include <planforge/builder.hpp>

#include "sdk/logging.hpp"

PLANFORGE_BEGIN_NAMESPACE

void SectionBuilder::report(const DiagnosticCode& code, const Location& where, std::string message,
                            std::vector<std::string> hints) {
  deliver(Diagnostic{code.severity, where, std::move(message), std::move(hints), std::string(code.id)});
}

void SectionBuilder::report(const DiagnosticCode& code, Element at, std::string message,
                            std::vector<std::string> hints) {
  report(code, at.location(), std::move(message), std::move(hints));
}

void SectionBuilder::note(const Location& where, std::string message) {
  deliver(Diagnostic{Severity::note, where, std::move(message), {}, {}});
}

void SectionBuilder::deliver(Diagnostic diagnostic) {
  detail::logger("plugin")->warn("{}", format_diagnostic(diagnostic));
}

PLANFORGE_END_NAMESPACE
