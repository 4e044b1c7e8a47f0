"""The register: saving an entry under the next number of its year, reading entries back,
and revoking one.

Saving takes the next register number of the year from ``legal_counters`` in the same
transaction (row locked), so numbers never skip or repeat, even with several counters on one
PostgreSQL database.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer

from .. import audit, clock
from ..db import Database
from ..errors import Conflict, NotFound
from ..i18n import _
from ..models import LegalCounter, LegalDocument, LegalEntry, User
from ..security import Actor, Permission
from .codes import group_code
from .common import (
    DocumentInfo,
    EntryInfo,
    EntryInput,
    OfficialSnapshot,
    check_reason,
    clean_text,
    doc_label,
    mask_number,
    purpose_label,
)
from .keys import KeyUnavailable, SigningKey, key_label, signing_key
from .scans import ScanFile
from .signing import format_index, sign_entry
from .validation import check_entry, check_register_format, render_register_no


def _key_if_ready(db: Database) -> SigningKey | None:
    """This PC's signing key if it can sign without asking anything; else the entry is saved
    unsigned and signed at its first print (where a missing key or passphrase is asked for)."""
    try:
        return signing_key(db)
    except KeyUnavailable:
        return None


def _next_seq(session: Session, year: int) -> int:
    """Take the next number of ``year``; the counter row stays locked until the entry commits.

    SQLite write transactions are BEGIN IMMEDIATE (one writer at a time); on PostgreSQL the row
    is locked with SELECT ... FOR UPDATE, and ON CONFLICT makes the first entry of a year safe.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    session.execute(
        insert(LegalCounter)
        .values(year=year, last_seq=0)
        .on_conflict_do_nothing(index_elements=["year"])
    )
    counter = session.scalars(
        select(LegalCounter)
        .where(LegalCounter.year == year)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    counter.last_seq += 1
    session.flush()
    return counter.last_seq


def create_entry(
    db: Database, actor: Actor, data: EntryInput, *, now: datetime | None = None
) -> EntryInfo:
    """Check and save a new entry with the next register number of the year (one transaction:
    a refused or failed save leaves no gap). The entry's date and the register year are the
    office's day (core/clock.py), whatever zone the PC is set to. ``now`` (aware) only for demo
    data and tests."""
    from ..settings import get_value

    audit.require(db, actor, Permission.LEGAL_EDIT, "legal.create")
    clean, snapshot, official_id = check_entry(db, data)
    moment = now or clock.now()
    day = clock.office_date(moment)
    fmt = check_register_format(get_value(db, "legal_register_format"))
    verify_url = str(get_value(db, "legal_verify_url") or "")
    key = _key_if_ready(db)
    try:
        with db.write() as session:
            seq = _next_seq(session, day.year)
            entry = LegalEntry(
                year=day.year,
                seq=seq,
                register_no=render_register_no(fmt, seq, day),
                created_at=moment,
                entry_date=day,
                created_by=actor.user_id,
                applicant_name=clean.applicant_name,
                nik=clean.nik,
                phone=clean.phone or None,
                purpose=clean.purpose,
                purpose_other=clean.purpose_other,
                recruitment_no=clean.recruitment_no,
                official_id=official_id,
                official_snapshot=json.dumps(snapshot.__dict__, ensure_ascii=False),
                verification_code="",
                scheme="ecdsa",
                format_index=format_index(session, fmt),
                print_count=0,
                reprint_count=0,
            )
            docs = [
                LegalDocument(
                    position=i,
                    doc_type=d.doc_type,
                    doc_name=d.doc_name,
                    doc_number=d.doc_number,
                    copies=d.copies,
                    scan_name=d.scan.name[:255] if d.scan else None,
                    scan_mime=d.scan.mime if d.scan else None,
                    scan=d.scan.data if d.scan else None,
                    tte=d.tte,
                )
                for i, d in enumerate(clean.documents)
            ]
            if key is not None:
                sign_entry(session, entry, docs, key, verify_url)
            session.add(entry)
            session.flush()
            for doc in docs:
                doc.entry_id = entry.id
                session.add(doc)
            session.flush()
            audit.record(
                session,
                actor,
                "legal.create",
                "legal_entry",
                entry.id,
                register_no=entry.register_no,
                nik=mask_number(entry.nik),
                purpose=entry.purpose,
                documents=len(docs),
                copies=sum(d.copies for d in docs),
                official=snapshot.name,
                signed_with=key_label(key.key_id) if key else "",
                tte_reminded=[d.position + 1 for d in docs if d.tte],
            )
            return entry_info(entry, docs, actor.username)
    except IntegrityError as exc:
        raise Conflict(
            _(
                "Nomor register bentrok dengan entri lain; periksa format nomor register di "
                "Pengaturan lalu simpan ulang."
            )
        ) from exc


def documents_of(session: Session, entry_id: int) -> list[LegalDocument]:
    return list(
        session.scalars(
            select(LegalDocument)
            .where(LegalDocument.entry_id == entry_id)
            .order_by(LegalDocument.position)
        )
    )


def entry_info(
    entry: LegalEntry, docs: list[LegalDocument], created_by: str = "", revoked_by: str = ""
) -> EntryInfo:
    snap = json.loads(entry.official_snapshot or "{}")
    return EntryInfo(
        id=entry.id,
        register_no=entry.register_no,
        year=entry.year,
        seq=entry.seq,
        entry_date=entry.entry_date,
        created_at=entry.created_at,
        created_by=created_by,
        applicant_name=entry.applicant_name,
        nik=entry.nik,
        nik_masked=mask_number(entry.nik),
        phone=entry.phone or "",
        purpose=entry.purpose,
        purpose_label=purpose_label(entry.purpose, entry.purpose_other),
        recruitment_no=entry.recruitment_no,
        official_id=entry.official_id,
        official=OfficialSnapshot(
            snap.get("name", ""), snap.get("title", ""), snap.get("rank", ""), snap.get("nip", "")
        ),
        code=entry.verification_code,
        code_display=group_code(entry.verification_code),
        documents=tuple(
            DocumentInfo(
                d.position,
                d.doc_type,
                doc_label(d.doc_type, d.doc_name),
                d.doc_number,
                d.copies,
                d.scan_name,
                d.scan_mime,
                d.payload or "",
                bool(d.tte),
            )
            for d in docs
        ),
        print_count=entry.print_count,
        reprint_count=entry.reprint_count,
        revoked_at=entry.revoked_at,
        revoke_reason=entry.revoke_reason,
        revoked_by=revoked_by,
        scheme=entry.scheme,
        key_id=entry.key_id,
        payload=entry.payload or "",
    )


def _usernames(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.username).where(User.id.in_(wanted))).all())


def entry_infos(session: Session, entries: list[LegalEntry]) -> list[EntryInfo]:
    names = _usernames(session, {e.created_by for e in entries} | {e.revoked_by for e in entries})
    docs: dict[int, list[LegalDocument]] = {e.id: [] for e in entries}
    if entries:
        for d in session.scalars(
            select(LegalDocument)
            .where(LegalDocument.entry_id.in_(list(docs)))
            .order_by(LegalDocument.entry_id, LegalDocument.position)
        ):
            docs[d.entry_id].append(d)
    return [
        entry_info(
            e,
            docs[e.id],
            names.get(e.created_by, "") if e.created_by else "",
            names.get(e.revoked_by, "") if e.revoked_by else "",
        )
        for e in entries
    ]


def get_entry(db: Database, actor: Actor, entry_id: int) -> EntryInfo:
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.view")
    with db.read() as session:
        entry = session.get(LegalEntry, entry_id)
        if entry is None:
            raise NotFound(_("Entri legalisir tidak ditemukan."))
        return entry_infos(session, [entry])[0]


def find_entry(db: Database, actor: Actor, register_no: str) -> EntryInfo:
    """By register number (exact, then ignoring case)."""
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.view")
    wanted = (register_no or "").strip()
    with db.read() as session:
        entry = session.scalar(select(LegalEntry).where(LegalEntry.register_no == wanted))
        if entry is None:
            entry = session.scalar(
                select(LegalEntry).where(func.lower(LegalEntry.register_no) == wanted.lower())
            )
        if entry is None:
            raise NotFound(_("Nomor register {no} tidak ditemukan.", no=wanted))
        return entry_infos(session, [entry])[0]


def list_entries(
    db: Database,
    actor: Actor,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    purpose: str | None = None,
    search: str = "",
    limit: int | None = 1000,
    offset: int = 0,
) -> tuple[list[EntryInfo], int]:
    """Register entries, oldest first (register order), and the total matching count.

    ``search`` matches the applicant's name (any part, any case), the NIK (digits, any part)
    or the register number.
    """
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.list")
    conditions = []
    if date_from is not None:
        conditions.append(LegalEntry.entry_date >= date_from)
    if date_to is not None:
        conditions.append(LegalEntry.entry_date <= date_to)
    if purpose:
        conditions.append(LegalEntry.purpose == purpose)
    term = clean_text(search)
    if term:
        digits = re.sub(r"[\s.\-]", "", term)
        options = [
            func.lower(LegalEntry.applicant_name).contains(term.lower(), autoescape=True),
            func.lower(LegalEntry.register_no).contains(term.lower(), autoescape=True),
        ]
        if digits.isdigit():
            options.append(LegalEntry.nik.contains(digits, autoescape=True))
        conditions.append(or_(*options))
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(LegalEntry).where(*conditions)) or 0
        query = (
            select(LegalEntry)
            .where(*conditions)
            .order_by(LegalEntry.year, LegalEntry.seq)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        return entry_infos(session, list(session.scalars(query))), total


def scan_of(db: Database, actor: Actor, entry_id: int, position: int) -> ScanFile | None:
    """The stored scan of one document (for printing and the preview)."""
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.scan")
    with db.read() as session:
        doc = session.scalar(
            select(LegalDocument)
            .where(LegalDocument.entry_id == entry_id, LegalDocument.position == position)
            .options(undefer(LegalDocument.scan))
        )
        if doc is None or doc.scan is None or doc.scan_mime is None:
            return None
        return ScanFile(doc.scan_name or "pindaian", doc.scan_mime, doc.scan)


def revoke(db: Database, actor: Actor, entry_id: int, reason: str) -> EntryInfo:
    """Revoke an entry (supervisor only, reason required); it then verifies as ``revoked``."""
    from ..models import utcnow

    audit.require(db, actor, Permission.LEGAL_REVOKE, "legal.revoke")
    reason = check_reason(reason, _("Pencabutan wajib disertai alasan."))
    with db.write() as session:
        entry = session.get(LegalEntry, entry_id, with_for_update=True)
        if entry is None:
            raise NotFound(_("Entri legalisir tidak ditemukan."))
        if entry.revoked_at is not None:
            raise Conflict(_("Legalisir {no} sudah dicabut sebelumnya.", no=entry.register_no))
        entry.revoked_at = utcnow()
        entry.revoked_by = actor.user_id
        entry.revoke_reason = reason
        session.flush()
        audit.record(
            session,
            actor,
            "legal.revoke",
            "legal_entry",
            entry.id,
            register_no=entry.register_no,
            reason=reason,
        )
        return entry_infos(session, [entry])[0]
