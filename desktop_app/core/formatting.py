"""Indonesian dates and numbers as people write them ("Sabtu, 28 November 2026", "1.234")."""

from __future__ import annotations

from datetime import date

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


def long_date(day: date, weekday: bool = False) -> str:
    """``28 November 2026``, or ``Sabtu, 28 November 2026`` with ``weekday``."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def format_int(value: int) -> str:
    """Thousands separated by dots: ``1234567`` -> ``1.234.567``."""
    return f"{value:,}".replace(",", ".")


def month_roman(month: int) -> str:
    """Letter numbers use the month in Roman numerals: 11 -> ``XI``."""
    return _ROMAN[month - 1]
