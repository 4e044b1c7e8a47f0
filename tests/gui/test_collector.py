"""Reference cycles are collected on the GUI thread only (gui/collector.py): a Qt object left in
a cycle is never destroyed by a background task's thread (a CI run crashed that way)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt, QTimer

from desktop_app.gui import app as gui_app
from desktop_app.gui import background, collector

destroyed_on: list[str] = []


def record_thread() -> None:
    destroyed_on.append(threading.current_thread().name)


def allocate_cycles(_progress) -> int:
    """What a busy worker does: enough container allocations to cross the collector's
    thresholds many times over."""
    made = 0
    for _ in range(50 * gc.get_threshold()[0]):
        cycle: list = []
        cycle.append(cycle)
        made += 1
    return made


def test_the_app_switches_automatic_collection_off(qapp):
    gc.enable()
    assert gui_app.create_application() is qapp
    assert not gc.isenabled()
    assert collector.install(qapp) is qapp.findChild(collector.GuiThreadCollector)  # once


def test_a_qt_object_in_a_cycle_dies_on_the_gui_thread_while_a_worker_allocates(qtbot, qapp):
    collector.install(qapp)
    destroyed_on.clear()
    widget_like = QObject()
    QTimer(widget_like).start(60_000)  # a running timer: Qt refuses to stop it elsewhere
    widget_like.destroyed.connect(record_thread, Qt.ConnectionType.DirectConnection)
    cycle: list = [widget_like]
    cycle.append(cycle)
    del widget_like, cycle  # only the cycle holds it now

    results: list[int] = []
    background.start_task(allocate_cycles, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    assert results[0] > 0
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=60_000)  # the collector's timer
    assert destroyed_on == [threading.main_thread().name]
