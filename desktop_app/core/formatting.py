"""Indonesian dates and numbers for everything printed or shown: "Sabtu, 28 November 2026",
"1.234", "14.05 WITA". One place, so the report, the legalization endorsement and the GUI agree.
Times are office times (:mod:`desktop_app.core.clock`), followed by the office zone's name.
"""

from __future__ import annotations

from datetime import date, datetime

from . import clock
from .i18n import _

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def long_date(d: date, weekday: bool = False) -> str:
    """``28 November 2026``, or ``Sabtu, 28 November 2026`` with ``weekday=True``."""
    text = f"{d.day} {_(MONTHS[d.month - 1])} {d.year}"
    return f"{_(WEEKDAYS[d.weekday()])}, {text}" if weekday else text


def short_date(d: date) -> str:
    """``28/11/2026``: the form officers type and Excel shows in an Indonesian locale."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def date_range_text(start: date, end: date) -> str:
    """A period as people write it: ``1–30 November 2026``, ``28 November – 3 Desember 2026``,
    ``28 Desember 2026 – 3 Januari 2027``; a single day gets its weekday."""
    if end < start:
        start, end = end, start
    if start == end:
        return long_date(start, weekday=True)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {_(MONTHS[end.month - 1])} {end.year}"
    if start.year == end.year:
        return f"{start.day} {_(MONTHS[start.month - 1])} \u2013 {long_date(end)}"
    return f"{long_date(start)} \u2013 {long_date(end)}"


def format_int(n: int) -> str:
    """``1234567`` -> ``1.234.567`` (Indonesian thousands separator)."""
    return f"{int(n):,}".replace(",", ".")


def format_decimal(x: float, digits: int = 1) -> str:
    """``1234.5`` -> ``1.234,5``: dot for thousands, comma for decimals."""
    text = f"{x:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def time_of_day(moment: datetime) -> str:
    """``14.05`` in office time: Indonesian writes hours and minutes with a dot."""
    local = clock.to_office(moment)
    return f"{local.hour:02d}.{local.minute:02d}"


def long_datetime(moment: datetime) -> str:
    """``28 November 2026 pukul 14.05 WIB`` (the office zone's name)."""
    return _(
        "{date} pukul {time} {zone}",
        date=long_date(clock.office_date(moment)),
        time=time_of_day(moment),
        zone=clock.zone_name(),
    )


def short_datetime(moment: datetime) -> str:
    """``28-11-2026 14.05 WIT`` for printed footers ("Dicetak ...")."""
    local = clock.to_office(moment)
    return f"{local:%d-%m-%Y} {time_of_day(moment)} {clock.zone_name()}"


def month_roman(month: int) -> str:
    """Letter numbers use the month in Roman numerals: 11 -> ``XI``."""
    return _ROMAN[month - 1]


def phone_display(value: str | None) -> str:
    """A stored phone number the way people write it: ``(021) 89970123``, ``0812-1000-3216``.
    Stored numbers are E.164 (``+6221...``), which nobody at the counter reads easily; a value
    that is not a valid Indonesian number is shown as it is."""
    if not value:
        return ""
    from .errors import ValidationError
    from .identity import normalize_phone  # phonenumbers: only when a number is shown

    try:
        return normalize_phone(value).display
    except ValidationError:
        return value
