#include "engine/document_parts.hpp"
#include "test_files.hpp"

#include <doctest/doctest.h>

using namespace planforge;
using namespace planforge::detail;

namespace {
// PlanData is neither copied nor moved (nodes point into it): one on the heap per test.
std::unique_ptr<PlanData> sample_plan() {
  auto owned = std::make_unique<PlanData>();
  PlanData& plan = *owned;
  plan.version = "1.3.0";
  plan.meta.title = "Customer Service Plan";
  plan.meta.client = "Acme";
  plan.meta.prepared_by = "Northwind Advisory";
  plan.meta.status = "draft";
  plan.meta.confidentiality = "Confidential";
  plan.meta.date = Date::parse("2026-11-15");
  plan.meta.period_start = Date::parse("2027-01");
  plan.meta.period_end = Date::parse("2029-12");
  plan.vars["horizon"] = "2027–2029";
  return owned;
}
}  // namespace

TEST_CASE("expand_vars replaces known names and drops unknown ones") {
  const std::map<std::string, std::string> vars{{"client", "Acme"}, {"title", "Plan"}};
  CHECK(expand_vars("${client} — ${title}", vars) == "Acme — Plan");
  CHECK(expand_vars("Page {page} of {pages}", vars) == "Page {page} of {pages}");
  CHECK(expand_vars("x${nope}y", vars) == "xy");
  CHECK(expand_vars("unterminated ${client", vars) == "unterminated ${client");
  CHECK(expand_vars("", vars) == "");
}

TEST_CASE("header variables: meta fields and the plan's vars") {
  const auto vars = header_vars(*sample_plan());
  CHECK(planforge::test::mismatches(vars, {{"client", "Acme"},
                                           {"prepared-by", "Northwind Advisory"},
                                           {"confidentiality", "Confidential"},
                                           {"version", "1.3.0"},
                                           {"horizon", "2027–2029"}}) == "");
  CHECK_FALSE(vars.at("date").empty());
}

TEST_CASE("creation time: SOURCE_DATE_EPOCH, else the plan's date, else 0") {
  auto owned = sample_plan();
  PlanData& plan = *owned;
  CHECK(creation_time(plan, std::string("1767225600")) == 1767225600);
  CHECK(creation_time(plan, std::nullopt) == 1794700800);  // 2026-11-15T00:00:00Z
  CHECK(creation_time(plan, std::string("yesterday")) == 1794700800);
  CHECK(creation_time(plan, std::string("-5")) == 1794700800);
  CHECK(creation_time(plan, std::string("99999999999999999999")) == 1794700800);
  CHECK(creation_time(plan, std::string("")) == 1794700800);
  plan.meta.date.reset();
  CHECK(creation_time(plan, std::nullopt) == 0);
}

TEST_CASE("plan parts: cover, info, header, footer and the draft watermark") {
  Theme theme;
  theme.header = {"${client}", "", "${title}"};
  theme.footer = {"${confidentiality}", "v${version}", "Page {page} of {pages}"};
  DocumentInput input;
  add_plan_parts(input, *sample_plan(), theme, std::nullopt);
  CHECK(input.header[0] == "Acme");
  CHECK(input.header[2] == "Customer Service Plan");
  CHECK(input.footer[1] == "v1.3.0");
  CHECK(input.footer[2] == "Page {page} of {pages}");
  CHECK(input.watermark == "DRAFT");
  CHECK(input.cover.client == "Acme");
  CHECK(input.cover.version == "1.3.0");
  // ICU's English range: thin spaces around the en dash.
  CHECK(input.cover.period.find("\u2009\u2013\u2009") != std::string::npos);
  CHECK(input.info.title == "Customer Service Plan");
  CHECK(input.info.author == "Northwind Advisory");
  CHECK(input.info.subject == "Acme");
  CHECK(input.info.creator.starts_with("planforge "));
  CHECK(input.info.creation_time == 1794700800);

  auto final_plan = sample_plan();
  final_plan->meta.status = "final";
  DocumentInput final_input;
  add_plan_parts(final_input, *final_plan, theme, std::nullopt);
  CHECK(final_input.watermark.empty());
}
