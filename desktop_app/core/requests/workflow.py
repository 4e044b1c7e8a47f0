"""Creating requests and driving them through the status workflow (docs/design.md#requests).

Every change is a ``RequestEvent`` plus an audit entry in the same transaction. Changes carry
the ``version`` the caller read (optimistic concurrency): if someone saved in between, the call
raises ``Conflict`` naming who, and nothing is overwritten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.core import audit, clock, settings, workdays
from desktop_app.core.db import Database
from desktop_app.core.errors import Conflict, NotFound, ValidationError
from desktop_app.core.formatting import time_of_day
from desktop_app.core.i18n import _
from desktop_app.core.models import Request, RequestEvent, Service, User
from desktop_app.core.security import Actor, Permission, Role

from . import tickets
from .common import (
    CLOSED_STATUSES,
    DELIVERY_METHODS,
    MAX_MESSAGE,
    NOTE_PROCESSOR,
    NOTE_SELF,
    NOTE_UNASSIGNED,
    OPEN_STATUSES,
    STATUSES,
    TRANSITIONS,
    assigned_note,
    check_channel,
    check_person,
    check_received,
    check_whatsapp_contact,
    clean_text,
    delivery_note,
    document_note,
    edited_note,
    fold_name,
    missing_note,
    nik_required,
    raise_problems,
    status_label,
)


@dataclass(frozen=True)
class EventInfo:
    id: int
    at: datetime
    user_id: int | None
    user_name: str  # full name (or username) of who did it; "Sistem" for imports/system
    kind: str  # create | status | assign | edit | whatsapp | import
    from_status: str | None
    to_status: str | None
    note: str


@dataclass(frozen=True)
class RequestDetail:
    """Everything the request form shows. ``version`` must be passed back with any change."""

    id: int
    ticket: str
    service_code: str
    service_name: str
    channel: str
    received_at: datetime
    name: str
    nik: str
    kk: str | None
    phone: str | None  # E.164
    email: str | None
    notes: str
    external_ref: str | None
    status: str
    due_at: datetime
    overdue: bool
    assigned_to: int | None
    officer_name: str
    created_by: int | None
    created_at: datetime
    updated_at: datetime
    closed_at: datetime | None
    document_no: str | None  # the issued number(s), ", "-separated
    reject_reason: str | None
    version: int
    next_statuses: tuple[str, ...]  # moves the workflow allows from here (reopen: supervisor)
    events: tuple[EventInfo, ...]
    delivery: str | None = None  # how the finished document reached the citizen
    missing_documents: tuple[str, ...] = ()  # asked for at "menunggu_berkas"


@dataclass(frozen=True)
class DuplicateInfo:
    id: int
    ticket: str
    status: str
    received_at: datetime


def is_overdue(status: str, due_at: datetime, now: datetime | None = None) -> bool:
    return status in OPEN_STATUSES and (now or datetime.now(UTC)) > due_at


def _user_name(user: User | None) -> str:
    if user is None:
        return _("Sistem")
    return user.full_name or user.username


def _detail(session: Session, req: Request) -> RequestDetail:
    service = session.get(Service, req.service_code)
    officer = session.get(User, req.assigned_to) if req.assigned_to else None
    users: dict[int, User | None] = {}
    events = []
    for ev in session.scalars(
        select(RequestEvent)
        .where(RequestEvent.request_id == req.id)
        .order_by(RequestEvent.at, RequestEvent.id)
    ):
        if ev.user_id is not None and ev.user_id not in users:
            users[ev.user_id] = session.get(User, ev.user_id)
        who = users.get(ev.user_id) if ev.user_id is not None else None
        events.append(
            EventInfo(
                ev.id,
                ev.at,
                ev.user_id,
                _user_name(who),
                ev.kind,
                ev.from_status,
                ev.to_status,
                ev.note,
            )  # fmt: skip
        )
    return RequestDetail(
        id=req.id,
        ticket=req.ticket,
        service_code=req.service_code,
        service_name=service.name if service else req.service_code,
        channel=req.channel,
        received_at=req.received_at,
        name=req.name,
        nik=req.nik,
        kk=req.kk,
        phone=req.phone,
        email=req.email,
        notes=req.notes,
        external_ref=req.external_ref,
        status=req.status,
        due_at=req.due_at,
        overdue=is_overdue(req.status, req.due_at),
        assigned_to=req.assigned_to,
        officer_name=_user_name(officer) if officer else "",
        created_by=req.created_by,
        created_at=req.created_at,
        updated_at=req.updated_at,
        closed_at=req.closed_at,
        document_no=req.document_no,
        delivery=req.delivery,
        missing_documents=tuple(
            line for line in (req.missing_documents or "").splitlines() if line.strip()
        ),
        reject_reason=req.reject_reason,
        version=req.version,
        next_statuses=TRANSITIONS.get(req.status, ()),
        events=tuple(events),
    )


def get_detail(db: Database, actor: Actor, request_id: int) -> RequestDetail:
    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.view")
    with db.read() as session:
        req = session.get(Request, request_id)
        if req is None:
            raise NotFound(_("Permohonan tidak ditemukan."))
        return _detail(session, req)


def open_duplicates(db: Database, actor: Actor, nik: str, service_code: str) -> list[DuplicateInfo]:
    """Open requests of the same NIK for the same service: the form warns before saving
    (a warning, not a refusal — a second request can be legitimate)."""
    from desktop_app.core.identity import clean_number

    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.duplicates")
    nik = clean_number(nik)
    with db.read() as session:
        rows = session.execute(
            select(Request.id, Request.ticket, Request.status, Request.received_at)
            .where(
                Request.nik == nik,
                Request.service_code == service_code.upper(),
                Request.status.in_(OPEN_STATUSES),
            )
            .order_by(Request.received_at)
        )
        return [DuplicateInfo(*row) for row in rows]


def _event(
    session: Session,
    actor: Actor,
    req: Request,
    kind: str,
    note: str = "",
    from_status: str | None = None,
    to_status: str | None = None,
) -> None:
    session.add(
        RequestEvent(
            request_id=req.id,
            at=datetime.now(UTC),
            user_id=actor.user_id,
            kind=kind,
            from_status=from_status,
            to_status=to_status,
            note=note,
        )
    )


def create_request(
    db: Database,
    actor: Actor,
    *,
    channel: str,
    service_code: str,
    name: str,
    nik: str,
    received_at: datetime | None = None,
    kk: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    notes: str = "",
    external_ref: str | None = None,
    assign_to_self: bool = False,
    message: str | None = None,
) -> RequestDetail:
    """Log a new request (status ``baru``); gives it a ticket and a due date. ``message``: the
    citizen's own text (a pasted WhatsApp chat), kept in the history as it arrived.

    Raises ValidationError listing every bad field (keys as in ``common.FIELD_LABELS``).
    """
    audit.require(db, actor, Permission.REQUESTS_EDIT, "requests.create")
    problems: list[tuple[str, str]] = []
    received = check_received(received_at, problems)
    clean_channel = check_channel(channel, problems)
    code = clean_text(service_code).upper()
    person = check_person(
        name, nik, kk, phone, email, notes, external_ref, problems,
        nik_required=nik_required(code),
    )  # fmt: skip
    check_whatsapp_contact(clean_channel, person[3], problems)
    original = str(message or "").strip()
    if len(original) > MAX_MESSAGE:
        problems.append(
            ("message", _("Pesan terlalu panjang (maksimal {n} karakter).", n=MAX_MESSAGE))
        )
    holidays = settings.holiday_set(db)
    with db.write() as session:
        service = session.get(Service, code) if code else None
        if service is None or not service.active:
            problems.append(
                ("service_code", _("Layanan tidak dikenal: {value}", value=code or "-"))
            )
        raise_problems(problems)
        assert service is not None
        name_, nik_, kk_, phone_, email_, notes_, ref_ = person
        day = clock.office_date(received)
        seq = tickets.reserve(session, code, day)
        req = Request(
            ticket=tickets.format_ticket(code, day, seq),
            service_code=code,
            channel=clean_channel,
            received_at=received,
            name=name_,
            name_folded=fold_name(name_),
            nik=nik_,
            kk=kk_,
            phone=phone_,
            email=email_,
            notes=notes_,
            external_ref=ref_,
            status="baru",
            due_at=workdays.due_at(received, service.target_days, holidays),
            assigned_to=actor.user_id if assign_to_self else None,
            created_by=actor.user_id,
        )
        session.add(req)
        session.flush()
        _event(session, actor, req, "create", to_status="baru")
        if original:
            _event(session, actor, req, "message", original)
        if assign_to_self and actor.user_id is not None:
            _event(session, actor, req, "assign", note=NOTE_SELF)
        audit.record(
            session, actor, "request.create", "request", req.id, ticket=req.ticket,
            service=code, channel=clean_channel,
        )  # fmt: skip
        session.flush()
        return _detail(session, req)


def _load_for_change(session: Session, request_id: int, version: int) -> Request:
    req = session.get(Request, request_id)
    if req is None:
        raise NotFound(_("Permohonan tidak ditemukan."))
    if req.version != version:
        raise _conflict(session, req)
    return req


def _conflict(session: Session, req: Request) -> Conflict:
    last = session.scalar(
        select(RequestEvent)
        .where(RequestEvent.request_id == req.id)
        .order_by(RequestEvent.at.desc(), RequestEvent.id.desc())
        .limit(1)
    )
    who = _user_name(session.get(User, last.user_id) if last and last.user_id else None)
    when = clock.office_date(req.updated_at)
    at = f"{time_of_day(req.updated_at)} {clock.zone_name()}"
    return Conflict(
        _(
            "Permohonan ini baru saja diubah oleh {user} (pukul {at}, {day}). Perubahan Anda "
            "belum disimpan; muat ulang permohonan lalu ulangi.",
            user=who,
            at=at,
            day=when.strftime("%d-%m-%Y"),
        )
    )


def _commit_change(
    db: Database, request_id: int, work: Callable[[Session], RequestDetail]
) -> RequestDetail:
    """Run ``work(session)`` on request ``request_id`` in a write transaction; a concurrent
    save becomes Conflict."""
    try:
        with db.write() as session:
            return work(session)
    except StaleDataError:
        with db.read() as session:
            raise _conflict_by_id(session, request_id) from None


def _conflict_by_id(session: Session, request_id: int) -> Conflict:
    req = session.get(Request, request_id)
    return _conflict(session, req) if req else Conflict(_("Permohonan ini baru saja diubah."))


MAX_DOCUMENTS_ASKED = 20
MAX_DOCUMENT_NAME = 200
MAX_DOCUMENT_NUMBER = 80
MAX_DOCUMENT_NUMBERS = 500  # characters of all numbers together


def _clean_list(values: object) -> list[str]:
    """Entries of a list (or of one text, one entry per line or comma) without blanks and
    repeats, in order."""
    if values is None:
        return []
    if isinstance(values, str):
        values = values.replace(",", "\n").splitlines()
    seen: dict[str, None] = {}
    for value in values:  # type: ignore[attr-defined]
        text = clean_text(value)
        if text and text.casefold() not in {k.casefold() for k in seen}:
            seen[text] = None
    return list(seen)


def change_status(
    db: Database,
    actor: Actor,
    request_id: int,
    version: int,
    to_status: str,
    *,
    note: str = "",
    document_no: str | None = None,
    reason: str | None = None,
    missing_documents: Sequence[str] | None = None,
    document_numbers: Sequence[str] | None = None,
    delivery: str | None = None,
) -> RequestDetail:
    """Move a request along the workflow. ``menunggu_berkas`` needs the documents still
    missing (they go into the reply); ``ditolak`` needs ``reason``; ``selesai`` records the
    issued document number(s) (``document_numbers``, or ``document_no`` with commas) and how
    they were handed over (``delivery``); leaving selesai/ditolak (reopening) is a supervisor's
    act."""
    audit.require(db, actor, Permission.REQUESTS_EDIT, "requests.status")
    if to_status not in STATUSES:
        raise ValidationError(_("Status tidak dikenal: {s}", s=to_status), [("status", to_status)])
    note = str(note or "").strip()
    reason = clean_text(reason) if reason else ""
    documents = _clean_list(missing_documents)
    numbers = _clean_list(document_numbers if document_numbers is not None else document_no)
    delivery = clean_text(delivery).lower() or None
    problems: list[tuple[str, str]] = []
    if to_status == "menunggu_berkas":
        if not documents:
            problems.append(
                (
                    "missing_documents",
                    _("Sebutkan berkas yang masih kurang: pilih dari daftar atau tulis."),
                )
            )
        elif len(documents) > MAX_DOCUMENTS_ASKED or any(
            len(d) > MAX_DOCUMENT_NAME for d in documents
        ):
            problems.append(("missing_documents", _("Daftar berkas terlalu panjang.")))
    if to_status == "selesai":
        if any(len(n) > MAX_DOCUMENT_NUMBER for n in numbers) or (
            len(", ".join(numbers)) > MAX_DOCUMENT_NUMBERS
        ):
            problems.append(("document_numbers", _("Nomor dokumen terlalu panjang.")))
        if delivery is not None and delivery not in DELIVERY_METHODS:
            problems.append(
                ("delivery", _("Cara penyerahan tidak dikenal: {value}", value=delivery))
            )
    raise_problems(problems)
    with db.read() as session:
        current = session.get(Request, request_id)
        if current is None:
            raise NotFound(_("Permohonan tidak ditemukan."))
        if current.version != version:
            # Someone saved first: the officer must see the new state (a Conflict), not a
            # refusal about reopening a request they saw open.
            raise _conflict(session, current)
        reopening = current.status in CLOSED_STATUSES
    if reopening:
        audit.require(db, actor, Permission.REQUESTS_REOPEN, "requests.reopen")

    def work(session: Session) -> RequestDetail:
        req = _load_for_change(session, request_id, version)
        old = req.status
        if to_status not in TRANSITIONS.get(old, ()):
            raise ValidationError(
                _(
                    "Status {old} tidak dapat diubah menjadi {new}.",
                    old=status_label(old),
                    new=status_label(to_status),
                ),
                [("status", to_status)],
            )
        if to_status == "ditolak" and not reason:
            raise ValidationError(
                _("Alasan penolakan wajib diisi."), [("reason", _("Alasan penolakan wajib diisi."))]
            )
        if len(reason) > 2000 or len(note) > 5000:
            raise ValidationError(_("Catatan atau alasan terlalu panjang."))
        now = datetime.now(UTC)
        req.status = to_status
        req.updated_at = now
        req.missing_documents = "\n".join(documents) if to_status == "menunggu_berkas" else None
        if to_status in CLOSED_STATUSES:
            req.closed_at = now
            if to_status == "selesai":
                req.document_no = ", ".join(numbers) or None
                req.delivery = delivery
            else:
                req.reject_reason = reason
        else:
            req.closed_at = None
            if old in CLOSED_STATUSES:
                req.reject_reason = None
        lines = []
        if to_status == "ditolak":
            lines.append(reason)
        elif to_status == "menunggu_berkas":
            lines.append(missing_note(documents))
        elif to_status == "selesai":
            if numbers:
                lines.append(document_note(", ".join(numbers)))
            if delivery:
                lines.append(delivery_note(delivery))
        if note:
            lines.append(note)
        _event(session, actor, req, "status", "\n".join(lines), old, to_status)
        # Whoever first works on an unassigned request owns it (work-per-officer counts).
        if to_status != "baru" and req.assigned_to is None and actor.user_id is not None:
            req.assigned_to = actor.user_id
            _event(session, actor, req, "assign", NOTE_PROCESSOR)
        audit.record(
            session, actor, "request.reopen" if old in CLOSED_STATUSES else "request.status",
            "request", req.id, ticket=req.ticket, old=old, new=to_status,
            reason=reason or None, document_no=", ".join(numbers) or None, delivery=delivery,
            missing_documents=len(documents) or None,
        )  # fmt: skip
        session.flush()
        return _detail(session, req)

    return _commit_change(db, request_id, work)


def assign(
    db: Database, actor: Actor, request_id: int, version: int, officer_id: int | None
) -> RequestDetail:
    """Hand a request to an officer (yourself or another petugas/supervisor); None unassigns."""
    audit.require(db, actor, Permission.REQUESTS_EDIT, "requests.assign")

    def work(session: Session) -> RequestDetail:
        req = _load_for_change(session, request_id, version)
        officer = None
        if officer_id is not None:
            officer = session.get(User, officer_id)
            if (
                officer is None
                or not officer.active
                or officer.role not in (Role.PETUGAS.value, Role.SUPERVISOR.value)
            ):
                raise ValidationError(
                    _("Petugas tidak ditemukan atau tidak menangani permohonan."),
                    [("officer_id", _("tidak valid"))],
                )
        old = req.assigned_to
        if old == officer_id:
            return _detail(session, req)
        req.assigned_to = officer_id
        req.updated_at = datetime.now(UTC)
        note = assigned_note(_user_name(officer)) if officer else NOTE_UNASSIGNED
        _event(session, actor, req, "assign", note)
        audit.record(
            session, actor, "request.assign", "request", req.id, ticket=req.ticket,
            old=old, new=officer_id,
        )  # fmt: skip
        session.flush()
        return _detail(session, req)

    return _commit_change(db, request_id, work)


EDITABLE = (
    "channel", "service_code", "received_at", "name", "nik", "kk", "phone", "email", "notes",
    "external_ref",
)  # fmt: skip


def update_request(
    db: Database, actor: Actor, request_id: int, version: int, **changes: object
) -> RequestDetail:
    """Correct a request's fields (any of ``EDITABLE``). The ticket stays; a changed service or
    received time recomputes the due date. The event and audit entry name the changed fields
    (NIK/KK only masked in the audit log)."""
    from desktop_app.core.identity import mask_nik

    audit.require(db, actor, Permission.REQUESTS_EDIT, "requests.edit")
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    holidays = settings.holiday_set(db)

    def work(session: Session) -> RequestDetail:
        req = _load_for_change(session, request_id, version)
        merged = {f: getattr(req, f) for f in EDITABLE} | changes
        problems: list[tuple[str, str]] = []
        received = check_received(merged["received_at"], problems)
        channel = check_channel(merged["channel"], problems)
        code = clean_text(merged["service_code"]).upper()
        name, nik, kk, phone, email, notes, ref = check_person(
            merged["name"], merged["nik"], merged["kk"], merged["phone"], merged["email"],
            merged["notes"], merged["external_ref"], problems,
            nik_required=nik_required(code),
        )  # fmt: skip
        if "channel" in changes or "phone" in changes:
            # Older requests without a number stay editable; changing the contact must not
            # leave a WhatsApp request without one.
            check_whatsapp_contact(channel, phone, problems)
        service = session.get(Service, code) if code else None
        if service is None:
            problems.append(
                ("service_code", _("Layanan tidak dikenal: {value}", value=code or "-"))
            )
        raise_problems(problems)
        assert service is not None
        new = {
            "channel": channel, "service_code": code, "received_at": received, "name": name,
            "nik": nik, "kk": kk, "phone": phone, "email": email, "notes": notes,
            "external_ref": ref,
        }  # fmt: skip
        changed = [f for f in EDITABLE if new[f] != getattr(req, f)]
        if not changed:
            return _detail(session, req)
        detail: dict[str, object] = {}
        for f in changed:
            old_v, new_v = getattr(req, f), new[f]
            if f in ("nik", "kk"):
                old_v = mask_nik(old_v) if old_v else None
                new_v = mask_nik(new_v) if new_v else None  # type: ignore[arg-type]
            elif f == "notes":
                old_v, new_v = len(old_v or ""), len(new_v or "")  # type: ignore[arg-type]
            detail[f] = {"old": old_v, "new": new_v}
            setattr(req, f, new[f])
        if "name" in changed:
            req.name_folded = fold_name(name)
        if "service_code" in changed or "received_at" in changed:
            req.due_at = workdays.due_at(received, service.target_days, holidays)
        req.updated_at = datetime.now(UTC)
        _event(session, actor, req, "edit", edited_note(changed))
        audit.record(
            session, actor, "request.edit", "request", req.id, ticket=req.ticket, changes=detail
        )
        session.flush()
        return _detail(session, req)

    return _commit_change(db, request_id, work)


def add_event(
    db: Database, actor: Actor, request_id: int, kind: str, note: str, **audit_detail: object
) -> None:
    """Append an event that changes no field (e.g. a WhatsApp reply sent); no version needed."""
    with db.write() as session:
        req = session.get(Request, request_id)
        if req is None:
            raise NotFound(_("Permohonan tidak ditemukan."))
        _event(session, actor, req, kind, note)
        audit.record(
            session, actor, f"request.{kind}", "request", req.id, ticket=req.ticket, **audit_detail
        )
