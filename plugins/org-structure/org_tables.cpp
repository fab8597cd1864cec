#include "org_render.hpp"

#include <planforge/cells.hpp>

#include <cmath>

namespace org {

using namespace planforge;

namespace {}  // namespace

std::string sourcing_label(Sourcing s, const SectionBuilder& out) {
  return out.text("sourcing." + std::string(sourcing_key(s)));
}

Table roles_table(const std::vector<Unit>& units, const SectionBuilder& out) {
  const Palette& pal = out.palette();
  Table t = catalogue_table("roles.caption", {{Align::left, 0.28}, {Align::right, 0.08}, {Align::left, 0.64}},
                            {"header.role", "header.count", "header.responsibilities"}, out);
  for (const Unit& u : units) {
    // A group row names the unit (the anchor of references to it), its lead, size and sourcing.
    TableRow group;
    group.emphasis = true;
    group.anchor = u.id;
    RichText text{Run{u.name, true}};
    std::string details;
    if (!u.lead.empty()) details += u.lead;
    if (auto p = u.people())
      details += (details.empty() ? "" : " \u00b7 ") + out.text("people", {{"count", *p}});
    if (u.sourcing != Sourcing::in_house)
      details += (details.empty() ? "" : " \u00b7 ") + sourcing_label(u.sourcing, out);
    if (!details.empty()) text.push_back(muted("  " + details, pal));
    Cell c = cell(text);
    c.colspan = 3;
    group.cells.push_back(c);
    t.rows.push_back(std::move(group));
    if (u.roles.empty()) {
      TableRow row;
      row.cells = {cell({muted(out.text("roles.none"), pal)}), muted_cell("\u2014", pal, Align::right),
                   Cell{}};
      t.rows.push_back(std::move(row));
    }
    for (const Role& r : u.roles) {
      TableRow row;
      row.cells.push_back(cell(plain(r.title)));
      row.cells.push_back(r.count
                              ? cell(plain(out.locale().number(static_cast<double>(*r.count))), Align::right)
                              : muted_cell("\u2014", pal, Align::right));
      row.cells.push_back(r.responsibilities.empty() ? muted_cell("\u2014", pal) : cell(r.responsibilities));
      t.rows.push_back(std::move(row));
    }
  }
  return t;
}

Table sourcing_table(const std::vector<Unit>& units, const SectionBuilder& out, std::size_t& uncounted) {
  const Locale& l = out.locale();
  auto whole = [&](auto n) { return l.number(static_cast<double>(n)); };
  long people[3] = {0, 0, 0};
  std::size_t count[3] = {0, 0, 0};
  uncounted = 0;
  for (const Unit& u : units) {
    int k = static_cast<int>(u.sourcing);
    ++count[k];
    if (auto p = u.people())
      people[k] += *p;
    else
      ++uncounted;
  }
  const long total = people[0] + people[1] + people[2];
  Table t = catalogue_table(
      "sourcing.caption", {{Align::left, 0.4}, {Align::right, 0.2}, {Align::right, 0.2}, {Align::right, 0.2}},
      {"header.sourcing", "header.units", "header.headcount", "header.share"}, out);
  t.striped = false;
  auto share = [&](long p) {
    return total > 0 ? l.percent(std::round(100.0 * p / total)) : std::string("\u2014");
  };
  for (Sourcing s : kSourcings) {
    int k = static_cast<int>(s);
    if (count[k] == 0) continue;
    TableRow row;
    row.cells = {cell(plain(sourcing_label(s, out))), cell(plain(whole(count[k])), Align::right),
                 cell(plain(whole(people[k])), Align::right), cell(plain(share(people[k])), Align::right)};
    t.rows.push_back(std::move(row));
  }
  TableRow sum;
  sum.emphasis = true;
  sum.cells = {cell(plain(out.text("total"))), cell(plain(whole(units.size())), Align::right),
               cell(plain(whole(total)), Align::right),
               cell(plain(total > 0 ? l.percent(100) : "\u2014"), Align::right)};
  t.rows.push_back(std::move(sum));
  return t;
}

}  // namespace org
