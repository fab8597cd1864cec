#include "sample_data.hpp"

#include <string>

namespace chart_test {

using namespace planforge;

ScatterChartData needs_scatter(const Palette& p) {
  ScatterChartData d;
  d.x_label = "Importance to customers";
  d.y_label = "Current capability";
  d.x_min = 1, d.x_max = 5, d.y_min = 1, d.y_max = 5;
  d.diagonal = true;
  d.shade_below_diagonal_by = 2;
  const char* names[] = {"24/7 hotline",
                         "On-site repair within 8 hours",
                         "Spare parts availability",
                         "Remote diagnostics",
                         "Training for operators",
                         "Installation support",
                         "Single point of contact",
                         "Self-service portal",
                         "Depot repair turnaround",
                         "Proactive maintenance",
                         "Customisation engineering",
                         "Account reviews"};
  double xs[] = {5, 5, 5, 4, 3, 4, 5, 3, 4, 4, 2, 3};
  double ys[] = {2, 2, 3, 2, 3, 4, 1, 1, 2, 2, 4, 3};
  for (int i = 0; i < 12; ++i) {
    ScatterPoint pt{names[i], xs[i], ys[i], std::nullopt};
    if (xs[i] - ys[i] >= 2) pt.color = p.bad;
    d.points.push_back(pt);
  }
  d.caption = "Importance against capability";
  return d;
}

ScatterChartData ferry_scatter(const Palette& p) {
  ScatterChartData d = needs_scatter(p);
  d.points.clear();
  struct Need {
    const char* name;
    double importance, capability;
  };
  // Ranked by gap, as the customer-needs section gives them.
  const Need needs[] = {{"Early warning", 5, 1},
                        {"Easy rebooking", 4.8, 1.3},
                        {"Staff status view", 5, 1.8},
                        {"Freight arrival times", 4.7, 1.6},
                        {"Staff authority", 4.6, 1.9},
                        {"One contact", 4.6, 2.2},
                        {"Digital passes", 4.2, 2},
                        {"Assistance booked once", 4.5, 2.4},
                        {"Fast refunds", 3.8, 1.8},
                        {"Mobile booking", 4.4, 2.6},
                        {"Short queues", 4, 3},
                        {"Lost property", 2.5, 2.4},
                        {"One information source", 3.5, 3.5},
                        {"Visitor languages", 3, 4},
                        {"Onboard comfort", 2.2, 3.4}};
  int rank = 1;
  for (const Need& n : needs)
    d.points.push_back({n.name, n.importance, n.capability,
                        n.importance - n.capability >= 2 ? p.bad : p.primary, std::to_string(rank++)});
  return d;
}

GanttData ferry_gantt(const Palette& p) {
  GanttData d;
  auto month = [](int y, unsigned m) { return Date{y, 0, m, 0}; };
  auto day = [](int y, unsigned m, unsigned dd) { return Date{y, 0, m, dd}; };
  d.tasks = {
      {"mob",
       "Mobilise: division, leadership and baseline",
       "Director of Customer Experience",
       month(2027, 1),
       month(2027, 3),
       {},
       {{day(2027, 1, 18), "Director in post"},
        {day(2027, 1, 25), "Steering committee constituted"},
        {day(2027, 3, 26), "Baseline scorecard signed off"}},
       std::nullopt},
      {"alerts",
       "Sailing alerts and disruption desk",
       "Head of Disruption Control",
       month(2027, 4),
       month(2027, 9),
       {"mob"},
       {{day(2027, 5, 3), "Text alerts live on the island routes"},
        {day(2027, 5, 10), "Disruption desk staffed with the user panel's script"},
        {day(2027, 9, 20), "Rebooking offers live"}},
       std::nullopt},
      {"platform",
       "Booking and contact platform",
       "Head of IT",
       month(2027, 4),
       month(2028, 3),
       {"mob"},
       {{day(2027, 4, 30), "Platform contract signed"},
        {day(2027, 10, 4), "Contact centre live on the new platform"},
        {day(2028, 2, 15), "App rebooking for all routes"}},
       std::nullopt},
      {"academy",
       "Service academy",
       "Service Academy Lead",
       month(2027, 4),
       month(2027, 12),
       {"mob"},
       {{day(2027, 6, 11), "First cohort certified"},
        {day(2027, 12, 10), "All customer-facing staff trained"}},
       std::nullopt},
      {"contact",
       "Contact centre redesign",
       "Contact Centre Manager",
       month(2027, 6),
       month(2028, 3),
       {},
       {{day(2027, 10, 18), "Agents authorised to rebook and refund"},
        {day(2027, 11, 1), "Night and storm cover contract live"}},
       std::nullopt,
       {{"platform", DependencyKind::start_to_start}, {"academy", DependencyKind::finish_to_finish}}},
      {"freight",
       "Freight slot desk",
       "Freight Desk Manager",
       month(2028, 1),
       month(2028, 6),
       {"alerts"},
       {{day(2028, 3, 1), "Slot booking by EDI"}},
       std::nullopt},
      {"ports",
       "Ports: check-in, passes and assistance",
       "Head of Port Services",
       month(2028, 1),
       month(2028, 6),
       {"academy"},
       {{day(2028, 4, 15), "Digital resident pass launched"},
        {day(2028, 5, 30), "Summer hosts trained on the new check-in"}},
       std::nullopt},
      {"execute",
       "Execution and continuous improvement",
       "Director of Customer Experience",
       month(2028, 7),
       month(2028, 12),
       {"contact", "freight", "ports"},
       {{day(2028, 10, 15), "Customer and staff re-survey reported"},
        {day(2028, 12, 1), "Plan refreshed for 2029–2030"}},
       p.series_color(3)},
  };
  d.caption = "Rollout timeline";
  return d;
}

TreeData ferry_tree(const Palette& p) {
  TreeData d;
  auto unit = [&](const char* id, const char* parent, const char* name, const char* lead, int people,
                  BorderStyle style = BorderStyle::solid) {
    TreeNode n{id,           parent,       name, {lead, std::to_string(people) + " people"},
               std::nullopt, std::nullopt, style};
    if (style == BorderStyle::dashed) n.fill = Color{255, 255, 255}, n.border = p.accent;
    d.nodes.push_back(n);
  };
  unit("cx", "", "Customer Experience Division", "Director of Customer Experience", 3);
  unit("contact", "cx", "Contact Centre", "Contact Centre Manager, Bodø", 34);
  unit("digital", "contact", "Digital Channels", "Digital Channels Lead", 8);
  unit("night", "contact", "Night and Storm Cover", "Partner account manager, Nordkyst Kontakt", 6,
       BorderStyle::dashed);
  unit("disruption", "cx", "Disruption Control Desk", "Head of Disruption Control", 7);
  unit("freight", "cx", "Freight Customer Desk", "Freight Desk Manager", 6);
  unit("ports", "cx", "Port Services", "Head of Port Services", 4);
  unit("north", "ports", "Northern Ports", "Port Manager, Svolvær", 26);
  unit("south", "ports", "Southern Ports", "Port Manager, Bodø", 22);
  unit("summer", "ports", "Summer Check-in Hosts", "Staffing partner, managed by Port Services", 40,
       BorderStyle::dashed);
  unit("onboard", "cx", "Onboard Hospitality", "Catering partner, Havmat AS", 55, BorderStyle::double_line);
  unit("access", "cx", "Accessibility Assistance", "Accessibility Lead", 5);
  unit("refunds", "cx", "Refunds and Compensation", "Claims Manager", 4);
  unit("insight", "cx", "Customer Insight and Quality", "Quality Lead", 3);
  unit("academy", "cx", "Service Academy", "Service Academy Lead", 3);
  d.caption = "Organisation chart";
  return d;
}

GanttData rollout_gantt(int tasks, int months, const Palette& p) {
  GanttData d;
  const char* owners[] = {"Head of Service", "Help desk lead", "Field service manager", "IT",
                          "HR and training"};
  const char* verbs[] = {"Select", "Pilot", "Roll out", "Train", "Migrate", "Stabilise", "Review"};
  const char* things[] = {"call handling system", "help desk",       "field service regions", "depot repair",
                          "self-service portal",  "partner network", "KPI reporting"};
  for (int i = 0; i < tasks; ++i) {
    GanttTask t;
    t.id = "p" + std::to_string(i);
    t.label = std::string(verbs[i % 7]) + " " + things[(i * 3) % 7] +
              (i % 5 == 4 ? " across all sites and partner channels" : "");
    t.owner = owners[i % 5];
    int start = tasks > 1 ? (months - 4) * i / (tasks - 1) : 0;
    int len = 2 + (i * 7) % 9;
    int end = std::min(months - 1, start + len);
    t.start = Date{2027 + start / 12, 0, static_cast<unsigned>(start % 12 + 1), 0};
    t.end = Date{2027 + end / 12, 0, static_cast<unsigned>(end % 12 + 1), 0};
    if (i > 0 && i % 3 != 0) t.depends_on.push_back("p" + std::to_string(i - 1));
    if (i > 3 && i % 4 == 0) t.depends_on.push_back("p" + std::to_string(i - 3));
    if (i % 2 == 0) t.milestones.push_back({t.end, "Go-live " + std::string(things[(i * 3) % 7])});
    if (i % 3 == 0) t.milestones.push_back({Date{t.start.year, 0, t.start.month, 15}, "Kick-off"});
    if (i % 6 == 1)
      t.milestones.push_back({Date{t.start.year, 0, t.start.month, 20}, "Vendor shortlist agreed"});
    if (i % 4 == 3) t.color = p.series_color(1);
    d.tasks.push_back(t);
  }
  d.legend = {{"Implementation", p.series_color(0), LegendShape::box},
              {"Execution", p.series_color(1), LegendShape::box}};
  d.caption = "Rollout plan";
  return d;
}

TreeData org_tree(int units, const Palette& p) {
  TreeData d;
  const char* functions[] = {"Help Desk", "Field Service",      "Depot Repair",       "Service Sales",
                             "Training",  "Service Operations", "Partner Management", "Quality and KPIs"};
  d.nodes.push_back({"u0",
                     "",
                     "Head of Customer Service and Support",
                     {"J. Ortiz", "4 staff"},
                     std::nullopt,
                     std::nullopt,
                     BorderStyle::solid});
  int directors = std::min(units - 1, 6);
  for (int i = 1; i <= directors; ++i)
    d.nodes.push_back({"u" + std::to_string(i),
                       "u0",
                       functions[i - 1],
                       {"Director", std::to_string(3 + i) + " staff"},
                       std::nullopt,
                       std::nullopt,
                       BorderStyle::solid});
  for (int i = directors + 1; i < units; ++i) {
    // Second and third levels: teams under directors, then groups under the first teams.
    std::string parent = i < directors + 1 + 3 * directors
                             ? "u" + std::to_string(1 + (i - directors - 1) % directors)
                             : "u" + std::to_string(directors + 1 + (i % (3 * directors)));
    TreeNode n{"u" + std::to_string(i),
               parent,
               std::string(functions[i % 8]) + " team " + std::to_string(i),
               {"Team lead", std::to_string(2 + i % 9) + " staff"},
               std::nullopt,
               std::nullopt,
               BorderStyle::solid};
    if (i % 5 == 0) n.border_style = BorderStyle::dashed, n.fill = Color{255, 255, 255}, n.border = p.accent;
    if (i % 7 == 0) n.border_style = BorderStyle::double_line, n.border = p.series_color(1);
    d.nodes.push_back(n);
  }
  d.legend = {{"In-house", p.primary, LegendShape::outlined_box},
              {"Outsourced", p.accent, LegendShape::dashed_box},
              {"Partner", p.series_color(1), LegendShape::double_box}};
  d.caption = "Service organisation";
  return d;
}

MatrixData coverage_matrix(int rows, int columns, const Palette& p) {
  MatrixData d;
  for (int r = 0; r < rows; ++r)
    d.rows.push_back("Offering " + std::to_string(r + 1) +
                     (r % 3 == 0 ? " with premium on-site response" : ""));
  for (int c = 0; c < columns; ++c)
    d.columns.push_back(c % 2 ? "Need " + std::to_string(c + 1)
                              : "Rapid resolution of incidents " + std::to_string(c + 1));
  for (int r = 0; r < rows; ++r) {
    std::vector<MatrixCell> row;
    for (int c = 0; c < columns; ++c)
      row.push_back((r + c) % 3 == 0 ? MatrixCell{"\xE2\x97\x8F", p.primary.tint(0.75)} : MatrixCell{});
    d.cells.push_back(row);
  }
  d.legend = {{"Offering addresses the need", p.primary.tint(0.75), LegendShape::box}};
  d.caption = "Coverage";
  return d;
}

}  // namespace chart_test
