"""Default column widths that fit the table's viewport (pure arithmetic, no widgets).

Why: fixed defaults that add up to ~1,100 px pushed Segment, Spent, Orders and Last purchase off the
~700 px table at the window's default size. Columns fall into three groups:

- *compact* columns (phone, segment, money, counts, dates) always get the width their longest caption or
  value needs: an elided amount or date is unreadable;
- *elastic* text columns (e-mail, city, tags, ...) get their preferred width when there is room and shrink
  together, in proportion to what they can give, down to a minimum where they elide;
- the *stretch* column (the name) takes whatever is left (``QHeaderView.Stretch``), so it grows with
  the window.

Widths the user set by dragging a column's edge are kept as they are and only reduce the room the
others share.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    """What one column needs: ``minimum`` and ``preferred`` pixels (equal for a compact column)."""

    key: str
    minimum: int
    preferred: int


def fit(needs: list[Need], available: int, stretch: Need | None = None,
        fixed: dict[str, int] | None = None) -> dict[str, int]:
    """Widths for ``needs`` so that they, the ``fixed`` (user) widths and ``stretch`` fit ``available``.

    When the preferred widths do not fit, the elastic columns and the stretch column give way together, each
    in proportion to what it can give (so the name grows with the window along with the e-mail). Never
    below a minimum: when even the minimums do not fit, the table scrolls sideways.
    """
    room = available - sum((fixed or {}).values())
    want = sum(n.preferred for n in needs) + (stretch.preferred if stretch else 0)
    if want <= room:
        return {n.key: n.preferred for n in needs}
    deficit = want - room
    slack = sum(n.preferred - n.minimum for n in needs) + (stretch.preferred - stretch.minimum if stretch else 0)
    share = min(1.0, deficit / slack) if slack else 1.0
    return {n.key: max(n.minimum, int(n.preferred - share * (n.preferred - n.minimum))) for n in needs}
