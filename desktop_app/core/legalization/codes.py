"""The older verification scheme (entries made before migration 0006): an HMAC-SHA256 of the
entry's essentials under the installation's secret (``settings`` key ``legal.secret``), base32,
first 10 characters, printed as ``LOKET-LEG:<register number>:<code>`` or in a ``?kode=`` URL.
Such codes still verify in the app, marked as the older scheme and only while the seal made
with the office's first key vouches for them (see :mod:`.legacy`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from datetime import date
from urllib.parse import quote

from sqlalchemy.orm import Session

from ..db import Database
from ..errors import DatabaseError
from ..i18n import _
from ..models import LegalDocument, LegalEntry, Setting
from .common import EntryInfo

CODE_LENGTH = 10
QR_PREFIX = "LOKET-LEG"
SECRET_KEY = "legal.secret"

B32_ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
# Characters a person may type for base32 letters that look alike.
_LOOKALIKE = str.maketrans({"0": "O", "1": "I", "8": "B"})


def load_secret(session: Session) -> bytes:
    row = session.get(Setting, SECRET_KEY)
    if row is None:
        raise DatabaseError(
            _("Kunci verifikasi legalisir tidak ditemukan di basis data; jalankan 'loket init'.")
        )
    return base64.b64decode(json.loads(row.value))


def _essentials(
    register_no: str,
    entry_date: date,
    nik: str,
    name: str,
    documents: list[tuple[str, str, str, int]],
) -> bytes:
    return json.dumps(
        [register_no, entry_date.isoformat(), nik, name, [list(d) for d in documents]],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def hmac_code(secret: bytes, message: bytes) -> str:
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def essentials(entry: LegalEntry, docs: list[LegalDocument]) -> bytes:
    """What an HMAC code covers: register number, date, NIK, name, documents."""
    return _essentials(
        entry.register_no,
        entry.entry_date,
        entry.nik,
        entry.applicant_name,
        [(d.doc_type, d.doc_name, d.doc_number, d.copies) for d in docs],
    )


def entry_code(secret: bytes, entry: LegalEntry, docs: list[LegalDocument]) -> str:
    return hmac_code(secret, essentials(entry, docs))


def group_code(code: str) -> str:
    """``K7QXM2PA9D`` -> ``K7QX-M2PA-9D`` (easier to read aloud and type)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalize_code(text: str) -> str:
    """What a person typed for a code: spaces, dashes and case ignored, 0/1/8 read as O/I/B."""
    return re.sub(r"[\s\-._]", "", text).upper().translate(_LOOKALIKE)


def verification_key(entry: EntryInfo) -> str:
    """``2026-17-K7QX-M2PA-9D``: year, sequence and code; enough to look an entry up."""
    return f"{entry.year}-{entry.seq}-{entry.code_display}"


def qr_payload(entry: EntryInfo, verify_url: str = "") -> str:
    """The QR text: ``<url>?kode=<year>-<seq>-<code>`` when the office publishes a verification
    page (setting ``legal_verify_url``), else ``LOKET-LEG:<register number>:<code>``."""
    if verify_url:
        sep = "&" if "?" in verify_url else "?"
        return f"{verify_url}{sep}kode={quote(verification_key(entry))}"
    return f"{QR_PREFIX}:{entry.register_no}:{entry.code_display}"


def qr_text(db: Database, entry: EntryInfo) -> str:
    from ..settings import get_value

    return qr_payload(entry, str(get_value(db, "legal_verify_url") or ""))
