"""Chart geometry: query answers → shapes (rectangles, bars, nodes) for server-side SVG.

No drawing library and no script: each function returns plain dicts with coordinates that a
template writes out as SVG, so charts work offline, print, and scale on a phone (viewBox).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

LABEL_WIDTH = 150
ROW = 24
TOP = 28
MEMBER_CLASSES = {"stated": "m-stated", "held": "m-held", "open": "m-open"}


def _year_fraction(value: str) -> float:
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return float(year)
    day = date(year, parts[1], parts[2] if len(parts) > 2 else 1)
    return year + (day.timetuple().tm_yday - 1) / 365.25


def members_chart(data: dict[str, Any]) -> dict[str, Any]:
    """States × years: one cell per state and year, shaded by its membership status."""
    years: list[int] = data["years"]
    cell = max(16.0, min(44.0, 640 / max(1, len(years))))
    step = 1 if cell >= 30 else 2 if cell >= 20 else 5
    cells, labels = [], []
    for row, country in enumerate(data["countries"]):
        y = TOP + row * ROW
        labels.append({"x": LABEL_WIDTH - 8, "y": y + ROW * 0.65, "text": country["name"],
                       "id": country["id"]})
        for col, year in enumerate(years):
            info = country["years"].get(str(year))
            status = info["status"] if info else "no statement"
            member = bool(info and info["member"])
            cells.append({"x": LABEL_WIDTH + col * cell + 1, "y": y + 2, "w": cell - 2,
                          "h": ROW - 4, "year": year, "country": country["name"],
                          "status": status, "member": member,
                          "css": MEMBER_CLASSES.get(status, "m-no") if info else "m-none",
                          "claims": len(info["claims"]) if info else 0})
    ticks = [{"x": LABEL_WIDTH + col * cell + cell / 2, "text": str(year)}
             for col, year in enumerate(years) if (year - years[0]) % step == 0]
    by_year = [{"year": year, "members": [c["name"] for c in data["countries"]
                                           if c["years"].get(str(year), {}).get("member")]}
               for year in years]
    return {"width": LABEL_WIDTH + len(years) * cell + 10,
            "height": TOP + len(data["countries"]) * ROW + 6, "cells": cells, "labels": labels,
            "ticks": ticks, "by_year": by_year, "organization": data["organization"]}


def terms_chart(terms: list[Any], today: date | None = None) -> dict[str, Any]:
    """Office terms as bars on a time axis; a term with no known end fades out to the right."""
    dated = [t for t in terms if t.start != "?"]
    if not dated:
        return {"bars": [], "width": 0, "height": 0, "ticks": []}
    first = math.floor(min(_year_fraction(t.start) for t in dated))
    last = max(_year_fraction(t.end) for t in dated)
    last = math.floor(last) + 2
    if today is not None:
        last = max(last, today.year + 1)
    width_years = max(1, last - first)
    plot = 600.0
    scale = plot / width_years
    bars = []
    for row, t in enumerate(dated):
        x0 = LABEL_WIDTH + (_year_fraction(t.start) - first) * scale
        x1 = LABEL_WIDTH + (_year_fraction(t.end) - first) * scale
        y = TOP + row * ROW
        bars.append({"x": x0, "y": y + 4, "w": max(4.0, x1 - x0), "h": ROW - 8,
                     "open_x": x0 + max(4.0, x1 - x0), "open_w": (LABEL_WIDTH + plot) - x1
                     if t.open_end else 0, "label": f"{t.person.name}", "role": t.role,
                     "office": t.office_of.name, "person": t.person.id, "start": t.start,
                     "end": t.end, "open": t.open_end, "ended_by": t.ended_by,
                     "last_claim": t.claims[-1].id, "label_y": y + ROW * 0.65})
    step = 1 if width_years <= 8 else 2 if width_years <= 16 else 5
    ticks = [{"x": LABEL_WIDTH + (year - first) * scale, "text": str(year)}
             for year in range(first, last + 1) if (year - first) % step == 0]
    return {"bars": bars, "ticks": ticks, "width": LABEL_WIDTH + plot + 20,
            "height": TOP + len(dated) * ROW + 6, "label_x": LABEL_WIDTH - 8}


def graph_chart(graph: dict[str, Any], size: float = 640.0) -> dict[str, Any]:
    """The entity in the middle, its neighbours on a circle, one line per neighbour."""
    centre = size / 2
    radius = size / 2 - 90
    nodes = graph["nodes"]
    labels: dict[str, list[str]] = {}
    for edge in graph["edges"]:
        labels.setdefault(edge["target"], []).append(edge["label"])
    placed = []
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / max(1, len(nodes)) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        placed.append(node | {"x": round(x, 1), "y": round(y, 1),
                              "r": round(6 + min(10, 2 * math.sqrt(node["weight"])), 1),
                              "lx": round(centre + (radius + 14) * math.cos(angle), 1),
                              "ly": round(centre + (radius + 14) * math.sin(angle), 1),
                              "anchor": "start" if math.cos(angle) > 0.2 else
                              "end" if math.cos(angle) < -0.2 else "middle",
                              "mx": round(centre + radius * 0.55 * math.cos(angle), 1),
                              "my": round(centre + radius * 0.55 * math.sin(angle), 1),
                              "edge": ", ".join(dict.fromkeys(labels.get(node["id"], [])))})
    return {"size": size, "centre": centre, "nodes": placed, "entity": graph["entity"]}
