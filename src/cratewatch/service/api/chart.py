"""A horizontal bar chart laid out for an inline SVG: the template draws the shapes, so
every label goes through the template's escaping."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

__all__ = ["Bar", "Chart", "bar_chart"]


class Bar(NamedTuple):
    label: str
    value: int
    y: int
    width: int


class Chart(NamedTuple):
    bars: tuple[Bar, ...]
    width: int
    height: int
    label_width: int
    bar_height: int


def bar_chart(
    items: Sequence[tuple[str, int]], *, width: int = 640, bar_height: int = 18, gap: int = 6
) -> Chart:
    label_width = 200
    room = width - label_width - 60  # room for the value after the bar
    top = max((v for _, v in items), default=0) or 1
    bars = tuple(
        Bar(label, value, i * (bar_height + gap), max(1, round(room * value / top)) if value else 0)
        for i, (label, value) in enumerate(items)
    )
    height = max(1, len(items) * (bar_height + gap))
    return Chart(bars, width, height, label_width, bar_height)
