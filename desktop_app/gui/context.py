"""What every page needs: the database, who is logged in, and app-wide signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop_app.core.db import Database
from desktop_app.core.security import Actor, Permission


class AppSignals(QObject):
    """Broadcasts so pages refresh each other without knowing each other."""

    requests_changed = Signal()  # a request was created, edited or changed status
    legal_changed = Signal()  # a legalization entry was saved, printed or revoked
    settings_changed = Signal()  # office profile, officials, services, templates
    users_changed = Signal()  # an account was added, disabled, given another role
    # Another PC (or another window's session) wrote to a topic ("requests", "legal",
    # "settings", "users"): emitted by gui/changes.py before the topic's own signal.
    changed_elsewhere = Signal(str)


@dataclass
class AppContext:
    db: Database
    actor: Actor
    signals: AppSignals = field(default_factory=AppSignals)

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
