"""Server-drawn charts: the geometry of bar charts and the shaded map of Europe.

The templates turn this geometry into inline SVG (no JavaScript; colours come from classes
in site.css, as the content security policy forbids style attributes). Every chart is
paired on the page with a table holding the same numbers.
"""

import functools
import json
from pathlib import Path

# A bar chart's drawing units: the label sits on its own line above each bar, so long
# (Lithuanian) names need no truncation at phone width.
CHART_WIDTH = 320
ROW_HEIGHT = 36
BAR_SPACE = 272  # the longest bar; the rest of the width holds its value
LABEL_CHARACTERS = 40

# Shades of the map: clusters per country from–to (None: no upper bound).
SHADES = [(1, 1), (2, 4), (5, 9), (10, 24), (25, None)]

MAP_FILE = Path(__file__).with_name("europe_map.json")


def bar_chart(rows: list[dict], *, label: str = "name", value: str = "count") -> dict:
    """{"width", "height", "bars": [{"label", "value", "y", "width", "value_x"}]} for ``rows``.

    A bar's ``width`` is proportional to its value (the largest gets ``BAR_SPACE``); a
    non-zero value gets at least one unit so that it stays visible.
    """
    top = max((row[value] for row in rows), default=0) or 1
    bars = []
    for index, row in enumerate(rows):
        number = row[value]
        width = round(number / top * BAR_SPACE, 1)
        text = str(row[label])
        if len(text) > LABEL_CHARACTERS:
            text = text[: LABEL_CHARACTERS - 1] + "…"
        bars.append(
            {
                "label": text,
                "value": number,
                "y": index * ROW_HEIGHT,
                "width": max(width, 1) if number else 0,
                "value_x": round((max(width, 1) if number else 0) + 6, 1),
            }
        )
    return {"width": CHART_WIDTH, "height": len(rows) * ROW_HEIGHT, "bars": bars}


@functools.cache
def _map_data() -> dict:
    """The pre-projected country shapes (built by scripts/build_europe_map.mjs)."""
    return json.loads(MAP_FILE.read_text(encoding="utf-8"))


def shade(count: int) -> int:
    """The map shade (1…len(SHADES)) of a country with ``count`` clusters; 0 for none."""
    for number, (low, high) in enumerate(SHADES, 1):
        if count >= low and (high is None or count <= high):
            return number
    return 0


def europe_map(by_country: list[dict]) -> dict:
    """The map of Europe with each country's shade, and the countries it cannot show.

    ``by_country``: [{"code", "name", "count"}]. Returns {"width", "height", "other" (the
    path of land without a code), "countries": [{"code", "d", "shade", "name", "count"}],
    "legend": [{"shade", "low", "high"}], "off_map": [rows of countries not drawn]}.
    """
    data = _map_data()
    counts = {row["code"]: row for row in by_country}
    shapes = [
        {
            "code": code,
            "d": d,
            "shade": shade(counts[code]["count"]) if code in counts else 0,
            "name": counts[code]["name"] if code in counts else "",
            "count": counts[code]["count"] if code in counts else 0,
        }
        for code, d in data["countries"].items()
    ]
    legend = [
        {"shade": number, "low": low, "high": high} for number, (low, high) in enumerate(SHADES, 1)
    ]
    return {
        "width": data["width"],
        "height": data["height"],
        "other": data["other"],
        "countries": shapes,
        "legend": legend,
        "off_map": [row for row in by_country if row["code"] not in data["countries"]],
    }
