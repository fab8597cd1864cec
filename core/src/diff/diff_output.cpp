// The diff for a reviewer (text) and for a program (JSON, docs/diff.md).
#include "diff/compare.hpp"
#include "report/json_writer.hpp"

#include <planforge/plan_diff.hpp>

PLANFORGE_BEGIN_NAMESPACE

namespace {

using Kind = PlanChange::Kind;

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::added: return "added";
    case Kind::removed: return "removed";
    case Kind::changed: return "changed";
    case Kind::moved: return "moved";
  }
  return "changed";
}

std::string value(const std::string& v) { return v.empty() ? "—" : detail::diff::excerpt(v); }

std::string version_of(const std::string& label, const std::string& version) {
  return (version.empty() ? std::string("(no version)") : "version " + version) + " (" + label + ")";
}

// "KPI “First contact resolution” (k-fcr)"; a section's own changes need no name.
std::string subject(const PlanChange& c) {
  std::string out = c.noun;
  if (!c.name.empty()) out += " “" + detail::diff::excerpt(c.name, 60) + "”";
  if (c.key != c.element) out += " (" + c.key + ")";
  return out;
}

void location(detail::JsonWriter& json, std::string_view name, const Location& where) {
  json.key(name);
  if (where.file.empty()) {
    json.null();
    return;
  }
  json.begin_object()
      .field("file", where.file)
      .field("line", where.line)
      .field("column", where.column)
      .end_object();
}

}  // namespace

std::string diff_to_text(const PlanDiff& diff) {
  std::string out = version_of(diff.old_label, diff.old_version) + " → " +
                    version_of(diff.new_label, diff.new_version) + "\n";
  const std::size_t n = diff.changes.size();
  out += n == 0 ? "no changes\n" : std::to_string(n) + (n == 1 ? " change\n" : " changes\n");
  const std::string* section = nullptr;
  const std::string* item = nullptr;
  for (const PlanChange& c : diff.changes) {
    if (!section || *section != c.section) {
      out += "\n" +
             (c.section.empty()         ? std::string("Plan")
              : c.section_title.empty() ? c.section
                                        : c.section_title) +
             "\n";
      section = &c.section;
      item = nullptr;
    }
    if (c.kind == Kind::added || c.kind == Kind::removed) {
      out += std::string("  ") + (c.kind == Kind::added ? "+ " : "− ") + subject(c) + " " + kind_name(c.kind);
      for (const std::string& d : c.details) out += ", " + d;
      out += "\n";
      item = nullptr;
      continue;
    }
    const bool own = c.key == c.section || c.element == "meta" || c.element == "vars" || c.element == "plan";
    if (!own && (!item || *item != c.key)) out += "  " + subject(c) + "\n";
    item = &c.key;
    std::string line = std::string(own ? "  " : "    ") + c.label + ": ";
    if (c.field == "narrative") {
      line += c.after;
    } else if (c.before.empty() && !c.after.empty() && c.label.ends_with(" added")) {
      line += value(c.after);
    } else if (c.after.empty() && !c.before.empty() && c.label.ends_with(" removed")) {
      line += value(c.before);
    } else if (c.before.empty() || c.after.empty()) {
      line += value(c.before) + " → " + value(c.after);
    } else {
      const auto [was, is] = detail::diff::excerpts(c.before, c.after);
      line += was + " → " + is;
    }
    if (!c.verb.empty()) line += " (" + c.verb + ")";
    if (c.field != "narrative" && !c.details.empty()) {
      line += " [";
      for (std::size_t i = 0; i < c.details.size(); ++i) line += (i ? ", " : "") + c.details[i];
      line += "]";
    }
    out += line + "\n";
    if (c.field == "narrative")
      for (const std::string& d : c.details) out += std::string(own ? "    " : "      ") + d + "\n";
  }
  return out;
}

std::string diff_to_json(const PlanDiff& diff) {
  detail::JsonWriter json;
  json.begin_object().field("schema", "planforge-diff").field("schema_version", 1);
  json.key("old")
      .begin_object()
      .field("label", diff.old_label)
      .field("version", diff.old_version)
      .end_object();
  json.key("new")
      .begin_object()
      .field("label", diff.new_label)
      .field("version", diff.new_version)
      .end_object();
  json.field("changed", !diff.changes.empty()).field("count", diff.changes.size());
  json.key("changes").begin_array();
  for (const PlanChange& c : diff.changes) {
    json.begin_object()
        .field("kind", kind_name(c.kind))
        .field("section", c.section)
        .field("section_title", c.section_title)
        .field("element", c.element)
        .field("noun", c.noun)
        .field("key", c.key)
        .field("name", c.name)
        .field("field", c.field)
        .field("label", c.label)
        .field("verb", c.verb)
        .field("before", c.before)
        .field("after", c.after)
        .strings("details", c.details);
    location(json, "old_location", c.old_location);
    location(json, "new_location", c.new_location);
    json.end_object();
  }
  json.end_array().strings("changed_ids", diff.changed_ids).end_object();
  return json.take();
}

PLANFORGE_END_NAMESPACE
