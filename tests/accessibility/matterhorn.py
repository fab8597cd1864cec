#!/usr/bin/env python3
"""Checks planforge's tagged PDFs against the machine-checkable conditions of the
Matterhorn Protocol 1.1 (PDF/UA-1) that apply to what planforge writes, and against the
structure rules of docs/accessibility.md. Renders each plan given (or checks PDFs given
with --pdf) and prints one line per failed condition; exits 1 if any failed.

  matterhorn.py --planforge build/planforge --work /tmp/mh --must-render P  P Q ...

Plans that do not render (test plans whose expected diagnostics include errors) are
reported and skipped; --must-render names those that must."""

import argparse
import concurrent.futures
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from pdf_objects import MarkedContent, Pdf, text  # noqa: E402

# ISO 32000-1 14.8.4: the standard structure types (planforge needs no role map).
STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note
Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())
PARENTS = {"TR": {"Table", "THead", "TBody", "TFoot"}, "TH": {"TR"}, "TD": {"TR"},
           "THead": {"Table"}, "TBody": {"Table"}, "TFoot": {"Table"}, "LI": {"L"},
           "Lbl": {"LI"}, "LBody": {"LI"}, "TOCI": {"TOC"}}


class Checker:
    def __init__(self, path):
        self.path, self.failures = path, []
        self.pdf = Pdf(path)

    def fail(self, condition, message):
        self.failures.append("%s: %s: %s" % (self.path.name, condition, message))

    def run(self):
        self.document()
        self.content()
        self.tree()
        self.parent_tree()
        self.annotations()
        self.fonts()
        self.reading_order()
        return self.failures

    # ---- document level ---------------------------------------------------------------
    def document(self):
        cat = self.pdf.catalog
        info = subprocess.run(["pdfinfo", str(self.path)], capture_output=True, text=True).stdout
        if not re.search(r"^Tagged:\s+yes", info, re.M):
            self.fail("01-001", "pdfinfo does not say Tagged: yes")
        mark = self.pdf.get(cat.get("/MarkInfo")) or {}
        if mark.get("/Marked") is not True:
            self.fail("01-002", "no /MarkInfo <</Marked true>>")
        if mark.get("/Suspects") is True:
            self.fail("01-003", "/Suspects is true")
        if not text(cat.get("/Lang")).strip():
            self.fail("11-006", "no /Lang in the catalog")
        prefs = self.pdf.get(cat.get("/ViewerPreferences")) or {}
        if prefs.get("/DisplayDocTitle") is not True:
            self.fail("07-001", "ViewerPreferences lack DisplayDocTitle true")
        if not text(self.pdf.info.get("/Title")).strip():
            self.fail("07-002", "the document has no title")
        if "/StructTreeRoot" not in cat:
            self.fail("01-001", "no StructTreeRoot")

    # ---- content streams ----------------------------------------------------------------
    def content(self):
        self.page_refs = self.pdf.pages()
        self.marks = {}
        for n, ref in enumerate(self.page_refs, 1):
            page = self.pdf.get(ref)
            contents = page.get("/Contents")
            streams = self.pdf.get(contents) if isinstance(self.pdf.get(contents), list) else [contents]
            data = b"\n".join(self.pdf.stream_data(s) for s in streams if s)
            marks = MarkedContent(data)
            self.marks[ref] = marks
            for p in marks.problems:
                self.fail("01-005", "page %d: %s" % (n, p))
            if marks.unmarked:
                self.fail("01-005", "page %d: %d painting operators neither tagged nor artifact" % (n, marks.unmarked))
            if page.get("/Tabs") != "/S":
                self.fail("28-008", "page %d has no /Tabs /S" % n)

    # ---- the structure tree ---------------------------------------------------------------
    def tree(self):
        root_ref = self.pdf.catalog.get("/StructTreeRoot")
        root = self.pdf.get(root_ref) or {}
        self.elements = []        # (ref, dict) in document order
        self.content_of = {}      # (page ref, mcid) -> element ref
        self.objr = {}            # annotation ref -> element ref
        kids = root.get("/K")
        stack = [(k, root_ref) for k in reversed(kids if isinstance(kids, list) else [kids] if kids else [])]
        headings, seen = [], set()
        while stack:  # depth-first in reading order, without recursion
            ref, parent = stack.pop()
            if ref in seen:
                self.fail("01-001", "element %s reached twice" % ref)
                continue
            seen.add(ref)
            e = self.pdf.get(ref)
            s = e.get("/S", "")[1:]
            self.elements.append((ref, e))
            if e.get("/P") != parent:
                self.fail("01-001", "%s %s: /P is not its parent" % (s, ref))
            if s not in STANDARD:
                self.fail("02-004", "%s is not a standard structure type" % s)
            parent_type = (self.pdf.get(parent) or {}).get("/S", "")[1:]
            if s in PARENTS and parent_type not in PARENTS[s]:
                self.fail("09-004" if s in ("TR", "TH", "TD", "THead", "TBody") else
                          "09-005" if s in ("LI", "Lbl", "LBody") else "09-006",
                          "%s inside %s" % (s, parent_type or "the root"))
            if re.fullmatch(r"H[1-6]", s):
                headings.append(int(s[1]))
            if s == "Figure" and not text(e.get("/Alt")).strip():
                self.fail("13-004", "a Figure without /Alt (%s)" % ref)
            if s == "TH" and "/Scope" not in str(self.pdf.get(e.get("/A"))):
                self.fail("15-003", "a TH without /Scope (%s)" % ref)
            if s == "Table" and not self.has_descendant(e, "TH"):
                self.fail("15-005", "a Table without TH cells (%s)" % ref)
            if s == "THead" and len(self.pages_under(e)) > 1:
                self.fail("artifact", "a THead on several pages: a header row repeated on a continued page is in the tree")
            children = []
            k = e.get("/K")
            for kid in (k if isinstance(k, list) else [] if k is None else [k]):
                if isinstance(kid, int):
                    self.claim(e.get("/Pg"), kid, ref)
                    continue
                value = self.pdf.get(kid)
                if value.get("/Type") == "/MCR":
                    self.claim(value.get("/Pg", e.get("/Pg")), value["/MCID"], ref)
                elif value.get("/Type") == "/OBJR":
                    self.objr[value["/Obj"]] = ref
                else:
                    children.append(kid)
            stack.extend((c, ref) for c in reversed(children))
        if headings and headings[0] != 1:
            self.fail("14-002", "the first heading is H%d" % headings[0])
        for a, b in zip(headings, headings[1:]):
            if b > a + 1:
                self.fail("14-003", "H%d follows H%d" % (b, a))
        self.headings = headings
        for (page, mcid), _ in self.content_of.items():
            if page not in self.marks or mcid not in [m for m, _ in self.marks[page].mcids]:
                self.fail("01-001", "the tree claims MCID %d of a page that has none" % mcid)
        for page, marks in self.marks.items():
            for mcid, tag in marks.mcids:
                owner = self.content_of.get((page, mcid))
                if owner is None:
                    self.fail("01-005", "MCID %d of page %d is in no element" % (mcid, self.page_refs.index(page) + 1))
                elif self.pdf.get(owner).get("/S", "")[1:] != tag:
                    self.fail("01-001", "MCID %d is tagged %s in the content, %s in the tree"
                              % (mcid, tag, self.pdf.get(owner).get("/S")))

    def claim(self, page, mcid, ref):
        if (page, mcid) in self.content_of:
            self.fail("01-001", "MCID %d claimed twice" % mcid)
        self.content_of[(page, mcid)] = ref

    def pages_under(self, e):
        """The pages of the marked content under `e`."""
        pages, stack = set(), [e]
        while stack:
            node = stack.pop()
            if "/Pg" in node:
                pages.add(node["/Pg"])
            k = node.get("/K")
            for kid in (k if isinstance(k, list) else [] if k is None else [k]):
                v = self.pdf.get(kid)
                if isinstance(v, dict) and v.get("/Type") == "/MCR":
                    pages.add(v.get("/Pg", node.get("/Pg")))
                elif isinstance(v, dict) and v.get("/Type") != "/OBJR":
                    stack.append(v)
        return pages

    def has_descendant(self, e, s):
        stack = [e]
        while stack:
            node = stack.pop()
            k = node.get("/K")
            for kid in (k if isinstance(k, list) else [] if k is None else [k]):
                v = self.pdf.get(kid)
                if isinstance(v, dict) and v.get("/S") == "/" + s:
                    return True
                if isinstance(v, dict) and v.get("/Type") not in ("/MCR", "/OBJR"):
                    stack.append(v)
        return False

    # ---- parent tree: every MCID and annotation maps back to its element -----------------
    def parent_tree(self):
        root = self.pdf.get(self.pdf.catalog.get("/StructTreeRoot")) or {}
        entries, stack = {}, [root.get("/ParentTree")]
        while stack:
            node = self.pdf.get(stack.pop()) or {}
            nums = node.get("/Nums", [])
            for i in range(0, len(nums) - 1, 2):
                entries[nums[i]] = nums[i + 1]
            stack.extend(node.get("/Kids", []))
        self.parent_entries = entries
        next_key = root.get("/ParentTreeNextKey", 0)
        for n, page_ref in enumerate(self.page_refs, 1):
            marks = self.marks[page_ref]
            if not marks.mcids:
                continue
            key = self.pdf.get(page_ref).get("/StructParents")
            owners = self.pdf.get(entries.get(key)) if key is not None else None
            if not isinstance(owners, list):
                self.fail("01-005", "page %d's marked content has no ParentTree entry" % n)
                continue
            if key >= next_key:
                self.fail("01-001", "page %d's key %d is not below ParentTreeNextKey" % (n, key))
            for mcid, _ in marks.mcids:
                if mcid >= len(owners) or owners[mcid] != self.content_of.get((page_ref, mcid)):
                    self.fail("01-005", "page %d MCID %d: the ParentTree names another element" % (n, mcid))

    def annotations(self):
        for n, page_ref in enumerate(self.page_refs, 1):
            for annot_ref in self.pdf.get(self.pdf.get(page_ref).get("/Annots")) or []:
                a = self.pdf.get(annot_ref)
                if a.get("/Subtype") in ("/Popup",):
                    continue
                if not text(a.get("/Contents")).strip():
                    self.fail("28-004", "page %d: an annotation without /Contents" % n)
                owner = self.objr.get(annot_ref)
                if owner is None:
                    self.fail("28-002", "page %d: an annotation not in the structure tree" % n)
                    continue
                if a.get("/Subtype") == "/Link" and self.pdf.get(owner).get("/S") != "/Link":
                    self.fail("28-011", "page %d: a link annotation not in a Link element" % n)
                if self.parent_entries.get(a.get("/StructParent")) != owner:
                    self.fail("28-002", "page %d: an annotation's /StructParent does not lead to its element" % n)

    def fonts(self):
        for key, obj in self.pdf.objects.items():
            v = obj.get("value") if "value" in obj else None
            if isinstance(v, dict) and v.get("/Type") == "/FontDescriptor":
                if not any(k in v for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    self.fail("31-001", "font %s is not embedded" % v.get("/FontName"))

    # ---- reading order: pdftotext reads the headings in the tree's order -----------------
    def reading_order(self):
        # The headings' text from their marked content (poppler's -struct-text takes seconds).
        page_of = {}
        for (page, mcid), ref in self.content_of.items():
            page_of.setdefault(ref, []).append(self.marks[page].text.get(mcid, ""))
        wanted = [re.sub(r"\s+", "", "".join(page_of.get(ref, []))) for ref, e in self.elements
                  if re.fullmatch(r"/H[1-6]", e.get("/S", ""))]
        plain = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(self.path), "-"], capture_output=True,
                                                    text=True).stdout)
        at = 0
        for heading in wanted:
            if not heading:
                self.fail("reading-order", "a heading with no text")
                continue
            found = plain.find(heading, at)
            if found < 0:
                self.fail("reading-order", "pdftotext does not read heading %r after the previous one" % heading)
                return
            at = found + len(heading)
        self.heading_texts = wanted


def render(planforge, plan, work):
    out = work / (plan.parent.name + "-" + plan.stem + ".pdf")
    run = subprocess.run([planforge, "render", str(plan), "-o", str(out)], capture_output=True, text=True)
    return out if run.returncode in (0, 1) and out.exists() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--planforge")
    ap.add_argument("--work", type=pathlib.Path, default=pathlib.Path("matterhorn-work"))
    ap.add_argument("--pdf", action="append", default=[], type=pathlib.Path, help="check this PDF as it is")
    ap.add_argument("--must-render", action="append", default=[], help="a plan that must render")
    ap.add_argument("plans", nargs="*", type=pathlib.Path)
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    pdfs, failures = list(args.pdf), []
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for plan, pdf in zip(args.plans, pool.map(lambda p: render(args.planforge, p, args.work), args.plans)):
            if pdf:
                pdfs.append(pdf)
            elif str(plan) in args.must_render:
                failures.append("%s: did not render" % plan)
            else:
                print("skipped (did not render): %s" % plan)
        for result in pool.map(lambda p: Checker(p).run(), pdfs):
            failures.extend(result)
    for f in failures:
        print(f)
    print("%d PDFs checked, %d failures" % (len(pdfs), len(failures)))
    return 1 if failures or not pdfs else 0


if __name__ == "__main__":
    sys.exit(main())
