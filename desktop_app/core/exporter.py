"""Export of requests received in a date range to CSV (UTF-8 with BOM, semicolon, CRLF — what
Excel in an Indonesian locale opens directly) or XLSX.

NIK and KK are masked (UU 27/2022) unless a supervisor asks for the full numbers, which is
audited. The file is written next to the target under a temporary name and moved into place at
the end, so a failed export never leaves a half-written file.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from . import audit, clock, fileio
from .db import Database
from .errors import ValidationError
from .i18n import _, official_document
from .models import Request, Service, User
from .requests.common import channel_label, status_label
from .security import Actor, Permission
from .spreadsheet import csv_cell, xlsx_row

HEADER = (
    "tiket", "diterima", "kanal", "layanan", "nik", "no_kk", "nama", "no_hp", "email",
    "keterangan", "ref", "status", "jatuh_tempo", "selesai_pada", "petugas", "nomor_dokumen",
    "alasan_tolak",
)  # fmt: skip
MAX_RANGE_DAYS = 3_660


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    unmasked: bool


def _fmt(moment) -> str:  # type: ignore[no-untyped-def]
    if moment is None:
        return ""
    return clock.to_office(moment).strftime("%Y-%m-%d %H:%M")


def _rows(db: Database, date_from: date, date_to: date, unmask: bool) -> Iterator[list[str]]:
    from .identity import mask_nik

    officer = aliased(User)
    query = (
        select(Request, Service.name, officer.full_name)
        .join(Service, Service.code == Request.service_code)
        .outerjoin(officer, officer.id == Request.assigned_to)
        .where(
            Request.received_at >= clock.day_start(date_from),
            Request.received_at < clock.day_start(date_to + timedelta(days=1)),
        )
        .order_by(Request.received_at, Request.id)
    )
    with db.read() as session:
        for req, service_name, officer_name in session.execute(query).yield_per(2000):
            yield [
                req.ticket,
                _fmt(req.received_at),
                channel_label(req.channel),
                service_name,
                req.nik if unmask else mask_nik(req.nik),
                (req.kk if unmask else mask_nik(req.kk)) if req.kk else "",
                req.name,
                req.phone or "",
                req.email or "",
                req.notes,
                req.external_ref or "",
                status_label(req.status),
                clock.office_date(req.due_at).isoformat(),  # a day: 23:59 is not a time
                _fmt(req.closed_at),
                officer_name or "",
                req.document_no or "",
                req.reject_reason or "",
            ]


@official_document()
def export_requests(
    db: Database,
    actor: Actor,
    date_from: date,
    date_to: date,
    out: str | Path,
    *,
    unmask: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ExportResult:
    """Write the requests received from ``date_from`` to ``date_to`` (office days, inclusive).

    The format follows the extension of ``out``: ``.csv`` or ``.xlsx``.
    """
    audit.require(db, actor, Permission.REQUESTS_EXPORT, "requests.export")
    if unmask:
        audit.require(db, actor, Permission.UNMASK, "requests.export.unmask")
    kind = Path(out).suffix.lower()
    if kind not in (".csv", ".xlsx"):
        raise ValidationError(
            _("Nama berkas ekspor harus berakhiran .csv atau .xlsx: {name}", name=Path(out).name),
            [("out", _("ekstensi tidak didukung"))],
        )
    if date_to < date_from:
        raise ValidationError(
            _("Tanggal akhir ({to}) sebelum tanggal awal ({start}).", to=date_to, start=date_from),
            [("date_to", _("sebelum tanggal awal"))],
        )
    if (date_to - date_from).days > MAX_RANGE_DAYS:
        raise ValidationError(_("Rentang tanggal terlalu panjang (maksimal 10 tahun)."))
    out = fileio.check_target(out)
    count = 0
    with fileio.staged(out) as tmp:
        rows = _rows(db, date_from, date_to, unmask)
        if kind == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
                writer.writerow(HEADER)
                for row in rows:
                    writer.writerow([csv_cell(v) for v in row])
                    count += 1
                    if progress and count % 5000 == 0:
                        progress(count)
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet(_("Permohonan"))
            sheet.append(list(HEADER))
            for row in rows:
                sheet.append(xlsx_row(sheet, row))  # text cells: NIKs stay exact
                count += 1
                if progress and count % 5000 == 0:
                    progress(count)
            workbook.save(tmp)
        # Audited before the file appears: an export of personal data is never unrecorded.
        with db.write() as session:
            audit.record(
                session, actor, "requests.export", "export", out.name, date_from=date_from,
                date_to=date_to, rows=count, unmasked=unmask, format=kind.lstrip("."),
            )  # fmt: skip
    return ExportResult(out, count, unmask)
