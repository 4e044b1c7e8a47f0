"""GUI fixtures: per-test QSettings, the compiled resources, and a logged-in AppContext."""

from __future__ import annotations

import os
import tempfile

import pytest

# Before any QApplication or QSettings exists: even code that runs outside the per-test fixture
# below (module imports, session fixtures) finds a throw-away config folder, never ~/.config.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="loket-test-config-")


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp):
    """As in the app: reference cycles are collected on the GUI thread only, so a widget left
    in a cycle by an earlier test never dies on a worker's thread (docs/design.md#threads)."""
    from desktop_app.gui import collector

    return collector.install(qapp)


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
    # As at a real start in the default language: Indonesian locale, no translator.
    gui_app.install_translator(qapp, "id")
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


@pytest.fixture(autouse=True)
def discard_answers(monkeypatch):
    """Every "discard unsaved work?" question is answered here, never by a real modal box
    (which would wait forever offscreen, e.g. when a test's teardown closes a filled form).
    By default the work is discarded; a test appends False to keep it. ``asked`` records the
    window names asked about."""
    from desktop_app.gui import editing

    class Answers(list):
        asked: list[str]

    answers = Answers()
    answers.asked = []

    def ask(parent, what):
        answers.asked.append(what)
        return answers.pop(0) if answers else True

    monkeypatch.setattr(editing, "ask_discard", ask)
    return answers


@pytest.fixture(autouse=True)
def confirm_answers(monkeypatch):
    """Every "are you sure?" (widgets.confirm) is answered here, never by a real modal box. By
    default the act goes ahead; a test appends False to cancel. ``asked`` records the texts."""
    from desktop_app.gui import widgets

    class Answers(list):
        asked: list[str]

    answers = Answers()
    answers.asked = []

    def confirm(parent, title, text, action, **_options):
        answers.asked.append(text)
        return answers.pop(0) if answers else True

    monkeypatch.setattr(widgets, "confirm", confirm)
    return answers
