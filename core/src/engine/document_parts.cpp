#include "engine/document_parts.hpp"

#include "sdk/logging.hpp"

#include <planforge/version.hpp>

#include <charconv>

namespace planforge::detail {

namespace {

std::string display(const std::optional<Date>& date, const Locale& locale, TextLength length) {
  return date ? locale.date(*date, length) : std::string();
}

// The plan's status in its language ("Entwurf"); an unknown one as written.
std::string status_word(const std::string& status, const Locale& locale) {
  if (status != "draft" && status != "review" && status != "final") return status;
  return locale.text("status." + status);
}

}  // namespace

std::map<std::string, std::string> header_vars(const PlanData& plan, const Locale& locale) {
  std::map<std::string, std::string> vars(plan.vars.begin(), plan.vars.end());
  const Meta& m = plan.meta;
  // A running header shows the date and status as a reader says them, not as ISO or a code.
  if (m.date) vars["date"] = locale.date(*m.date);
  if (!m.status.empty()) vars["status"] = status_word(m.status, locale);
  // The loader already defines most built-ins; these fill any gap.
  const std::pair<const char*, std::string> builtins[] = {
      {"title", m.title},
      {"subtitle", m.subtitle},
      {"client", m.client},
      {"prepared-by", m.prepared_by},
      {"status", m.status},
      {"confidentiality", m.confidentiality},
      {"date", display(m.date, locale, TextLength::long_form)},
      {"version", plan.version}};
  for (const auto& [name, value] : builtins) vars.emplace(name, value);
  return vars;
}

std::string expand_vars(std::string_view text, const std::map<std::string, std::string>& vars) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t open = text.find("${", pos);
    const std::size_t close = open == std::string_view::npos ? open : text.find('}', open + 2);
    if (close == std::string_view::npos) break;
    out.append(text.substr(pos, open - pos));
    const std::string name(text.substr(open + 2, close - open - 2));
    if (auto it = vars.find(name); it != vars.end())
      out += it->second;
    else
      logger("engine")->warn("the theme's header or footer uses unknown variable ${{{}}}", name);
    pos = close + 1;
  }
  out.append(text.substr(std::min(pos, text.size())));
  return out;
}

long long creation_time(const PlanData& plan, const std::optional<std::string>& source_date_epoch) {
  if (source_date_epoch && !source_date_epoch->empty()) {
    long long value = 0;
    const char* first = source_date_epoch->data();
    const char* last = first + source_date_epoch->size();
    const auto [end, ec] = std::from_chars(first, last, value);
    // 253402300799 is 9999-12-31T23:59:59Z, the last moment a PDF date can express.
    if (ec == std::errc() && end == last && value >= 0 && value <= 253402300799LL) return value;
    logger("engine")->warn("SOURCE_DATE_EPOCH '{}' is not a valid timestamp; ignored", *source_date_epoch);
  }
  if (plan.meta.date) return plan.meta.date->first_day().days() * 86400LL;
  return 0;
}

DocumentInfo document_info(const PlanData& plan, long long created, const Locale& locale) {
  DocumentInfo info;
  info.title = plan.meta.title;
  info.author = plan.meta.prepared_by;
  info.subject = plan.meta.client;
  info.language = locale.tag();
  info.keywords = locale.text("info.keywords");
  if (!plan.meta.client.empty()) info.keywords += "; " + plan.meta.client;
  info.creator = std::string("planforge ") + PLANFORGE_VERSION_STRING;
  info.creation_time = created;
  return info;
}

CoverData cover_data(const PlanData& plan, const Locale& locale) {
  const Meta& m = plan.meta;
  CoverData cover;
  cover.title = m.title;
  cover.subtitle = m.subtitle;
  cover.client = m.client;
  cover.prepared_by = m.prepared_by;
  cover.date = display(m.date, locale, TextLength::long_form);
  cover.status = status_word(m.status, locale);
  cover.version = plan.version;
  cover.confidentiality = m.confidentiality;
  if (m.period_start && m.period_end)
    cover.period = locale.date_range(*m.period_start, *m.period_end);
  else if (m.period_start || m.period_end)
    cover.period = display(m.period_start ? m.period_start : m.period_end, locale, TextLength::long_form);
  return cover;
}

std::vector<RevisionRow> revision_rows(const PlanData& plan, const Locale& locale) {
  std::vector<RevisionRow> rows;
  for (const Revision& r : plan.meta.revisions)
    rows.push_back({r.version, display(r.date, locale, TextLength::medium), r.author, r.description});
  return rows;
}

void add_plan_parts(DocumentInput& input, const PlanData& plan, const Theme& theme,
                    const std::optional<std::string>& source_date_epoch) {
  const Locale& locale = input.locale;
  input.cover = cover_data(plan, locale);
  input.revisions = revision_rows(plan, locale);
  const auto vars = header_vars(plan, locale);
  for (std::size_t i = 0; i < 3; ++i) {
    input.header[i] = expand_vars(theme.header[i], vars);
    input.footer[i] = expand_vars(theme.footer[i], vars);
  }
  // The plan's own <watermark> decides; otherwise drafts say so, unless the theme says not.
  if (plan.meta.watermark)
    input.watermark = *plan.meta.watermark;
  else
    input.watermark =
        plan.meta.status == "draft" && theme.draft_watermark ? locale.text("watermark.draft") : "";
  input.info = document_info(plan, creation_time(plan, source_date_epoch), locale);
}

}  // namespace planforge::detail
