"""How the GUI writes dates and times: office time (WIB), day first, as officers write them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Jakarta")


def to_office(moment: datetime) -> datetime:
    return moment.astimezone(OFFICE_TZ)


def short_datetime(moment: datetime | None) -> str:
    """``28/11/2026 09:15`` (WIB) for tables."""
    return "" if moment is None else to_office(moment).strftime("%d/%m/%Y %H:%M")


def format_datetime(moment: datetime | None) -> str:
    """``28/11/2026 09:15 WIB`` for details and tooltips."""
    return "" if moment is None else to_office(moment).strftime("%d/%m/%Y %H:%M WIB")
