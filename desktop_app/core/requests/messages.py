"""WhatsApp replies: one template per status (seeded by migration 0002, edited by a supervisor),
rendered for a request and opened as a wa.me link. Sending is recorded as an event."""

from __future__ import annotations

import string
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.core import audit, clock, settings
from desktop_app.core.db import Database
from desktop_app.core.errors import NotFound, ValidationError
from desktop_app.core.i18n import _, official_document
from desktop_app.core.models import MessageTemplate, Request, Service
from desktop_app.core.security import Actor, Permission

from .common import STATUSES, status_label
from .workflow import add_event

PLACEHOLDERS = {
    "nama": "nama pemohon",
    "tiket": "nomor tiket",
    "layanan": "nama layanan",
    "status": "status permohonan",
    "jatuh_tempo": "batas waktu penyelesaian",
    "telepon_kantor": "nomor telepon/WhatsApp kantor",
    "alasan": "alasan penolakan",
    "nomor_dokumen": "nomor dokumen yang terbit",
}
MAX_TEMPLATE = 2_000
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)  # fmt: skip


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


def long_datetime(moment) -> str:  # type: ignore[no-untyped-def]
    """``Senin, 30 November 2026 pukul 23.59 WIB`` (the office zone)."""
    local = clock.to_office(moment)
    return (
        f"{HARI[local.weekday()]}, {local.day} {BULAN[local.month - 1]} {local.year} "
        f"pukul {local:%H.%M} {clock.zone_name()}"
    )


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
        values = {
            "nama": req.name,
            "tiket": req.ticket,
            "layanan": service.name if service else req.service_code,
            "status": status_label(status),
            "jatuh_tempo": long_datetime(req.due_at),
            "telepon_kantor": office.whatsapp or office.phone or "-",
            "alasan": req.reject_reason or "-",
            "nomor_dokumen": req.document_no or "-",
        }
    body = template.body if template else "{nama}: {tiket} ({layanan}) — {status}"
    return body.format(**values)


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
