#include "org_render.hpp"

#include <cmath>

namespace org {

using namespace planforge;

namespace {

Cell cell(RichText text, Align align = Align::left) {
  Cell c;
  c.text = std::move(text);
  c.align = align;
  return c;
}

Run muted(std::string text, const Palette& p) {
  Run r{std::move(text)};
  r.color = p.muted;
  return r;
}

TableRow header(std::initializer_list<const char*> titles) {
  TableRow row;
  row.header = true;
  for (const char* t : titles) row.cells.push_back(cell(plain(t)));
  return row;
}

}  // namespace

Table roles_table(const std::vector<Unit>& units, const SectionBuilder& out) {
  const Palette& pal = out.palette();
  Table t;
  t.caption = "Roles and responsibilities";
  t.columns = {{Align::left, 0.28}, {Align::right, 0.08}, {Align::left, 0.64}};
  t.rows.push_back(header({"Role", "Count", "Responsibilities"}));
  for (const Unit& u : units) {
    // A group row names the unit (the anchor of references to it), its lead, size and sourcing.
    TableRow group;
    group.emphasis = true;
    group.anchor = u.id;
    RichText text{Run{u.name, true}};
    std::string details;
    if (!u.lead.empty()) details += u.lead;
    if (auto p = u.people()) details += (details.empty() ? "" : " \u00b7 ") + std::to_string(*p) + (*p == 1 ? " person" : " people");
    if (u.sourcing != Sourcing::in_house) details += (details.empty() ? "" : " \u00b7 ") + sourcing_label(u.sourcing);
    if (!details.empty()) text.push_back(muted("  " + details, pal));
    Cell c = cell(text);
    c.colspan = 3;
    group.cells.push_back(c);
    t.rows.push_back(std::move(group));
    if (u.roles.empty()) {
      TableRow row;
      row.cells = {cell({muted("No roles listed", pal)}), cell({muted("\u2014", pal)}, Align::right), cell({})};
      t.rows.push_back(std::move(row));
    }
    for (const Role& r : u.roles) {
      TableRow row;
      row.cells.push_back(cell(plain(r.title)));
      row.cells.push_back(r.count ? cell(plain(std::to_string(*r.count)), Align::right)
                                  : cell({muted("\u2014", pal)}, Align::right));
      row.cells.push_back(r.responsibilities.empty() ? cell({muted("\u2014", pal)}) : cell(r.responsibilities));
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

Table sourcing_table(const std::vector<Unit>& units, const SectionBuilder& out, std::size_t& uncounted) {
  (void)out;
  long people[3] = {0, 0, 0};
  std::size_t count[3] = {0, 0, 0};
  uncounted = 0;
  for (const Unit& u : units) {
    int k = static_cast<int>(u.sourcing);
    ++count[k];
    if (auto p = u.people()) people[k] += *p;
    else ++uncounted;
  }
  const long total = people[0] + people[1] + people[2];
  Table t;
  t.caption = "Headcount by sourcing";
  t.columns = {{Align::left, 0.4}, {Align::right, 0.2}, {Align::right, 0.2}, {Align::right, 0.2}};
  t.striped = false;
  t.rows.push_back(header({"Sourcing", "Units", "Headcount", "Share"}));
  auto share = [&](long p) {
    return total > 0 ? std::to_string(std::lround(100.0 * p / total)) + " %" : std::string("\u2014");
  };
  for (Sourcing s : kSourcings) {
    int k = static_cast<int>(s);
    if (count[k] == 0) continue;
    TableRow row;
    row.cells = {cell(plain(sourcing_label(s))), cell(plain(std::to_string(count[k])), Align::right),
                 cell(plain(std::to_string(people[k])), Align::right), cell(plain(share(people[k])), Align::right)};
    t.rows.push_back(std::move(row));
  }
  TableRow sum;
  sum.emphasis = true;
  sum.cells = {cell(plain("Total")), cell(plain(std::to_string(units.size())), Align::right),
               cell(plain(std::to_string(total)), Align::right), cell(plain(total > 0 ? "100 %" : "\u2014"), Align::right)};
  t.rows.push_back(std::move(sum));
  return t;
}

}  // namespace org
