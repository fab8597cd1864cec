#!/usr/bin/env python3
"""Renders the example plan in each shipped theme and makes the pictures docs/templates.md
shows: each theme's cover and one inner page (the Executive Summary), as PNG.

    python3 docs/tools/theme_pictures.py --planforge build/planforge --update   # rewrite them
    python3 docs/tools/theme_pictures.py --planforge build/planforge --check    # the test

--check renders into a scratch folder and compares the pixels with the pictures in the
repository; it fails, naming the stale pictures and the command above, when any differs.
Only the Python standard library, planforge and poppler's pdftoppm and pdftotext are used.
"""
import argparse
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
PLAN = ROOT / "examples" / "acme-cs" / "plan.xml"
PICTURES = ROOT / "docs" / "images" / "themes"
THEMES = ["default", "formal", "modern"]
INNER = "Executive Summary"     # the inner page shown: the first body page with this heading
DPI = "60"
UPDATE = "python3 docs/tools/theme_pictures.py --planforge build/planforge --update"


def run(args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("failed: %s\n%s%s" % (" ".join(map(str, args)), done.stdout, done.stderr))
    return done.stdout


def inner_page(pdf):
    """The first page after the contents whose text has the inner heading."""
    pages = run(["pdftotext", "-layout", str(pdf), "-"]).split("\f")
    for number, text in enumerate(pages, start=1):
        if number > 3 and any(line.split()[1:] == INNER.split() for line in text.splitlines()[:8] if line.strip()):
            return number
    sys.exit("no page of %s starts with the heading '%s'" % (pdf, INNER))


def page_png(pdf, page, out):
    stem = out.with_suffix("")
    run(["pdftoppm", "-r", DPI, "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf), str(stem)])


def render(planforge, folder):
    """Renders every theme into `folder`; returns the picture names made."""
    made = []
    env = dict(os.environ, SOURCE_DATE_EPOCH="1763164800")
    env.pop("PLANFORGE_TEMPLATE_PATH", None)
    for theme in THEMES:
        pdf = folder / (theme + ".pdf")
        done = subprocess.run([planforge, "-q", "render", str(PLAN), "--template", theme, "-o", str(pdf)],
                              capture_output=True, text=True, env=env)
        if done.returncode != 0:
            sys.exit("planforge could not render the example in theme '%s':\n%s" % (theme, done.stderr))
        page_png(pdf, 1, folder / (theme + "-cover.png"))
        page_png(pdf, inner_page(pdf), folder / (theme + "-page.png"))
        made += [theme + "-cover.png", theme + "-page.png"]
    return made


def chunks(path):
    """The PNG's header and its decompressed image data (still filtered)."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("%s is not a PNG" % path)
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
    return header, zlib.decompress(idat)


def same_picture(a, b):
    """Whether two PNGs hold the same pixels, however each was compressed and filtered."""
    if chunks(a) == chunks(b):
        return True  # the usual case, without decoding a pixel
    return pixels(a) == pixels(b)


def pixels(path):
    """(width, height, rows of bytes) of an 8-bit, non-interlaced PNG, as pdftoppm writes."""
    header, raw = chunks(path)
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[colour]
    if depth != 8 or interlace:
        raise ValueError("%s: only 8-bit non-interlaced PNGs are compared" % path)
    stride, rows, prev = width * channels, [], bytearray(width * channels)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = prev[i]
            corner = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--planforge", required=True, help="the planforge program to render with")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--update", action="store_true", help="rewrite the pictures in docs/images/themes")
    mode.add_argument("--check", action="store_true", help="fail when a picture in the repository is stale")
    parser.add_argument("--work", help="scratch folder (default: a temporary one)")
    args = parser.parse_args()

    scratch = pathlib.Path(args.work) if args.work else pathlib.Path(tempfile.mkdtemp(prefix="theme-pictures-"))
    scratch.mkdir(parents=True, exist_ok=True)
    made = render(args.planforge, scratch)
    if args.update:
        PICTURES.mkdir(parents=True, exist_ok=True)
        for name in made:
            shutil.copyfile(scratch / name, PICTURES / name)
        print("wrote %d pictures to %s" % (len(made), PICTURES.relative_to(ROOT)))
        return 0
    stale = []
    for name in made:
        kept = PICTURES / name
        if not kept.exists() or not same_picture(kept, scratch / name):
            stale.append(str(kept.relative_to(ROOT)))
    if stale:
        print("stale pictures (the output changed; look at the new ones in %s):\n  %s\nregenerate them with:\n  %s"
              % (scratch, "\n  ".join(stale), UPDATE))
        return 1
    print("%d theme pictures are current" % len(made))
    return 0


if __name__ == "__main__":
    sys.exit(main())
