#include "risk.hpp"

#include <planforge/charts.hpp>

#include <algorithm>

namespace risk_register {

namespace {

// Every word comes from the plugin's catalogue in the plan's language (messages/<tag>.messages,
// shipped beside the library by planforge_add_plugin(... MESSAGES messages)).
std::string likelihood(int level, const planforge::SectionBuilder& out) {
  return out.text("likelihood." + std::to_string(level));
}
std::string impact(int level, const planforge::SectionBuilder& out) {
  return out.text("impact." + std::to_string(level));
}

planforge::Color score_color(int score, const planforge::Palette& p) {
  if (score >= 15) return p.bad;
  if (score >= 8) return p.warning;
  return p.good;
}

planforge::Table risk_table(std::vector<Risk> risks, const planforge::SectionBuilder& out) {
  const planforge::Palette& palette = out.palette();
  std::stable_sort(risks.begin(), risks.end(),
                   [](const Risk& a, const Risk& b) { return a.score() > b.score(); });
  planforge::Table table;
  table.caption = out.text("table.caption");
  table.columns = {{}, {}, {planforge::Align::center}, {planforge::Align::center}, {planforge::Align::center},
                   {}, {}};
  planforge::TableRow head{.header = true};
  for (const char* h : {"header.risk", "header.category", "header.likelihood", "header.impact",
                        "header.score", "header.owner", "header.mitigation"})
    head.cells.push_back({planforge::plain(out.text(h))});
  table.rows.push_back(head);
  for (const auto& r : risks) {
    planforge::TableRow row;
    row.anchor = r.id;
    row.cells = {{planforge::bold(r.title)},
                 {planforge::plain(r.category)},
                 {planforge::plain(likelihood(r.likelihood, out)), planforge::Align::center},
                 {planforge::plain(impact(r.impact, out)), planforge::Align::center},
                 {planforge::plain(out.locale().number(r.score())), planforge::Align::center, std::nullopt,
                  score_color(r.score(), palette)},
                 {planforge::plain(r.owner)},
                 {r.mitigation}};
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Likelihood rows (highest first) × impact columns; each cell lists how many risks sit there.
planforge::MatrixData heatmap(const std::vector<Risk>& risks, const planforge::SectionBuilder& out) {
  const planforge::Palette& p = out.palette();
  planforge::MatrixData m;
  for (int l = 5; l >= 1; --l) m.rows.push_back(likelihood(l, out));
  for (int i = 1; i <= 5; ++i) m.columns.push_back(impact(i, out));
  for (int l = 5; l >= 1; --l) {
    std::vector<planforge::MatrixCell> row;
    for (int i = 1; i <= 5; ++i) {
      auto n = std::count_if(risks.begin(), risks.end(),
                             [&](const Risk& r) { return r.likelihood == l && r.impact == i; });
      row.push_back(
          {n ? out.locale().number(static_cast<double>(n)) : "", score_color(l * i, p).tint(n ? 0.35 : 0.8)});
    }
    m.cells.push_back(std::move(row));
  }
  m.legend = {{out.text("legend.low"), p.good.tint(0.35)},
              {out.text("legend.medium"), p.warning.tint(0.35)},
              {out.text("legend.high"), p.bad.tint(0.35)}};
  m.caption = out.text("heatmap.caption", {{"count", risks.size()}});
  return m;
}

}  // namespace

void render_section(planforge::Element section, planforge::SectionBuilder& out) {
  for (const auto& child : section.children())
    if (child.is_generic_block()) out.add_generic(child);
  auto risks = read_risks(section);
  if (risks.empty()) return;
  for (auto& figure : planforge::matrix_chart(heatmap(risks, out), out)) out.add(std::move(figure));
  out.add(risk_table(risks, out));
}

}  // namespace risk_register
