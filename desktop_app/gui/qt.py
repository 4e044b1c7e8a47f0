"""Typed narrowing of PySide6 calls whose stubs say "maybe None" or "object" where the app
knows better, so the GUI type-checks without ignoring whole error codes.

Each helper fails loudly (AssertionError) instead of letting a None travel on: a missing
application, layout or form row here is a programming error, not a user's."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFormLayout, QLayout, QWidget


def application() -> QApplication:
    """The running QApplication (``QApplication.instance()`` is typed as optional and as a
    QCoreApplication)."""
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication), "no QApplication is running"
    return app


def layout_of(widget: QWidget) -> QLayout:
    """The layout ``widget`` was given in its constructor or by ``setLayout``."""
    layout = widget.layout()
    assert layout is not None, f"{type(widget).__name__} has no layout"
    return layout


def form_row(form: QFormLayout, widget: QWidget) -> int:
    """The row of ``widget`` in ``form`` (-1 when it is not a direct item of the form); the
    stubs give ``getWidgetPosition`` the return type ``object``."""
    position = cast("tuple[int, QFormLayout.ItemRole]", form.getWidgetPosition(widget))
    return position[0]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate reads this name
    """Qt's marker for a text translated later with ``tr(text)`` in ``context``; PySide6 types
    it as returning ``object``. pyside6-lupdate finds the calls by this name."""
    del context
    return text
