// The findings document (JSON, docs/findings.md) and GitHub workflow annotations.
#include "report/json_writer.hpp"
#include "report/percent_encode.hpp"

#include <planforge/findings.hpp>

#include <algorithm>

PLANFORGE_BEGIN_NAMESPACE

namespace {

void write_diagnostic(detail::JsonWriter& json, const Diagnostic& d) {
  json.begin_object()
      .field("file", d.location.file)
      .field("line", d.location.line)
      .field("column", d.location.column)
      .field("severity", to_string(d.severity));
  // The kind of problem (docs/cli.md, "Diagnostic codes"); null for notes and uncoded reports.
  if (d.code.empty())
    json.key("code").null();
  else
    json.field("code", d.code);
  json.field("message", d.message).strings("hints", d.hints).end_object();
}

void write_counts(detail::JsonWriter& json, const SeverityCounts& c) {
  json.field("errors", c.errors).field("warnings", c.warnings).field("notes", c.notes);
}

// Workflow command data: '%', CR and LF are the command's own syntax.
std::string escape_data(std::string_view s) {
  return detail::percent_encode(s, [](unsigned char c) { return c == '%' || c == '\r' || c == '\n'; });
}

// A property value also ends at ',' (the next property) and ':' (the message).
std::string escape_property(std::string_view s) {
  return detail::percent_encode(
      s, [](unsigned char c) { return c == '%' || c == '\r' || c == '\n' || c == ':' || c == ','; });
}

// GitHub calls a note a notice.
const char* github_command(Severity severity) {
  return severity == Severity::note ? "notice" : to_string(severity);
}

}  // namespace

std::optional<FindingsFormat> parse_findings_format(std::string_view name) {
  if (name == "text") return FindingsFormat::text;
  if (name == "json") return FindingsFormat::json;
  if (name == "github") return FindingsFormat::github;
  if (name == "sarif") return FindingsFormat::sarif;
  return std::nullopt;
}

SeverityCounts count_severities(const std::vector<Diagnostic>& diagnostics) {
  SeverityCounts c;
  for (const Diagnostic& d : diagnostics) {
    c.errors += d.severity == Severity::error;
    c.warnings += d.severity == Severity::warning;
    c.notes += d.severity == Severity::note;
  }
  return c;
}

SeverityCounts count_severities(const RunResult& result) {
  SeverityCounts c = count_severities(result.diagnostics);
  c.errors = std::max(c.errors, result.errors);
  c.warnings = std::max(c.warnings, result.warnings);
  return c;
}

RunTotals run_totals(const BatchResult& run) {
  RunTotals t;
  t.plans = run.plans.size();
  for (const PlanOutcome& plan : run.plans) {
    const SeverityCounts c = count_severities(plan.result);
    t.diagnostics.errors += c.errors;
    t.diagnostics.warnings += c.warnings;
    t.diagnostics.notes += c.notes;
    t.failed += plan.result.exit_code != ExitCode::ok;
  }
  return t;
}

bool is_pseudo_file(std::string_view file) {
  return file.empty() || file == "command line" || file == "planforge";
}

std::string findings_json(std::string_view command, const BatchResult& run) {
  detail::JsonWriter json;
  json.begin_object()
      .field("schema", "planforge-findings")
      .field("schema_version", findings_schema_version)
      .key("tool")
      .begin_object()
      .field("name", "planforge")
      .field("version", PLANFORGE_VERSION_STRING)
      .end_object()
      .field("command", command)
      .field("exit_code", static_cast<int>(run.exit_code));

  const RunTotals totals = run_totals(run);
  json.key("totals").begin_object().field("plans", totals.plans).field("failed", totals.failed);
  write_counts(json, totals.diagnostics);
  json.end_object();

  json.key("plans").begin_array();
  for (const PlanOutcome& plan : run.plans) {
    json.begin_object()
        .field("plan", plan.plan.string())
        .field("exit_code", static_cast<int>(plan.result.exit_code));
    if (!plan.result.output.empty())
      json.field("output", plan.result.output.string()).field("pages", plan.result.pages);
    write_counts(json, count_severities(plan.result));
    json.key("diagnostics").begin_array();
    for (const Diagnostic& d : plan.result.diagnostics) write_diagnostic(json, d);
    json.end_array().end_object();
  }
  json.end_array().end_object();
  return json.take();
}

std::string github_annotations(const std::vector<Diagnostic>& diagnostics, std::string_view plan) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += "::";
    out += github_command(d.severity);
    const bool own_file = !is_pseudo_file(d.location.file);
    std::string properties;
    auto property = [&](std::string_view name, std::string_view value) {
      properties += (properties.empty() ? " " : ",") + std::string(name) + "=" + escape_property(value);
    };
    if (own_file || !plan.empty()) property("file", own_file ? d.location.file : std::string(plan));
    if (own_file && d.location.line > 0) {
      property("line", std::to_string(d.location.line));
      if (d.location.column > 0) property("col", std::to_string(d.location.column));
    }
    property("title", d.code.empty() ? std::string("planforge") : "planforge " + d.code);
    out += properties;
    std::string message = d.message;
    if (!own_file && !d.location.file.empty()) message = d.location.file + ": " + message;
    for (const std::string& hint : d.hints) message += "\nhint: " + hint;
    out += "::" + escape_data(message) + "\n";
  }
  return out;
}

PLANFORGE_END_NAMESPACE
