"""Shared visual vocabulary: one colour per entity type, the same in the HTML page and images."""

from __future__ import annotations

import math

#: Tableau-10 colours, chosen to stay distinguishable for common colour-vision deficiencies.
TYPE_COLORS: dict[str, str] = {
    "PERSON": "#4e79a7",
    "ORG": "#f28e2b",
    "GPE": "#59a14f",
    "LOC": "#76b7b2",
    "NORP": "#edc948",
    "FAC": "#b07aa1",
    "PRODUCT": "#ff9da7",
    "EVENT": "#9c755f",
    "LAW": "#e15759",
    "WORK_OF_ART": "#bab0ac",
}
#: Colour for a type outside the contract (kept visible rather than failing).
OTHER_COLOR = "#7f7f7f"
#: Colours for edges: plain assertions, hedged ("reportedly"), negated ("did not").
EDGE_COLOR = "#8a8f98"
HEDGED_COLOR = "#b8860b"
NEGATED_COLOR = "#c0392b"


def type_color(entity_type: str | None) -> str:
    """Colour of an entity type; unknown types share a neutral grey.

    >>> type_color("ORG"), type_color("SPACESHIP")
    ('#f28e2b', '#7f7f7f')
    """
    return TYPE_COLORS.get(entity_type or "", OTHER_COLOR)


def node_size(mentions: int | float | None, *, base: float = 10.0, step: float = 4.0,
              cap: float = 48.0) -> float:
    """Radius growing with the square root of mentions, so a hub does not dwarf everything.

    >>> node_size(1), node_size(16), node_size(10_000)
    (14.0, 26.0, 48.0)
    """
    m = max(1.0, float(mentions or 1))
    return round(min(cap, base + step * math.sqrt(m)), 1)

#: Colours of the largest communities on the page (Tableau-10 again, then a second tier);
#: smaller communities share OTHER_COLOR.
COMMUNITY_COLORS: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#17becf",
)
