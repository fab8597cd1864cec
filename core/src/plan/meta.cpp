// <meta>: what the cover, the document info and the running header show.
#include "i18n/catalogue.hpp"
#include "plan/loader_steps.hpp"
#include "plan/node_checks.hpp"
#include "sdk/suggest.hpp"
#include "plan/text_util.hpp"
#include "plan/view_access.hpp"
#include "sdk/core_codes.hpp"

#include <map>
#include <system_error>

namespace planforge::detail::loader {

namespace {

namespace fs = std::filesystem;

const std::vector<std::string_view> plain_children = {"title", "subtitle", "client",          "prepared-by",
                                                      "date",  "status",   "confidentiality", "watermark"};

std::string plain_value(const Node& e, Diagnostics& diags) {
  check_attributes(e, {}, {}, diags);
  check_plain_text(e, diags);
  std::string text = node_text(e);
  if (text.size() > max_value_bytes)
    diags.report(code("value/too-long"), e.location(),
                 "<" + std::string(e.name) + "> is " + thousands(text.size()) +
                     " bytes long; it may hold at most 65,535 bytes",
                 {"it becomes one PDF string (the document's information), which cannot be longer"});
  return text;
}

void read_logo(const Node& logo, const PlanData& plan, Meta& meta, Diagnostics& diags) {
  check_attributes(logo, {"href"}, {}, diags);
  check_children(logo, {}, false, diags);
  const Attribute* href = logo.find_attribute("href");
  if (!href || trim(href->value).empty()) return;
  if (auto path = logo_file(logo, logo.location(), trim(href->value), plan, diags)) {
    meta.logo = *path;
    meta.logo_location = logo.location();
  }
}

void read_revision(const Node& rev, Meta& meta, Diagnostics& diags,
                   std::map<std::string, const Node*>& versions) {
  check_attributes(rev, {"version", "date"}, {"author"}, diags);
  check_children(rev, {std::begin(inline_elements), std::end(inline_elements)}, true, diags);
  Revision r;
  if (const Attribute* v = rev.find_attribute("version")) {
    r.version = std::string(trim(v->value));
    if (!r.version.empty()) {
      const auto [it, fresh] = versions.emplace(r.version, &rev);
      if (!fresh) {
        diags.report(code("meta/duplicate-revision"), location_of(rev, *v),
                     "revision '" + r.version + "' is listed twice");
        diags.note(it->second->location(), "first revision '" + r.version + "' is here");
      }
    }
  }
  if (const Attribute* d = rev.find_attribute("date"); d && !trim(d->value).empty())
    r.date = parse_date_value(d->value, location_of(rev, *d), diags);
  if (const Attribute* a = rev.find_attribute("author")) r.author = collapse_whitespace(a->value);
  r.description = element_of(&rev).rich_text();
  // Revisions are a history: oldest first, as a reader scans them.
  if (r.date && !meta.revisions.empty() && meta.revisions.back().date &&
      r.date->first_day().days() < meta.revisions.back().date->first_day().days())
    diags.report(code("meta/revision-order"), location_of(rev, *rev.find_attribute("date")),
                 "revision '" + r.version + "' is dated before the revision listed above it",
                 {"list revisions oldest first"});
  meta.revisions.push_back(std::move(r));
}

void read_period(const Node& period, Meta& meta, Diagnostics& diags) {
  check_attributes(period, {"start", "end"}, {}, diags);
  check_children(period, {}, false, diags);
  const Attribute* start = period.find_attribute("start");
  const Attribute* end = period.find_attribute("end");
  if (start && !trim(start->value).empty())
    meta.period_start = parse_date_value(start->value, location_of(period, *start), diags);
  if (end && !trim(end->value).empty())
    meta.period_end = parse_date_value(end->value, location_of(period, *end), diags);
  if (meta.period_start && meta.period_end &&
      meta.period_start->first_day().days() > meta.period_end->last_day().days())
    diags.report(
        code("meta/period-reversed"), period.location(),
        "period starts (" + meta.period_start->iso() + ") after it ends (" + meta.period_end->iso() + ")");
}

// <vocabulary>: the plan's own words for generated ones (a firm's house vocabulary). Keys
// are checked against the catalogues by the engine, which knows the plugins.
void read_vocabulary(const Node& vocabulary, Meta& meta, Diagnostics& diags) {
  check_attributes(vocabulary, {}, {}, diags);
  check_children(vocabulary, {"term"}, false, diags);
  std::map<std::pair<std::string, std::string>, Location> seen;
  for (const auto& term : vocabulary.children) {
    if (term->kind != Node::Kind::element || term->name != "term") continue;
    check_attributes(*term, {"key"}, {"plugin"}, diags);
    check_plain_text(*term, diags);
    const Attribute* key = term->find_attribute("key");
    if (!key) continue;  // reported by check_attributes
    VocabularyTerm t;
    t.key = std::string(trim(key->value));
    if (const Attribute* plugin = term->find_attribute("plugin")) t.plugin = std::string(trim(plugin->value));
    t.pattern = node_text(*term);
    t.location = term->location();
    if (!is_message_key(t.key)) {
      diags.report(code("vocabulary/invalid-key"), location_of(*term, *key),
                   "'" + t.key + "' is not a message key",
                   {"keys are lower-case words joined by '-' and '.', e.g. cover.prepared-by"});
      continue;
    }
    if (t.pattern.empty()) {
      diags.report(code("vocabulary/empty-term"), t.location, "<term key=\"" + t.key + "\"> is empty");
      continue;
    }
    if (const std::string problem = pattern_problem(t.pattern); !problem.empty()) {
      diags.report(code("vocabulary/invalid-pattern"), t.location, "<term key=\"" + t.key + "\">: " + problem,
                   {"write {name} for an argument and '{' for a literal brace"});
      continue;
    }
    const auto [it, fresh] = seen.emplace(std::pair(t.plugin, t.key), t.location);
    if (!fresh) {
      diags.report(code("vocabulary/duplicate-term"), t.location, "the word '" + t.key + "' is given twice");
      diags.note(it->second, "first given here");
      continue;
    }
    meta.vocabulary.push_back(std::move(t));
  }
}

}  // namespace

std::optional<fs::path> logo_file(const Node& e, const Location& where, std::string_view written,
                                  const PlanData& plan, Diagnostics& diags) {
  // Relative to the file that names it, like an include, and confined like one: the file is
  // not opened (not even its type looked at) unless the plan may read it.
  const ReadScope::Resolved resolved = plan.scope.resolve(plan.paths[e.file].parent_path(), written);
  if (resolved.status == ReadScope::Status::outside) {
    diags.report(code("plan/file-outside-folder"), where,
                 ReadScope::outside_message("logo", written, resolved), {plan.scope.outside_hint()});
    return std::nullopt;
  }
  const fs::path& path = resolved.path;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  // A plan read from elsewhere (git) has its logo there too; it is only looked for.
  const bool found = plan.read_file ? plan.read_file(path).found : !ec && fs::exists(status);
  if (!found) {
    diags.report(code("meta/logo-not-found"), where, "logo file '" + std::string(written) + "' not found",
                 {"looked for " + resolved.written.generic_string()});
    return std::nullopt;
  }
  if (!plan.read_file && !fs::is_regular_file(status)) {
    diags.report(code("meta/logo-not-a-file"), where, "logo '" + std::string(written) + "' is not a file");
    return std::nullopt;
  }
  return path;
}

void read_meta(PlanData& plan, Diagnostics& diags) {
  const Node* meta_node = nullptr;
  for (const auto& child : plan.root->children)
    if (child->kind == Node::Kind::element && child->name == "meta") {
      meta_node = child;
      break;
    }
  if (!meta_node) return;  // reported by check_plan
  const Node& m = *meta_node;
  Meta& meta = plan.meta;
  check_attributes(m, {}, {}, diags);
  std::vector<std::string_view> allowed = plain_children;
  allowed.insert(allowed.end(), {"logo", "revision", "period", "vocabulary", "brand"});
  check_children(m, allowed, false, diags);

  std::map<std::string, const Node*, std::less<>> seen;
  std::map<std::string, const Node*> versions;
  for (const auto& child : m.children) {
    if (child->kind != Node::Kind::element) continue;
    const std::string name(child->name);
    if (name != "revision") {
      const auto [it, fresh] = seen.emplace(name, child);
      if (!fresh) {
        diags.report(code("plan/duplicate-element"), child->location(),
                     "<" + name + "> is given twice in <meta>");
        diags.note(it->second->location(), "first <" + name + "> is here");
        continue;
      }
    }
    if (name == "title")
      meta.title = plain_value(*child, diags);
    else if (name == "subtitle")
      meta.subtitle = plain_value(*child, diags);
    else if (name == "client")
      meta.client = plain_value(*child, diags);
    else if (name == "prepared-by")
      meta.prepared_by = plain_value(*child, diags);
    else if (name == "confidentiality")
      meta.confidentiality = plain_value(*child, diags);
    else if (name == "watermark")
      meta.watermark = plain_value(*child, diags);
    else if (name == "status") {
      meta.status = plain_value(*child, diags);
      if (meta.status != "draft" && meta.status != "review" && meta.status != "final") {
        std::vector<std::string_view> choices{"draft", "review", "final"};
        diags.report(code("meta/invalid-status"), child->location(),
                     "status must be draft, review or final, not '" + meta.status + "'",
                     did_you_mean(meta.status, choices));
      }
    } else if (name == "date") {
      const std::string value = plain_value(*child, diags);
      meta.date = parse_date_value(value, child->location(), diags);
    } else if (name == "logo")
      read_logo(*child, plan, meta, diags);
    else if (name == "revision")
      read_revision(*child, meta, diags, versions);
    else if (name == "period")
      read_period(*child, meta, diags);
    else if (name == "vocabulary")
      read_vocabulary(*child, meta, diags);
    else if (name == "brand")
      read_brand(*child, plan, meta, diags);
  }
  if (!seen.count("title"))
    diags.report(code("meta/no-title"), m.location(), "<meta> has no <title>",
                 {"add <title>…</title>: the cover shows it"});
  else if (meta.title.empty())
    diags.report(code("meta/empty-title"), seen["title"]->location(), "<title> is empty");
}

}  // namespace planforge::detail::loader
