"""GUI fixtures: per-test QSettings, the compiled resources, and a logged-in AppContext."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def qsettings(tmp_path, qapp):
    """QSettings go to an INI file in the test's folder, never to the user's real settings."""
    from PySide6.QtCore import QSettings

    from desktop_app.gui import app as gui_app

    folder = tmp_path / "qsettings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName(gui_app.ORGANIZATION)
    qapp.setApplicationName("Loket Dukcapil Test")
    QSettings().clear()
    yield QSettings()
    QSettings().clear()


@pytest.fixture
def make_ctx(db):
    from desktop_app.gui.context import AppContext

    def make(actor):
        return AppContext(db, actor)

    return make


@pytest.fixture
def styled_app(qapp):
    """The app's style sheet applied, as in production (screenshots and layout checks)."""
    from desktop_app.gui import app as gui_app

    qapp.setStyleSheet(gui_app.read_style_sheet())
    yield qapp
    qapp.setStyleSheet("")
