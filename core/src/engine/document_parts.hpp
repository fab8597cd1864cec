#pragma once
// The parts of the document that come from the plan's <meta> rather than from plugins: the
// cover, the revision history, the running header and footer text and the PDF's document
// information (whose date makes output reproducible).

#include "layout/document_input.hpp"
#include "plan/plan_data.hpp"
#include "theme/theme.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace planforge::detail {

// What ${name} stands for in the theme's header and footer: the plan's variables (after
// --set) and the meta fields (title, subtitle, client, version, status, confidentiality,
// date, prepared-by).
std::map<std::string, std::string> header_vars(const PlanData& plan, const Locale& locale = {});

// Replaces each ${name} with its value; an unknown name becomes empty (and is logged, since
// it is the theme's mistake, not the plan's). {page} and {pages} are left for layout.
std::string expand_vars(std::string_view text, const std::map<std::string, std::string>& vars);

// Seconds since the epoch for the document's dates: SOURCE_DATE_EPOCH when it is a valid
// non-negative integer, else the plan's date at 00:00 UTC, else 0 (never the clock).
long long creation_time(const PlanData& plan, const std::optional<std::string>& source_date_epoch);

// Dates, status words and keywords in the plan's language (`locale`).
DocumentInfo document_info(const PlanData& plan, long long created, const Locale& locale = {});
CoverData cover_data(const PlanData& plan, const Locale& locale = {});
std::vector<RevisionRow> revision_rows(const PlanData& plan, const Locale& locale = {});

// Fills cover, revisions, header, footer, watermark and info of `input`, in the language of
// `input.locale`.
void add_plan_parts(DocumentInput& input, const PlanData& plan, const Theme& theme,
                    const std::optional<std::string>& source_date_epoch);

}  // namespace planforge::detail
