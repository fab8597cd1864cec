#include "risk.hpp"

#include <planforge/charts.hpp>

#include <algorithm>

namespace risk_register {

namespace {

const char* const kLikelihood[] = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
const char* const kImpact[] = {"Minor", "Moderate", "Significant", "Major", "Severe"};

planforge::Color score_color(int score, const planforge::Palette& p) {
  if (score >= 15) return p.bad;
  if (score >= 8) return p.warning;
  return p.good;
}

planforge::Table risk_table(std::vector<Risk> risks, const planforge::Palette& palette) {
  std::stable_sort(risks.begin(), risks.end(),
                   [](const Risk& a, const Risk& b) { return a.score() > b.score(); });
  planforge::Table table;
  table.caption = "Risks ranked by score (likelihood × impact)";
  table.columns = {{}, {}, {planforge::Align::center}, {planforge::Align::center},
                   {planforge::Align::center}, {}, {}};
  planforge::TableRow head{.header = true};
  for (const char* h : {"Risk", "Category", "Likelihood", "Impact", "Score", "Owner", "Mitigation"})
    head.cells.push_back({planforge::plain(h)});
  table.rows.push_back(head);
  for (const auto& r : risks) {
    planforge::TableRow row;
    row.anchor = r.id;
    row.cells = {{planforge::bold(r.title)},
                 {planforge::plain(r.category)},
                 {planforge::plain(kLikelihood[r.likelihood - 1]), planforge::Align::center},
                 {planforge::plain(kImpact[r.impact - 1]), planforge::Align::center},
                 {planforge::plain(std::to_string(r.score())), planforge::Align::center,
                  std::nullopt, score_color(r.score(), palette)},
                 {planforge::plain(r.owner)},
                 {r.mitigation}};
    table.rows.push_back(std::move(row));
  }
  return table;
}

// Likelihood rows (highest first) × impact columns; each cell lists how many risks sit there.
planforge::MatrixData heatmap(const std::vector<Risk>& risks, const planforge::Palette& p) {
  planforge::MatrixData m;
  for (int l = 5; l >= 1; --l) m.rows.push_back(kLikelihood[l - 1]);
  for (int i = 1; i <= 5; ++i) m.columns.push_back(kImpact[i - 1]);
  for (int l = 5; l >= 1; --l) {
    std::vector<planforge::MatrixCell> row;
    for (int i = 1; i <= 5; ++i) {
      auto n = std::count_if(risks.begin(), risks.end(), [&](const Risk& r) {
        return r.likelihood == l && r.impact == i;
      });
      row.push_back({n ? std::to_string(n) : "", score_color(l * i, p).tint(n ? 0.35 : 0.8)});
    }
    m.cells.push_back(std::move(row));
  }
  m.legend = {{"Low (score 1–7)", p.good.tint(0.35)},
              {"Medium (8–14)", p.warning.tint(0.35)},
              {"High (15–25)", p.bad.tint(0.35)}};
  m.caption = "Risk heatmap: number of risks by likelihood and impact";
  return m;
}

}  // namespace

void render_section(planforge::Element section, planforge::SectionBuilder& out) {
  for (const auto& child : section.children())
    if (child.is_generic_block()) out.add_generic(child);
  auto risks = read_risks(section);
  if (risks.empty()) return;
  for (auto& figure : planforge::matrix_chart(heatmap(risks, out.palette()), out))
    out.add(std::move(figure));
  out.add(risk_table(risks, out.palette()));
}

}  // namespace risk_register
