#!/usr/bin/env python3
"""Generates planforge plans of a chosen size for the benchmark (deterministic).

    gen_plan.py text N OUT.xml   mission + N text sections of paragraphs, lists and tables
                                 (N = 10 gives about 100 pages)
    gen_plan.py full N OUT.xml   every section type: 6N org units, 15N KPIs, 4N phases (at
                                 most 40), 3N needs (at most 60), 4N offerings (N = 10: the 60/150/40
                                 plan), a revision history, and text sections of small and
                                 large tables, lists and notes (the page-quality test's plan)
    gen_plan.py size S|M|L|XL OUT.xml   the benchmark sizes: `full` with N = 1, 17, 205, 1025
                                 (about 10, 100, 1,000 and 5,000 pages)
Stdlib only.
"""
import random
import sys
from xml.sax.saxutils import escape

SUBJECTS = ["The service desk", "Field service", "Each regional team", "The knowledge team",
            "Customer success", "Tier 2 engineering", "Service leadership", "The quality office"]
VERBS = ["will consolidate", "will measure", "will publish", "will automate", "will review",
         "will standardise", "will extend", "will simplify"]
OBJECTS = ["intake across phone, e-mail and the portal", "escalation paths for key accounts",
           "first contact resolution on every channel", "onboarding for new installations",
           "self-service articles for common faults", "service levels in every contract",
           "feedback from support into product engineering", "staffing for the year-end peak"]
PURPOSES = ["so that customers reach the right engineer sooner.",
            "to cut the effort a customer spends on routine requests.",
            "to lower the cost of each resolved case.",
            "while satisfaction stays above target.",
            "so that every commitment in this plan can be audited."]
PEOPLE = ["A. Okafor", "B. Lindqvist", "C. Moreau", "D. Tanaka", "E. Varga", "F. Costa",
          "G. Patel", "H. Novak", "I. Jensen", "J. Ortiz"]


# A needs matrix and a Gantt are one figure each: past these counts they do not fit a page
# (issue 12); the tables and the org chart grow with N, so the pages still do.
MAX_PHASES, MAX_NEEDS = 40, 60
SIZES = {"S": 1, "M": 17, "L": 205, "XL": 1025}   # full N for about 10, 100, 1,000 and 5,000 pages


def sentence(r):
    return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(PURPOSES)}"


def paragraph(r, n=4):
    return escape(" ".join(sentence(r) for _ in range(n)))


def header(title, out, revisions=0):
    out += ['<?xml version="1.0" encoding="UTF-8"?>',
            '<plan format="1" id="bench" version="1.0.0" template="default" lang="en">',
            f'  <meta><title>{escape(title)}</title><subtitle>2027–2029</subtitle>'
            '<client>Benchmark Industries</client><prepared-by>planforge bench</prepared-by>'
            '<date>2026-11-15</date><status>final</status>'
            '<confidentiality>Internal</confidentiality>'
            + "".join(f'<revision version="0.{v + 1}.0" date="2026-{v + 1:02d}-01" author="planforge bench">'
                      f'Draft {v + 1}</revision>' for v in range(revisions))
            + '</meta>']


def small_table(r, caption, rows):
    """A generic table of `rows` body rows: the sizes a consultant's plan is full of."""
    out = [f'    <table caption="{escape(caption)}"><row header="true"><cell>Item</cell><cell>Owner</cell>'
           '<cell>Due</cell><cell>Notes</cell></row>']
    for k in range(rows):
        out.append(f'      <row><cell>{escape(r.choice(OBJECTS))}</cell><cell>{r.choice(PEOPLE)}</cell>'
                   f'<cell>2027-Q{k % 4 + 1}</cell><cell>{escape(sentence(r))}</cell></row>')
    out.append('    </table>')
    return out


def text_sections(r, n, out):
    """Text sections of paragraphs, lists, notes and tables of 2 to 14 rows, some short
    enough to share a page (start="continue"), and a short glossary appendix."""
    for s in range(n):
        start = ' start="continue"' if s % 2 else ""
        out.append(f'  <section type="text" id="notes{s}" title="Operating notes {s + 1}"{start}>')
        out.append(f'    <p>{paragraph(r, 3)}</p>')
        for sub in range(3):
            out.append(f'    <subsection id="notes{s}-{sub}" title="Practice {s + 1}.{sub + 1}">')
            out.append(f'    <p>{paragraph(r, r.randint(1, 4))}</p>')
            out += small_table(r, f"Actions {s + 1}.{sub + 1}", r.choice([2, 3, 4, 5, 6, 8, 11, 14]))
            if sub == 1:
                out.append('    <list>' + "".join(f'<item>{escape(sentence(r))}</item>' for _ in range(4)) + '</list>')
                out.append(f'    <note title="Decision">{escape(sentence(r))}</note>')
            out.append('    </subsection>')
        out.append('  </section>')


def mission(r, goals, out):
    out.append('  <section type="mission" id="mission" title="Mission and Goals">')
    out.append(f'    <statement>{paragraph(r, 2)}</statement>')
    for g in range(goals):
        out.append(f'    <goal id="g{g}" title="Goal {g + 1}: {escape(r.choice(OBJECTS))}">')
        for o in range(2):
            out.append(f'      <objective id="g{g}o{o}" owner="{r.choice(PEOPLE)}" due="2028-0{o + 3}">'
                       f'{escape(sentence(r))}</objective>')
        out.append('    </goal>')
    out.append('  </section>')


def text_plan(n):
    r = random.Random(1000 + n)
    out = []
    header("Benchmark plan: text and tables", out)
    mission(r, 5, out)
    for s in range(n):
        out.append(f'  <section type="text" id="t{s}" title="Operations area {s + 1}">')
        for sub in range(3):
            out.append(f'    <subsection id="t{s}s{sub}" title="Practice {s + 1}.{sub + 1}">')
            for _ in range(4):
                out.append(f'      <p>{paragraph(r, 5)}</p>')
            out.append('      <list>' + "".join(f'<item>{escape(sentence(r))}</item>' for _ in range(4)) + '</list>')
            out.append(f'      <table caption="Workload {s + 1}.{sub + 1}"><row header="true"><cell>Activity</cell>'
                       '<cell>Owner</cell><cell>Volume</cell><cell>Notes</cell></row>')
            for k in range(12):
                out.append(f'        <row><cell>{escape(r.choice(OBJECTS))}</cell><cell>{r.choice(PEOPLE)}</cell>'
                           f'<cell>{r.randint(10, 9000)}</cell><cell>{escape(sentence(r))}</cell></row>')
            out.append('      </table>')
            out.append('    </subsection>')
        out.append('  </section>')
    out.append('</plan>')
    return "\n".join(out) + "\n"


def full_plan(n):
    r = random.Random(2000 + n)
    out = []
    header("Benchmark plan: every section type", out, revisions=3)
    goals = 5
    mission(r, goals, out)
    text_sections(r, max(1, n // 2), out)
    out.append('  <section type="context" id="context">')
    for kind in ["destination", "capabilities", "obligations", "environment"]:
        out.append(f'    <factor kind="{kind}">{paragraph(r, 2)}</factor>')
    out.append('  </section>')
    out.append('  <section type="customer-needs" id="needs">')
    for s in range(4):
        internal = ' internal="true"' if s == 3 else ""
        out.append(f'    <segment id="seg{s}" name="Segment {s + 1}"{internal}/>')
    needs = min(3 * n, MAX_NEEDS)
    for i in range(needs):
        out.append(f'    <need id="n{i}" name="Need {i + 1}: {escape(r.choice(OBJECTS))}" '
                   f'importance="{r.randint(2, 5)}" capability="{r.randint(1, 5)}" segments="seg{i % 4}">'
                   f'{escape(sentence(r))}</need>')
    out.append('  </section>')
    out.append('  <section type="portfolio" id="portfolio">')
    for t, tier in enumerate(["Essential", "Professional", "Enterprise", "Premier"]):
        out.append(f'    <tier id="tier{t}" name="{tier}">')
        for o in range(n):
            i = t * n + o
            out.append(f'      <offering id="off{i}" name="{tier} service {o + 1}" channel="phone, portal" '
                       f'sla="{r.choice([4, 8, 24])}h" price="{r.randint(500, 9000)}.00" addresses="n{i % needs}"/>')
        out.append('    </tier>')
    out.append('  </section>')
    out.append('  <section type="org-structure" id="org">')
    units = 6 * n
    for u in range(units):
        parent = "" if u == 0 else f' reports-to="u{(u - 1) // 4}"'
        sourcing = ["in-house", "in-house", "outsourced", "partner"][u % 4] if u else "in-house"
        out.append(f'    <unit id="u{u}" name="Unit {u + 1}" lead="{r.choice(PEOPLE)}" headcount="{r.randint(3, 60)}"'
                   f'{parent} sourcing="{sourcing}"><role title="Team lead" count="1">{escape(sentence(r))}</role></unit>')
    out.append('  </section>')
    out.append('  <section type="kpis" id="kpis">')
    for g in range(5):
        out.append(f'    <group name="Group {g + 1}">')
        for k in range(3 * n):
            i = g * 3 * n + k
            base = r.randint(40, 70)
            out.append(f'      <kpi id="k{i}" name="Indicator {i + 1}" unit="%" baseline="{base}" target="{base + 15}" '
                       f'direction="up" owner="{r.choice(PEOPLE)}" frequency="monthly" goal="g{i % goals}">'
                       f'<actual period="2027-Q1" value="{base + r.randint(-3, 10)}"/></kpi>')
        out.append('    </group>')
    out.append('  </section>')
    out.append('  <section type="rollout" id="rollout">')
    for p in range(min(4 * n, MAX_PHASES)):
        y, m = 2027 + (p * 8 // 12) // 12, 1 + (p * 8 // 12) % 12
        ey, em = y + (m + 3) // 12, (m + 3) % 12 + 1
        dep = f' depends-on="p{p - 1}"' if p else ""
        out.append(f'    <phase id="p{p}" name="Phase {p + 1}" start="{y}-{m:02d}" end="{ey}-{em:02d}" '
                   f'owner="{r.choice(PEOPLE)}"{dep} delivers="off{p % (4 * n)}">'
                   f'<milestone date="{ey}-{em:02d}" name="Phase {p + 1} complete"/></phase>')
    out.append('  </section>')
    out.append('  <section type="traceability" appendix="true"/>')
    out.append('  <section type="text" id="glossary" title="Glossary" appendix="true" start="continue">')
    out.append('    <table caption="Terms">' + "".join(
        f'<row><cell>{escape(o)}</cell><cell>{escape(sentence(r))}</cell></row>' for o in OBJECTS[:5]) + '</table>')
    out.append('  </section>')
    out.append('</plan>')
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) != 4 or argv[1] not in ("text", "full", "size"):
        sys.exit(__doc__)
    if argv[1] == "size":
        if argv[2] not in SIZES:
            sys.exit(f"size is one of {', '.join(SIZES)}")
        argv = [argv[0], "full", str(SIZES[argv[2]]), argv[3]]
    n = int(argv[2])
    with open(argv[3], "w", encoding="utf-8") as f:
        f.write(text_plan(n) if argv[1] == "text" else full_plan(n))


if __name__ == "__main__":
    main(sys.argv)
