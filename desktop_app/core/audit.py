"""The append-only audit log, chained under a key kept outside the database
(docs/design.md#users-and-audit).

Each entry stores the hash of the entry before it and its own HMAC over its content under the
office audit key (core/audit_key.py); the head (newest hash and the number of entries) is kept in
the settings table under the same key, so removing the last lines is noticed too. Whoever holds
only the database file cannot recompute the chain. The head is also printed on every daily report
and kept in every backup: ``verify_chain(anchors=...)`` checks the chain still passes through
them, which finds even a chain rolled back to an earlier state.

Databases made before the key existed keep their plain SHA-256 entries; a key takes over where
the chain stood (its file records that point), and every later entry must be keyed.
Entries are written inside the caller's transaction: the change and its audit line commit together.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from . import audit_key
from .audit_key import GENESIS, AuditKey, AuditKeyMissing
from .db import Database
from .errors import PermissionDenied, ValidationError
from .i18n import _
from .models import AuditEntry, Setting, User, utcnow
from .security import Actor, Permission

HEAD_KEY = "audit.head"
_PG_LOCK_KEY = 7_410_001  # advisory lock serialising appends on PostgreSQL
SHORT_HASH = 12  # hex characters of the head printed as an anchor


def _payload(prev_hash: str, entry: AuditEntry) -> list[Any]:
    return [
        prev_hash,
        entry.at.isoformat(timespec="microseconds"),
        entry.user_id,
        entry.username,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.detail,
    ]


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    """The plain SHA-256 of entries written before the audit key existed."""
    payload = json.dumps(_payload(prev_hash, entry), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _keyed_digest(key: AuditKey, prev_hash: str, entry: AuditEntry) -> str:
    return key.mac("chain", key.key_id, *_payload(prev_hash, entry))


def _head_mac(key: AuditKey, head: dict[str, Any]) -> str:
    return key.mac("head", key.key_id, head.get("id"), head["hash"], head["count"])


def _read_head(session: Session) -> tuple[Setting | None, dict[str, Any] | None]:
    # Read afresh under the lock: a copy this session loaded earlier may be stale (another
    # counter appended meanwhile), and chaining to it would fork the chain.
    row = session.get(Setting, HEAD_KEY, populate_existing=True)
    return row, (json.loads(row.value) if row is not None else None)


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def session_key(session: Session) -> AuditKey:
    """The audit key of the database ``session`` writes to (inside its write transaction).

    A database not yet keyed gets a new key here, taking over its chain where it stands.
    Raises :class:`AuditKeyMissing` when the database names a key this PC does not have.
    """
    return _keyed_head(session)[0]


def _keyed_head(session: Session) -> tuple[AuditKey, Setting, dict[str, Any]]:
    _lock_chain(session)
    row, head = _read_head(session)
    if head is not None and head.get("key"):
        key = audit_key.load(head["key"])
        if key is None:
            raise AuditKeyMissing(head["key"])
        assert row is not None
        return key, row, head
    count = (
        int(head["count"])
        if head is not None and "count" in head
        else int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    )
    key = audit_key.create(count, head["hash"] if head is not None else GENESIS)
    state: dict[str, Any] = {"id": head["id"] if head else None, "hash": key.start_hash}
    state.update(count=count, key=key.key_id)
    state["mac"] = _head_mac(key, state)
    if row is None:
        row = Setting(key=HEAD_KEY, value=json.dumps(state))
        session.add(row)
    else:
        row.value = json.dumps(state)
    session.flush()
    return key, row, state


def key_problem(db: Database) -> AuditKeyMissing | None:
    """Why this PC cannot record in ``db`` (its audit key is not here), or None: checked at start
    so the window says so before anyone tries to log in."""
    with db.read() as session:
        row = session.get(Setting, HEAD_KEY)
    key_id = json.loads(row.value).get("key") if row is not None else None
    if key_id and audit_key.load(key_id) is None:
        return AuditKeyMissing(key_id)
    return None


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str = "",
    entity_id: object = "",
    **detail: Any,
) -> AuditEntry:
    """Append one entry in ``session``'s transaction (which must be a write transaction)."""
    key, row, head = _keyed_head(session)
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else "-",
        action=action,
        entity=entity,
        entity_id=str(entity_id) if entity_id is not None else "",
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
        prev_hash=head["hash"],
        entry_hash="",
        key_id=key.key_id,
    )
    entry.entry_hash = _keyed_digest(key, head["hash"], entry)
    session.add(entry)
    session.flush()
    state: dict[str, Any] = {"id": entry.id, "hash": entry.entry_hash, "count": head["count"] + 1}
    state["key"] = key.key_id
    state["mac"] = _head_mac(key, state)
    row.value = json.dumps(state)
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
    missing_key: str = ""  # set when the chain cannot be checked on this PC (key not here)
    anchors_checked: int = 0


@dataclass(frozen=True)
class Anchor:
    """Where the chain stood at some moment: the number of entries and the first characters of
    the newest entry's hash. Printed on every daily report and kept in every backup."""

    count: int
    short_hash: str
    source: str = ""

    @property
    def text(self) -> str:
        from .formatting import format_int

        return _("Jejak audit: {n} entri · {h}", n=format_int(self.count), h=self.short_hash)


def anchor(db: Database) -> Anchor:
    """The chain's head now (one row read): what the daily report prints."""
    with db.read() as session:
        row = session.get(Setting, HEAD_KEY)
        if row is None:
            return Anchor(0, GENESIS[:SHORT_HASH])
        head = json.loads(row.value)
        count = head.get("count")
        if count is None:  # a head from before keys: counted once
            count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return Anchor(int(count), str(head["hash"])[:SHORT_HASH])


# "Jejak audit: 12.345 entri · 0123456789ab" (the report's wording; digits grouped by dots)
_ANCHOR_TEXT = re.compile(r"Jejak audit:\s*([\d.,\s]+?)\s*entri\s*\S\s*([0-9a-f]{12})")


def anchors_in_file(path: Path) -> list[Anchor]:
    """The anchors a file carries: a daily report PDF (its printed line) or a backup (its
    head). Raises ValidationError for anything else."""
    from .backup import SQLITE_HEADER

    path = Path(path)
    try:
        with path.open("rb") as fh:
            start = fh.read(16)
    except OSError as exc:
        from .errors import os_reason

        raise ValidationError(
            _("Berkas {name} tidak dapat dibaca: {reason}", name=path.name, reason=os_reason(exc))
        ) from exc
    if start.startswith(b"%PDF"):
        return _anchors_in_pdf(path)
    if start == SQLITE_HEADER:
        return [_anchor_in_backup(path)]
    raise ValidationError(
        _(
            "Berkas {name} bukan laporan harian (PDF) atau cadangan Loket; tidak ada jejak audit "
            "untuk dibandingkan.",
            name=path.name,
        )
    )


def _anchors_in_pdf(path: Path) -> list[Anchor]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    except (PyPdfError, ValueError, KeyError, OSError) as exc:
        raise ValidationError(_("Berkas PDF {name} tidak dapat dibaca.", name=path.name)) from exc
    found = list(
        dict.fromkeys(  # the same line is in every page's footer
            Anchor(int(re.sub(r"\D", "", count)), short, path.name)
            for count, short in _ANCHOR_TEXT.findall(text)
        )
    )
    if not found:
        raise ValidationError(_("Laporan {name} tidak memuat baris jejak audit.", name=path.name))
    return found


def _anchor_in_backup(path: Path) -> Anchor:
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (HEAD_KEY,)).fetchone()
            count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ValidationError(
            _("Cadangan {name} tidak dapat dibaca: {reason}", name=path.name, reason=exc)
        ) from exc
    if row is None:
        return Anchor(int(count), GENESIS[:SHORT_HASH], path.name)
    head = json.loads(row[0])
    if head.get("key"):
        key = audit_key.load(head["key"])
        if key is None or _head_mac(key, head) != head.get("mac"):
            raise ValidationError(
                _(
                    "Jejak audit di cadangan {name} tidak dapat dipercaya (segelnya tidak cocok "
                    "dengan kunci audit komputer ini).",
                    name=path.name,
                )
            )
    return Anchor(int(head.get("count", count)), str(head["hash"])[:SHORT_HASH], path.name)


def verify_chain(db: Database, anchors: list[Anchor] | tuple[Anchor, ...] = ()) -> ChainReport:
    """Walk the chain in order; report the first entry that was edited, removed, moved or
    recomputed without the key, a head that does not match, and any anchor the chain no longer
    passes through."""
    by_position: dict[int, list[Anchor]] = {}
    for a in anchors:
        by_position.setdefault(a.count, []).append(a)
    # A plain entry written after this PC's keys existed was keyed once: the chain was
    # recomputed without the key (keys from before it are not affected).
    keys_since = min((k.created for k in audit_key.local_keys()), default=None)
    prev = GENESIS
    checked = 0
    last_id = None
    current: AuditKey | None = None
    anchors_checked = 0
    with db.read() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
            if entry.prev_hash != prev:
                return ChainReport(
                    False,
                    checked + 1,
                    entry.id,
                    _("entri sebelumnya telah dihapus, disisipkan atau diubah urutannya"),
                )
            if not entry.key_id:
                if current is not None or (keys_since is not None and entry.at > keys_since):
                    return ChainReport(
                        False,
                        checked + 1,
                        entry.id,
                        _("entri dihitung ulang tanpa kunci audit (rantai dipalsukan)"),
                    )
                expected = _digest(prev, entry)
            else:
                if current is None or current.key_id != entry.key_id:
                    key = audit_key.load(entry.key_id)
                    if key is None:
                        return ChainReport(
                            False,
                            checked,
                            entry.id,
                            _(
                                "kunci audit {key} tidak ada di komputer ini; rantai tidak dapat "
                                "diperiksa (pasang kuncinya: loket audit key install BERKAS)",
                                key=entry.key_id,
                            ),
                            missing_key=entry.key_id,
                        )
                    if current is None and (key.start_count != checked or key.start_hash != prev):
                        return ChainReport(
                            False,
                            checked + 1,
                            entry.id,
                            _("entri sebelum kunci audit dipasang telah dihapus atau diubah"),
                        )
                    current = key
                expected = _keyed_digest(current, prev, entry)
            if expected != entry.entry_hash:
                return ChainReport(False, checked + 1, entry.id, _("isi entri telah diubah"))
            prev = entry.entry_hash
            checked += 1
            last_id = entry.id
            for a in by_position.get(checked, ()):
                if not prev.startswith(a.short_hash):
                    return ChainReport(
                        False,
                        checked,
                        entry.id,
                        _anchor_mismatch(a, checked),
                        anchors_checked=anchors_checked,
                    )
                anchors_checked += 1
        row = session.get(Setting, HEAD_KEY)
    for a in anchors:
        if a.count > checked:
            return ChainReport(
                False,
                checked,
                last_id,
                _(
                    "log audit hanya berisi {n} entri, padahal {source} mencatat {m}: entri "
                    "telah dihapus",
                    n=checked,
                    source=a.source or _("jejak"),
                    m=a.count,
                ),
                anchors_checked=anchors_checked,
            )
    if row is None:
        if last_id is not None:
            return ChainReport(False, checked, last_id, _("penanda akhir rantai audit hilang"))
        return ChainReport(True, checked, anchors_checked=anchors_checked)
    head = json.loads(row.value)
    lost_tail = _("entri terakhir (nomor {id}) telah dihapus atau diubah", id=head.get("id"))
    if head.get("hash") != prev or head.get("count", checked) != checked:
        return ChainReport(False, checked, head.get("id"), lost_tail)
    if head.get("key"):
        key = audit_key.load(head["key"])
        if key is None:
            return ChainReport(
                False,
                checked,
                last_id,
                _("kunci audit {key} tidak ada di komputer ini", key=head["key"]),
                missing_key=head["key"],
            )
        if _head_mac(key, head) != head.get("mac"):
            return ChainReport(False, checked, head.get("id"), lost_tail)
    elif current is not None:
        return ChainReport(False, checked, head.get("id"), lost_tail)
    return ChainReport(True, checked, anchors_checked=anchors_checked)


def _anchor_mismatch(a: Anchor, position: int) -> str:
    return _(
        "entri ke-{n} tidak sama dengan yang tercatat di {source} ({short}): rantai telah "
        "diganti atau dihitung ulang",
        n=position,
        source=a.source or _("jejak"),
        short=a.short_hash,
    )


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
