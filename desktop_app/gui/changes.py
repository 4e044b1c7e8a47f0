"""Follow what other PCs write: poll the core's change counters and re-emit the app signals.

One :class:`ChangeWatcher` per session reads ``core.changes.versions`` (one primary-key read)
every ``POLL_MS``; a topic whose counter moved becomes ``changed_elsewhere(topic)`` and then that
topic's own signal (``requests_changed`` …), which the open pages already follow. A change made
in this session emits the signal itself; the watcher, connected first, takes in the counters at
that moment so the same change does not come back as "elsewhere" a second time.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from sqlalchemy.exc import SQLAlchemyError

from desktop_app.core import changes
from desktop_app.core.errors import LoketError
from desktop_app.gui.context import AppContext

log = logging.getLogger(__name__)

POLL_MS = 2000  # lists follow other PCs within this plus one refresh (target: 5 s)


class ChangeWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.polls = 0
        self.seen = self._read() or {}
        signals = ctx.signals
        self.topic_signals = {
            "requests": signals.requests_changed,
            "legal": signals.legal_changed,
            "settings": signals.settings_changed,
            "users": signals.users_changed,
        }
        for signal in self.topic_signals.values():
            signal.connect(self.take_in)
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _read(self) -> dict[str, int] | None:
        try:
            return changes.versions(self.ctx.db)
        except (LoketError, SQLAlchemyError) as exc:
            # A network hiccup: the next poll tries again; pages keep what they show meanwhile.
            log.warning("change counters not readable: %s", type(exc).__name__)
            return None

    def take_in(self) -> None:
        """A change this session made (or a refresh already under way): the counters now."""
        now = self._read()
        if now is not None:
            self.seen = now

    def poll(self) -> list[str]:
        """Read the counters; signal each topic that moved. Returns those topics."""
        self.polls += 1
        now = self._read()
        if now is None:
            return []
        moved = [topic for topic in changes.TOPICS if now.get(topic) != self.seen.get(topic)]
        self.seen = now
        for topic in moved:
            self.ctx.signals.changed_elsewhere.emit(topic)
            signal = self.topic_signals.get(topic)
            if signal is not None:
                signal.emit()
        return moved

    def stop(self) -> None:
        self.timer.stop()
