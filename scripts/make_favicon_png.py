"""Draws static/favicon.png (and the 180 px touch icon) from the same shapes as
static/favicon.svg, for browsers that do not take SVG icons. Run again after changing
the SVG: ``.venv/bin/python scripts/make_favicon_png.py``."""

from pathlib import Path

from PIL import Image, ImageDraw

STATIC = Path(__file__).resolve().parent.parent / "static"
ACCENT, WHITE, CORE = "#00557a", "#ffffff", "#ffc04d"
NODES = [(16, 18, 6), (48, 18, 6), (16, 46, 6), (48, 46, 6)]
LINES = [((32, 32), (16, 18)), ((32, 32), (48, 18)), ((32, 32), (16, 46)), ((32, 32), (48, 46))]
LINES.append(((16, 18), (48, 18)))


def draw(size: int) -> Image.Image:
    scale = size * 8 / 64  # drawn 8 times larger, then scaled down for smooth edges
    big = Image.new("RGBA", (size * 8, size * 8), (0, 0, 0, 0))
    pen = ImageDraw.Draw(big)

    def box(x, y, r):
        return [(x - r) * scale, (y - r) * scale, (x + r) * scale, (y + r) * scale]

    pen.rounded_rectangle([0, 0, size * 8 - 1, size * 8 - 1], radius=12 * scale, fill=ACCENT)
    for start, end in LINES:
        points = [(x * scale, y * scale) for x, y in (start, end)]
        pen.line(points, fill=WHITE, width=round(4 * scale))
        for x, y in (start, end):
            pen.ellipse(box(x, y, 2), fill=WHITE)
    for x, y, r in [(32, 32, 9), *NODES]:
        pen.ellipse(box(x, y, r), fill=WHITE)
    pen.ellipse(box(32, 32, 4), fill=CORE)
    return big.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    draw(32).save(STATIC / "favicon.png", optimize=True)
    draw(180).save(STATIC / "apple-touch-icon.png", optimize=True)
