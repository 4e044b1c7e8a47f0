"""The append-only, hash-chained audit log (DESIGN §9).

Each entry stores the hash of the entry before it and its own hash over its content; the hash of
the newest entry is also kept in the settings table, so removing the last lines is noticed too.
Entries are written inside the caller's transaction: the change and its audit line commit together.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .db import Database
from .errors import PermissionDenied
from .i18n import _
from .models import AuditEntry, Setting, utcnow
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
    """Refuse (and audit the refusal) unless ``actor``'s role grants ``permission``."""
    if actor.can(permission):
        return
    with db.write() as session:
        record(session, actor, "permission.denied", permission=str(permission), what=what)
    raise PermissionDenied(
        _("Peran Anda ({role}) tidak berwenang untuk tindakan ini.", role=actor.role.value)
    )


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
