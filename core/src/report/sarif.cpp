// SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: one run, planforge as its
// tool, one result per diagnostic. Only what the standard requires and what dashboards
// show is written; see docs/findings.md for the mapping.
#include "report/json_writer.hpp"
#include "report/percent_encode.hpp"

#include <planforge/findings.hpp>

PLANFORGE_BEGIN_NAMESPACE

namespace {

// A file name as a URI reference: relative names stay relative (to the checkout, which the
// dashboard knows as %SRCROOT%), absolute ones become file: URIs; everything but unreserved
// characters and '/' is percent-encoded.
std::string file_uri(const std::string& file) {
  const std::string prefix = !file.empty() && file.front() == '/' ? "file://" : "";
  return prefix + detail::percent_encode(file, [](unsigned char c) {
           const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                   (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                                   c == '/';
           return !unreserved;
         });
}

void write_location(detail::JsonWriter& json, const std::string& file, std::uint32_t line,
                    std::uint32_t column) {
  json.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
  json.key("artifactLocation").begin_object().field("uri", file_uri(file));
  if (file.empty() || file.front() != '/') json.field("uriBaseId", "%SRCROOT%");
  json.end_object();
  if (line > 0) {
    json.key("region").begin_object().field("startLine", line);
    if (column > 0) json.field("startColumn", column);
    json.end_object();
  }
  json.end_object().end_object().end_array();
}

void write_result(detail::JsonWriter& json, const Diagnostic& d, const std::string& plan) {
  std::string text = d.message;
  for (const std::string& hint : d.hints) text += "\nHint: " + hint;
  const bool own_file = !is_pseudo_file(d.location.file);
  if (!own_file && !d.location.file.empty()) text = d.location.file + ": " + text;
  json.begin_object().field("level", to_string(d.severity));
  if (!d.code.empty()) json.field("ruleId", d.code);  // the diagnostic code (docs/cli.md)
  json.key("message").begin_object().field("text", text).end_object();
  if (own_file)
    write_location(json, d.location.file, d.location.line, d.location.column);
  else
    write_location(json, plan, 0, 0);
  json.end_object();
}

}  // namespace

std::string findings_sarif(const BatchResult& run) {
  detail::JsonWriter json;
  json.begin_object()
      .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
      .field("version", "2.1.0")
      .key("runs")
      .begin_array()
      .begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.field("name", "planforge")
      .field("version", PLANFORGE_VERSION_STRING)
      .field("semanticVersion", PLANFORGE_VERSION_STRING);
  json.end_object().end_object();

  // Plan problems are results; only a usage or environment failure means planforge itself
  // could not do its job.
  const bool successful = run.exit_code == ExitCode::ok || run.exit_code == ExitCode::plan_errors;
  json.key("invocations").begin_array().begin_object();
  json.field("executionSuccessful", successful).field("exitCode", static_cast<int>(run.exit_code));
  json.end_object().end_array();

  json.field("columnKind", "unicodeCodePoints");
  json.key("results").begin_array();
  for (const PlanOutcome& plan : run.plans)
    for (const Diagnostic& d : plan.result.diagnostics) write_result(json, d, plan.plan.generic_string());
  json.end_array();
  json.end_object().end_array().end_object();
  return json.take();
}

PLANFORGE_END_NAMESPACE
