"""The legalization (legalisir) register for TNI/Polri applicants.

An entry records who asked, for which recruitment, which documents and how many copies, and who
signs. Each entry is signed with the office's key (ECDSA P-256): the signed payload, printed in
the QR code, can be checked by anyone with the office's public key (docs/legalisir-qr.md).

Modules: :mod:`.scans` (checking scan files), :mod:`.validation` (rules for an entry and for the
legalization settings), :mod:`.entries` (the register: numbering, reading, revoking),
:mod:`.payload` (the signed payload format), :mod:`.qrcode` (the QR code), :mod:`.keys` (key
files and trust), :mod:`.key_admin` (key management), :mod:`.signing` (signing entries),
:mod:`.verification` (answering a check), :mod:`.codes` and :mod:`.legacy` (the older HMAC
scheme and its seal), :mod:`.endorsement` (the endorsement block's layout), :mod:`.prints`
(counting prints and reprints). Files are written with :mod:`desktop_app.core.fileio`.
Pages are put together in :mod:`desktop_app.core.legal_print`.

Import everything from here: ``from desktop_app.core import legalization as legal``.
"""

from .codes import CODE_LENGTH, QR_PREFIX, group_code, normalize_code, qr_payload, verification_key
from .common import (
    CORNERS,
    DOC_TYPES,
    ENDORSING_WHATS,
    MAX_COPIES,
    MAX_DOCUMENTS,
    MAX_REASON,
    MIN_COPIES,
    MIN_REASON,
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
from .key_admin import (
    backup_key,
    create_key,
    export_public,
    install_key,
    install_public,
    list_keys,
    revoke_key,
    rotate_key,
)
from .keys import KeyInfo, KeyLocked, KeyUnavailable, can_sign, key_label, lock_all, unlock
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
from .signing import needs_resign
from .validation import (
    check_document_types,
    check_endorse_corner,
    check_entry,
    check_register_format,
    check_verify_url,
    render_register_no,
)
from .verification import qr_text, verify

__all__ = [
    "MIN_REASON",
    "MAX_REASON",
    "CODE_LENGTH", "CORNERS", "DOC_TYPES", "ENDORSING_WHATS", "MAX_COPIES", "MAX_DOCUMENTS",
    "MAX_IMAGE_PIXELS", "MAX_IMAGE_SIDE", "MAX_PDF_PAGES", "MAX_SCAN_BYTES", "MIN_COPIES",
    "PRINT_KINDS", "PRINT_WHATS", "PURPOSES", "QR_PREFIX", "DocumentInfo", "DocumentInput",
    "EntryInfo", "EntryInput", "KeyInfo", "KeyLocked", "KeyUnavailable", "OfficialSnapshot",
    "PrintRecord", "ScanFile", "VerifyResult", "backup_key", "can_sign", "check_document_types",
    "check_endorse_corner", "check_entry", "check_register_format", "check_scan",
    "check_verify_url", "create_entry", "create_key", "entry_infos", "export_public", "find_entry",
    "get_entry", "group_code", "install_key", "install_public", "key_label", "list_entries",
    "list_keys", "lock_all", "needs_resign", "next_print", "normalize_code", "print_history",
    "purpose_label", "qr_payload", "qr_text", "read_scan", "record_print", "record_print_in",
    "render_register_no", "revoke", "revoke_key", "rotate_key", "scan_of", "sniff_mime", "unlock",
    "verification_key", "verify",
]  # fmt: skip
