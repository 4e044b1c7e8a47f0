"""Counting prints: every print, reprint and export of an endorsement is recorded and audited;
a reprint needs a reason and is numbered ("CETAK ULANG ke-N")."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import Conflict, NotFound, ValidationError
from ..i18n import _
from ..models import LegalEntry, LegalPrint, User
from ..security import Actor, Permission
from .common import (
    ENDORSING_WHATS,
    MAX_COPIES,
    MAX_REASON,
    PRINT_KINDS,
    PRINT_WHATS,
    EntryInfo,
    PrintRecord,
    check_reason,
    clean_text,
)
from .entries import entry_infos


def next_print(entry: EntryInfo, what: str) -> tuple[str, int]:
    """The kind a print of ``what`` will be, and N of "CETAK ULANG ke-N" (0: first print).

    The first print of an endorsement (copy or block) is a ``print``; every later one is a
    ``reprint`` and needs a reason. Receipts are always a plain print.
    """
    if what not in ENDORSING_WHATS or entry.print_count == 0:
        return "print", 0
    return "reprint", entry.reprint_count + 1


def _check_print_args(kind: str, what: str, copies: int, reason: str) -> str:
    if kind not in PRINT_KINDS:
        raise ValidationError(_("Jenis cetak tidak dikenal: {k}.", k=kind))
    if what not in PRINT_WHATS:
        raise ValidationError(_("Jenis dokumen cetak tidak dikenal: {w}.", w=what))
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            _("Jumlah cetak harus 1 sampai {hi}.", hi=MAX_COPIES), [("copies", _("tidak valid"))]
        )
    if kind == "reprint":
        return check_reason(reason, _("Cetak ulang wajib disertai alasan."))
    reason = clean_text(reason)
    if kind == "export" and not reason:
        reason = "ekspor"
    if len(reason) > MAX_REASON:
        raise ValidationError(_("Alasan terlalu panjang (maksimal {n} karakter).", n=MAX_REASON))
    return reason


def record_print_in(
    session: Session,
    actor: Actor,
    entry_id: int,
    kind: str,
    what: str,
    copies: int = 1,
    reason: str = "",
) -> tuple[LegalEntry, int]:
    """Count a print inside the caller's write transaction; returns (entry, reprint N).

    For :mod:`legal_print`, which renders the PDF in the same transaction so the printed
    "CETAK ULANG ke-N" and the count cannot disagree.
    """
    reason = _check_print_args(kind, what, copies, reason)
    entry = session.get(LegalEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound(_("Entri legalisir tidak ditemukan."))
    if entry.revoked_at is not None:
        raise Conflict(
            _("Legalisir {no} telah dicabut dan tidak dapat dicetak.", no=entry.register_no)
        )
    if kind == "print" and what in ENDORSING_WHATS and entry.print_count > 0:
        raise Conflict(
            _(
                "Legalisir {no} sudah pernah dicetak; gunakan Cetak ulang dan tuliskan alasannya.",
                no=entry.register_no,
            )
        )
    reprint_no = 0
    if what in ENDORSING_WHATS or kind != "print":
        entry.print_count += 1
        if kind in ("reprint", "export"):
            entry.reprint_count += 1
            reprint_no = entry.reprint_count
    session.add(
        LegalPrint(
            entry_id=entry.id,
            user_id=actor.user_id,
            kind=kind,
            what=what,
            copies=copies,
            reason=reason,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        f"legal.{kind}",
        "legal_entry",
        entry.id,
        register_no=entry.register_no,
        what=what,
        copies=copies,
        reason=reason,
        reprint_no=reprint_no,
    )
    return entry, reprint_no


def record_print(
    db: Database,
    actor: Actor,
    entry_id: int,
    kind: str,
    what: str,
    copies: int = 1,
    reason: str = "",
) -> PrintRecord:
    """Count and audit a print (``kind`` print | reprint | export; ``what`` copy | endorsement |
    receipt). A reprint needs a reason; an export's reason defaults to "ekspor"."""
    audit.require(db, actor, Permission.LEGAL_EDIT, f"legal.{kind}")
    with db.write() as session:
        entry, reprint_no = record_print_in(session, actor, entry_id, kind, what, copies, reason)
        info = entry_infos(session, [entry])[0]
    return PrintRecord(info, kind, what, copies, reprint_no)


def print_history(db: Database, actor: Actor, entry_id: int) -> list[dict[str, Any]]:
    """Prints of one entry, oldest first: at, username, kind, what, copies, reason."""
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.view")
    with db.read() as session:
        rows = session.execute(
            select(LegalPrint, User.username)
            .outerjoin(User, User.id == LegalPrint.user_id)
            .where(LegalPrint.entry_id == entry_id)
            .order_by(LegalPrint.id)
        ).all()
        return [
            {
                "at": p.at,
                "username": username or "system",
                "kind": p.kind,
                "what": p.what,
                "copies": p.copies,
                "reason": p.reason,
            }
            for p, username in rows
        ]
