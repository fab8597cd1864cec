#include "portfolio_render.hpp"

#include "portfolio_model.hpp"

#include <planforge/cells.hpp>
#include <planforge/charts.hpp>
#include <planforge/narrative.hpp>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

namespace portfolio {

using namespace planforge;

namespace {

std::string sentence_case(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// "Respond 4 h" alone reads as the headline; staged levels read as a sequence.
RichText service_levels(const Offering& o, const SectionBuilder& out) {
  const Palette& p = out.palette();
  RichText text;
  if (o.sla.empty()) {
    text.push_back(colored("\u2014", p.muted));
    return text;
  }
  for (const char* stage : stages) {
    auto it = o.sla.find(stage);
    if (it == o.sla.end()) continue;
    // One stage a line: a reader scans them like the steps of a ticket.
    if (!text.empty()) text.push_back(Run{"\n"});
    // Non-breaking spaces keep "Resolve 5 working days" on its line.
    std::string line;
    for (char c : out.text(std::string("stage.") + stage) + " " + it->second.display(&out))
      line += c == ' ' ? std::string("\u00a0") : std::string(1, c);
    text.push_back(Run{line});
  }
  return text;
}

RichText offering_text(const Offering& o, const SectionBuilder& out) {
  const PlanView& plan = out.plan();
  RichText text = bold(o.name);
  RichText desc = o.element.rich_text();
  if (!desc.empty()) {
    text.push_back(Run{" \u2014 "});
    text.insert(text.end(), desc.begin(), desc.end());
  }
  if (!o.segments.empty()) {
    std::vector<std::string> names;
    for (const std::string& id : o.segments) {
      Element s = plan.find(id);
      names.push_back(s ? plan.display_name(s) : id);
    }
    text.push_back(
        colored(" " + out.text("offering.for", {{"segments", join(names, ", ")}}), out.palette().muted));
  }
  return text;
}

// The section's prices formatted as one column (the same decimals throughout) in the plan's
// currency (the plan variable `currency`, an ISO 4217 code; USD when absent) and language.
std::map<const Offering*, std::string> section_prices(const std::vector<Tier>& tiers,
                                                      const SectionBuilder& out) {
  std::vector<const Offering*> priced;
  std::vector<double> amounts;
  for (const Tier& t : tiers)
    for (const Offering& o : t.offerings)
      if (o.price && *o.price != 0) {
        priced.push_back(&o);
        amounts.push_back(*o.price);
      }
  const std::string currency = out.plan().var("currency").value_or("USD");
  const auto shown = out.locale().money_column(amounts, currency);
  std::map<const Offering*, std::string> prices;
  for (std::size_t i = 0; i < priced.size() && i < shown.size(); ++i) prices[priced[i]] = shown[i];
  return prices;
}

Table offerings_table(const std::vector<Tier>& tiers, const SectionBuilder& out) {
  const Palette& p = out.palette();
  const auto prices = section_prices(tiers, out);
  bool priced = false, any_tier = false;
  for (const Tier& t : tiers) {
    any_tier = any_tier || !t.id.empty();
    for (const Offering& o : t.offerings) priced = priced || !o.price_text.empty();
  }
  const int columns = priced ? 4 : 3;

  Table table;
  table.caption = out.text("offerings.caption");
  // Widths from the content: the layout gives every column at least its longest word.
  table.columns = {{Align::left}, {Align::left}, {Align::left}};
  if (priced) table.columns.push_back({Align::right});
  TableRow head = header_row({"header.offering", "header.channels", "header.service-levels"}, out);
  if (priced) head.cells.push_back(cell(out.text("header.price"), Align::right));
  table.rows.push_back(std::move(head));

  for (const Tier& t : tiers) {
    // Group rows only when the portfolio is tiered; loose offerings between tiers get one.
    if (any_tier) {
      TableRow group;
      group.emphasis = true;
      group.anchor = t.id;
      RichText title = plain(t.id.empty() ? out.text("tier.other") : t.name);
      if (t.element)
        if (Element d = t.element.child("description")) {
          RichText desc = d.rich_text();
          if (!desc.empty()) {
            title.push_back(Run{" \u2014 "});
            for (Run r : desc) {
              r.color = p.muted;
              title.push_back(std::move(r));
            }
          }
        }
      Cell c = cell(std::move(title));
      c.colspan = columns;
      group.cells.push_back(std::move(c));
      table.rows.push_back(std::move(group));
    }
    for (const Offering& o : t.offerings) {
      TableRow row;
      row.anchor = o.id;
      row.cells.push_back(cell(offering_text(o, out)));
      row.cells.push_back(o.channels.empty() ? muted_cell("\u2014", p)
                                             : cell(plain(sentence_case(join(o.channels, ", ")))));
      row.cells.push_back(cell(service_levels(o, out)));
      if (priced) {
        RichText price;
        if (o.price_text.empty())
          price.push_back(colored("\u2014", p.muted));
        else if (!o.price)
          price.push_back(Run{o.price_text});  // "6 % a year": as written
        else if (*o.price == 0)
          price.push_back(Run{out.text("price.included")});
        else {
          price.push_back(Run{prices.at(&o)});
          if (!o.price_per.empty())
            price.push_back(colored("\n" + out.text("price.per", {{"unit", o.price_per}}), p.muted));
        }
        row.cells.push_back(cell(std::move(price), Align::right));
      }
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

// Needs (weak points first) against every offering of the plan, so a reader sees which
// offering closes which gap, and which gaps nothing closes yet.
void coverage(const std::vector<Need>& needs, SectionBuilder& out) {
  const Palette& p = out.palette();
  const auto offerings = plan_offerings(out.plan());
  if (needs.empty() || offerings.empty()) return;

  MatrixData m;
  for (const Element& o : offerings) m.columns.push_back(out.plan().display_name(o));
  std::vector<const Need*> uncovered;
  for (const Need& n : needs) {
    m.rows.push_back(n.name);
    std::vector<MatrixCell> row;
    bool any = false;
    for (const Element& o : offerings) {
      const auto ids = o.ids("addresses");
      const bool hit = std::find(ids.begin(), ids.end(), n.id) != ids.end();
      any = any || hit;
      MatrixCell c;
      if (hit) {
        c.text = "\u2022";
        c.fill = p.primary.tint(0.35);
      } else if (n.weak()) {
        c.fill = p.bad.tint(0.86);
      }
      row.push_back(std::move(c));
    }
    // A weak point an enabler or a phase addresses (a staff need, say) is covered too.
    if (n.weak() && !any && out.plan().referring("addresses", n.id).empty()) uncovered.push_back(&n);
    m.cells.push_back(std::move(row));
  }
  m.legend = {
      {out.text("legend.addresses"), p.primary.tint(0.35)},
      {out.text("legend.weak", {{"gap", out.locale().number_auto(weak_point_gap)}}), p.bad.tint(0.86)}};
  m.caption = out.text("coverage.caption");
  for (Figure& f : matrix_chart(m, out)) out.add(std::move(f));

  if (uncovered.empty()) return;
  Callout c;
  c.kind = CalloutKind::warning;
  c.title = out.text("uncovered.title");
  std::vector<Run> refs;
  for (const Need* n : uncovered) {
    Run r;
    r.ref = n->id;  // the need's name and the page it is rated on
    refs.push_back(std::move(r));
  }
  const std::vector<std::string> slots(refs.size(), std::string(inline_slot));
  c.paragraphs.push_back(splice(
      out.text("uncovered.text", {{"count", refs.size()}, {"needs", out.locale().list(slots)}}), refs));
  out.add(std::move(c));
}

}  // namespace

void render_section(Element section, SectionBuilder& out) {
  // Narrative before the first tier or offering introduces the portfolio; the rest follows.
  with_narrative(section, out, [&] {
    const auto tiers = read_tiers(section);
    if (!tiers.empty()) out.add(offerings_table(tiers, out));
    // The matrix covers the whole plan's offerings: drawn once, by the first portfolio section.
    const auto portfolios = out.plan().sections("portfolio");
    if (!portfolios.empty() && portfolios.front() == section) coverage(plan_needs(out.plan()), out);
  });
}

}  // namespace portfolio
