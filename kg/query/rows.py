"""The tabular result type of the query API: plain lists of dicts that print as tables."""

from __future__ import annotations

import html
from typing import Any, Iterable

__all__ = ["Rows", "Summary"]

_CELL_WIDTH = 60  # plain-text tables truncate long cells (evidence sentences) to this many chars


class Rows(list):
    """A list of dicts that shows itself as a table (text, or HTML in Jupyter).

    It stays a plain list, so indexing, ``len`` and comprehensions work as usual; ``columns``
    keeps the column order even when there are no rows, and :meth:`to_pandas` converts it when
    pandas is installed (pandas is not a dependency of kg).

    >>> rows = Rows([{"entity": "TikTok", "mentions": 12}], columns=["entity", "mentions"])
    >>> rows
    entity  mentions
    ------  --------
    TikTok  12
    >>> rows[0]["mentions"]
    12
    >>> Rows([], columns=["entity"])
    (no rows)
    """

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: list[str] | None = None):
        super().__init__(rows)
        if columns is None:
            columns = []
            for row in self:
                columns.extend(k for k in row if k not in columns)
        self.columns: list[str] = list(columns)

    def __getitem__(self, index):  # slices stay Rows, so rows[:5] still prints as a table
        item = super().__getitem__(index)
        return Rows(item, self.columns) if isinstance(index, slice) else item

    def column(self, name: str) -> list[Any]:
        """All values of one column, in row order."""
        return [row.get(name) for row in self]

    def to_pandas(self):
        """This table as a ``pandas.DataFrame`` (needs pandas installed)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Rows.to_pandas() needs pandas: pip install pandas") from exc
        return pd.DataFrame([dict(r) for r in self], columns=self.columns)

    def __repr__(self) -> str:
        if not self:
            return "(no rows)"
        cells = [[_cell_text(row.get(c), _CELL_WIDTH) for c in self.columns] for row in self]
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
        return "\n".join(lines)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        if not self:
            return "<p><em>(no rows)</em></p>"
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = "".join(
            "<tr>" + "".join(
                f'<td style="text-align:left">{html.escape(_cell_text(row.get(c)))}</td>'
                for c in self.columns
            ) + "</tr>"
            for row in self
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell_text(value: Any, width: int | None = None) -> str:
    if value is None:
        text = ""
    elif isinstance(value, float):
        text = f"{value:.3g}"
    elif isinstance(value, (list, tuple, set)):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


class Summary(dict):
    """The dict returned by :func:`summary`; shows as a two-column table in Jupyter."""

    def _repr_html_(self) -> str:
        rows = Rows([{"what": k, "value": _summary_value(v)} for k, v in self.items()],
                    ["what", "value"])
        return rows._repr_html_()


def _summary_value(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)
