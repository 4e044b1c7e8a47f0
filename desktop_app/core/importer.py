"""Import of requests from CSV or XLSX files (format: README, "Import format").

Two streaming passes, so a 100,000-row file needs little memory:

1. read and validate every row (``validate_row`` never raises; problems become
   ``baris N: <kolom>: <alasan>`` lines, N = line number in the file, header = 1; the first
   ``MAX_ERRORS_LISTED`` are kept, all are counted) and spool the clean rows, pickled in
   chunks, to a temporary file;
2. if no row failed (or ``skip_invalid``), insert the clean rows in ONE write transaction, in
   chunks, straight through the driver (``executemany`` on SQLite, ``COPY`` on PostgreSQL);
   tickets are reserved in one statement per chunk.

Limits (settings ``import_max_mb`` and ``import_max_rows``): a file whose content is larger
(an XLSX is a zip: the sizes of its parts once unpacked are read from its directory, before
anything is unpacked — a "zip bomb" is refused unread) or that has more data rows is refused
as a whole.

Speed (``bench/requests_bench.py``): the common shapes of a cell take fast paths that give the
same result as the full parsers (ISO times, clean 16-digit numbers whose verdict depends only on
their province, date digits and serial, Indonesian mobile numbers), and the per-row triggers
(name search, tallies) are switched off for the import's own rows, which are then indexed and
counted in one statement each (``requests.tally.suspend``/``resume``).

Re-importing is idempotent: a row whose key (``kanal`` + ``ref`` when ``ref`` is given, else
received time + NIK + service) already exists — in the database or earlier in the file — is
counted as skipped, not as an error. Imported rows carry that key in ``import_key``, unique in
the database; on PostgreSQL imports also take turns (an advisory lock), so two counters
importing one file at once add its rows once.
"""

from __future__ import annotations

import csv
import hashlib
import pickle
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, cast

from sqlalchemy import Integer, Table, func, insert, literal, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import audit, clock, options, settings, workdays
from .db import Database
from .errors import ValidationError, os_reason
from .formatting import format_int
from .i18n import _
from .identity import parse_kk as identity_parse_kk
from .identity import parse_nik as identity_parse_nik
from .models import ImportBatch, Request, RequestEvent, Service, UtcDateTime
from .requests import tally, tickets
from .requests.catalog import ServiceInfo, service_lookup
from .requests.common import (
    check_channel,
    check_person,
    check_received,
    fold_name,
    nik_required,
)
from .security import Actor, Permission

MAX_ERRORS_LISTED = 200
XLSX_MAX_PARTS = 2_000  # files inside one XLSX (a workbook of one sheet has about ten)
CHUNK = 10_000
_PG_IMPORT_LOCK = 0x4C4F4B01  # advisory lock key: imports into one PostgreSQL database queue
Progress = Callable[[int, int], None]

REQUIRED = ("diterima", "kanal", "layanan", "nik", "nama")
COLUMNS = ("diterima", "kanal", "layanan", "nik", "no_kk", "nama", "no_hp", "email",
           "keterangan", "ref")  # fmt: skip
ALIASES = {
    "diterima": ("diterima", "received", "received_at", "tanggal", "waktu", "tanggal_diterima",
                 "waktu_diterima", "date", "datetime"),
    "kanal": ("kanal", "channel", "saluran"),
    "layanan": ("layanan", "service", "jenis_layanan"),
    "nik": ("nik",),
    "no_kk": ("no_kk", "kk", "nomor_kk", "nokk", "family_card", "kk_number"),
    "nama": ("nama", "name", "nama_lengkap", "full_name", "nama_pemohon"),
    "no_hp": ("no_hp", "phone", "hp", "nomor_hp", "telepon", "no_telepon", "whatsapp", "no_wa",
              "mobile", "phone_number"),
    "email": ("email", "e_mail", "surel"),
    "keterangan": ("keterangan", "notes", "note", "catatan"),
    "ref": ("ref", "reference", "referensi", "no_ref", "external_ref", "nomor_registrasi"),
}  # fmt: skip
_ALIAS_TO_COLUMN = {alias: col for col, aliases in ALIASES.items() for alias in aliases}
# The core's field names (the keys of its problems) as this file's column names.
COLUMN_OF_FIELD = {
    "received_at": "diterima", "channel": "kanal", "service_code": "layanan", "nik": "nik",
    "kk": "no_kk", "name": "nama", "phone": "no_hp", "email": "email", "notes": "keterangan",
    "external_ref": "ref",
}  # fmt: skip
CHANNEL_ALIASES = {
    "whatsapp": "wa", "wa": "wa", "web": "web", "e_siak": "web", "esiak": "web", "online": "web",
    "telepon": "telepon", "telp": "telepon", "phone": "telepon", "email": "email",
    "e_mail": "email", "loket": "loket", "walk_in": "loket", "langsung": "loket",
}  # fmt: skip
DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y %H:%M", "%d/%m/%Y %H.%M", "%d/%m/%Y %H:%M:%S",
    "%d-%m-%Y %H.%M", "%d-%m-%Y %H:%M", "%d-%m-%Y %H:%M:%S",
)  # fmt: skip


class ImportRejected(ValidationError):
    """The file was refused as a whole; ``errors`` holds every ``baris N: …`` line (may be
    empty when the file itself is unreadable). Nothing was written."""

    def __init__(self, message: str, errors: list[str] | None = None) -> None:
        self.errors = errors or []
        super().__init__(message, [("baris", e) for e in self.errors])


@dataclass(frozen=True)
class ImportLimits:
    max_bytes: int = options.IMPORT_MAX_MB.default * 1024 * 1024
    max_rows: int = options.IMPORT_MAX_ROWS.default


def import_limits(db: Database) -> ImportLimits:
    """The office's limits (settings ``import_max_mb`` and ``import_max_rows``)."""
    return ImportLimits(
        settings.get(db, options.IMPORT_MAX_MB) * 1024 * 1024,
        settings.get(db, options.IMPORT_MAX_ROWS),
    )


@dataclass
class ImportResult:
    file_name: str
    rows: int = 0  # data rows read (blank lines not counted)
    added: int = 0
    skipped: int = 0  # already present (re-import) or repeated in the file
    invalid: int = 0  # rows left out with skip_invalid
    # "baris N: kolom: alasan": the first MAX_ERRORS_LISTED, then one line saying how many more
    errors: list[str] = field(default_factory=list)
    error_count: int = 0  # every error line, listed or not
    batch_id: str = ""

    def add_errors(self, lines: list[str]) -> None:
        room = MAX_ERRORS_LISTED - self.error_count
        if room > 0:
            self.errors.extend(lines[:room])
        self.error_count += len(lines)

    def close_errors(self) -> None:
        """Say how many errors were not listed (once, after the last row)."""
        hidden = self.error_count - MAX_ERRORS_LISTED
        if hidden > 0:
            self.errors.append(
                _(
                    "… dan {n} kesalahan lain (hanya {shown} yang pertama ditampilkan).",
                    n=format_int(hidden),
                    shown=MAX_ERRORS_LISTED,
                )
            )


def _key(header: object) -> str:
    text = str(header or "").replace("\ufeff", "").strip().casefold()
    for ch in " -./":
        text = text.replace(ch, "_")
    return "_".join(p for p in text.split("_") if p)


def map_header(cells: list[object]) -> dict[str, int]:
    """Column name -> index; raises ImportRejected naming the missing columns."""
    mapping: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = _ALIAS_TO_COLUMN.get(_key(cell))
        if column and column not in mapping:
            mapping[column] = index
    missing = [c for c in REQUIRED if c not in mapping]
    if missing:
        raise ImportRejected(
            _(
                "Baris judul (baris 1) tidak sesuai format impor: kolom {missing} tidak ada. "
                "Kolom yang dikenali: {columns}.",
                missing=", ".join(missing),
                columns=", ".join(COLUMNS),
            )
        )
    return mapping


# Exact subsets of DATETIME_FORMATS read without strptime (5x faster): ISO with space or "T",
# and dd/mm/yyyy, each with or without seconds. Anything else goes through strptime.
_ISO_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?")
_DMY_TIME = re.compile(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?")


def _fast_time(text: str) -> datetime | None:
    match = _ISO_TIME.fullmatch(text)
    if match is not None:
        year, month, day, hour, minute, second = match.groups()
    else:
        match = _DMY_TIME.fullmatch(text)
        if match is None:
            return None
        day, month, year, hour, minute, second = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None  # let strptime give the verdict


def _strptime_any(text: str) -> datetime | None:
    for fmt in DATETIME_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_received(value: object) -> datetime:
    """A cell of ``diterima`` -> aware UTC datetime (times without a zone are office times)."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = " ".join(str(value or "").split())
        if not text:
            raise ValueError(_("wajib diisi"))
        parsed = _fast_time(text) or _strptime_any(text)
        if parsed is None:
            raise ValueError(
                _(
                    "waktu tidak dikenali: {value} (contoh: 2026-11-28 09:15, 28/11/2026 09:15 "
                    "atau 28-11-2026 09.15)",
                    value=text[:40],
                )
            )
        moment = parsed
    if moment.year < 1900:  # year 1 in the office's zone is before the first UTC moment
        raise ValueError(_("Waktu diterima terlalu lampau (sebelum tahun 2000)."))
    return clock.from_office_wall(moment)


def _cell_text(value: object, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if column in ("nik", "no_kk"):
            # Excel keeps 15 significant digits: a 16-digit number typed into a number cell
            # has already lost its last digit, so it cannot be trusted.
            raise ValueError(
                _("tersimpan sebagai angka di Excel (digit hilang); format kolom sebagai Teks")
            )
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return str(value)


_MOBILE_SHAPES: dict[tuple[str, int], bool] = {}


def fast_phone_e164(text: str) -> str:
    """``normalize_phone(text).e164`` for the common case, without phonenumbers' full parse.

    Why: parsing costs ~50 µs, the biggest share of a 100,000-row import. An Indonesian mobile
    number's validity depends only on its first digits and its length, so the verdict of
    phonenumbers for one (prefix, length) shape is cached and reused for the same shape.
    Anything else (landlines, foreign numbers, odd input) takes the full path.
    """
    from .identity import clean_number, normalize_phone

    digits = clean_number(text)
    if digits.startswith("+62"):
        national = digits[3:]
    elif digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = ""
    if national.startswith("8") and national.isdigit() and 9 <= len(national) <= 12:
        shape = (national[:5], len(national))
        verdict = _MOBILE_SHAPES.get(shape)
        if verdict is None:
            try:
                info = normalize_phone("+62" + national)
                verdict = info.is_mobile and info.e164 == "+62" + national
            except ValidationError:
                verdict = False
            _MOBILE_SHAPES[shape] = verdict
        if verdict:
            return "+62" + national
    return normalize_phone(text).e164


class IdentityVerdicts:
    """``identity.parse_nik(text).nik`` and ``parse_kk(text).kk`` with their verdicts reused.

    Why: the full parse costs tens of microseconds a row. A clean 16-digit number's verdict
    depends only on its province (first two digits), its date digits (7th–12th) and whether
    its serial is ``0000`` (for one ``today``), and those repeat across a file; anything else
    (separators to clean, a number that fails) takes the full parse, which gives the message.
    """

    def __init__(self, today: date | None = None) -> None:
        self.today = today or date.today()
        self._nik: dict[tuple[str, str, bool], bool] = {}
        self._kk: dict[tuple[str, str, bool], bool] = {}

    def nik(self, text: str) -> str:
        if self._clean_and_known(text, self._nik, identity_parse_nik):
            return text
        return identity_parse_nik(text, self.today).nik

    def kk(self, text: str) -> str:
        if self._clean_and_known(text, self._kk, identity_parse_kk):
            return text
        return identity_parse_kk(text, self.today).kk

    def _clean_and_known(
        self, text: str, verdicts: dict[tuple[str, str, bool], bool], parse: Any
    ) -> bool:
        if len(text) != 16 or not (text.isascii() and text.isdigit()):
            return False
        key = (text[:2], text[6:12], text[12:] == "0000")
        verdict = verdicts.get(key)
        if verdict is None:
            try:
                parse(text, self.today)
                verdict = True
            except ValidationError:
                verdict = False
            verdicts[key] = verdict
        return verdict


def row_problem(line: int, column: str, reason: str) -> str:
    """ "baris 3: nik: …" — the row number in the interface language; the column keeps the
    header's own name (it is what the file says)."""
    return _("baris {n}: {column}: {reason}", n=line, column=column, reason=reason)


def validate_row(
    cells: list[object],
    mapping: dict[str, int],
    line: int,
    services: dict[str, ServiceInfo],
    verdicts: IdentityVerdicts | None = None,
) -> tuple[list[Any] | None, list[str]]:
    """One data row -> (clean record, []) or (None, ["baris N: kolom: alasan", …]).

    Never raises for any cell content: every problem becomes an error line.
    """
    errors: list[str] = []
    size = len(cells)
    texts: dict[str, str] = {}
    unreadable: set[str] = set()
    for column in COLUMNS:
        index = mapping.get(column)
        value = cells[index] if index is not None and index < size else None
        if column == "diterima":
            received_cell = value
        elif type(value) is str:
            texts[column] = value
        else:
            try:
                texts[column] = _cell_text(value, column)
            except ValueError as exc:
                errors.append(row_problem(line, column, str(exc)))
                texts[column] = ""
                unreadable.add(column)
    received: datetime | None = None
    try:
        received = parse_received(received_cell)
    except (ValueError, OverflowError) as exc:
        errors.append(row_problem(line, "diterima", str(exc)))
    problems: list[tuple[str, str]] = []
    if received is not None:
        received = check_received(received, problems)
    channel = check_channel(_channel_code(texts["kanal"]), problems)
    service_key = _service_key(texts["layanan"])
    service = services.get(service_key) if service_key else None
    if service is None or not service.active:
        problems.append(
            (
                "service_code",
                _("layanan tidak dikenal: {value}", value=texts["layanan"][:60] or "-"),
            )
        )
    verdicts = verdicts or IdentityVerdicts()
    name, nik, kk, phone, email, notes, ref = check_person(
        texts["nama"], texts["nik"], texts["no_kk"], texts["no_hp"], texts["email"],
        texts["keterangan"], texts["ref"], problems, fast_phone_e164,
        nik_required=service is None or nik_required(service.code),
        nik_of=verdicts.nik, kk_of=verdicts.kk,
    )  # fmt: skip
    for field_name, message in problems:
        column = COLUMN_OF_FIELD.get(field_name, field_name)
        if column in unreadable:
            continue  # already reported, once
        errors.append(row_problem(line, column, message))
    if errors:
        return None, errors
    assert received is not None and service is not None
    record = [line, received, channel, service.code, name, nik, kk, phone, email, notes, ref]
    return record, []


@lru_cache(maxsize=512)
def _channel_code(text: str) -> str:
    """``WhatsApp`` -> ``wa``; cached: a file repeats a handful of spellings."""
    key = _key(text)
    return CHANNEL_ALIASES.get(key, key)


@lru_cache(maxsize=512)
def _service_key(text: str) -> str | None:
    """The catalog lookup key of a ``layanan`` cell (None when blank)."""
    return fold_name(text) if text.strip() else None


# --- reading files -----------------------------------------------------------------------------


def _reject_file(message: str) -> ImportRejected:
    return ImportRejected(message)


def _check_file(path: Path, limits: ImportLimits) -> str:
    """Return "csv" or "xlsx", or refuse the file with one clear message."""
    try:
        return _sniff_file(path, limits)
    except OSError as exc:  # name too long, no permission, a device that went away
        raise _reject_file(
            _(
                "Berkas {name} tidak dapat dibuka: {reason}",
                name=path.name[:80],
                reason=os_reason(exc),  # strerror is English on most PCs
            )
        ) from None


def _too_big(path: Path, size: int, limits: ImportLimits) -> ImportRejected:
    return _reject_file(
        _(
            "Berkas {name} terlalu besar ({mb} MB; maksimal {limit} MB). Bagi menjadi "
            "beberapa berkas.",
            name=path.name,
            mb=format_int(max(1, round(size / 1024 / 1024))),
            limit=format_int(limits.max_bytes // (1024 * 1024)),
        )
    )


def _sniff_file(path: Path, limits: ImportLimits) -> str:
    if not path.is_file():
        raise _reject_file(_("Berkas tidak ditemukan: {path}", path=path))
    size = path.stat().st_size
    if size == 0:
        raise _reject_file(_("Berkas {name} kosong.", name=path.name))
    if size > limits.max_bytes:
        raise _too_big(path, size, limits)
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"PK\x03\x04"):
        if zipfile.is_zipfile(path):
            _check_xlsx_parts(path, limits)
            return "xlsx"
    if head.startswith(b"%PDF"):
        raise _reject_file(_("Berkas {name} adalah PDF, bukan CSV atau XLSX.", name=path.name))
    if b"\x00" in head or head.startswith((b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8")):
        raise _reject_file(
            _(
                "Berkas {name} bukan berkas CSV (teks) atau XLSX. Simpan dari Excel sebagai "
                '"CSV UTF-8" atau "Excel Workbook (.xlsx)".',
                name=path.name,
            )
        )
    return "csv"


def _check_xlsx_parts(path: Path, limits: ImportLimits) -> None:
    """An XLSX is a zip: refuse it from its directory alone when its parts, unpacked, would
    exceed the limit (a few hundred kilobytes can unpack to gigabytes). Nothing is unpacked
    here, and Python's zip reader never unpacks a part beyond the size its directory gives."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, NotImplementedError):
        raise _not_xlsx(path) from None
    unpacked = sum(part.file_size for part in parts)
    if len(parts) > XLSX_MAX_PARTS or unpacked > limits.max_bytes:
        raise _reject_file(
            _(
                "Berkas {name} berisi {mb} MB data setelah dibuka (maksimal {limit} MB); "
                "tidak dibaca. Simpan lembar kerjanya sebagai CSV UTF-8 atau bagi menjadi "
                "beberapa berkas.",
                name=path.name,
                mb=format_int(max(1, round(unpacked / 1024 / 1024))),
                limit=format_int(limits.max_bytes // (1024 * 1024)),
            )
        )


def _not_xlsx(path: Path) -> ImportRejected:
    return _reject_file(
        _("Berkas {name} bukan lembar kerja Excel (.xlsx) yang sah.", name=path.name)
    )


def _csv_rows(path: Path, limits: ImportLimits) -> Iterator[tuple[int, list[object]]]:
    """(line number of the row's first line, cells); header row first."""
    # A cell may be as long as the file allows: too-long cells are refused by their column's
    # own check ("baris N: keterangan: … terlalu panjang"), not by the csv module in English.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_bytes))
    with path.open("r", encoding="utf-8-sig", newline="") as fh:
        try:
            sample = fh.readline()
        except UnicodeDecodeError:
            raise _utf8_error(path) from None
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        fh.seek(0)
        if fh.read(1) != "\ufeff":
            fh.seek(0)
        reader = csv.reader(fh, delimiter=delimiter)
        previous = 0
        try:
            for cells in reader:
                start = previous + 1
                previous = reader.line_num
                yield start, list(cells)
        except UnicodeDecodeError:
            raise _utf8_error(path, previous + 1) from None
        except csv.Error:
            raise _reject_file(
                _(
                    "Berkas {name} tidak dapat dibaca sebagai CSV mulai baris {line}. Periksa "
                    "baris itu di Excel lalu simpan ulang sebagai CSV UTF-8.",
                    name=path.name,
                    line=previous + 1,
                )
            ) from None


def _utf8_error(path: Path, line: int | None = None) -> ImportRejected:
    return _reject_file(
        _(
            "Berkas {name} bukan teks UTF-8{where}. Di Excel pilih Simpan Sebagai "
            '"CSV UTF-8 (dibatasi koma)".',
            name=path.name,
            where=_(" (baris {n})", n=line) if line else "",
        )
    )


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise _not_xlsx(path) from None
    number = 0
    try:
        sheet = workbook.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):  # noqa: B007
            yield number, list(row)
    except ImportRejected:
        raise
    except Exception:  # noqa: BLE001 - broken XML inside the zip: ParseError, KeyError, …
        raise _reject_file(
            _(
                "Berkas {name} rusak: lembar kerjanya tidak dapat dibaca sesudah baris {line}. "
                "Buka di Excel lalu simpan ulang (atau simpan sebagai CSV UTF-8).",
                name=path.name,
                line=number,
            )
        ) from None
    finally:
        workbook.close()


def _rows(path: Path, kind: str, limits: ImportLimits) -> Iterator[tuple[int, list[object]]]:
    return _xlsx_rows(path) if kind == "xlsx" else _csv_rows(path, limits)


def _blank(cells: list[object]) -> bool:
    return all(c is None or str(c).strip() == "" for c in cells)


# --- import --------------------------------------------------------------------------------------


def import_file(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import ``path`` (CSV or XLSX). Raises ImportRejected (nothing written) when the file is
    unusable or any row is invalid and ``skip_invalid`` is false.

    ``progress(done, total)``: while validating, total is 0 (unknown yet — show a busy bar);
    while writing, total is the number of valid rows.
    """
    audit.require(db, actor, Permission.REQUESTS_EDIT, "requests.import")
    path = Path(path)
    limits = import_limits(db)
    kind = _check_file(path, limits)
    result = ImportResult(file_name=path.name)
    with db.read() as session:
        services = service_lookup(session)
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    sha = digest.hexdigest()

    with tempfile.TemporaryFile("w+b") as spool:
        valid = _validate_pass(path, kind, limits, services, result, spool, progress)
        if result.error_count and not skip_invalid:
            raise ImportRejected(
                _(
                    "Impor dibatalkan: {n} dari {total} baris tidak valid ({errors} kesalahan); "
                    "tidak ada yang disimpan.",
                    n=format_int(result.invalid),
                    total=format_int(result.rows),
                    errors=format_int(result.error_count),
                ),
                result.errors,
            )
        spool.seek(0)
        try:
            _write_pass(db, actor, spool, valid, result, sha, path.name, progress)
        except IntegrityError:
            # Another counter imported the same rows between our check and our insert (only
            # possible if it did not take turns): the unique import key refused them.
            raise ImportRejected(
                _(
                    "Baris-baris berkas {name} baru saja diimpor dari komputer lain; tidak ada "
                    "yang disimpan. Ulangi impor: baris yang sudah ada akan dilewati.",
                    name=path.name,
                )
            ) from None
    return result


def _validate_pass(
    path: Path,
    kind: str,
    limits: ImportLimits,
    services: dict[str, ServiceInfo],
    result: ImportResult,
    spool: IO[bytes],
    progress: Progress | None,
) -> int:
    rows = _rows(path, kind, limits)
    verdicts = IdentityVerdicts()
    mapping: dict[str, int] | None = None
    pending: list[list[Any]] = []
    for line, cells in rows:
        if mapping is None:
            if _blank(cells):
                continue
            mapping = map_header(cells)
            continue
        if _blank(cells):
            continue
        result.rows += 1
        if result.rows > limits.max_rows:
            raise _reject_file(
                _(
                    "Berkas {name} berisi lebih dari {n} baris data (batas satu impor); tidak "
                    "ada yang disimpan. Bagi menjadi beberapa berkas.",
                    name=path.name,
                    n=format_int(limits.max_rows),
                )
            )
        record, errors = validate_row(cells, mapping, line, services, verdicts)
        if errors:
            result.invalid += 1
            result.add_errors(errors)
        elif record is not None:
            pending.append(record)
            if len(pending) >= CHUNK:
                pickle.dump(pending, spool, pickle.HIGHEST_PROTOCOL)
                pending = []
        if progress and result.rows % 1000 == 0:
            progress(result.rows, 0)
    if pending:
        pickle.dump(pending, spool, pickle.HIGHEST_PROTOCOL)
    if mapping is None:
        raise _reject_file(_("Berkas {name} kosong.", name=path.name))
    if result.rows == 0:
        raise _reject_file(_("Berkas {name} hanya berisi baris judul.", name=path.name))
    result.close_errors()
    return result.rows - result.invalid


def _chunks(spool: IO[bytes]) -> Iterator[list[list[Any]]]:
    """The clean records back from the spool (our own temporary file), CHUNK at a time."""
    while True:
        try:
            yield pickle.load(spool)  # noqa: S301 - written by _validate_pass just before
        except EOFError:
            return


def _write_pass(
    db: Database,
    actor: Actor,
    spool: IO[bytes],
    total: int,
    result: ImportResult,
    sha: str,
    file_name: str,
    progress: Progress | None,
) -> None:
    holidays = settings.holiday_set(db)
    batch_id = uuid.uuid4().hex
    due_cache: dict[tuple[date, int], datetime] = {}
    seen: set[str] = set()
    done = 0
    with db.write() as session:
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            # Imports take turns: the second of two imports of one file waits, then finds
            # every row already there (READ COMMITTED: each check sees what was committed).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_IMPORT_LOCK})
        targets = {s.code: s.target_days for s in session.scalars(select(Service))}
        max_before = session.scalar(select(func.max(Request.id))) or 0
        triggers = tally.suspend(conn)
        for chunk in _chunks(spool):
            records = _new_records(session, chunk, seen)
            result.skipped += len(chunk) - len(records)
            if records:
                _insert(session, actor, records, targets, holidays, due_cache, batch_id)
                result.added += len(records)
            done += len(chunk)
            if progress:
                progress(done, total)
        tally.resume(conn, triggers, max_before, batch_id)
        # One "imported" event per new request, in one statement (cheaper than per row).
        session.execute(
            insert(_table(RequestEvent)).from_select(
                ["request_id", "at", "user_id", "kind", "to_status", "note"],
                select(
                    Request.id,
                    literal(datetime.now(UTC), UtcDateTime()),
                    literal(actor.user_id, Integer()),
                    literal("import"),
                    literal("baru"),
                    literal(f"Diimpor dari {file_name}"),  # the record: Indonesian (show_note)
                ).where(Request.id > max_before, Request.import_batch == batch_id),
            )
        )
        existing = session.scalar(select(ImportBatch).where(ImportBatch.file_sha256 == sha))
        if existing is None:
            session.add(
                ImportBatch(
                    id=batch_id,
                    file_name=file_name[:255],
                    file_sha256=sha,
                    user_id=actor.user_id,
                    rows_added=result.added,
                    rows_skipped=result.skipped,
                )  # fmt: skip
            )
            result.batch_id = batch_id
        else:
            result.batch_id = existing.id
        audit.record(
            session, actor, "requests.import", "import", result.batch_id, file=file_name,
            sha256=sha, rows=result.rows, added=result.added, skipped=result.skipped,
            invalid=result.invalid,
        )  # fmt: skip


def import_key(record: list[Any]) -> str:
    """The duplicate key of a clean record: kanal + ref, else received time + NIK + service."""
    _line, received, channel, code, _name, nik, _kk, _phone, _email, _notes, ref = record
    if ref:
        return f"ref:{channel}:{ref}"
    return f"row:{received:%Y%m%dT%H%M%S}:{nik}:{code}"


def _new_records(session: Any, chunk: list[list[Any]], seen: set[str]) -> list[list[Any]]:
    """Drop rows whose key is already in the database (imported or typed at a counter) or
    earlier in the file."""
    refs = {r[10] for r in chunk if r[10]}
    niks = {r[5] for r in chunk if not r[10]}
    existing: set[str] = set()
    if refs:
        for channel, ref in session.execute(
            select(Request.channel, Request.external_ref).where(Request.external_ref.in_(refs))
        ):
            existing.add(f"ref:{channel}:{ref}")
    if niks:
        for received, nik, service in session.execute(
            select(Request.received_at, Request.nik, Request.service_code).where(
                Request.nik.in_(niks)
            )
        ):
            existing.add(f"row:{received:%Y%m%dT%H%M%S}:{nik}:{service}")
    fresh = []
    for r in chunk:
        key = import_key(r)
        if key in existing or key in seen:
            continue
        seen.add(key)
        fresh.append(r)
    return fresh


_INSERT_COLUMNS = (
    "ticket", "service_code", "channel", "received_at", "name", "name_folded", "nik", "kk",
    "phone", "email", "notes", "external_ref", "status", "due_at", "assigned_to", "created_by",
    "created_at", "updated_at", "import_batch", "import_key", "version",
)  # fmt: skip


def _insert(
    session: Session,
    actor: Actor,
    records: list[list[Any]],
    targets: dict[str, int],
    holidays: frozenset[date],
    due_cache: dict[tuple[date, int], Any],
    batch_id: str,
) -> None:
    """Insert one chunk of clean records, bypassing the ORM and SQLAlchemy's per-row work:
    timestamps are converted to the driver's form by the column type's own bind processor."""
    dialect = session.get_bind().dialect
    to_db: Callable[[Any], Any] = UtcDateTime().dialect_impl(dialect).bind_processor(dialect) or (
        lambda v: v
    )
    days = [clock.office_date(r[1]) for r in records]
    sizes: dict[tuple[str, date], int] = {}
    for index, r in enumerate(records):
        key = (r[3], days[index])
        sizes[key] = sizes.get(key, 0) + 1
    next_seq = tickets.reserve_many(session, sizes)
    now = to_db(datetime.now(UTC))
    user_id = actor.user_id
    rows = []
    for index, r in enumerate(records):
        _line, received, channel, code, name, nik, kk, phone, email, notes, ref = r
        day = days[index]
        seq = next_seq[(code, day)]
        next_seq[(code, day)] = seq + 1
        target = targets.get(code, 1)
        due = due_cache.get((day, target))
        if due is None:
            due = due_cache[(day, target)] = to_db(workdays.due_at(received, target, holidays))
        rows.append(
            (tickets.format_ticket(code, day, seq), code, channel, to_db(received), name,
             fold_name(name), nik, kk, phone, email, notes, ref, "baru", due, None, user_id, now,
             now, batch_id, import_key(r), 1)
        )  # fmt: skip
    _bulk_insert(session, "requests", _INSERT_COLUMNS, rows)


def _bulk_insert(
    session: Session, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Rows already in the driver's form: PostgreSQL's COPY, else one ``executemany``."""
    conn = session.connection()
    names = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        raw: Any = conn.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


# For tests and the GUI's drag-and-drop check.
def sniff_kind(path: str | Path) -> str:
    return _check_file(Path(path), ImportLimits())


__all__ = [
    "ALIASES", "COLUMNS", "ImportLimits", "ImportRejected", "ImportResult", "import_file",
    "import_limits", "map_header", "parse_received", "sniff_kind", "validate_row",
]  # fmt: skip


def _table(model: type) -> Table:
    """The Core table of a model: bulk inserts bypass the ORM for speed."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]
