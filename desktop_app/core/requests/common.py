"""Vocabulary and field rules shared by the request form, the importer and the queries.

Field keys in ``ValidationError.problems`` are the Indonesian column names of the import format
(README, "Import format"): ``diterima``, ``kanal``, ``layanan``, ``nik``, ``no_kk``, ``nama``,
``no_hp``, ``email``, ``keterangan``, ``ref`` — so a form and an import report name a field the
same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import text as sql_text

from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import N_, _
from desktop_app.core.models.requests import OPEN_CONDITION

CHANNELS = ("web", "wa", "telepon", "email", "loket")
CHANNEL_LABELS = {
    "web": "Web (e-SIAK)",
    "wa": "WhatsApp",
    "telepon": "Telepon",
    "email": "E-mail",
    "loket": "Loket (datang langsung)",
}
STATUSES = ("baru", "diproses", "menunggu_berkas", "selesai", "ditolak")
STATUS_LABELS = {
    "baru": "Baru",
    "diproses": "Diproses",
    "menunggu_berkas": "Menunggu berkas",
    "selesai": "Selesai",
    "ditolak": "Ditolak",
}
# How a finished document reached the citizen (recorded at "selesai").
DELIVERY_METHODS = ("whatsapp", "email", "pos", "diambil")
DELIVERY_LABELS = {
    "whatsapp": "WhatsApp",
    "email": "E-mail",
    "pos": "Pos",
    "diambil": "Diambil di kantor",
}
OPEN_STATUSES = ("baru", "diproses", "menunggu_berkas")
# The condition of the open-requests index, as SQL (the list adds it to a query on open
# requests so that the planner may use that index; migration 0010 has the same words).
OPEN_ROWS = sql_text("requests." + OPEN_CONDITION)
CLOSED_STATUSES = ("selesai", "ditolak")

# Allowed moves. Moves out of a closed status are reopenings (supervisor only).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "baru": ("diproses", "ditolak"),
    "diproses": ("menunggu_berkas", "selesai", "ditolak"),
    "menunggu_berkas": ("diproses", "selesai", "ditolak"),
    "selesai": ("diproses",),
    "ditolak": ("diproses",),
}

# A problem names its field by the core's own (English) name for it; this is what a person reads.
FIELD_LABELS = {
    "received_at": "Waktu diterima",
    "channel": "Kanal",
    "service_code": "Layanan",
    "nik": "NIK",
    "kk": "Nomor KK",
    "name": "Nama",
    "phone": "Nomor HP",
    "email": "E-mail",
    "notes": "Keterangan",
    "external_ref": "Referensi",
    "message": "Pesan pemohon",
}

MAX_NAME = 200
MAX_NOTES = 5_000
MAX_MESSAGE = 10_000  # a pasted WhatsApp chat kept with the request
MAX_REF = 100
MAX_EMAIL = 200
# A received time may be a little ahead of this PC's clock (another counter's clock), not more.
FUTURE_TOLERANCE = timedelta(hours=1)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_APOSTROPHES = str.maketrans("", "", "'’‘`ʼ´")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def channel_label(code: str) -> str:
    return _(CHANNEL_LABELS.get(code, code))


def status_label(code: str) -> str:
    return _(STATUS_LABELS.get(code, code))


def fold_name(text: str) -> str:
    """Case- and accent-insensitive search form: ``"Nur'aini  Hasibuan"`` -> ``"nuraini hasibuan"``.

    Apostrophes are dropped so "nuraini" and "nur'aini" find each other.
    """
    if text.isascii():  # most names: nothing to decompose, and casefold() is lower()
        return " ".join(text.translate(_APOSTROPHES).lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.translate(_APOSTROPHES).casefold().split())


_CONTROL_TO_SPACE = {c: " " for c in [*range(32), *range(127, 160)]}


def clean_text(value: object) -> str:
    """Collapse runs of whitespace (names, refs); control characters count as spaces
    (PostgreSQL refuses NUL even in a lookup)."""
    if type(value) is str and value.isprintable() and "  " not in value:
        # No control character and no space but " " (both unprintable): only the ends to trim.
        return value.strip(" ")
    return " ".join(str(value or "").translate(_CONTROL_TO_SPACE).split())


@dataclass(frozen=True)
class CleanFields:
    """One request's fields after validation, ready to store."""

    received_at: datetime
    channel: str
    service_code: str
    name: str
    name_folded: str
    nik: str
    kk: str | None
    phone: str | None
    email: str | None
    notes: str
    external_ref: str | None


# Services a citizen may ask for without giving a NIK: a complaint about the service itself.
NIK_OPTIONAL_SERVICES = frozenset({"ADUAN"})


def nik_required(service_code: str) -> bool:
    return clean_text(service_code).upper() not in NIK_OPTIONAL_SERVICES


def check_whatsapp_contact(
    channel: str, phone_e164: str | None, problems: list[tuple[str, str]]
) -> None:
    """A request that came by WhatsApp is answered by WhatsApp: it needs the sender's mobile
    number (a landline cannot receive WhatsApp)."""
    from desktop_app.core import identity

    if channel != "wa" or any(field == "phone" for field, _m in problems):
        return
    if not phone_e164:
        problems.append(
            ("phone", _("Permohonan lewat WhatsApp memerlukan nomor WhatsApp pemohon."))
        )
    elif not identity.normalize_phone(phone_e164).is_mobile:
        problems.append(("phone", _("Nomor WhatsApp harus nomor HP, bukan telepon rumah/kantor.")))


def raise_problems(problems: list[tuple[str, str]]) -> None:
    if problems:
        raise ValidationError("\n".join(message for _f, message in problems), problems)


def check_channel(value: object, problems: list[tuple[str, str]]) -> str:
    channel = clean_text(value).lower()
    if channel not in CHANNELS:
        problems.append(
            (
                "channel",
                _(
                    "Kanal tidak dikenal: {value} (pilih {choices})",
                    value=channel or "-",
                    choices=", ".join(CHANNELS),
                ),
            )
        )
    return channel


def check_received(value: datetime | None, problems: list[tuple[str, str]]) -> datetime:
    now = datetime.now(UTC)
    if value is None:
        return now
    if value.tzinfo is None:
        problems.append(("received_at", _("Waktu diterima tanpa zona waktu.")))
        return now
    if value > now + FUTURE_TOLERANCE:
        problems.append(("received_at", _("Waktu diterima tidak boleh di masa depan.")))
    elif value < EARLIEST:
        problems.append(("received_at", _("Waktu diterima terlalu lampau (sebelum tahun 2000).")))
    return value.astimezone(UTC)


def check_person(
    name: object,
    nik: object,
    kk: object,
    phone: object,
    email: object,
    notes: object,
    ref: object,
    problems: list[tuple[str, str]],
    phone_e164: Callable[[str], str] | None = None,
    nik_required: bool = True,
    nik_of: Callable[[str], str] | None = None,
    kk_of: Callable[[str], str] | None = None,
) -> tuple[str, str, str | None, str | None, str | None, str, str | None]:
    """Validate the applicant fields; returns (name, nik, kk, phone, email, notes, ref).

    ``phone_e164``, ``nik_of`` and ``kk_of`` may replace ``identity.normalize_phone(…).e164``,
    ``identity.parse_nik(…).nik`` and ``identity.parse_kk(…).kk`` (the importer reuses
    verdicts; same results, same messages). ``nik_required``: False for a complaint (ADUAN),
    where an empty NIK is stored as "".
    """
    from desktop_app.core import identity
    from desktop_app.core.names import check_name

    clean_name, problem = check_name(name, _("Nama"))
    if problem:
        problems.append(("name", problem))

    clean_nik = ""
    if not clean_text(nik):
        if nik_required:
            problems.append(("nik", _("NIK wajib diisi.")))
    else:
        try:
            clean_nik = nik_of(str(nik)) if nik_of else identity.parse_nik(str(nik)).nik
        except ValidationError as exc:
            problems.append(("nik", exc.message))

    clean_kk = None
    if clean_text(kk):
        try:
            clean_kk = kk_of(str(kk)) if kk_of else identity.parse_kk(str(kk)).kk
        except ValidationError as exc:
            problems.append(("kk", exc.message))

    clean_phone = None
    if clean_text(phone):
        try:
            if phone_e164 is not None:
                clean_phone = phone_e164(str(phone))
            else:
                clean_phone = identity.normalize_phone(str(phone)).e164
        except ValidationError as exc:
            problems.append(("phone", exc.message))

    clean_email = clean_text(email) or None
    if clean_email is not None:
        if len(clean_email) > MAX_EMAIL or not _EMAIL.match(clean_email):
            problems.append(("email", _("Alamat e-mail tidak valid: {value}", value=clean_email)))

    clean_notes = str(notes or "").strip()
    if len(clean_notes) > MAX_NOTES:
        problems.append(
            ("notes", _("Keterangan terlalu panjang (maksimal {n} karakter).", n=MAX_NOTES))
        )
    elif _CONTROL.search(clean_notes.replace("\t", " ")):
        problems.append(("notes", _("Keterangan berisi karakter kendali yang tidak sah.")))

    clean_ref = clean_text(ref) or None
    if clean_ref is not None and len(clean_ref) > MAX_REF:
        problems.append(
            ("external_ref", _("Referensi terlalu panjang (maksimal {n} karakter).", n=MAX_REF))
        )
    return clean_name, clean_nik, clean_kk, clean_phone, clean_email, clean_notes, clean_ref


# --- the notes the app writes into a request's history ---------------------------------------
# Stored in Indonesian (the history is the office's record, whoever's interface wrote it) and
# shown in the interface language by show_note().

NOTE_SELF = N_("Ditangani sendiri")
NOTE_PROCESSOR = N_("Ditangani oleh yang memproses")
NOTE_UNASSIGNED = N_("Penugasan dilepas")
_FIXED_NOTES = (NOTE_SELF, NOTE_PROCESSOR, NOTE_UNASSIGNED)
# update_request's field names -> the labels of FIELD_LABELS (old histories hold the raw names).
EDITED_FIELD_LABELS = {
    "channel": "Kanal", "service_code": "Layanan", "received_at": "Waktu diterima",
    "name": "Nama", "nik": "NIK", "kk": "Nomor KK", "phone": "Nomor HP", "email": "E-mail",
    "notes": "Keterangan", "external_ref": "Referensi",
}  # fmt: skip


def edited_note(fields: list[str]) -> str:
    """The stored note of an edit: "Diubah: Nama, Keterangan" (labels, never field names)."""
    return "Diubah: " + ", ".join(EDITED_FIELD_LABELS.get(f, f) for f in fields)


def assigned_note(name: str) -> str:
    return f"Ditugaskan kepada {name}"


def document_note(number: str) -> str:
    return f"Nomor dokumen: {number}"


def missing_note(documents: list[str]) -> str:
    return "Berkas kurang: " + "; ".join(documents)


def delivery_note(method: str) -> str:
    return "Diserahkan: " + DELIVERY_LABELS[method]


_LINE_NOTES = {  # generated lines of a status change, any of its lines: prefix -> translation
    "Nomor dokumen: ": N_("Nomor dokumen: {value}"),
    "Berkas kurang: ": N_("Berkas kurang: {value}"),
    "Diserahkan: ": N_("Diserahkan: {value}"),
}


def _show_line(line: str) -> str:
    for prefix, text in _LINE_NOTES.items():
        if line.startswith(prefix):
            values = line.removeprefix(prefix).split("; ")
            return _(text, value="; ".join(_(v) for v in values))
    return line


def show_note(note: str) -> str:
    """A history note in the interface language: the app's own notes and lines (document
    numbers, missing documents, delivery) translated, anything an officer typed as written."""
    first, newline, rest = note.partition("\n")
    if first in _FIXED_NOTES:
        first = _(first)
    elif first.startswith("Diubah: "):
        labels = [
            EDITED_FIELD_LABELS.get(part.strip(), part.strip())
            for part in first.removeprefix("Diubah: ").split(",")
        ]
        first = _("Diubah: {fields}", fields=", ".join(_(label) for label in labels))
    elif first.startswith("Ditugaskan kepada "):
        first = _("Ditugaskan kepada {name}", name=first.removeprefix("Ditugaskan kepada "))
    elif first.startswith("Diimpor dari "):
        first = _("Diimpor dari {file}", file=first.removeprefix("Diimpor dari "))
    else:
        first = _show_line(first)
    if not newline:
        return first
    return "\n".join([first] + [_show_line(line) for line in rest.split("\n")])
