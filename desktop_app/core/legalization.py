"""The legalization (legalisir) register for TNI/Polri applicants (DESIGN §4).

An entry records who asked, for which recruitment, which documents and how many copies, and
who signs. Saving it takes the next register number of the year from ``legal_counters`` in the
same transaction (row locked), so numbers never skip or repeat, even with several counters on one
PostgreSQL database. Each entry carries a verification code: an HMAC of its essentials under the
installation's secret (``settings`` key ``legal.secret``, created by migration 0003), printed in
the QR code of the endorsement and checked by :func:`verify`.

Printing lives in :mod:`desktop_app.core.legal_print`; this module holds the data and the rules.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, undefer

from . import audit
from .db import Database
from .errors import Conflict, DatabaseError, NotFound, ValidationError
from .i18n import _
from .models import LegalCounter, LegalDocument, LegalEntry, LegalPrint, Official, Setting, User
from .security import Actor, Permission

# --- vocabularies -------------------------------------------------------------------------------

PURPOSES: dict[str, str] = {
    "tni_ad": "TNI AD",
    "tni_al": "TNI AL",
    "tni_au": "TNI AU",
    "polri": "Polri",
    "lainnya": "Lainnya",
}
DOC_TYPES: dict[str, str] = {
    "kk": "Kartu Keluarga",
    "akta_lahir": "Akta Kelahiran",
    "akta_kawin": "Akta Perkawinan",
    "akta_mati": "Akta Kematian",
    "akta_cerai": "Akta Perceraian",
    "kia": "Kartu Identitas Anak",
    "lainnya": "Lainnya",
}
# What is printed: copy with endorsement, endorsement block alone, applicant's receipt.
PRINT_WHATS: dict[str, str] = {
    "copy": "Salinan dengan pengesahan",
    "endorsement": "Blok pengesahan saja",
    "receipt": "Tanda terima",
}
PRINT_KINDS = ("print", "reprint", "export")
ENDORSING_WHATS = ("copy", "endorsement")

MIN_COPIES, MAX_COPIES = 1, 50
MAX_DOCUMENTS = 20
MAX_SCAN_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 50
MAX_IMAGE_SIDE = 10_000
MAX_IMAGE_PIXELS = 50_000_000
CODE_LENGTH = 10
QR_PREFIX = "LOKET-LEG"
SECRET_KEY = "legal.secret"
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")

_B32 = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
# Characters a person may type for base32 letters that look alike.
_LOOKALIKE = str.maketrans({"0": "O", "1": "I", "8": "B"})


# --- data handed to and from the GUI / CLI -------------------------------------------------------


@dataclass(frozen=True)
class ScanFile:
    """A checked scan: PDF (``pages`` ≥ 1) or JPEG/PNG image (``width_px``, ``height_px``)."""

    name: str
    mime: str  # application/pdf | image/jpeg | image/png
    data: bytes = field(repr=False)
    pages: int = 1
    width_px: int = 0
    height_px: int = 0

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass
class DocumentInput:
    doc_type: str  # a key of DOC_TYPES
    doc_number: str
    copies: int = 1
    doc_name: str = ""  # required when doc_type == "lainnya" (e.g. "Ijazah SMA")
    scan: ScanFile | None = None  # from read_scan(path) / check_scan(data, name)


@dataclass
class EntryInput:
    applicant_name: str
    nik: str
    purpose: str  # a key of PURPOSES
    official_id: int | None
    documents: list[DocumentInput]
    phone: str = ""  # WhatsApp number, optional
    purpose_other: str = ""  # required when purpose == "lainnya"
    recruitment_no: str = ""  # recruitment registration number, optional


@dataclass(frozen=True)
class OfficialSnapshot:
    """The signing official as printed on the entry (kept even if the profile changes later)."""

    name: str
    title: str
    rank: str
    nip: str


@dataclass(frozen=True)
class DocumentInfo:
    position: int  # 0-based order within the entry
    doc_type: str
    label: str  # "Kartu Keluarga", or the free name of an "lainnya" document
    doc_number: str
    copies: int
    scan_name: str | None
    scan_mime: str | None

    @property
    def has_scan(self) -> bool:
        return self.scan_mime is not None


@dataclass(frozen=True)
class EntryInfo:
    id: int
    register_no: str
    year: int
    seq: int
    entry_date: date
    created_at: datetime
    created_by: str  # username ("" if unknown)
    applicant_name: str
    nik: str
    nik_masked: str
    phone: str  # E.164 or ""
    purpose: str
    purpose_label: str  # "TNI AD", or "Lainnya: Satpol PP"
    recruitment_no: str
    official_id: int | None
    official: OfficialSnapshot
    code: str  # 10 base32 characters, as stored
    code_display: str  # "K7QX-M2PA-9D"
    documents: tuple[DocumentInfo, ...]
    print_count: int
    reprint_count: int
    revoked_at: datetime | None
    revoke_reason: str | None
    revoked_by: str

    @property
    def total_copies(self) -> int:
        return sum(d.copies for d in self.documents)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def status(self) -> str:
        return "dicabut" if self.revoked else "aktif"

    @property
    def status_label(self) -> str:
        return _("Dicabut") if self.revoked else _("Aktif")

    @property
    def documents_text(self) -> str:
        """One line for lists: ``Kartu Keluarga 3216… (2), Akta Kelahiran 123 (1)``."""
        return ", ".join(f"{d.label} {d.doc_number} ({d.copies})" for d in self.documents)


@dataclass(frozen=True)
class VerifyResult:
    status: str  # valid | revoked | unknown | tampered
    message: str  # one Indonesian sentence for the screen / terminal
    register_no: str = ""
    entry_date: date | None = None
    applicant_name: str = ""
    nik_masked: str = ""
    documents: tuple[tuple[str, str, int], ...] = ()  # (label, number, copies)
    total_copies: int = 0
    official_name: str = ""
    revoked_at: datetime | None = None
    revoke_reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "valid"


@dataclass(frozen=True)
class PrintRecord:
    entry: EntryInfo  # counts after this print
    kind: str
    what: str
    copies: int
    reprint_no: int  # N of "CETAK ULANG ke-N"; 0 for a first print


# --- scans ---------------------------------------------------------------------------------------


def read_scan(path: str | Path) -> ScanFile:
    """Read and check a scan file; its size is checked before anything is read."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ValidationError(
            _("Berkas pindaian {name} tidak dapat dibuka: {reason}", name=p.name, reason=exc),
            [("scan", _("tidak dapat dibuka"))],
        ) from exc
    _check_scan_size(p.name, size)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Berkas pindaian {name} tidak dapat dibaca: {reason}", name=p.name, reason=exc),
            [("scan", _("tidak dapat dibaca"))],
        ) from exc
    return check_scan(data, p.name)


def _check_scan_size(name: str, size: int) -> None:
    if size > MAX_SCAN_BYTES:
        raise ValidationError(
            _(
                "Berkas pindaian {name} terlalu besar ({mb} MB); maksimal 20 MB.",
                name=name,
                mb=f"{size / 1024 / 1024:.0f}",
            ),
            [("scan", _("terlalu besar"))],
        )
    if size == 0:
        raise ValidationError(
            _("Berkas pindaian {name} kosong.", name=name), [("scan", _("kosong"))]
        )


def sniff_mime(data: bytes) -> str | None:
    """The scan type from its first bytes (never from the file name)."""
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def check_scan(data: bytes, name: str = "pindaian") -> ScanFile:
    """Accept a PDF, JPEG or PNG that the printing code can place on a page, or refuse clearly."""
    _check_scan_size(name, len(data))
    mime = sniff_mime(data)
    if mime is None:
        raise ValidationError(
            _("Berkas {name} bukan PDF, JPEG atau PNG.", name=name),
            [("scan", _("jenis berkas tidak didukung"))],
        )
    if mime == "application/pdf":
        return ScanFile(name, mime, data, pages=_check_pdf(data, name))
    width, height = _check_image(data, name)
    return ScanFile(name, mime, data, pages=1, width_px=width, height_px=height)


def _corrupt(name: str) -> ValidationError:
    return ValidationError(
        _("Berkas {name} rusak atau tidak lengkap; pindai ulang dokumennya.", name=name),
        [("scan", _("berkas rusak"))],
    )


def _check_pdf(data: bytes, name: str) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _(
                    "PDF {name} dilindungi kata sandi atau terenkripsi; simpan ulang tanpa "
                    "perlindungan.",
                    name=name,
                ),
                [("scan", _("PDF terenkripsi"))],
            )
        pages = len(reader.pages)
        if pages > MAX_PDF_PAGES:
            raise ValidationError(
                _(
                    "PDF {name} berisi {n} halaman; maksimal {max} halaman.",
                    name=name,
                    n=pages,
                    max=MAX_PDF_PAGES,
                ),
                [("scan", _("terlalu banyak halaman"))],
            )
        for page in reader.pages:
            box = page.mediabox
            if float(box.width) <= 0 or float(box.height) <= 0:
                raise _corrupt(name)
            page.get_contents()
    except ValidationError:
        raise
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        raise _corrupt(name) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many things on broken files
        raise _corrupt(name) from exc
    if pages == 0:
        raise _corrupt(name)
    return pages


def _check_image(data: bytes, name: str) -> tuple[int, int]:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # We judge the size ourselves, below, with a clearer message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
    except Image.DecompressionBombError:
        width = height = MAX_IMAGE_SIDE + 1
    except Exception as exc:  # noqa: BLE001 - Pillow's errors on broken headers vary
        raise _corrupt(name) from exc
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(
            _(
                "Gambar {name} terlalu besar ({w}×{h} piksel); maksimal {side}×{side} piksel "
                "dan 50 megapiksel. Pindai dengan resolusi 300 dpi.",
                name=name,
                w=width,
                h=height,
                side=f"{MAX_IMAGE_SIDE:,}".replace(",", "."),
            ),
            [("scan", _("gambar terlalu besar"))],
        )
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()  # a truncated file fails here, not later at the printer
    except Exception as exc:  # noqa: BLE001
        raise _corrupt(name) from exc
    return width, height


# --- settings ------------------------------------------------------------------------------------


def check_verify_url(value: str) -> str:
    """The verification page's address (setting ``legal_verify_url``): http(s), no spaces;
    empty means the QR carries no address (offline verification only)."""
    url = value.strip()
    if url and not re.fullmatch(r"https?://[^\s?#]+(\?[^\s#]*)?", url, re.I):
        raise ValidationError(
            _("Alamat verifikasi harus diawali http:// atau https://, tanpa spasi."),
            [("legal_verify_url", _("alamat tidak valid"))],
        )
    return url


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
    from .formatting import month_roman

    return fmt.format(
        seq=seq, year=day.year, month=day.month, month_roman=month_roman(day.month), day=day.day
    )


# --- verification codes --------------------------------------------------------------------------


def _secret(session: Session) -> bytes:
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


def _code(secret: bytes, essentials: bytes) -> str:
    digest = hmac.new(secret, essentials, hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii")[:CODE_LENGTH]


def _entry_code(secret: bytes, entry: LegalEntry, docs: list[LegalDocument]) -> str:
    return _code(
        secret,
        _essentials(
            entry.register_no,
            entry.entry_date,
            entry.nik,
            entry.applicant_name,
            [(d.doc_type, d.doc_name, d.doc_number, d.copies) for d in docs],
        ),
    )


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
    from .settings import get_value

    return qr_payload(entry, str(get_value(db, "legal_verify_url") or ""))


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
    if len(code) == CODE_LENGTH and set(code) <= _B32:
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
            docs = _documents(session, entry.id)
            expected = _entry_code(_secret(session), entry, docs)
            summary = _summary(entry, docs)
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


def _summary(entry: LegalEntry, docs: list[LegalDocument]) -> dict[str, Any]:
    from .identity import mask_nik

    # A verification answers whoever holds the sheet: KK and KIA numbers are identity numbers
    # (UU 27/2022), so they are masked like the NIK.
    documents = tuple(
        (
            _doc_label(d.doc_type, d.doc_name),
            _mask(d.doc_number) if d.doc_type in ("kk", "kia") else d.doc_number,
            d.copies,
        )
        for d in docs
    )
    return {
        "register_no": entry.register_no,
        "entry_date": entry.entry_date,
        "applicant_name": entry.applicant_name,
        "nik_masked": mask_nik(entry.nik),
        "documents": documents,
        "total_copies": sum(c for _l, _n, c in documents),
        "official_name": json.loads(entry.official_snapshot or "{}").get("name", ""),
    }


# --- validation ----------------------------------------------------------------------------------


_CONTROL_TO_SPACE = {c: " " for c in [*range(32), *range(127, 160)]}


def _clean(text: str | None) -> str:
    """Collapse whitespace; control characters (NUL is refused by PostgreSQL) become spaces."""
    return " ".join((text or "").translate(_CONTROL_TO_SPACE).split())


def _doc_label(doc_type: str, doc_name: str) -> str:
    if doc_type == "lainnya":
        return doc_name or _(DOC_TYPES["lainnya"])
    return _(DOC_TYPES.get(doc_type, doc_type))


def purpose_label(purpose: str, other: str = "") -> str:
    label = _(PURPOSES.get(purpose, purpose))
    return f"{label}: {other}" if purpose == "lainnya" and other else label


def check_entry(db: Database, data: EntryInput) -> tuple[EntryInput, OfficialSnapshot, int]:
    """Clean and check a new entry; returns (clean input, official snapshot, official id).

    Raises one ValidationError listing every problem as (field, message); document fields are
    named ``documents.<n>.<field>`` with n counted from 1.
    """
    from .identity import normalize_phone, parse_nik, validate_nip

    problems: list[tuple[str, str]] = []
    name = _clean(data.applicant_name)
    if not name:
        problems.append(("applicant_name", _("Nama pemohon wajib diisi.")))
    elif len(name) > 200:
        problems.append(("applicant_name", _("Nama pemohon terlalu panjang (maks. 200).")))
    elif not re.search(r"[^\W\d_]", name):
        problems.append(("applicant_name", _("Nama pemohon harus memuat huruf.")))
    nik = ""
    try:
        nik = parse_nik(data.nik or "").nik
    except ValidationError as exc:
        problems.append(("nik", exc.message))
    phone = ""
    if _clean(data.phone):
        try:
            info = normalize_phone(data.phone)
        except ValidationError as exc:
            problems.append(("phone", exc.message))
        else:
            if not info.is_mobile:
                problems.append(("phone", _("Nomor WhatsApp harus nomor seluler.")))
            phone = info.e164
    purpose = (data.purpose or "").strip()
    other = _clean(data.purpose_other)
    if purpose not in PURPOSES:
        problems.append(
            ("purpose", _("Keperluan harus salah satu dari: {p}.", p=", ".join(PURPOSES.values())))
        )
    elif purpose == "lainnya" and not other:
        problems.append(("purpose_other", _("Tuliskan keperluan lainnya.")))
    elif len(other) > 120:
        problems.append(("purpose_other", _("Keperluan lainnya terlalu panjang (maks. 120).")))
    if purpose != "lainnya":
        other = ""
    recruitment = _clean(data.recruitment_no)
    if len(recruitment) > 80:
        problems.append(("recruitment_no", _("Nomor pendaftaran terlalu panjang (maks. 80).")))

    docs: list[DocumentInput] = []
    if not data.documents:
        problems.append(("documents", _("Tambahkan sedikitnya satu dokumen.")))
    elif len(data.documents) > MAX_DOCUMENTS:
        problems.append(
            ("documents", _("Paling banyak {n} dokumen per permohonan.", n=MAX_DOCUMENTS))
        )
    for n, doc in enumerate(data.documents or [], start=1):
        where = f"documents.{n}"
        doc_type = (doc.doc_type or "").strip()
        doc_name = _clean(doc.doc_name)
        number = _clean(doc.doc_number)
        if doc_type not in DOC_TYPES:
            problems.append(
                (f"{where}.doc_type", _("Dokumen {n}: jenis dokumen tidak dikenal.", n=n))
            )
        elif doc_type == "lainnya" and not doc_name:
            problems.append((f"{where}.doc_name", _("Dokumen {n}: tuliskan nama dokumennya.", n=n)))
        if doc_type != "lainnya":
            doc_name = ""
        if len(doc_name) > 120:
            problems.append((f"{where}.doc_name", _("Dokumen {n}: nama terlalu panjang.", n=n)))
        if not number:
            problems.append(
                (f"{where}.doc_number", _("Dokumen {n}: nomor dokumen wajib diisi.", n=n))
            )
        elif len(number) > 80:
            problems.append(
                (f"{where}.doc_number", _("Dokumen {n}: nomor dokumen terlalu panjang.", n=n))
            )
        copies = doc.copies
        if (
            isinstance(copies, bool)
            or not isinstance(copies, int)
            or not (MIN_COPIES <= copies <= MAX_COPIES)
        ):
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
        docs.append(DocumentInput(doc_type, number, copies, doc_name, doc.scan))

    snapshot = OfficialSnapshot("", "", "", "")
    official_id = data.official_id
    if official_id is None:
        problems.append(("official_id", _("Pilih pejabat penandatangan.")))
    else:
        with db.read() as session:
            official = session.get(Official, official_id)
        if official is None or not official.active:
            problems.append(
                ("official_id", _("Pejabat penandatangan tidak ditemukan atau nonaktif."))
            )
        else:
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
            else:
                snapshot = OfficialSnapshot(official.name, official.title, official.rank, nip)
    if problems:
        raise ValidationError("\n".join(m for _f, m in problems), problems)
    clean = EntryInput(name, nik, purpose, official_id, docs, phone, other, recruitment)
    return clean, snapshot, official_id  # type: ignore[return-value]


# --- register ------------------------------------------------------------------------------------


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
    a refused or failed save leaves no gap). ``now`` (aware) only for demo data and tests."""
    from .settings import get_value

    audit.require(db, actor, Permission.LEGAL_EDIT, "legal.create")
    clean, snapshot, official_id = check_entry(db, data)
    moment = (now or datetime.now().astimezone()).astimezone()
    day = moment.date()
    fmt = check_register_format(get_value(db, "legal_register_format"))
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
                )
                for i, d in enumerate(clean.documents)
            ]
            entry.verification_code = _entry_code(_secret(session), entry, docs)
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
                nik=_mask(entry.nik),
                purpose=entry.purpose,
                documents=len(docs),
                copies=sum(d.copies for d in docs),
                official=snapshot.name,
            )
            return _info(entry, docs, actor.username)
    except IntegrityError as exc:
        raise Conflict(
            _(
                "Nomor register bentrok dengan entri lain; periksa format nomor register di "
                "Pengaturan lalu simpan ulang."
            )
        ) from exc


def _mask(nik: str) -> str:
    from .identity import mask_nik

    return mask_nik(nik)


def _documents(session: Session, entry_id: int) -> list[LegalDocument]:
    return list(
        session.scalars(
            select(LegalDocument)
            .where(LegalDocument.entry_id == entry_id)
            .order_by(LegalDocument.position)
        )
    )


def _info(
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
        nik_masked=_mask(entry.nik),
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
                _doc_label(d.doc_type, d.doc_name),
                d.doc_number,
                d.copies,
                d.scan_name,
                d.scan_mime,
            )
            for d in docs
        ),
        print_count=entry.print_count,
        reprint_count=entry.reprint_count,
        revoked_at=entry.revoked_at,
        revoke_reason=entry.revoke_reason,
        revoked_by=revoked_by,
    )


def _usernames(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.username).where(User.id.in_(wanted))).all())


def _load(session: Session, entries: list[LegalEntry]) -> list[EntryInfo]:
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
        _info(
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
        return _load(session, [entry])[0]


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
        return _load(session, [entry])[0]


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
    term = _clean(search)
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
        return _load(session, list(session.scalars(query))), total


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


# --- printing accounting and revocation ----------------------------------------------------------


def next_print(entry: EntryInfo, what: str) -> tuple[str, int]:
    """The kind a print of ``what`` will be, and N of "CETAK ULANG ke-N" (0: first print).

    The first print of an endorsement (copy or block) is a ``print``; every later one is a
    ``reprint`` and needs a reason. Receipts are always a plain print.
    """
    if what not in ENDORSING_WHATS or entry.print_count == 0:
        return "print", 0
    return "reprint", entry.reprint_count + 1


def _check_print_args(kind: str, what: str, copies: int, reason: str) -> str:
    if kind not in PRINT_KINDS:
        raise ValidationError(_("Jenis cetak tidak dikenal: {k}.", k=kind))
    if what not in PRINT_WHATS:
        raise ValidationError(_("Jenis dokumen cetak tidak dikenal: {w}.", w=what))
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            _("Jumlah cetak harus 1 sampai {hi}.", hi=MAX_COPIES), [("copies", _("tidak valid"))]
        )
    reason = _clean(reason)
    if kind == "export" and not reason:
        reason = "ekspor"
    if kind == "reprint" and not reason:
        raise ValidationError(
            _("Cetak ulang wajib disertai alasan."), [("reason", _("wajib diisi"))]
        )
    if len(reason) > 500:
        raise ValidationError(_("Alasan terlalu panjang (maksimal 500 karakter)."))
    return reason


def record_print_in(
    session: Session,
    actor: Actor,
    entry_id: int,
    kind: str,
    what: str,
    copies: int = 1,
    reason: str = "",
) -> tuple[LegalEntry, int]:
    """Count a print inside the caller's write transaction; returns (entry, reprint N).

    For :mod:`legal_print`, which renders the PDF in the same transaction so the printed
    "CETAK ULANG ke-N" and the count cannot disagree.
    """
    reason = _check_print_args(kind, what, copies, reason)
    entry = session.get(LegalEntry, entry_id, with_for_update=True)
    if entry is None:
        raise NotFound(_("Entri legalisir tidak ditemukan."))
    if entry.revoked_at is not None:
        raise Conflict(
            _("Legalisir {no} telah dicabut dan tidak dapat dicetak.", no=entry.register_no)
        )
    if kind == "print" and what in ENDORSING_WHATS and entry.print_count > 0:
        raise Conflict(
            _(
                "Legalisir {no} sudah pernah dicetak; gunakan Cetak ulang dan tuliskan alasannya.",
                no=entry.register_no,
            )
        )
    reprint_no = 0
    if what in ENDORSING_WHATS or kind != "print":
        entry.print_count += 1
        if kind in ("reprint", "export"):
            entry.reprint_count += 1
            reprint_no = entry.reprint_count
    session.add(
        LegalPrint(
            entry_id=entry.id,
            user_id=actor.user_id,
            kind=kind,
            what=what,
            copies=copies,
            reason=reason,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        f"legal.{kind}",
        "legal_entry",
        entry.id,
        register_no=entry.register_no,
        what=what,
        copies=copies,
        reason=reason,
        reprint_no=reprint_no,
    )
    return entry, reprint_no


def record_print(
    db: Database,
    actor: Actor,
    entry_id: int,
    kind: str,
    what: str,
    copies: int = 1,
    reason: str = "",
) -> PrintRecord:
    """Count and audit a print (``kind`` print | reprint | export; ``what`` copy | endorsement |
    receipt). A reprint needs a reason; an export's reason defaults to "ekspor"."""
    audit.require(db, actor, Permission.LEGAL_EDIT, f"legal.{kind}")
    with db.write() as session:
        entry, reprint_no = record_print_in(session, actor, entry_id, kind, what, copies, reason)
        info = _load(session, [entry])[0]
    return PrintRecord(info, kind, what, copies, reprint_no)


def revoke(db: Database, actor: Actor, entry_id: int, reason: str) -> EntryInfo:
    """Revoke an entry (supervisor only, reason required); it then verifies as ``revoked``."""
    from .models import utcnow

    audit.require(db, actor, Permission.LEGAL_REVOKE, "legal.revoke")
    reason = _clean(reason)
    if not reason:
        raise ValidationError(
            _("Pencabutan wajib disertai alasan."), [("reason", _("wajib diisi"))]
        )
    if len(reason) > 500:
        raise ValidationError(_("Alasan terlalu panjang (maksimal 500 karakter)."))
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
        return _load(session, [entry])[0]


def print_history(db: Database, actor: Actor, entry_id: int) -> list[dict[str, Any]]:
    """Prints of one entry, oldest first: at, username, kind, what, copies, reason."""
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.view")
    with db.read() as session:
        rows = session.execute(
            select(LegalPrint, User.username)
            .outerjoin(User, User.id == LegalPrint.user_id)
            .where(LegalPrint.entry_id == entry_id)
            .order_by(LegalPrint.id)
        ).all()
        return [
            {
                "at": p.at,
                "username": username or "system",
                "kind": p.kind,
                "what": p.what,
                "copies": p.copies,
                "reason": p.reason,
            }
            for p, username in rows
        ]
