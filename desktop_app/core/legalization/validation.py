"""Rules for a new entry and for the office's legalization settings.

:func:`check_entry` checks every field of a new entry and reports every problem at once, each
named after its field (``documents.<n>.<field>`` for documents, n counted from 1).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..db import Database
from ..errors import ValidationError
from ..i18n import _
from ..models import Official
from .common import (
    CORNERS,
    DOC_TYPES,
    MAX_COPIES,
    MAX_DOCUMENTS,
    MIN_COPIES,
    OUTSIDE_AUTHORITY,
    PURPOSES,
    DocumentInput,
    EntryInput,
    OfficialSnapshot,
    clean_text,
)
from .scans import ScanFile

Problems = list[tuple[str, str]]
MAX_VERIFY_URL = 60  # with the shortest texts the payload still fits a version-7 QR code


def check_entry(db: Database, data: EntryInput) -> tuple[EntryInput, OfficialSnapshot, int]:
    """Clean and check a new entry; returns (clean input, official snapshot, official id).

    Raises one ValidationError listing every problem as (field, message); document fields are
    named ``documents.<n>.<field>`` with n counted from 1.
    """
    problems: Problems = []
    name = _check_name(data.applicant_name, problems)
    nik = _check_nik(data.nik, problems)
    phone = _check_phone(data.phone, problems)
    purpose, other = _check_purpose(data.purpose, data.purpose_other, problems)
    recruitment = clean_text(data.recruitment_no)
    if len(recruitment) > 80:
        problems.append(("recruitment_no", _("Nomor pendaftaran terlalu panjang (maks. 80).")))
    docs = _check_documents(data.documents, office_document_types(db), problems)
    _check_tte(docs, data.tte_confirmed, problems)
    snapshot = _check_official(db, data.official_id, problems)
    if problems:
        raise ValidationError("\n".join(m for _f, m in problems), problems)
    assert data.official_id is not None  # _check_official reported it otherwise
    clean = EntryInput(
        name, nik, purpose, data.official_id, docs, phone, other, recruitment, data.tte_confirmed
    )
    return clean, snapshot, data.official_id


def _check_name(text: str, problems: Problems) -> str:
    from ..names import check_name  # the one check of people's names (requests too)

    name, problem = check_name(text, _("Nama pemohon"))
    if problem:
        problems.append(("applicant_name", problem))
    return name


def _check_nik(text: str, problems: Problems) -> str:
    from ..identity import parse_nik

    try:
        return parse_nik(text or "").nik
    except ValidationError as exc:
        problems.append(("nik", exc.message))
        return ""


def _check_phone(text: str, problems: Problems) -> str:
    """The WhatsApp number in E.164, or "" when none was given (it is optional)."""
    from ..identity import normalize_phone

    if not clean_text(text):
        return ""
    try:
        info = normalize_phone(text)
    except ValidationError as exc:
        problems.append(("phone", exc.message))
        return ""
    if not info.is_mobile:
        problems.append(("phone", _("Nomor WhatsApp harus nomor seluler.")))
    return info.e164


def _check_purpose(purpose_text: str, other_text: str, problems: Problems) -> tuple[str, str]:
    """(purpose key, free text of "lainnya"); the free text is dropped for other purposes."""
    purpose = (purpose_text or "").strip()
    other = clean_text(other_text)
    if purpose not in PURPOSES:
        problems.append(
            ("purpose", _("Keperluan harus salah satu dari: {p}.", p=", ".join(PURPOSES.values())))
        )
    elif purpose == "lainnya" and not other:
        problems.append(("purpose_other", _("Tuliskan keperluan lainnya.")))
    elif len(other) > 120:
        problems.append(("purpose_other", _("Keperluan lainnya terlalu panjang (maks. 120).")))
    return purpose, other if purpose == "lainnya" else ""


def office_document_types(db: Database) -> list[str]:
    """The document types this office's desk legalizes (setting ``legal_document_types``)."""
    from ..settings import get_value

    value = get_value(db, "legal_document_types")
    return [t for t in value if t in DOC_TYPES] if isinstance(value, list) else list(DOC_TYPES)


def outside_authority(name: str) -> tuple[str, str] | None:
    """(document, who legalizes it) when ``name`` is a document another office issues."""
    folded = " ".join(name.lower().split())
    for pattern, document, who in OUTSIDE_AUTHORITY:
        if re.search(pattern, folded):
            return document, who
    return None


def _check_tte(docs: list[DocumentInput], confirmed: bool, problems: Problems) -> None:
    if confirmed:
        return
    for n, doc in enumerate(docs, start=1):
        if doc.tte:
            problems.append(
                (
                    f"documents.{n}.tte",
                    _(
                        "Dokumen {n} bertanda tangan elektronik (TTE): menurut Permendagri "
                        "104/2019 dokumen ber-TTE tidak perlu dilegalisir. Lanjutkan hanya bila "
                        "penerima tetap memintanya.",
                        n=n,
                    ),
                )
            )


def _check_documents(
    documents: list[DocumentInput], allowed: list[str], problems: Problems
) -> list[DocumentInput]:
    if not documents:
        problems.append(("documents", _("Tambahkan sedikitnya satu dokumen.")))
    elif len(documents) > MAX_DOCUMENTS:
        problems.append(
            ("documents", _("Paling banyak {n} dokumen per permohonan.", n=MAX_DOCUMENTS))
        )
    return [
        _check_document(n, doc, allowed, problems) for n, doc in enumerate(documents or [], start=1)
    ]


def _check_document(
    n: int, doc: DocumentInput, allowed: list[str], problems: Problems
) -> DocumentInput:
    """One document (n counted from 1); problems are named ``documents.<n>.<field>``."""
    where = f"documents.{n}"
    doc_type = (doc.doc_type or "").strip()
    doc_name = clean_text(doc.doc_name)
    number = clean_text(doc.doc_number)
    if doc_type not in DOC_TYPES:
        problems.append((f"{where}.doc_type", _("Dokumen {n}: jenis dokumen tidak dikenal.", n=n)))
    elif doc_type not in allowed:
        problems.append(
            (
                f"{where}.doc_type",
                _(
                    "Dokumen {n}: {label} tidak termasuk dokumen yang dilegalisir di loket ini "
                    "(Pengaturan › Legalisir).",
                    n=n,
                    label=_(DOC_TYPES[doc_type]),
                ),
            )
        )
    elif doc_type == "lainnya" and not doc_name:
        problems.append((f"{where}.doc_name", _("Dokumen {n}: tuliskan nama dokumennya.", n=n)))
    elif doc_type == "lainnya" and (foreign := outside_authority(doc_name)) is not None:
        problems.append(
            (
                f"{where}.doc_name",
                _(
                    "Dokumen {n}: {document} bukan dokumen terbitan Disdukcapil; legalisir di "
                    "{who}.",
                    n=n,
                    document=foreign[0],
                    who=foreign[1],
                ),
            )
        )
    if doc_type != "lainnya":
        doc_name = ""
    if len(doc_name) > 120:
        problems.append((f"{where}.doc_name", _("Dokumen {n}: nama terlalu panjang.", n=n)))
    if not number:
        problems.append((f"{where}.doc_number", _("Dokumen {n}: nomor dokumen wajib diisi.", n=n)))
    elif len(number) > 80:
        problems.append(
            (f"{where}.doc_number", _("Dokumen {n}: nomor dokumen terlalu panjang.", n=n))
        )
    if not _valid_copies(doc.copies):
        problems.append(
            (
                f"{where}.copies",
                _(
                    "Dokumen {n}: jumlah salinan harus {lo} sampai {hi}.",
                    n=n,
                    lo=MIN_COPIES,
                    hi=MAX_COPIES,
                ),
            )
        )
    if doc.scan is not None and not isinstance(doc.scan, ScanFile):
        problems.append((f"{where}.scan", _("Dokumen {n}: pindaian tidak valid.", n=n)))
    return DocumentInput(doc_type, number, doc.copies, doc_name, doc.scan, bool(doc.tte))


def _valid_copies(copies: object) -> bool:
    return (
        isinstance(copies, int)
        and not isinstance(copies, bool)
        and MIN_COPIES <= copies <= MAX_COPIES
    )


def _check_official(db: Database, official_id: int | None, problems: Problems) -> OfficialSnapshot:
    """The signing official as the entry will keep them; must exist, be active, have a valid NIP."""
    from ..identity import validate_nip

    empty = OfficialSnapshot("", "", "", "")
    if official_id is None:
        problems.append(("official_id", _("Pilih pejabat penandatangan.")))
        return empty
    with db.read() as session:
        official = session.get(Official, official_id)
    if official is None or not official.active:
        problems.append(("official_id", _("Pejabat penandatangan tidak ditemukan atau nonaktif.")))
        return empty
    try:
        nip = validate_nip(official.nip)
    except ValidationError as exc:
        problems.append(
            (
                "official_id",
                _(
                    "NIP pejabat {name} tidak valid ({reason}); perbaiki di Pengaturan.",
                    name=official.name,
                    reason=exc.message,
                ),
            )
        )
        return empty
    return OfficialSnapshot(official.name, official.title, official.rank, nip)


def check_verify_url(value: str) -> str:
    """The verification page's address (setting ``legal_verify_url``): http(s), no spaces, at
    most 60 characters (the QR code stays small); empty means the QR carries no address."""
    url = value.strip()
    if len(url) > MAX_VERIFY_URL:
        raise ValidationError(
            _(
                "Alamat verifikasi maksimal {n} karakter, agar kode QR tetap kecil; "
                "gunakan alamat yang pendek.",
                n=MAX_VERIFY_URL,
            ),
            [("legal_verify_url", _("terlalu panjang"))],
        )
    if url and not re.fullmatch(r"https?://[^\s?#]+(\?[^\s#]*)?", url, re.I):
        raise ValidationError(
            _("Alamat verifikasi harus diawali http:// atau https://, tanpa spasi."),
            [("legal_verify_url", _("alamat tidak valid"))],
        )
    return url


def check_document_types(value: list[str]) -> list[str]:
    """The document types this desk legalizes (setting ``legal_document_types``): at least one,
    all from the list of Disdukcapil's documents; kept in the list's order."""
    if not value or any(v not in DOC_TYPES for v in value):
        raise ValidationError(
            _("Pilih sedikitnya satu jenis dokumen dari daftar dokumen Disdukcapil."),
            [("legal_document_types", _("tidak valid"))],
        )
    return [k for k in DOC_TYPES if k in value]


def check_endorse_corner(value: str) -> str:
    """The corner the endorsement block is measured from (setting ``legal_endorse_corner``)."""
    if value not in CORNERS:
        raise ValidationError(
            _("Sudut acuan harus salah satu dari: {c}.", c=", ".join(CORNERS)),
            [("legal_endorse_corner", _("tidak valid"))],
        )
    return value


_FORMAT_FIELDS = {"seq", "year", "month", "month_roman", "day"}


def check_register_format(fmt: Any) -> str:
    """A register-number format must contain ``{seq}`` and ``{year}`` (else numbers repeat)."""
    from string import Formatter

    text = str(fmt or "").strip()
    problems = []
    try:
        parsed = list(Formatter().parse(text))
        names = {f for _t, f, _s, _c in parsed if f is not None}
        literal = "".join(t for t, _f, _s, _c in parsed)
        sample = render_register_no(text, 9999, date(2026, 12, 31))
    except (ValueError, KeyError, IndexError):
        names, sample, literal = {"?"}, "", text
    if not names <= _FORMAT_FIELDS:
        problems.append(
            _(
                "Format nomor register hanya boleh memakai {fields}.",
                fields=", ".join("{" + f + "}" for f in sorted(_FORMAT_FIELDS)),
            )
        )
    elif not {"seq", "year"} <= names:
        problems.append(_("Format nomor register wajib memuat {seq} dan {year}."))
    if any(ch in literal for ch in ":?&#"):
        problems.append(_("Format nomor register tidak boleh memuat : ? & atau #."))
    if len(sample) > 80:
        problems.append(_("Nomor register terlalu panjang (maksimal 80 karakter)."))
    if problems:
        raise ValidationError("\n".join(problems), [("legal_register_format", p) for p in problems])
    return text


def render_register_no(fmt: str, seq: int, day: date) -> str:
    from ..formatting import month_roman

    return fmt.format(
        seq=seq, year=day.year, month=day.month, month_roman=month_roman(day.month), day=day.day
    )
