"""Run slow core calls on the thread pool; results come back on the GUI thread.

The background part only calls the core (never a widget), as in Anki's ``aqt.operations``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals reach it as queued calls."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Any], None]) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_done(self, value: Any) -> None:
        _running.discard(self)
        self._on_done(value)

    @Slot(object)
    def _deliver_error(self, exc: Any) -> None:
        _running.discard(self)
        self._on_error(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
            log.exception("background job failed")
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Any], None],
) -> None:
    """Call ``fn()`` on the global thread pool; ``on_done(result)`` or ``on_error(exc)`` then
    runs on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _running.add(relay)  # keep it alive until delivered
    QThreadPool.globalInstance().start(_Job(fn, relay))
