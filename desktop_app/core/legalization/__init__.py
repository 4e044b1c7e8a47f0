"""The legalization (legalisir) register for TNI/Polri applicants.

An entry records who asked, for which recruitment, which documents and how many copies, and who
signs. Modules: :mod:`.scans` (checking scan files), :mod:`.validation` (rules for an entry and
for the legalization settings), :mod:`.entries` (the register: numbering, reading, revoking),
:mod:`.codes` (the verification code and QR text), :mod:`.verification` (answering a check),
:mod:`.prints` (counting prints and reprints). Files are written with
:mod:`desktop_app.core.fileio`.
Printing the PDFs lives in :mod:`desktop_app.core.legal_print`.

Import everything from here: ``from desktop_app.core import legalization as legal``.
"""

from .codes import (
    CODE_LENGTH,
    QR_PREFIX,
    group_code,
    normalize_code,
    qr_payload,
    qr_text,
    verification_key,
)
from .common import (
    CORNERS,
    DOC_TYPES,
    ENDORSING_WHATS,
    MAX_COPIES,
    MAX_DOCUMENTS,
    MIN_COPIES,
    PRINT_KINDS,
    PRINT_WHATS,
    PURPOSES,
    DocumentInfo,
    DocumentInput,
    EntryInfo,
    EntryInput,
    OfficialSnapshot,
    PrintRecord,
    VerifyResult,
    purpose_label,
)
from .entries import (
    create_entry,
    entry_infos,
    find_entry,
    get_entry,
    list_entries,
    revoke,
    scan_of,
)
from .prints import next_print, print_history, record_print, record_print_in
from .scans import (
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
    MAX_PDF_PAGES,
    MAX_SCAN_BYTES,
    ScanFile,
    check_scan,
    read_scan,
    sniff_mime,
)
from .validation import (
    check_endorse_corner,
    check_entry,
    check_register_format,
    check_verify_url,
    render_register_no,
)
from .verification import verify

__all__ = [
    "CODE_LENGTH", "CORNERS", "DOC_TYPES", "ENDORSING_WHATS", "MAX_COPIES", "MAX_DOCUMENTS",
    "MAX_IMAGE_PIXELS", "MAX_IMAGE_SIDE", "MAX_PDF_PAGES", "MAX_SCAN_BYTES", "MIN_COPIES",
    "PRINT_KINDS", "PRINT_WHATS", "PURPOSES", "QR_PREFIX", "DocumentInfo", "DocumentInput",
    "EntryInfo", "EntryInput", "OfficialSnapshot", "PrintRecord", "ScanFile", "VerifyResult",
    "check_endorse_corner", "check_entry", "check_register_format", "check_scan",
    "check_verify_url", "create_entry",
    "entry_infos", "find_entry", "get_entry", "group_code", "list_entries", "next_print",
    "normalize_code", "print_history", "purpose_label", "qr_payload", "qr_text", "read_scan",
    "record_print", "record_print_in", "render_register_no", "revoke", "scan_of",
    "sniff_mime", "verification_key", "verify",
]  # fmt: skip
