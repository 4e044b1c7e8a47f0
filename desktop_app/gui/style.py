"""The style sheet, and the one colour scheme read from it.

Every colour lives in ``resources/style.qss``. Widgets get theirs from the style sheet through a
property (``role="error"`` on a label, ``verdict="valid"`` on the verification banner) followed
by :func:`restyle`; what Python paints itself (table rows, calendar marks) asks :func:`color` /
:func:`background` for a named colour, read from the style sheet's ``QLabel[role="…"]`` and
``*[palette="…"]`` rules. Nothing in Python repeats a hex colour.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QFile
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.gui import resources_rc  # noqa: F401 - registers the :/ resources

# QLabel[role="error"] { color: ...; }   *[palette="overdue"] { color: ...; background: ...; }
_RULE = re.compile(r'(?:QLabel\[role|\*\[palette)="([a-z-]+)"\]\s*\{([^}]*)\}')
_PROPERTY = re.compile(r"(color|background)\s*:\s*(#[0-9a-fA-F]{6})")


def read_style_sheet() -> str:
    """The application's style sheet (compiled into the resources)."""
    qss = QFile(":/style.qss")
    if not qss.open(QFile.OpenModeFlag.ReadOnly):
        return ""
    try:
        return bytes(qss.readAll().data()).decode("utf-8")
    finally:
        qss.close()


@cache
def _scheme() -> dict[str, dict[str, str]]:
    scheme: dict[str, dict[str, str]] = {}
    for name, body in _RULE.findall(read_style_sheet()):
        scheme.setdefault(name, {}).update(dict(_PROPERTY.findall(body)))
    return scheme


def color(name: str) -> QColor:
    """The text colour the style sheet gives ``name`` (e.g. "error", "overdue")."""
    return QColor(_scheme()[name]["color"])


def background(name: str) -> QColor:
    """The background colour the style sheet gives ``name``."""
    return QColor(_scheme()[name]["background"])


def restyle(widget: QWidget, **properties: str) -> None:
    """Set style properties (``role="error"``) and re-apply the style sheet to ``widget``."""
    for key, value in properties.items():
        widget.setProperty(key, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
