// The bundled vocabulary's words (docs/sections/*.md). One row per fact; everything else is
// worded from the names in the plan.
#include "diff/vocabulary.hpp"

namespace planforge::detail::diff {

namespace {

// Each row names catalogue keys: `diff.noun.<noun>`, `diff.count.<noun>`, `diff.field.<label>`,
// `diff.verb.<verb>` (messages/en.messages).
struct NounRow {
  std::string_view element, noun;
};
constexpr NounRow nouns[] = {
    {"kpi", "kpi"},           {"group", "kpi-group"},
    {"goal", "goal"},         {"objective", "objective"},
    {"phase", "phase"},       {"milestone", "milestone"},
    {"offering", "offering"}, {"tier", "tier"},
    {"unit", "unit"},         {"need", "need"},
    {"segment", "segment"},   {"factor", "planning-factor"},
    {"section", "section"},   {"subsection", "subsection"},
    {"meta", "plan-details"}, {"vars", "variables"},
    {"plan", "plan"},
};

// element "" matches any element.
struct AttributeRow {
  std::string_view element, attribute, label, verb;
};
constexpr AttributeRow attributes[] = {
    {"kpi", "baseline", "baseline", ""},
    {"kpi", "target", "target", ""},
    {"kpi", "owner", "owner", "re-owned"},
    {"kpi", "frequency", "frequency", ""},
    {"kpi", "goal", "goal-measured", ""},
    {"kpi", "due", "due", ""},
    {"kpi", "direction", "direction", ""},
    {"kpi", "unit", "unit", ""},
    {"phase", "start", "start", "moved"},
    {"phase", "end", "end", "moved"},
    {"phase", "owner", "owner", "re-owned"},
    {"phase", "depends-on", "depends-on", "dependencies-changed"},
    {"phase", "delivers", "delivers", "re-scoped"},
    {"milestone", "date", "date", "moved"},
    {"offering", "price", "price", "re-priced"},
    {"offering", "sla", "service-level", "service-level-changed"},
    {"offering", "channel", "channels", ""},
    {"offering", "addresses", "addresses-needs", ""},
    {"unit", "reports-to", "reports-to", "re-parented"},
    {"unit", "headcount", "headcount", "resized"},
    {"unit", "sourcing", "sourcing", ""},
    {"unit", "lead", "lead", ""},
    {"objective", "owner", "owner", "re-owned"},
    {"objective", "due", "due", "rescheduled"},
    {"goal", "horizon", "horizon", ""},
    {"need", "importance", "importance", ""},
    {"need", "capability", "capability", ""},
    {"section", "type", "section-type", ""},
    {"plan", "version", "version", ""},
    {"plan", "template", "template", ""},
    {"", "title", "title", "renamed"},
    {"", "name", "name", "renamed"},
    {"", "segments", "segments", ""},
    // The attributes of records (a revision's date and author, an SLA's stage and time…),
    // shown beside the values of a record added or removed whole.
    {"", "date", "date", ""},
    {"", "author", "author", ""},
    {"", "start", "start", ""},
    {"", "end", "end", ""},
    {"", "period", "period", ""},
    {"", "value", "value", ""},
    {"", "stage", "stage", ""},
    {"", "within", "within", ""},
    {"", "count", "count", ""},
};

struct RecordRow {
  std::string_view element, record, label, value_attribute;
};
constexpr RecordRow records[] = {
    {"kpi", "target", "interim-target", "value"},
    {"kpi", "actual", "actual", "value"},
    {"offering", "sla", "service-level", "within"},
    {"unit", "role", "role", "count"},
    {"phase", "milestone", "milestone", "date"},
    {"meta", "revision", "revision", ""},
    {"meta", "period", "plan-period", ""},
    {"meta", "prepared-by", "prepared-by", ""},
    {"vars", "var", "variable", ""},
    {"section", "values", "values", ""},
    {"values", "value", "value", ""},
};

// The parent is named by its noun.
struct ParentRow {
  std::string_view element, parent, verb;
};
constexpr ParentRow parents[] = {
    {"offering", "tier", "re-tiered"}, {"kpi", "group", "regrouped"}, {"objective", "goal", "moved"},
    {"milestone", "phase", "moved"},   {"tier", "section", "moved"},
};

constexpr std::string_view id_lists[] = {"depends-on", "delivers", "addresses", "segments"};

std::string spaced(std::string_view name) {
  std::string out(name);
  for (char& c : out)
    if (c == '-') c = ' ';
  return out;
}

std::string word(const Locale& words, std::string_view kind, std::string_view key) {
  return key.empty() ? std::string() : words.text("diff." + std::string(kind) + "." + std::string(key));
}

const NounRow* noun_row(std::string_view element) {
  for (const NounRow& row : nouns)
    if (row.element == element) return &row;
  return nullptr;
}

}  // namespace

std::string noun(std::string_view element, const Locale& words) {
  const NounRow* row = noun_row(element);
  return row ? word(words, "noun", row->noun) : spaced(element);
}

std::string count(std::string_view element, std::size_t n, const Locale& words) {
  const NounRow* row = noun_row(element);
  return row ? words.text("diff.count." + std::string(row->noun), {{"count", n}})
             : words.text("diff.count-of", {{"count", n}, {"noun", spaced(element)}});
}

Words attribute_words(std::string_view element, std::string_view attribute, const Locale& words) {
  for (const AttributeRow& row : attributes)
    if ((row.element == element || row.element.empty()) && row.attribute == attribute)
      return {word(words, "field", row.label), word(words, "verb", row.verb)};
  return {spaced(attribute), {}};
}

RecordWords record_words(std::string_view element, std::string_view record, const Locale& words) {
  for (const RecordRow& row : records)
    if (row.element == element && row.record == record)
      return {word(words, "field", row.label), std::string(row.value_attribute)};
  return {spaced(record), {}};
}

Words parent_words(std::string_view element, const Locale& words) {
  for (const ParentRow& row : parents)
    if (row.element == element) return {noun(row.parent, words), word(words, "verb", row.verb)};
  return {words.text("diff.field.place"), words.text("diff.verb.moved")};
}

bool is_id_list(std::string_view, std::string_view attribute) {
  for (std::string_view name : id_lists)
    if (name == attribute) return true;
  return false;
}

}  // namespace planforge::detail::diff
