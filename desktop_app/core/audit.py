"""The append-only, hash-chained audit log (docs/design.md#users-and-audit).

Each entry stores the hash of the entry before it and its own hash over its content; the hash of
the newest entry is also kept in the settings table, so removing the last lines is noticed too.
Entries are written inside the caller's transaction: the change and its audit line commit together.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .db import Database
from .errors import PermissionDenied
from .i18n import _
from .models import AuditEntry, Setting, User, utcnow
from .security import Actor, Permission

GENESIS = "0" * 64
HEAD_KEY = "audit.head"
_PG_LOCK_KEY = 7_410_001  # advisory lock serialising appends on PostgreSQL


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    payload = json.dumps(
        [
            prev_hash,
            entry.at.isoformat(timespec="microseconds"),
            entry.user_id,
            entry.username,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str = "",
    entity_id: object = "",
    **detail: Any,
) -> AuditEntry:
    """Append one entry in ``session``'s transaction (which must be a write transaction)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    # Read the head afresh under the lock: a copy this session loaded earlier may be stale
    # (another counter appended meanwhile), and chaining to it would fork the chain.
    head = session.get(Setting, HEAD_KEY, populate_existing=True)
    prev_hash = json.loads(head.value)["hash"] if head else GENESIS
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "-",
        action=action,
        entity=entity,
        entity_id=str(entity_id) if entity_id is not None else "",
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=prev_hash,
        entry_hash="",
    )
    entry.entry_hash = _digest(prev_hash, entry)
    session.add(entry)
    session.flush()
    value = json.dumps({"id": entry.id, "hash": entry.entry_hash})
    if head:
        head.value = value
    else:
        session.add(Setting(key=HEAD_KEY, value=value))
    return entry


def require(db: Database, actor: Actor, permission: Permission, what: str = "") -> None:
    """Refuse (and audit the refusal) unless ``actor``'s account is still active and its role
    grants ``permission``.

    Called for every page the request list fetches, so the usual pass costs no write: the role
    check is in memory and the account check is one primary-key read, remembered for a few
    seconds (:func:`forget_active` drops it when a supervisor disables someone here).
    """
    if not _still_active(db, actor):
        with db.write() as session:
            record(
                session,
                actor,
                "permission.denied",
                permission=str(permission),
                what=what,
                reason="disabled",
            )
        raise PermissionDenied(
            _("Akun Anda telah dinonaktifkan oleh supervisor; hubungi supervisor.")
        )
    if actor.can(permission):
        return
    with db.write() as session:
        record(session, actor, "permission.denied", permission=str(permission), what=what)
    raise refusal(actor)


def refusal(actor: Actor) -> PermissionDenied:
    """The refusal for ``actor``: by role for a user; the password-less command line is told
    that the act needs a user who is allowed it."""
    if actor.user_id is None and actor.grants is not None:
        return PermissionDenied(
            _(
                "Tindakan ini tidak berwenang tanpa login: perlu akun yang berwenang beserta "
                "kata sandinya."
            )
        )
    return PermissionDenied(
        _("Peran Anda ({role}) tidak berwenang untuk tindakan ini.", role=actor.role.value)
    )


# A user disabled while logged in must stop at their next operation. Only "still active" is
# remembered, per database object (so two test databases with the same user ids never mix), for
# ACTIVE_TTL seconds: another counter's change shows within that time, this process's at once.
ACTIVE_TTL = 5.0
_active_seen: weakref.WeakKeyDictionary[Database, dict[int, float]] = weakref.WeakKeyDictionary()
_active_lock = threading.Lock()


def _still_active(db: Database, actor: Actor) -> bool:
    user_id = actor.user_id
    if user_id is None:  # SYSTEM: the command line acting for the IT staff
        return True
    now = time.monotonic()
    with _active_lock:
        seen = _active_seen.get(db)
        if seen is not None and now - seen.get(user_id, -ACTIVE_TTL) < ACTIVE_TTL:
            return True
    with db.read() as session:
        active = bool(session.scalar(select(User.active).where(User.id == user_id)))
    if active:
        with _active_lock:
            _active_seen.setdefault(db, {})[user_id] = now
    return active


def forget_active(user_id: int | None = None) -> None:
    """Drop what :func:`require` remembers about ``user_id`` (every user when None), in every
    open database of this process: the next operation reads the account afresh."""
    with _active_lock:
        for seen in _active_seen.values():
            if user_id is None:
                seen.clear()
            else:
                seen.pop(user_id, None)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    broken_id: int | None = None
    reason: str = ""


def verify_chain(db: Database) -> ChainReport:
    """Walk the chain in order; report the first entry that was edited, removed or moved."""
    prev = GENESIS
    checked = 0
    last_id = None
    with db.read() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
            checked += 1
            if entry.prev_hash != prev:
                return ChainReport(
                    False,
                    checked,
                    entry.id,
                    _("entri sebelumnya telah dihapus, disisipkan atau diubah urutannya"),
                )
            if _digest(prev, entry) != entry.entry_hash:
                return ChainReport(False, checked, entry.id, _("isi entri telah diubah"))
            prev = entry.entry_hash
            last_id = entry.id
        head = session.get(Setting, HEAD_KEY)
    if head is not None:
        expected = json.loads(head.value)
        if expected["hash"] != prev:
            return ChainReport(
                False,
                checked,
                expected["id"],
                _("entri terakhir (nomor {id}) telah dihapus atau diubah", id=expected["id"]),
            )
    elif last_id is not None:
        return ChainReport(False, checked, last_id, _("penanda akhir rantai audit hilang"))
    return ChainReport(True, checked)


def list_entries(
    db: Database,
    actor: Actor,
    *,
    action_prefix: str = "",
    username: str = "",
    limit: int = 500,
    offset: int = 0,
) -> tuple[list[AuditRow], int]:
    """Newest first, for the *Audit* page (supervisors only)."""
    require(db, actor, Permission.AUDIT_VIEW, "audit.list")
    query = select(AuditEntry)
    count = select(func.count()).select_from(AuditEntry)
    if action_prefix:
        query = query.where(AuditEntry.action.startswith(action_prefix))
        count = count.where(AuditEntry.action.startswith(action_prefix))
    if username:
        query = query.where(AuditEntry.username == username)
        count = count.where(AuditEntry.username == username)
    with db.read() as session:
        total = session.scalar(count) or 0
        rows = [
            AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id, json.loads(e.detail))
            for e in session.scalars(
                query.order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
            )
        ]
    return rows, total
