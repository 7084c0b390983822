"""The trade's six segments, computed from purchase aggregates and thresholds kept in the register.

potential: no purchase; one-time: exactly one; lost: nothing for ``lost_days`` after buying; vip:
spent at least ``vip_spent`` (or set by hand); regular: a long relationship (``regular_orders`` or more
and the first purchase over ``regular_days`` ago); active: bought recently (``active_days``) and
more than once. A segment set by hand is kept until the user returns it to automatic.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

SEGMENTS = ("potential", "one-time", "active", "regular", "vip", "lost")


def compute_segment(
    *,
    orders: int,
    total_spent: int,
    first_purchase: dt.date | None,
    last_purchase: dt.date | None,
    settings: Mapping[str, object],
    today: dt.date | None = None,
) -> str:
    today = today or dt.date.today()
    if not orders or last_purchase is None:
        return "potential"
    if (today - last_purchase).days > int(settings["segment.lost_days"]):
        return "lost"
    if total_spent >= int(settings["segment.vip_spent"]) * 100:
        return "vip"
    if orders == 1:
        return "one-time"
    long_relation = first_purchase is not None and (today - first_purchase).days >= int(
        settings["segment.regular_days"]
    )
    if orders >= int(settings["segment.regular_orders"]) and long_relation:
        return "regular"
    if (today - last_purchase).days <= int(settings["segment.active_days"]) and orders >= int(
        settings["segment.active_orders"]
    ):
        return "active"
    return "regular" if long_relation else "active"
