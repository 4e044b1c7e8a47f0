"""How the GUI writes dates and times: office time (WIB), day first, as officers write them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

OFFICE_TZ = ZoneInfo("Asia/Jakarta")


def to_office(moment: datetime) -> datetime:
    return moment.astimezone(OFFICE_TZ)


def short_datetime(moment: datetime | None) -> str:
    """``28/11/2026 09:15`` (WIB) for tables."""
    return "" if moment is None else to_office(moment).strftime("%d/%m/%Y %H:%M")


def short_date(moment: datetime | None) -> str:
    """``28/11/2026`` (the WIB day)."""
    return "" if moment is None else to_office(moment).strftime("%d/%m/%Y")


def format_datetime(moment: datetime | None) -> str:
    """``28/11/2026 09:15 WIB`` for details and tooltips."""
    return "" if moment is None else to_office(moment).strftime("%d/%m/%Y %H:%M WIB")


def fit_buttons(box: QDialogButtonBox) -> None:
    """Give each button room for its text plus the style sheet's padding (bold default
    buttons were clipped: Qt sizes them before the style sheet's bold font applies)."""
    for button in box.buttons():
        fit_button(button)


def fit_button(button: QAbstractButton) -> None:
    font = button.font()
    font.setBold(True)
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font)
    text = button.text().replace("&", "")
    button.setMinimumWidth(metrics.horizontalAdvance(text) + metrics.averageCharWidth() * 5)
