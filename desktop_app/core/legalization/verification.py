"""Answering "is this legalization genuine?" for a scanned QR text, a verification URL, a
``year-seq-code`` key or a typed code. Every check is audited."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import func, select

from .. import audit
from ..db import Database
from ..i18n import _
from ..models import LegalDocument, LegalEntry
from ..security import Actor, Permission
from .codes import B32_ALPHABET, CODE_LENGTH, QR_PREFIX, entry_code, load_secret, normalize_code
from .common import VerifyResult, doc_label, mask_number
from .entries import documents_of

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
    """Check a scanned QR text, a verification URL, a ``year-seq-code`` key or a typed code.

    ``tampered``: the register number exists but the code does not match it, or the entry's
    essentials were changed in the database after it was signed. Every check is audited.
    """
    audit.require(db, actor, Permission.LEGAL_VERIFY, "legal.verify")
    how, lookup, code = _parse_verify_text(text or "")
    with db.write() as session:
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
            candidates = list(
                session.scalars(select(LegalEntry).where(LegalEntry.verification_code == code))
            )
            entry = candidates[0] if candidates else None
        if entry is None:
            result = VerifyResult(
                "unknown",
                _("Kode tidak dikenal: tidak ada legalisir dengan kode ini di register.")
                if how
                else _("Teks ini bukan kode verifikasi legalisir."),
            )
        else:
            docs = documents_of(session, entry.id)
            expected = entry_code(load_secret(session), entry, docs)
            summary = summary_of(entry, docs)
            if code != entry.verification_code or entry.verification_code != expected:
                result = VerifyResult(
                    "tampered",
                    _(
                        "TIDAK SAH: kode tidak cocok dengan register {no}; dokumen atau kodenya "
                        "telah diubah.",
                        no=entry.register_no,
                    ),
                    **summary,
                )
            elif entry.revoked_at is not None:
                result = VerifyResult(
                    "revoked",
                    _(
                        "DICABUT: legalisir {no} telah dicabut ({reason}).",
                        no=entry.register_no,
                        reason=entry.revoke_reason or "-",
                    ),
                    revoked_at=entry.revoked_at,
                    revoke_reason=entry.revoke_reason or "",
                    **summary,
                )
            else:
                result = VerifyResult(
                    "valid",
                    _("SAH: legalisir {no} tercatat di register.", no=entry.register_no),
                    **summary,
                )
        audit.record(
            session,
            actor,
            "legal.verify",
            "legal_entry",
            entry.id if entry is not None else "",
            status=result.status,
            input=(text or "")[:200],
        )
    return result


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
