"""Replies to citizens: one template per status (seeded by migration, edited by a supervisor),
rendered for a request and opened as a wa.me link. Sending is recorded as an event.

A reply only states what happened: the documents still missing (picked by the officer when
asking for them), the numbers of the documents issued and how they were handed over; the due
date is a date (the office does not promise an hour); the office's number is written the way
people dial it; the citizen is addressed as Bapak or Ibu when the NIK says which.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop_app.core import audit, clock, settings
from desktop_app.core.db import Database
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.formatting import long_date, phone_display
from desktop_app.core.i18n import _, official_document
from desktop_app.core.models import MessageTemplate, Request, Service
from desktop_app.core.security import Actor, Permission

from .common import DELIVERY_LABELS, STATUSES, status_label
from .workflow import add_event

PLACEHOLDERS = {
    "nama": "nama pemohon",
    "sapaan": "Bapak, Ibu, atau Bapak/Ibu (menurut NIK)",
    "tiket": "nomor tiket",
    "layanan": "nama layanan",
    "status": "status permohonan",
    "jatuh_tempo": "tanggal batas penyelesaian",
    "telepon_kantor": "nomor telepon/WhatsApp kantor",
    "berkas_kurang": "daftar berkas yang masih kurang",
    "alasan": "alasan penolakan",
    "nomor_dokumen": "nomor dokumen yang terbit",
    "penyerahan": "cara dokumen diserahkan",
    "hasil": "nomor dokumen dan cara penyerahannya, dalam kalimat",
}
MAX_TEMPLATE = 2_000

# The sentence each method puts in the "selesai" reply. Official text: always Indonesian.
DELIVERY_SENTENCES = {
    "whatsapp": "Dokumen telah kami kirim melalui WhatsApp ini.",
    "email": "Dokumen telah kami kirim ke alamat e-mail {email}.",
    "pos": "Dokumen telah kami kirim melalui pos ke alamat {sapaan}.",
    "diambil": "Dokumen dapat diambil di kantor Disdukcapil pada hari kerja dengan menunjukkan "
    "nomor tiket ini.",
}


@dataclass(frozen=True)
class WhatsAppMessage:
    text: str
    url: str | None  # None when there is no mobile number
    problem: str  # why there is no link ("" when url is set)


def list_templates(db: Database) -> dict[str, str]:
    with db.read() as session:
        rows = {t.status: t.body for t in session.scalars(select(MessageTemplate))}
    return {s: rows.get(s, "") for s in STATUSES}


def check_template(body: str) -> str:
    """Refuse unknown or malformed ``{placeholders}``; returns the trimmed body."""
    body = str(body or "").strip()
    if not body:
        raise ValidationError(_("Isi templat wajib diisi."), [("body", _("kosong"))])
    if len(body) > MAX_TEMPLATE:
        raise ValidationError(_("Templat terlalu panjang (maksimal {n} karakter).", n=MAX_TEMPLATE))
    try:
        names = [f for _lit, f, _spec, _conv in string.Formatter().parse(body) if f is not None]
    except ValueError:
        raise ValidationError(
            _("Tanda kurung kurawal tidak berpasangan. Tulis {{ atau }} untuk kurung biasa."),
            [("body", _("format salah"))],
        ) from None
    unknown = sorted({n for n in names if n not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            _(
                "Isian tidak dikenal: {names}. Yang tersedia: {known}.",
                names=", ".join("{" + n + "}" for n in unknown),
                known=", ".join("{" + n + "}" for n in PLACEHOLDERS),
            ),
            [("body", ", ".join(unknown))],
        )
    return body


def save_template(db: Database, actor: Actor, status: str, body: str) -> None:
    audit.require(db, actor, Permission.SETTINGS_EDIT, "templates.save")
    if status not in STATUSES:
        raise ValidationError(_("Status tidak dikenal: {s}", s=status))
    body = check_template(body)
    with db.write() as session:
        row = session.get(MessageTemplate, status)
        if row is None:
            session.add(MessageTemplate(status=status, body=body))
        else:
            row.body = body
        audit.record(session, actor, "templates.save", "template", status, length=len(body))


def due_date_text(moment: datetime) -> str:
    """``Senin, 30 November 2026`` (the office's day): a due date is a day, not an hour."""
    return long_date(clock.office_date(moment), weekday=True)


def salutation(nik: str | None) -> str:
    """``Bapak`` or ``Ibu`` from the NIK (a woman's birth day has 40 added), else
    ``Bapak/Ibu`` (no NIK, or one that cannot be read)."""
    from desktop_app.core.identity import parse_nik

    if not nik:
        return "Bapak/Ibu"
    try:
        info = parse_nik(nik)
    except ValidationError:
        return "Bapak/Ibu"
    return "Ibu" if info.sex == "P" else "Bapak"


def delivery_label(code: str | None) -> str:
    return _(DELIVERY_LABELS[code]) if code in DELIVERY_LABELS else ""


def _without_full_stop(text: str | None) -> str:
    """A reason typed with or without a final full stop: the template adds its own."""
    return " ".join((text or "").split()).rstrip(" .")


def reply_values(
    *,
    name: str,
    nik: str | None,
    ticket: str,
    service_name: str,
    status: str,
    due_at: datetime,
    office_phone: str | None,
    email: str | None = None,
    missing_documents: list[str] | tuple[str, ...] = (),
    reject_reason: str | None = None,
    document_numbers: list[str] | tuple[str, ...] = (),
    delivery: str | None = None,
) -> dict[str, str]:
    """The placeholder values of one reply (also used for the templates tab's preview)."""
    sapaan = salutation(nik)
    numbers = ", ".join(document_numbers)
    handed = ""
    if delivery in DELIVERY_SENTENCES:
        handed = DELIVERY_SENTENCES[delivery].format(email=email or "yang tercatat", sapaan=sapaan)
    result = " ".join(
        part for part in (f"Nomor dokumen: {numbers}." if numbers else "", handed) if part
    )
    return {
        "sapaan": sapaan,
        "nama": name,
        "tiket": ticket,
        "layanan": service_name,
        "status": status_label(status),
        "jatuh_tempo": due_date_text(due_at),
        "telepon_kantor": phone_display(office_phone) if office_phone else "-",
        "berkas_kurang": "\n".join(f"- {doc}" for doc in missing_documents) or "-",
        "alasan": _without_full_stop(reject_reason) or "-",
        "nomor_dokumen": numbers or "-",
        "penyerahan": handed or "-",
        "hasil": result,
    }


def fill_template(body: str, values: dict[str, str]) -> str:
    """``body`` with its placeholders filled; an empty sentence leaves no double space."""
    text = body.format(**values)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


@official_document()  # the reply goes to the citizen: always Indonesian
def render_message(db: Database, actor: Actor, request_id: int, status: str | None = None) -> str:
    """The reply for the request's current status (or ``status``), placeholders filled."""
    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.message")
    office = settings.get_office(db)
    with db.read() as session:
        req = session.get(Request, request_id)
        if req is None:
            raise NotFound(_("Permohonan tidak ditemukan."))
        service = session.get(Service, req.service_code)
        status = status or req.status
        template = session.get(MessageTemplate, status)
        values = reply_values(
            name=req.name,
            nik=req.nik,
            ticket=req.ticket,
            service_name=service.name if service else req.service_code,
            status=status,
            due_at=req.due_at,
            office_phone=office.whatsapp or office.phone,
            email=req.email,
            missing_documents=split_documents(req.missing_documents),
            reject_reason=req.reject_reason,
            document_numbers=split_numbers(req.document_no),
            delivery=req.delivery,
        )
    body = template.body if template else "{sapaan} {nama}: {tiket} ({layanan}) — {status}"
    return fill_template(body, values)


def split_documents(stored: str | None) -> list[str]:
    return [line for line in (stored or "").splitlines() if line.strip()]


def split_numbers(stored: str | None) -> list[str]:
    return [n.strip() for n in (stored or "").split(",") if n.strip()]


def wa_url(db: Database, actor: Actor, request_id: int, text: str | None = None) -> WhatsAppMessage:
    """The rendered text and a wa.me link; a landline or missing number gives a clear reason."""
    from desktop_app.core.identity import normalize_phone, wa_link

    if text is None:
        body = render_message(db, actor, request_id)  # checks the actor
    else:
        audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.message")
        body = text
    with db.read() as session:
        req = session.get(Request, request_id)
        if req is None:
            raise NotFound(_("Permohonan tidak ditemukan."))
        phone = req.phone
    if not phone:
        return WhatsAppMessage(body, None, _("Pemohon tidak mencantumkan nomor HP."))
    info = normalize_phone(phone)
    if not info.is_mobile:
        return WhatsAppMessage(
            body,
            None,
            _(
                "Nomor {number} adalah telepon rumah/kantor, bukan nomor HP: tidak bisa "
                "dihubungi lewat WhatsApp. Hubungi lewat telepon.",
                number=info.display,
            ),
        )
    return WhatsAppMessage(body, wa_link(info.e164, body), "")


def record_whatsapp_sent(db: Database, actor: Actor, request_id: int, text: str) -> None:
    """The officer opened the WhatsApp link: keep the text sent as an event of kind whatsapp."""
    audit.require(db, actor, Permission.REQUESTS_EDIT, "requests.whatsapp")
    add_event(db, actor, request_id, "whatsapp", str(text)[:5000], length=len(text))
