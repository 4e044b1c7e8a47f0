"""Shared fixtures and helpers for the request GUI tests (imported by name in each module)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core import requests as rq

# The offscreen platform warns when a shown window's size hints change (labels filled in).
QUIET_OFFSCREEN = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NIK_SRI = "3216064507880003"
KK_SRI = "3216062201150009"
NIK_DEDI = "3216071203910002"
PHONE_SRI = "0812-8877-1203"


@pytest.fixture
def ctx(db, petugas):
    from desktop_app.gui.context import AppContext

    return AppContext(db, petugas)


@pytest.fixture
def sup_ctx(db, supervisor):
    from desktop_app.gui.context import AppContext

    return AppContext(db, supervisor)


def make_request(db, actor, nik=NIK_SRI, service="KK", name="Sri Wahyuni", minutes_ago=10, **kw):
    channel = kw.pop("channel", "wa")
    if channel == "wa":
        kw.setdefault("phone", PHONE_SRI)  # a WhatsApp request needs the sender's number
    return rq.create_request(
        db,
        actor,
        channel=channel,
        service_code=service,
        name=name,
        nik=nik,
        received_at=datetime.now(UTC) - timedelta(minutes=minutes_ago),
        **kw,
    )


class MessageBoxSpy:
    """Replaces QMessageBox in a module: records calls and answers questions."""

    StandardButton = QMessageBox.StandardButton

    def __init__(self, answer=QMessageBox.StandardButton.Yes) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str, str]] = []

    def _record(self, kind, _parent, title, text, *args, **kwargs):
        self.calls.append((kind, title, text))
        return self.answer

    def question(self, *a, **k):
        return self._record("question", *a, **k)

    def information(self, *a, **k):
        return self._record("information", *a, **k)

    def warning(self, *a, **k):
        return self._record("warning", *a, **k)

    def critical(self, *a, **k):
        return self._record("critical", *a, **k)

    def texts(self, kind=None) -> list[str]:
        return [t for k, _ti, t in self.calls if kind is None or k == kind]


def focused():
    return QApplication.focusWidget()
