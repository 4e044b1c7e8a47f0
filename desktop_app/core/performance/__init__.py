"""The monthly performance report (laporan kinerja) for the head of office: service standards
kept, backlog ageing, work per channel and per officer, legalization counts — as PDF, XLSX or
JSON, for a calendar month or any range of days.

Who may see what is decided here, not in the front ends: the report needs
``Permission.REPORT_PERFORMANCE``; officers' names and figures are only in it for a reader with
``Permission.REPORT_OFFICERS`` (the supervisor) — for anyone else ``officers`` is None and no
renderer has a name to print.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import audit, fileio, settings
from ..db import Database
from ..errors import ValidationError
from ..formatting import format_decimal, format_int
from ..i18n import _, official_document
from ..report import report_signer, validate_out_path
from ..security import Actor, Permission
from .figures import (
    AGE_GROUPS,
    Backlog,
    BacklogRow,
    CalendarDay,
    ChannelFigures,
    LegalFigures,
    OfficerFigures,
    PerformanceReport,
    ServiceFigures,
    Totals,
    WeekFigures,
    WorkdayFigures,
    month_of,
    month_period,
    summarize,
)
from .notes import counting_notes

__all__ = [
    "AGE_GROUPS",
    "Backlog",
    "BacklogRow",
    "CalendarDay",
    "ChannelFigures",
    "LegalFigures",
    "OfficerFigures",
    "PerformanceReport",
    "ServiceFigures",
    "Totals",
    "WeekFigures",
    "WorkdayFigures",
    "ExportedReport",
    "build_report",
    "counting_notes",
    "default_file_name",
    "export_report",
    "month_of",
    "month_period",
    "percent_text",
    "render",
    "report_json",
    "save_export",
    "summary_lines",
]

FORMATS = (".pdf", ".xlsx")  # the file types an export may have, by extension


def build_report(
    db: Database,
    actor: Actor,
    *,
    month: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> PerformanceReport:
    """The figures for a calendar month (``"2026-11"``) or for ``date_from``..``date_to``."""
    audit.require(db, actor, Permission.REPORT_PERFORMANCE, "report.performance")
    partial = False
    if month is not None:
        date_from, date_to, partial = month_period(month, today)
        month = month_of(date_from)
    elif date_from is None:
        message = _("Pilih bulan atau tanggal awal laporan.")
        raise ValidationError(message, [("month", message)])
    return summarize(
        db,
        date_from,
        date_to or date_from,
        with_officers=actor.can(Permission.REPORT_OFFICERS),
        month=month,
        month_partial=partial,
        today=today,
    )


def default_file_name(report: PerformanceReport, suffix: str = ".pdf") -> str:
    if report.month and not report.month_partial:
        return f"kinerja-{report.month}{suffix}"
    return f"kinerja-{report.date_from.isoformat()}_{report.date_to.isoformat()}{suffix}"


@official_document()
def render(
    db: Database,
    actor: Actor,
    report: PerformanceReport,
    suffix: str,
    *,
    generated_at: datetime | None = None,
) -> bytes:
    """The report as the bytes of a file of one of :data:`FORMATS` (always in Indonesian)."""
    audit.require(db, actor, Permission.REPORT_PERFORMANCE, "report.performance")
    office = settings.get_office(db)
    who = actor.full_name or actor.username
    if suffix == ".xlsx":
        from .xlsx import render_xlsx

        return render_xlsx(report, office, who, generated_at=generated_at)
    if suffix == ".pdf":
        from .pdf import render_pdf, report_maker

        return render_pdf(
            report,
            office,
            who,
            signer=report_signer(db),
            maker=report_maker(actor),
            generated_at=generated_at,
        )
    message = _(
        "Laporan kinerja tidak dapat dibuat sebagai {suffix}; pilih {ends}.",
        suffix=suffix or "-",
        ends=" / ".join(FORMATS),
    )
    raise ValidationError(message, [("out", message)])


@dataclass(frozen=True)
class ExportedReport:
    path: Path
    report: PerformanceReport
    sha256: str
    size: int


def save_export(
    db: Database,
    actor: Actor,
    report: PerformanceReport,
    data: bytes,
    out_path: str | os.PathLike[str],
) -> ExportedReport:
    """Write rendered bytes to ``out_path`` (whole or not at all) and audit the export with the
    file's SHA-256, in one transaction."""
    audit.require(db, actor, Permission.REPORT_PERFORMANCE, "report.performance.export")
    path = validate_out_path(out_path, FORMATS)
    digest = hashlib.sha256(data).hexdigest()
    with db.write() as session:
        audit.record(
            session,
            actor,
            "report.performance.export",
            "report",
            f"{report.date_from.isoformat()}..{report.date_to.isoformat()}",
            file=path.name,
            sha256=digest,
            bytes=len(data),
            officers=report.officers is not None,
        )
        # Written last, inside the transaction: a failed write rolls the audit entry back.
        fileio.write_bytes(path, data)
    return ExportedReport(path, report, digest, len(data))


def export_report(
    db: Database,
    actor: Actor,
    out_path: str | os.PathLike[str],
    *,
    month: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
    generated_at: datetime | None = None,
) -> ExportedReport:
    """Build, render (by the file's extension) and save: the command line's one call. The
    destination is checked before any work."""
    audit.require(db, actor, Permission.REPORT_PERFORMANCE, "report.performance.export")
    path = validate_out_path(out_path, FORMATS)
    report = build_report(db, actor, month=month, date_from=date_from, date_to=date_to, today=today)
    data = render(db, actor, report, path.suffix.lower(), generated_at=generated_at)
    return save_export(db, actor, report, data, path)


def percent_text(value: float | None) -> str:
    """``87,5 %``, or a dash when nothing was finished."""
    return "\u2013" if value is None else format_decimal(value, 1) + " %"


def summary_lines(report: PerformanceReport) -> Iterator[str]:
    """A few plain lines for the command line after an export."""
    t, b, legal = report.totals, report.backlog, report.legal
    yield _(
        "Periode: {p} ({n} hari kerja)",
        p=report.period_text,
        n=format_int(report.working_days),
    )
    yield _(
        "Diterima {r}, selesai {f} (dalam standar {w}, {pct}), ditolak {x}.",
        r=format_int(t.received),
        f=format_int(t.finished),
        w=format_int(t.within),
        pct=percent_text(t.within_pct),
        x=format_int(t.rejected),
    )
    yield _(
        "Sisa terbuka pada akhir periode {b} (terlambat {o}).",
        b=format_int(b.total),
        o=format_int(b.overdue),
    )
    yield _(
        "Legalisir: {e} pemohon, {d} dokumen, {c} lembar; cetak ulang {rp}, pencabutan {rv}, "
        "verifikasi {v}.",
        e=format_int(legal.entries),
        d=format_int(legal.documents),
        c=format_int(legal.copies),
        rp=format_int(legal.reprints),
        rv=format_int(legal.revocations),
        v=format_int(legal.verifications),
    )
    if report.officers is None:
        yield _("Rincian per petugas hanya dimuat untuk supervisor.")


def report_json(report: PerformanceReport) -> dict[str, Any]:
    """Machine-readable figures (``--json``); percentages as numbers, dates ISO."""

    def rnd(x: float | None) -> float | None:
        return None if x is None else round(x, 2)

    return {
        "date_from": report.date_from.isoformat(),
        "date_to": report.date_to.isoformat(),
        "month": report.month,
        "month_partial": report.month_partial,
        "working_days": report.working_days,
        "totals": {
            "received": report.totals.received,
            "finished": report.totals.finished,
            "within_standard": report.totals.within,
            "within_standard_pct": rnd(report.totals.within_pct),
            "rejected": report.totals.rejected,
            "median_working_days": report.totals.median_days,
            "p90_working_days": report.totals.p90_days,
            "backlog": report.backlog.total,
            "overdue": report.backlog.overdue,
        },
        "services": [
            {
                "code": s.code,
                "name": s.name,
                "target_working_days": s.target_days,
                "received": s.received,
                "finished": s.finished,
                "within_standard": s.within,
                "within_standard_pct": rnd(s.within_pct),
                "median_working_days": s.median_days,
                "p90_working_days": s.p90_days,
                "rejected": s.rejected,
                "top_reject_reasons": [{"reason": r.text, "count": r.count} for r in s.reasons],
            }
            for s in report.services
        ],
        "channels": [
            {
                "channel": c.key,
                "received": c.received,
                "finished": c.finished,
                "within_standard": c.within,
                "within_standard_pct": rnd(c.within_pct),
            }
            for c in report.channels
        ],
        "officers": None
        if report.officers is None
        else [
            {
                "user_id": o.user_id,
                "name": o.name,
                "recorded": o.recorded,
                "handled": o.handled,
                "finished": o.finished,
                "within_standard": o.within,
                "within_standard_pct": rnd(o.within_pct),
                "rejected": o.rejected,
            }
            for o in report.officers
        ],
        "backlog": {
            "age_groups_working_days": [label for _lo, _hi, label in AGE_GROUPS],
            "total": report.backlog.total,
            "overdue": report.backlog.overdue,
            "by_age": list(report.backlog.by_age),
            "by_service": [
                {"code": r.code, "by_age": list(r.by_age), "total": r.total, "overdue": r.overdue}
                for r in report.backlog.rows
            ],
        },
        "days": [
            {
                "date": c.day.isoformat(),
                "working_day": c.working,
                "received": c.received,
                "finished": c.finished,
                "within_standard": c.within,
                "rejected": c.rejected,
            }
            for c in report.calendar
        ],
        "working_days_series": [
            {
                "date": w.day.isoformat(),
                "received": w.received,
                "finished": w.finished,
                "within_standard": w.within,
                "rejected": w.rejected,
                "includes": [d.isoformat() for d in w.folded],
            }
            for w in report.workdays
        ],
        "weeks": [
            {
                "week": w.number,
                "first_working_day": w.first_day.isoformat(),
                "last_working_day": w.last_day.isoformat(),
                "received": w.received,
                "finished": w.finished,
                "within_standard": w.within,
                "within_standard_pct": rnd(w.within_pct),
            }
            for w in report.weeks
        ],
        "legalization": {
            "entries": report.legal.entries,
            "documents": report.legal.documents,
            "copies": report.legal.copies,
            "reprints": report.legal.reprints,
            "revocations": report.legal.revocations,
            "verifications": report.legal.verifications,
            "verification_results": report.legal.verification_results,
        },
    }
