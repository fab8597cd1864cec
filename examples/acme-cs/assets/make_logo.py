#!/usr/bin/env python3
"""Draws the fictional Acme Industrial Controls logo used by the example plan.

Standard library only (zlib + struct): shapes are signed distance fields, so edges are
anti-aliased without supersampling, and each shape only touches the pixels of its own
bounding box. Run it from anywhere; it writes logo.png beside itself. The output is
byte-identical on every run.
"""
import math
import os
import struct
import zlib

WIDTH, HEIGHT = 520, 144
NAVY = (0x1F, 0x3A, 0x5F)
ORANGE = (0xC8, 0x6B, 0x17)
WHITE = (0xFF, 0xFF, 0xFF)
SLATE = (0x5B, 0x67, 0x7A)

# Straight (non-premultiplied) RGBA, transparent to start.
pixels = bytearray(WIDTH * HEIGHT * 4)


def blend(x, y, color, coverage):
    """Paints `color` over the pixel with the given coverage (0-1), 'over' operator."""
    if coverage <= 0 or not (0 <= x < WIDTH and 0 <= y < HEIGHT):
        return
    coverage = min(coverage, 1.0)
    i = (y * WIDTH + x) * 4
    dst_a = pixels[i + 3] / 255.0
    out_a = coverage + dst_a * (1 - coverage)
    for c in range(3):
        mixed = color[c] * coverage + pixels[i + c] * dst_a * (1 - coverage)
        pixels[i + c] = int(round(mixed / out_a)) if out_a > 0 else 0
    pixels[i + 3] = int(round(out_a * 255))


def fill_sdf(box, sdf, color):
    """Fills the shape whose signed distance (pixels, negative inside) is `sdf`."""
    x0, y0, x1, y1 = (int(math.floor(box[0])) - 1, int(math.floor(box[1])) - 1,
                      int(math.ceil(box[2])) + 1, int(math.ceil(box[3])) + 1)
    for y in range(max(y0, 0), min(y1, HEIGHT)):
        for x in range(max(x0, 0), min(x1, WIDTH)):
            d = sdf(x + 0.5, y + 0.5)
            blend(x, y, color, 0.5 - d)


def rounded_rect(x, y, w, h, r, color):
    cx, cy, hx, hy = x + w / 2, y + h / 2, w / 2 - r, h / 2 - r

    def sdf(px, py):
        qx, qy = abs(px - cx) - hx, abs(py - cy) - hy
        outside = math.hypot(max(qx, 0), max(qy, 0))
        return outside + min(max(qx, qy), 0) - r

    fill_sdf((x, y, x + w, y + h), sdf, color)


def stroke(points, width, color):
    """A polyline of round-capped segments, drawn as one shape (no double blending)."""
    r = width / 2
    segs = list(zip(points, points[1:]))
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]

    def sdf(px, py):
        best = 1e9
        for (ax, ay), (bx, by) in segs:
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
            best = min(best, math.hypot(px - ax - t * dx, py - ay - t * dy))
        return best - r

    fill_sdf((min(xs) - r, min(ys) - r, max(xs) + r, max(ys) + r), sdf, color)


def arc(cx, cy, rx, ry, a0, a1, steps=24):
    """Points along an ellipse from angle a0 to a1 (degrees, 0 = east, y down)."""
    return [(cx + rx * math.cos(math.radians(a0 + (a1 - a0) * k / steps)),
             cy + ry * math.sin(math.radians(a0 + (a1 - a0) * k / steps))) for k in range(steps + 1)]


# A tiny stroke font: each glyph is a list of polylines in a box 0..w wide, 0..1 tall.
def glyph(ch):
    if ch == "A":
        return 0.78, [[(0, 1), (0.39, 0), (0.78, 1)], [(0.17, 0.62), (0.61, 0.62)]]
    if ch == "C":
        return 0.72, [arc(0.42, 0.5, 0.42, 0.5, 52, 308)]
    if ch == "M":
        return 0.86, [[(0, 1), (0, 0), (0.43, 0.62), (0.86, 0), (0.86, 1)]]
    if ch == "E":
        return 0.58, [[(0.58, 0), (0, 0), (0, 1), (0.58, 1)], [(0, 0.5), (0.48, 0.5)]]
    if ch == "I":
        return 0.0, [[(0, 0), (0, 1)]]
    if ch == "N":
        return 0.66, [[(0, 1), (0, 0), (0.66, 1), (0.66, 0)]]
    if ch == "D":
        return 0.66, [[(0, 0), (0, 1)], [(0, 0), (0.2, 0)] + arc(0.2, 0.5, 0.46, 0.5, -90, 90) + [(0, 1)]]
    if ch == "U":
        return 0.64, [[(0, 0), (0, 0.66)] + arc(0.32, 0.66, 0.32, 0.34, 180, 0)[0:] + [(0.64, 0)]]
    if ch == "S":
        return 0.6, [arc(0.3, 0.25, 0.29, 0.25, -20, -270, 20) + arc(0.3, 0.75, 0.3, 0.25, -90, 160, 20)]
    if ch == "T":
        return 0.62, [[(0, 0), (0.62, 0)], [(0.31, 0), (0.31, 1)]]
    if ch == "R":
        return 0.62, [[(0, 1), (0, 0), (0.32, 0)] + arc(0.32, 0.26, 0.28, 0.26, -90, 90) + [(0, 0.52)],
                      [(0.3, 0.52), (0.62, 1)]]
    if ch == "L":
        return 0.52, [[(0, 0), (0, 1), (0.52, 1)]]
    if ch == "O":
        return 0.84, [arc(0.42, 0.5, 0.42, 0.5, 0, 360, 40)]
    return 0.4, []   # space


def text(s, x, y, height, width, color, spacing):
    for ch in s:
        w, lines = glyph(ch)
        for line in lines:
            stroke([(x + px * height, y + py * height) for px, py in line], width, color)
        x += w * height + spacing
    return x


# The mark: a navy tile holding a white "A" whose crossbar is a control slider, and an
# orange dial arc around its apex.
rounded_rect(8, 8, 128, 128, 22, NAVY)
stroke(arc(72, 74, 44, 44, 200, 340, 40), 7, ORANGE)
stroke([(42, 114), (72, 40), (102, 114)], 13, WHITE)
stroke([(52, 90), (92, 90)], 9, WHITE)
stroke([(80, 90), (80, 90)], 17, ORANGE)   # the slider knob

# The word mark and the line under it.
text("ACME", 162, 22, 62, 12, NAVY, 14)
text("INDUSTRIAL CONTROLS", 164, 106, 17, 3.2, SLATE, 6.5)


def write_png(path):
    raw = b"".join(b"\x00" + bytes(pixels[y * WIDTH * 4:(y + 1) * WIDTH * 4]) for y in range(HEIGHT))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    write_png(os.path.join(os.path.dirname(os.path.abspath(__file__)), "logo.png"))
