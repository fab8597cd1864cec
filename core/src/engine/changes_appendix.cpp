// render --changes-since: the appendix "Changes since version X" and the change bars.
#include "diff/compare.hpp"
#include "engine/session.hpp"
#include "sdk/core_codes.hpp"

#include <planforge/plan_diff.hpp>

#include <charconv>

namespace planforge::detail {

namespace {

using Kind = PlanChange::Kind;

constexpr std::size_t max_value = 90;    // characters of a value in a cell
constexpr std::size_t max_decimals = 6;  // a longer decimal is shown as written

std::string cut(const std::string& text) {
  if (text.size() <= max_value) return text;
  std::size_t end = max_value;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a character
  return text.substr(0, end) + "…";
}

// "First contact resolution" as a reference to it, with its page, when it is still there.
RichText subject(const PlanChange& c, const std::set<std::string>& ids) {
  RichText out;
  std::string words = c.noun;
  if (!c.name.empty()) words += " " + cut(c.name);
  Run run{words};
  if (c.kind != Kind::removed && ids.contains(c.key)) run.ref = c.key;
  out.push_back(std::move(run));
  return out;
}

std::string what(const PlanChange& c, const Locale& locale) {
  switch (c.kind) {
    case Kind::added: return locale.text("changes.added");
    case Kind::removed: return locale.text("changes.removed");
    case Kind::moved: return c.label + (c.verb.empty() ? "" : " (" + c.verb + ")");
    case Kind::changed: break;
  }
  return c.label + (c.verb.empty() ? "" : " (" + c.verb + ")");
}

// A value that is a plan date or a decimal number as the rest of the document writes it
// ("Dez. 2027", "11,4", "−5"); anything else (text, a whole number, a year) as written.
std::string localised(const std::string& value, const Locale& locale) {
  if (value.find('-', 1) != std::string::npos)
    if (const auto date = Date::parse(value)) return locale.date(*date, TextLength::medium);
  double number = 0;
  const auto [end, ec] =
      std::from_chars(value.data(), value.data() + value.size(), number, std::chars_format::fixed);
  if (ec != std::errc() || end != value.data() + value.size() || value.empty()) return value;
  const auto dot = value.find('.');
  const std::size_t decimals = dot == std::string::npos ? 0 : value.size() - dot - 1;
  if ((dot == std::string::npos && value[0] != '-') || decimals > max_decimals) return value;
  return locale.number(number, static_cast<int>(decimals));
}

// The Before and After cells: values cut around where they differ; for narrative the
// summary and the blocks that changed (already cut).
std::pair<std::string, std::string> values(const PlanChange& c, const Locale& locale) {
  if (c.field == "narrative" || c.kind == Kind::added || c.kind == Kind::removed) {
    std::string after = c.after;
    for (const std::string& d : c.details) after += (after.empty() ? "" : "; ") + d;
    return {c.before, after};
  }
  auto [before, after] = diff::excerpts(localised(c.before, locale), localised(c.after, locale), max_value);
  for (const std::string& d : c.details) after += " " + d;
  return {before, after};
}

Table changes_table(const std::vector<const PlanChange*>& changes, const std::set<std::string>& ids,
                    const Locale& locale) {
  Table t;
  t.columns = {Column{Align::left, 0.28}, Column{Align::left, 0.18}, Column{Align::left, 0.27},
               Column{Align::left, 0.27}};
  TableRow header;
  header.header = true;
  for (const char* h : {"changes.element", "changes.change", "changes.before", "changes.after"})
    header.cells.push_back(Cell{plain(locale.text(h))});
  t.rows.push_back(std::move(header));
  for (const PlanChange* c : changes) {
    TableRow row;
    row.cells.push_back(Cell{subject(*c, ids)});
    row.cells.push_back(Cell{plain(what(*c, locale))});
    const auto [before, after] = values(*c, locale);
    row.cells.push_back(Cell{plain(before)});
    row.cells.push_back(Cell{plain(after)});
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace

void Session::add_changes(DocumentInput& input, const RenderOptions& options) {
  auto timing = timer.scope("changes");
  DiffSide before, after;
  before.load = options.load;
  before.load.plan = options.changes_since.empty() ? options.load.plan : options.changes_since;
  before.load.warnings_as_errors = false;
  before.git_revision = options.changes_since_revision;
  after.load = options.load;
  const DiffResult result = diff_plans(before, after, input.locale);
  if (!result.compared || result.exit_code != ExitCode::ok) {
    for (const Diagnostic& d : result.diagnostics) diags.add(d);
    if (result.exit_code != ExitCode::plan_errors) fail(result.exit_code);
    if (!has_errors())
      diags.report(code("diff/not-compared"), Location{before.load.plan.string()},
                   "cannot compare with the earlier version");
    return;
  }
  const PlanDiff& diff = result.diff;
  input.changed.insert(diff.changed_ids.begin(), diff.changed_ids.end());

  const Locale& locale = input.locale;
  Heading heading;
  heading.level = 1;
  heading.title = diff.old_version.empty() ? locale.text("changes.title-previous")
                                           : locale.text("changes.title", {{"version", diff.old_version}});
  heading.id = fresh_anchor();
  numberer_.number(heading, /*appendix=*/true);
  input.body.push_back(std::move(heading));

  const std::size_t n = diff.changes.size();
  std::string intro = locale.text("changes.compared", {{"count", n}, {"file", diff.old_label}});
  if (n > 0) intro += " " + locale.text("changes.marks");
  input.body.push_back(Paragraph{plain(intro)});

  // One table per section, in the plan's order.
  std::set<std::string> present;
  plan->ids.for_each([&](std::string_view id, const Node*) { present.insert(std::string(id)); });
  std::size_t i = 0;
  while (i < n) {
    const std::string& section = diff.changes[i].section;
    std::vector<const PlanChange*> group;
    for (; i < n && diff.changes[i].section == section; ++i) group.push_back(&diff.changes[i]);
    Heading sub;
    sub.level = 2;
    sub.in_toc = false;  // the contents list the appendix, not each of its tables
    sub.title = section.empty()                        ? locale.text("changes.plan")
                : group.front()->section_title.empty() ? section
                                                       : group.front()->section_title;
    sub.id = fresh_anchor();
    numberer_.number(sub, true);
    input.body.push_back(std::move(sub));
    input.body.push_back(changes_table(group, present, locale));
  }
}

}  // namespace planforge::detail
