"""Reading a PDF back for the accessibility checks: its objects from `qpdf --json` (with
decoded stream data) and the marked content of its page content streams, parsed by a small
tokenizer. Only what the checks need; no third-party modules."""

import base64
import json
import re
import subprocess

REF = re.compile(r"^(\d+) (\d+) R$")


class Pdf:
    """The objects of one PDF, with references resolved on request."""

    def __init__(self, path):
        out = subprocess.run(["qpdf", "--json", "--json-stream-data=inline",
                              "--decode-level=generalized", str(path)],
                             check=True, capture_output=True).stdout
        self.objects = json.loads(out)["qpdf"][1]
        trailer = self.objects["trailer"]["value"]
        self.catalog = self.get(trailer["/Root"])
        self.info = self.get(trailer.get("/Info")) or {}

    def key_of(self, ref):
        m = REF.match(ref) if isinstance(ref, str) else None
        return "obj:" + ref if m else None

    def get(self, value):
        """The value a reference points at (a dictionary or array); other values as they are."""
        key = self.key_of(value)
        if key is None:
            return value
        obj = self.objects.get(key, {})
        if "stream" in obj:
            return obj["stream"]["dict"]
        return obj.get("value")

    def stream_data(self, ref):
        obj = self.objects.get(self.key_of(ref), {})
        data = obj.get("stream", {}).get("data")
        return base64.b64decode(data) if data else b""

    def pages(self):
        """Page references in order."""
        out, stack = [], [self.catalog["/Pages"]]
        while stack:  # depth-first, children in order
            ref = stack.pop()
            node = self.get(ref)
            if node.get("/Type") == "/Pages":
                stack.extend(reversed(node["/Kids"]))
            else:
                out.append(ref)
        return out


def text(value):
    """A PDF string from qpdf's JSON ("u:..." Unicode or "b:..." hex bytes) as Python text."""
    if not isinstance(value, str):
        return ""
    if value.startswith("u:"):
        return value[2:]
    if value.startswith("b:"):
        raw = bytes.fromhex(value[2:])
        if raw[:2] == b"\xfe\xff":
            return raw[2:].decode("utf-16-be", "replace")
        return raw.decode("latin-1")
    return value


TOKEN = re.compile(rb"""
    (?P<space>[\s]+) | (?P<comment>%[^\r\n]*) |
    (?P<dict><<|>>) | (?P<array>[\[\]]) |
    (?P<hex><[0-9A-Fa-f\s]*>) |
    (?P<name>/[^\s/\[\]()<>{}%]*) |
    (?P<number>[+-]?(\d+\.?\d*|\.\d+)) |
    (?P<paren>\() |
    (?P<op>[^\s/\[\]()<>{}%]+)
""", re.VERBOSE)


def tokens(data):
    """(kind, bytes) pairs of a content stream; literal strings are returned whole."""
    i = 0
    while i < len(data):
        m = TOKEN.match(data, i)
        if not m:
            raise ValueError("cannot read content stream at byte %d" % i)
        kind = m.lastgroup
        if kind == "paren":  # a literal string, with nesting and escapes
            depth, j = 1, i + 1
            while j < len(data) and depth:
                c = data[j:j + 1]
                if c == b"\\":
                    j += 1
                elif c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                j += 1
            yield "string", data[i:j]
            i = j
            continue
        if kind not in ("space", "comment"):
            yield kind, m.group(kind)
        i = m.end()


def shown(hex_string):
    """The text of a hex string shown with planforge's fonts, whose character codes are the
    BMP code points themselves (core/src/pdf/to_unicode.hpp)."""
    raw = bytes.fromhex(re.sub(rb"[\s<>]", b"", hex_string).decode())
    return raw.decode("utf-16-be", "replace") if len(raw) % 2 == 0 else ""


PAINTING = {b"Tj", b"TJ", b"'", b'"', b"Do", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*",
            b"S", b"s", b"sh", b"BI"}


class MarkedContent:
    """What a page's content stream says about marked content: the MCIDs in order, painting
    outside any marked-content sequence, sequences crossing a text object's end, artifacts
    that carry an MCID."""

    def __init__(self, data):
        self.mcids, self.problems = [], []
        self.text = {}          # MCID -> the text its Tj/TJ strings show
        self.unmarked = 0       # painting operators outside any sequence
        stack, operands, in_text = [], [], False
        for kind, tok in tokens(data):
            if kind != "op":
                operands.append((kind, tok))
                continue
            if tok == b"BDC" or tok == b"BMC":
                tag = operands[0][1] if operands else b""
                props = b" ".join(t for _, t in operands[1:])
                mcid = re.search(rb"/MCID\s+(\d+)", props)
                if tag == b"/Artifact" and mcid:
                    self.problems.append("an artifact carries an MCID")
                if mcid:
                    self.mcids.append((int(mcid.group(1)), tag.decode()[1:]))
                if stack and mcid and any(s[1] for s in stack):
                    self.problems.append("MCID %s nested in another tagged sequence" % mcid.group(1))
                stack.append((in_text, bool(mcid) or tag == b"/Artifact"))
            elif tok == b"EMC":
                if not stack:
                    self.problems.append("EMC without BDC")
                elif stack.pop()[0] != in_text:
                    self.problems.append("a marked-content sequence crosses BT/ET")
            elif tok == b"BT":
                in_text = True
            elif tok == b"ET":
                in_text = False
            elif tok in PAINTING and not any(s[1] for s in stack):
                self.unmarked += 1
            if tok in (b"Tj", b"TJ") and self.mcids and stack and stack[-1][1]:
                mcid = self.mcids[-1][0]
                self.text[mcid] = self.text.get(mcid, "") + "".join(
                    shown(t) for k, t in operands if k == "hex")
            operands = []
        if stack:
            self.problems.append("%d marked-content sequences left open" % len(stack))
