"""Answering "is this legalization genuine?" for a scanned QR (a signed payload) or a code of the
older scheme. Every check is audited."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..clock import office_date
from ..db import Database
from ..formatting import long_date
from ..i18n import _
from ..models import LegalDocument, LegalEntry
from ..security import Actor, Permission
from . import legacy
from .codes import B32_ALPHABET, CODE_LENGTH, QR_PREFIX, entry_code, load_secret, normalize_code
from .common import DocumentInfo, EntryInfo, VerifyResult, doc_label, mask_number
from .entries import documents_of
from .keys import Keyring, key_label, keyring, local_keys, pin_first_use, raw_verify
from .payload import Payload, PayloadError, SignedDocument, decode, digits_from_text
from .payload import qr_text as payload_qr_text
from .qrcode import qr_url
from .signing import register_formats
from .validation import render_register_no
from .verify_page import format_tokens

MASKED_TYPE_CODES = (1, 6)  # Kartu Keluarga, Kartu Identitas Anak

_KEY_RE = re.compile(r"^\s*(\d{4})\s*[-/ ]\s*(\d{1,6})\s*[-/ ]\s*([A-Za-z0-9][A-Za-z0-9 \-]*)$")


def _parse_verify_text(text: str) -> tuple[str, Any, str]:
    """-> (how, lookup, code): how = "register" | "key" | "code" | "" (unreadable)."""
    text = text.strip()
    if text.upper().startswith(QR_PREFIX + ":"):
        rest = text[len(QR_PREFIX) + 1 :]
        if ":" in rest:
            register, code = rest.rsplit(":", 1)
            return "register", register.strip(), normalize_code(code)
        return "", None, ""
    if "kode=" in text.lower():
        query = urlsplit(text).query or text.split("?", 1)[-1]
        values = {k.lower(): v for k, v in parse_qs(query).items()}
        text = unquote(values.get("kode", [""])[0]).strip()
    match = _KEY_RE.match(text)
    if match:
        return "key", (int(match.group(1)), int(match.group(2))), normalize_code(match.group(3))
    code = normalize_code(text)
    if len(code) == CODE_LENGTH and set(code) <= B32_ALPHABET:
        return "code", code, code
    return "", None, ""


def verify(db: Database, actor: Actor, text: str) -> VerifyResult:
    """Check a scanned QR text (``<url>#<digits>`` or the digits), or a code of the older
    scheme (``LOKET-LEG:…``, a ``?kode=`` URL, ``year-seq-code`` or the typed code).

    The same rules as the published verification page (docs/legalisir-qr.md): SAH only for a
    payload signed by a key this PC trusts that is not revoked, of an entry not revoked.
    Every check is audited (never the name or NIK it carries).
    """
    audit.require(db, actor, Permission.LEGAL_VERIFY, "legal.verify")
    text = text or ""
    digits = digits_from_text(text)
    pin_first_use(db, actor)
    local = local_keys()
    with db.write() as session:
        ring = keyring(session, local)
        if digits is not None:
            result, entry = _verify_signed(session, ring, digits)
            logged: dict[str, Any] = {"seq": result.register_no}
        else:
            result, entry = _verify_legacy(session, ring, text)
            logged = {"input": text[:200]}
        audit.record(
            session,
            actor,
            "legal.verify",
            "legal_entry",
            entry.id if entry is not None else "",
            status=result.status,
            reason=result.reason,
            scheme=result.scheme,
            key=key_label(result.key_id) if result.key_id is not None else "",
            **logged,
        )
    return result


def _invalid(reason: str, message: str, **fields: Any) -> VerifyResult:
    return VerifyResult("invalid", message, reason=reason, **fields)


def _verify_signed(
    session: Session, ring: Keyring, digits: str
) -> tuple[VerifyResult, LegalEntry | None]:
    try:
        signed, message = decode(digits)
    except PayloadError:
        return _invalid(
            "malformed",
            _("TIDAK SAH: kode tidak terbaca (bukan kode legalisir, terpotong atau rusak)."),
            scheme="ecdsa",
        ), None
    # What the code says is shown only once the office's key is found to have signed it (as on
    # the published page): a changed or stranger's code must not offer its text for comparing.
    unverified = {"scheme": "ecdsa"}
    key = ring.trusted.get(signed.key_id)
    label = key_label(signed.key_id)
    if key is None and signed.key_id in ring.known:
        return _invalid(
            "untrusted_key",
            _(
                "TIDAK SAH: kunci {id} tercatat di basis data, tetapi tidak ada kunci kantor di "
                "PC ini yang menjaminnya.",
                id=label,
            ),
            **unverified,
        ), None
    if key is None:
        return _invalid(
            "unknown_key",
            _("TIDAK SAH: ditandatangani kunci {id} yang bukan kunci kantor ini.", id=label),
            **unverified,
        ), None
    if not raw_verify(key.der, signed.signature, message):
        return _invalid(
            "bad_signature",
            _("TIDAK SAH: tanda tangan tidak cocok; isi kode telah diubah."),
            **unverified,
        ), None
    fields = _signed_summary(session, signed)
    if key.revoked_at is not None:
        return _invalid(
            "revoked_key",
            _(
                "TIDAK SAH: kunci {id} telah dicabut pada {date} ({reason}).",
                id=label,
                date=long_date(office_date(key.revoked_at)),
                reason=key.revoke_reason or "-",
            ),
            **fields,
        ), None
    entry = session.scalar(
        select(LegalEntry).where(
            LegalEntry.year == signed.entry_date.year, LegalEntry.seq == signed.seq
        )
    )
    notes = _register_notes(session, entry, signed)
    no = fields["register_no"]
    if entry is not None and entry.revoked_at is not None:
        return VerifyResult(
            "revoked",
            _(
                "DICABUT: legalisir {no} telah dicabut pada {date} ({reason}).",
                no=no,
                date=long_date(office_date(entry.revoked_at)),
                reason=entry.revoke_reason or "-",
            ),
            reason="revoked",
            revoked_at=entry.revoked_at,
            revoke_reason=entry.revoke_reason or "",
            notes=notes,
            **fields,
        ), entry
    return VerifyResult(
        "valid",
        _("SAH: legalisir {no} ditandatangani kunci kantor {id}.", no=no, id=label),
        notes=notes,
        **fields,
    ), entry


def render_signed_register_no(formats: list[str], signed: Payload) -> str:
    """The register number as the paper shows it, from the format the payload names; the
    sequence and year alone when the format is not known."""
    # the page's script renders only what format_tokens() accepts: the app says the same
    if signed.format_index < len(formats) and format_tokens(formats[signed.format_index]):
        try:
            return render_register_no(formats[signed.format_index], signed.seq, signed.entry_date)
        except (ValueError, KeyError, IndexError):
            pass
    return _("urut {seq} tahun {year}", seq=signed.seq, year=signed.entry_date.year)


def shown_number(d: SignedDocument) -> str:
    """KK and KIA numbers are identity numbers: shown masked, like the NIK (UU 27/2022)."""
    if d.type_code in MASKED_TYPE_CODES and not d.number.shortened:
        return mask_number(d.number.value)
    return d.number.display(keep_end=True)


def _signed_summary(session: Session, signed: Payload) -> dict[str, Any]:
    documents = tuple((d.label.display(), shown_number(d), d.copies) for d in signed.documents)
    return {
        "scheme": "ecdsa",
        "key_id": signed.key_id,
        "register_no": render_signed_register_no(register_formats(session), signed),
        "entry_date": signed.entry_date,
        "applicant_name": signed.name.display(),
        "nik_masked": signed.nik_masked,
        "documents": documents,
        "total_copies": sum(d.copies for d in signed.documents),
        "documents_total": signed.documents_total,
    }


def _register_notes(session: Session, entry: LegalEntry | None, signed: Payload) -> tuple[str, ...]:
    """What the database says against the signed facts (the signature decides; this warns)."""
    if entry is None:
        return (
            _(
                "Entri ini tidak ada di register basis data ini (basis data lain, dipulihkan "
                "dari cadangan lama, atau dihapus); periksa log audit."
            ),
        )
    name = signed.name.value.upper()
    stored = entry.applicant_name.upper()
    same = (
        (stored.startswith(name) if signed.name.shortened else stored == name)
        and mask_number(entry.nik) == signed.nik_masked
        and entry.entry_date == signed.entry_date
    )
    docs = {d.position + 1: d for d in documents_of(session, entry.id)}
    for d in signed.documents:
        mine = docs.get(d.position)
        number = mine.doc_number.upper() if mine else ""
        want = d.number.value.upper()
        if (
            mine is None
            or mine.copies != d.copies
            or not (number.endswith(want) if d.number.shortened else number == want)
        ):
            same = False
    if same:
        return ()
    return (
        _(
            "Data entri {no} di basis data berbeda dari yang ditandatangani; yang berlaku adalah "
            "yang ditandatangani. Periksa log audit atas perubahan basis data.",
            no=entry.register_no,
        ),
    )


def _verify_legacy(
    session: Session, ring: Keyring, text: str
) -> tuple[VerifyResult, LegalEntry | None]:
    how, lookup, code = _parse_verify_text(text)
    entry: LegalEntry | None = None
    if how == "register":
        entry = session.scalar(select(LegalEntry).where(LegalEntry.register_no == lookup))
        if entry is None:
            entry = session.scalar(
                select(LegalEntry).where(func.lower(LegalEntry.register_no) == lookup.lower())
            )
    elif how == "key":
        entry = session.scalar(
            select(LegalEntry).where(LegalEntry.year == lookup[0], LegalEntry.seq == lookup[1])
        )
    elif how == "code":
        entry = session.scalar(select(LegalEntry).where(LegalEntry.verification_code == code))
    if entry is None or not entry.verification_code:
        message = (
            _("TIDAK SAH: kode tidak dikenal; tidak ada legalisir dengan kode ini di register.")
            if how
            else _("TIDAK SAH: teks ini bukan kode verifikasi legalisir.")
        )
        return _invalid(
            "unknown" if how else "malformed", message, scheme="hmac" if how else ""
        ), None
    docs = documents_of(session, entry.id)
    summary = {**summary_of(entry, docs), "scheme": "hmac"}
    expected = entry_code(load_secret(session), entry, docs)
    if code != entry.verification_code or entry.verification_code != expected:
        return _invalid(
            "tampered",
            _(
                "TIDAK SAH: kode tidak cocok dengan register {no}; dokumen atau kodenya telah "
                "diubah.",
                no=entry.register_no,
            ),
            **summary,
        ), entry
    seal = legacy.check(session, ring, entry, docs)
    if seal in ("outside", "broken"):
        return _invalid(
            "unsealed",
            _(
                "TIDAK SAH: kode skema lama {no} tidak termasuk segel kunci kantor (dibuat atau "
                "diubah setelah kantor memakai kunci penandatangan).",
                no=entry.register_no,
            ),
            **summary,
        ), entry
    notes = [_("Skema lama (kode HMAC): tidak dapat diperiksa di halaman verifikasi publik.")]
    if seal == "unsealed":
        notes.append(
            _(
                "Kantor belum membuat kunci penandatangan, jadi kode skema lama belum disegel; "
                "supervisor membuatnya di Pengaturan › Legalisir."
            )
        )
    if entry.revoked_at is not None:
        return VerifyResult(
            "revoked",
            _(
                "DICABUT: legalisir {no} telah dicabut ({reason}).",
                no=entry.register_no,
                reason=entry.revoke_reason or "-",
            ),
            reason="revoked",
            revoked_at=entry.revoked_at,
            revoke_reason=entry.revoke_reason or "",
            notes=tuple(notes),
            **summary,
        ), entry
    return VerifyResult(
        "valid",
        _("SAH (skema lama): legalisir {no} tercatat di register.", no=entry.register_no),
        notes=tuple(notes),
        **summary,
    ), entry


def summary_of(entry: LegalEntry, docs: list[LegalDocument]) -> dict[str, Any]:
    # A verification answers whoever holds the sheet: KK and KIA numbers are identity numbers
    # (UU 27/2022), so they are masked like the NIK.
    documents = tuple(
        (
            doc_label(d.doc_type, d.doc_name),
            mask_number(d.doc_number) if d.doc_type in ("kk", "kia") else d.doc_number,
            d.copies,
        )
        for d in docs
    )
    return {
        "register_no": entry.register_no,
        "entry_date": entry.entry_date,
        "applicant_name": entry.applicant_name,
        "nik_masked": mask_number(entry.nik),
        "documents": documents,
        "total_copies": sum(c for _l, _n, c in documents),
        "official_name": json.loads(entry.official_snapshot or "{}").get("name", ""),
    }


def qr_text(db: Database, entry: EntryInfo, document: DocumentInfo | None = None) -> str:
    """What the QR of ``document``'s endorsement (or, without one, of the receipt) holds now:
    ``<verification URL>#<digits>``; "" while the entry is not signed."""
    from ..settings import get_value

    digits = document.payload if document is not None else entry.payload
    if not digits:
        return ""
    url = str(get_value(db, "legal_verify_url") or "")
    return payload_qr_text(qr_url(url), digits) if url else digits
