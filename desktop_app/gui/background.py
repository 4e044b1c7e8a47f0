"""A core call on the thread pool that reports progress (import, export).

The worker only calls the core and emits signals; the signals are delivered on the GUI thread
(queued connections to a QObject living there), where widgets are updated.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total (0: unknown yet)
    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], signals: TaskSignals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - the GUI thread shows it
            if not hasattr(exc, "message"):
                log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_alive: set[TaskSignals] = set()


def start_task(
    fn: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> TaskSignals:
    """Run ``fn(progress)`` off the GUI thread; the callbacks run on the GUI thread."""
    signals = TaskSignals()
    _alive.add(signals)

    def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            _alive.discard(signals)
            callback(value)

        return deliver

    signals.done.connect(finish(on_done))
    signals.failed.connect(finish(on_error))
    if on_progress is not None:
        signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Runnable(fn, signals))
    return signals
