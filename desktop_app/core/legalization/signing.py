"""Signing an entry with the office's key: one payload per document (the QR of that document's
endorsement, which must stay within version 7) and one for the whole entry (the receipt's QR).

An entry is signed when it is saved on a PC holding the key, else at its first print there.
Signing again (a reprint after the key that signed it was revoked, or an entry of the older
scheme) is an explicit, audited act of the clerk: never silent.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import Conflict, NotFound, ValidationError
from ..i18n import _
from ..identity import mask_nik
from ..models import LegalDocument, LegalEntry, Setting, utcnow
from ..security import Actor
from .common import ENDORSING_WHATS, EntryInfo, doc_label
from .keys import KeyUnavailable, SigningKey, key_label, keyring
from .payload import DOC_TYPE_CODES, Payload, SignedDocument, Text, encode, message_bytes
from .qrcode import QrTooLarge, fit

FORMATS_KEY = "legal.register_formats"
UNKNOWN_FORMAT = 255  # entries of the older scheme: the format that numbered them is not known
RECEIPT_MAX_VERSION = 15  # the receipt has room for a larger code (about 70 mm)


def format_index(session: Session, fmt: str) -> int:
    """The index of ``fmt`` in the office's list of register-number formats, appending it the
    first time it is used (the row is locked so two counters agree)."""
    row = session.get(Setting, FORMATS_KEY, with_for_update=True)
    formats: list[str] = json.loads(row.value) if row is not None else []
    if fmt in formats:
        return formats.index(fmt)
    formats.append(fmt)
    if row is None:
        session.add(Setting(key=FORMATS_KEY, value=json.dumps(formats, ensure_ascii=False)))
    else:
        row.value = json.dumps(formats, ensure_ascii=False)
    session.flush()
    return min(len(formats) - 1, UNKNOWN_FORMAT - 1)


def register_formats(session: Session) -> list[str]:
    row = session.get(Setting, FORMATS_KEY)
    return json.loads(row.value) if row is not None else []


def _document(d: LegalDocument) -> SignedDocument:
    code = DOC_TYPE_CODES.get(d.doc_type, 0)
    label = Text(doc_label(d.doc_type, d.doc_name) if code == 0 else "")
    return SignedDocument(d.position + 1, code, label, Text(d.doc_number), d.copies)


def _payload(
    entry: LegalEntry, docs: list[LegalDocument], chosen: list[LegalDocument], key_id: int
) -> Payload:
    fmt = entry.format_index if entry.format_index is not None else UNKNOWN_FORMAT
    return Payload(
        key_id=key_id,
        entry_date=entry.entry_date,
        seq=entry.seq,
        format_index=fmt,
        name=Text(entry.applicant_name),
        nik_masked=mask_nik(entry.nik),
        documents_total=len(docs),
        documents=tuple(_document(d) for d in chosen),
    )


def _signed(p: Payload, key: SigningKey) -> str:
    from dataclasses import replace

    return encode(replace(p, signature=key.sign(message_bytes(p))))


def sign_entry(
    session: Session,
    entry: LegalEntry,
    docs: list[LegalDocument],
    key: SigningKey,
    verify_url: str,
) -> None:
    """Store the signed payloads of ``entry`` and of each of its documents."""
    try:
        for d in docs:
            d.payload = _signed(fit(_payload(entry, docs, [d], key.key_id), verify_url), key)
        whole = _payload(entry, docs, docs, key.key_id)
        entry.payload = _signed(fit(whole, verify_url, max_version=RECEIPT_MAX_VERSION), key)
    except QrTooLarge as exc:  # cannot happen within the settings' limits; said plainly if it does
        raise ValidationError(
            _(
                "Data entri ini tidak muat dalam kode QR; perpendek alamat verifikasi di "
                "Pengaturan › Legalisir."
            )
        ) from exc
    entry.key_id = key.key_id
    entry.scheme = "ecdsa"
    entry.signed_at = utcnow()


def prepare_for_print(
    session: Session,
    actor: Actor,
    entry_id: int,
    key: SigningKey | None,
    verify_url: str,
    what: str,
    *,
    resign: bool,
) -> None:
    """Make sure the entry carries a signature good to print, inside the print's transaction:
    sign it if it has none; refuse (unless ``resign``) an entry of the older scheme, or an
    endorsement whose signing key was revoked or is not trusted here."""
    entry = session.get(LegalEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound(_("Entri legalisir tidak ditemukan."))
    if entry.revoked_at is not None:
        return  # counting the print refuses it, with its own message
    if entry.scheme == "hmac" and not entry.payload and not resign:
        raise Conflict(
            _(
                "Legalisir {no} tercatat dengan skema verifikasi lama (kode HMAC). Untuk "
                "mencetaknya, pilih tanda tangani ulang dengan kunci kantor; kertas lama tetap "
                "dapat diperiksa di aplikasi.",
                no=entry.register_no,
            )
        )
    if entry.payload and what in ENDORSING_WHATS and not resign:
        trusted = keyring(session).usable()
        if entry.key_id not in trusted:
            raise Conflict(
                _(
                    "Kunci {id} yang menandatangani legalisir {no} telah dicabut atau tidak "
                    "tepercaya di PC ini; cetak dengan tanda tangan baru (tanda tangani ulang).",
                    id=key_label(entry.key_id or 0),
                    no=entry.register_no,
                )
            )
    if entry.payload and not resign:
        return
    if key is None:
        raise KeyUnavailable(_("Kunci penandatangan diperlukan untuk mencetak legalisir ini."))
    previous = (entry.scheme, entry.key_id)
    docs = list(
        session.scalars(
            select(LegalDocument)
            .where(LegalDocument.entry_id == entry.id)
            .order_by(LegalDocument.position)
        )
    )
    sign_entry(session, entry, docs, key, verify_url)
    session.flush()
    audit.record(
        session,
        actor,
        "legal.resign" if resign else "legal.sign",
        "legal_entry",
        entry.id,
        register_no=entry.register_no,
        key=key_label(key.key_id),
        previous_scheme=previous[0],
        previous_key=key_label(previous[1]) if previous[1] is not None else "",
    )


def needs_resign(db: Database, entry: EntryInfo) -> str:
    """Why printing ``entry`` needs the clerk to choose to sign it again ("" when it does not):
    an entry of the older scheme, or one whose signing key was revoked or is not trusted here."""
    if entry.scheme == "hmac" and not entry.signed:
        return _(
            "Legalisir {no} tercatat dengan skema verifikasi lama (kode HMAC). Cetakan baru akan "
            "ditandatangani dengan kunci kantor; kertas lama tetap dapat diperiksa di aplikasi.",
            no=entry.register_no,
        )
    if not entry.signed:
        return ""
    with db.read() as session:
        usable = keyring(session).usable()
    if entry.key_id not in usable:
        return _(
            "Kunci {id} yang menandatangani legalisir {no} telah dicabut atau tidak tepercaya di "
            "PC ini. Cetakan baru akan ditandatangani ulang dengan kunci kantor yang berlaku.",
            id=key_label(entry.key_id or 0),
            no=entry.register_no,
        )
    return ""
