"""Vocabularies, the data handed to and from the GUI / command line, and small text helpers
shared by the legalization modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..errors import ValidationError
from ..i18n import _
from .scans import ScanFile

# --- vocabularies -------------------------------------------------------------------------------

PURPOSES: dict[str, str] = {
    "tni_ad": "TNI AD",
    "tni_al": "TNI AL",
    "tni_au": "TNI AU",
    "polri": "Polri",
    "lainnya": "Lainnya",
}
# The documents a Disdukcapil issues, hence may legalize; the office picks which its desk
# serves (setting ``legal_document_types``). "lainnya": another Dukcapil document, by name.
DOC_TYPES: dict[str, str] = {
    "kk": "Kartu Keluarga",
    "akta_lahir": "Akta Kelahiran",
    "akta_kawin": "Akta Perkawinan",
    "akta_mati": "Akta Kematian",
    "akta_cerai": "Akta Perceraian",
    "kia": "Kartu Identitas Anak",
    "ktp_el": "KTP Elektronik",
    "surat_pindah": "Surat Keterangan Pindah",
    "akta_pengakuan_anak": "Akta Pengakuan Anak",
    "akta_pengesahan_anak": "Akta Pengesahan Anak",
    "akta_ganti_nama": "Catatan Pinggir Perubahan Nama",
    "lainnya": "Lainnya",
}
# Documents other offices issue, and who legalizes them instead (a legalization is made by the
# office that issued the original). Matched against the name of a "lainnya" document.
OUTSIDE_AUTHORITY: tuple[tuple[str, str, str], ...] = (
    (r"ijazah|ijasah|sttb|transkrip|rapor|raport|skhun", "Ijazah/transkrip",
     "sekolah atau perguruan tinggi yang menerbitkannya (atau Dinas Pendidikan)"),
    (r"skck|catatan kepolisian", "SKCK", "Polres/Polsek yang menerbitkannya"),
    (r"\bsim\b|surat izin mengemudi", "SIM", "Satpas Polres yang menerbitkannya"),
    (r"paspor|passport", "Paspor", "Kantor Imigrasi"),
    (r"buku nikah|kutipan akta nikah|\bkua\b", "Buku nikah", "KUA yang menerbitkannya"),
    (r"surat (keterangan )?(sehat|dokter)|bebas narkoba", "Surat keterangan kesehatan",
     "fasilitas kesehatan yang menerbitkannya"),
    (r"sertifikat tanah|\bshm\b|\bbpn\b", "Sertifikat tanah", "Kantor Pertanahan (BPN)"),
    (r"\bnpwp\b", "NPWP", "Kantor Pelayanan Pajak"),
    (r"notaris|notariil", "Akta notaris", "notaris yang membuatnya"),
    (r"surat keterangan (domisili|tidak mampu|kelakuan baik)", "Surat keterangan desa/kelurahan",
     "desa/kelurahan yang menerbitkannya"),
)  # fmt: skip
# What is printed: copy with endorsement, endorsement block alone, applicant's receipt.
PRINT_WHATS: dict[str, str] = {
    "copy": "Salinan dengan pengesahan",
    "endorsement": "Blok pengesahan saja",
    "receipt": "Tanda terima",
}
PRINT_KINDS = ("print", "reprint", "export")
ENDORSING_WHATS = ("copy", "endorsement")

MIN_COPIES, MAX_COPIES = 1, 50
# A reprint or a revocation is read later by an auditor: "x" says nothing.
MIN_REASON, MAX_REASON = 10, 500
MAX_DOCUMENTS = 20
CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")


# --- data handed to and from the GUI / CLI -------------------------------------------------------


@dataclass
class DocumentInput:
    doc_type: str  # a key of DOC_TYPES
    doc_number: str
    copies: int = 1
    doc_name: str = ""  # required when doc_type == "lainnya" (e.g. "Ijazah SMA")
    scan: ScanFile | None = None  # from read_scan(path) / check_scan(data, name)
    tte: bool = False  # issued with an electronic signature (TTE); see EntryInput.tte_confirmed


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
    # The clerk saw the reminder that documents with an electronic signature (TTE) need no
    # legalization (Permendagri 104/2019) and went on; required when a document has ``tte``.
    tte_confirmed: bool = False


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
    payload: str = ""  # signed payload digits of this document's endorsement ("" unsigned)
    tte: bool = False  # issued with an electronic signature; the reminder was shown

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
    code: str  # older scheme: 10 base32 characters, as stored ("" for signed entries)
    code_display: str  # "K7QX-M2PA-9D"
    documents: tuple[DocumentInfo, ...]
    print_count: int
    reprint_count: int
    revoked_at: datetime | None
    revoke_reason: str | None
    revoked_by: str
    scheme: str = "ecdsa"  # "ecdsa" (the office's key) or "hmac" (the older scheme)
    key_id: int | None = None  # the key that signed it (None: not signed yet)
    payload: str = ""  # signed payload digits with every document (the receipt's QR)

    @property
    def signed(self) -> bool:
        return bool(self.payload)

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
    """One answer for the app, ``loket verify`` and (the same rules) the verification page."""

    status: str  # valid (SAH) | revoked (DICABUT) | invalid (TIDAK SAH)
    message: str  # one Indonesian sentence for the screen / terminal
    # Why it is not valid: malformed | unknown_key | untrusted_key | revoked_key |
    # bad_signature (signed scheme); unknown | tampered | unsealed (older scheme); "revoked"
    # for DICABUT; "" for SAH
    reason: str = ""
    scheme: str = ""  # "ecdsa" | "hmac" | "" (unreadable)
    key_id: int | None = None
    register_no: str = ""
    entry_date: date | None = None
    applicant_name: str = ""
    nik_masked: str = ""
    documents: tuple[tuple[str, str, int], ...] = ()  # (label, number, copies)
    total_copies: int = 0
    official_name: str = ""
    revoked_at: datetime | None = None
    revoke_reason: str = ""
    documents_total: int = 0  # documents in the entry (a code may carry one of them)
    notes: tuple[str, ...] = ()  # what else the officer should know (register differs, …)

    @property
    def ok(self) -> bool:
        return self.status == "valid"

    @property
    def verdict(self) -> str:
        """What the verification page shows in large letters."""
        return {"valid": "SAH", "revoked": "DICABUT"}.get(self.status, "TIDAK SAH")


@dataclass(frozen=True)
class PrintRecord:
    entry: EntryInfo  # counts after this print
    kind: str
    what: str
    copies: int
    reprint_no: int  # N of "CETAK ULANG ke-N"; 0 for a first print


# --- text helpers --------------------------------------------------------------------------------


_CONTROL_TO_SPACE = {c: " " for c in [*range(32), *range(127, 160)]}


def clean_text(text: str | None) -> str:
    """Collapse whitespace; control characters (NUL is refused by PostgreSQL) become spaces."""
    return " ".join((text or "").translate(_CONTROL_TO_SPACE).split())


def doc_label(doc_type: str, doc_name: str) -> str:
    if doc_type == "lainnya":
        return doc_name or _(DOC_TYPES["lainnya"])
    return _(DOC_TYPES.get(doc_type, doc_type))


def purpose_label(purpose: str, other: str = "") -> str:
    label = _(PURPOSES.get(purpose, purpose))
    return f"{label}: {other}" if purpose == "lainnya" and other else label


def mask_number(number: str) -> str:
    """A NIK (or KK / KIA number) as shown to whoever holds the sheet: ``3216********0001``."""
    from ..identity import mask_nik

    return mask_nik(number)


def check_reason(reason: str | None, missing: str) -> str:
    """A reprint's or revocation's reason, tidied; ``missing`` is the message for none at all."""
    reason = clean_text(reason)
    if not reason:
        raise ValidationError(missing, [("reason", _("wajib diisi"))])
    if len(reason) < MIN_REASON:
        message = _(
            "Alasan terlalu singkat: tulis minimal {n} karakter yang menjelaskan sebabnya.",
            n=MIN_REASON,
        )
        raise ValidationError(message, [("reason", message)])
    if len(reason) > MAX_REASON:
        raise ValidationError(_("Alasan terlalu panjang (maksimal {n} karakter).", n=MAX_REASON))
    return reason
