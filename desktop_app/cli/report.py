"""``loket report daily``: the daily summary PDF for one office day or a date range, and ``loket
report kinerja``: the monthly performance report (PDF, XLSX or JSON) — for IT staff who schedule
them (every evening, every first of the month) and for tests."""

from __future__ import annotations

import argparse
from datetime import timedelta

from desktop_app.cli.common import (
    EXIT_OK,
    MAX_YEAR,
    MIN_YEAR,
    actor_for,
    add_date_range,
    open_db,
    parse_day,
    print_json,
)
from desktop_app.core.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=_("laporan"))
    report_sub = p.add_subparsers(dest="report_command", metavar=_("PERINTAH"), required=True)
    d = report_sub.add_parser(
        "daily",
        help=_("rekapitulasi harian sebagai PDF (satu tanggal atau rentang tanggal)"),
        description=_(
            "Membuat rekapitulasi harian layanan sebagai PDF. Tanpa --date/--from: hari ini "
            "(waktu kantor). Rentang lebih dari 7 hari memuat rincian per hari, bukan daftar "
            "permohonan."
        ),
    )
    when = d.add_mutually_exclusive_group()
    when.add_argument(
        "--date",
        type=parse_day,
        metavar=_("TANGGAL"),
        help=_("tanggal laporan (TTTT-BB-HH atau HH-BB-TTTT)"),
    )
    add_date_range(d, when)
    d.add_argument("--out", required=True, metavar=_("BERKAS.pdf"), help=_("berkas PDF tujuan"))
    d.add_argument("--json", action="store_true", help=_("cetak hasil sebagai JSON"))
    d.set_defaults(func=cmd_daily, parser=d)

    k = report_sub.add_parser(
        "kinerja",
        help=_("laporan kinerja bulanan (PDF, XLSX atau JSON)"),
        description=_(
            "Membuat laporan kinerja untuk kepala dinas: standar layanan yang terpenuhi, umur "
            "sisa permohonan, kinerja per layanan, kanal dan petugas, serta legalisir. Tanpa "
            "--month/--from: bulan lalu. Nama petugas hanya dimuat untuk supervisor."
        ),
    )
    period = k.add_mutually_exclusive_group()
    period.add_argument(
        "--month",
        type=parse_month,
        metavar=_("TTTT-BB"),
        help=_("bulan laporan, misalnya 2026-11"),
    )
    add_date_range(k, period)
    k.add_argument(
        "--out",
        metavar=_("BERKAS"),
        help=_("berkas tujuan .pdf atau .xlsx (boleh tidak diisi bila memakai --json)"),
    )
    k.add_argument("--json", action="store_true", help=_("cetak angka-angka laporan sebagai JSON"))
    k.set_defaults(func=cmd_kinerja, parser=k)


def parse_month(text: str) -> str:
    """``TTTT-BB`` (also ``BB-TTTT``): a usage error (exit 2) names anything else."""
    value = text.strip().replace("/", "-").replace(".", "-")
    parts = value.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        year, month = (parts[0], parts[1]) if len(parts[0]) == 4 else (parts[1], parts[0])
        if len(year) == 4 and 1 <= int(month) <= 12 and MIN_YEAR <= int(year) <= MAX_YEAR:
            return f"{int(year):04d}-{int(month):02d}"
    raise argparse.ArgumentTypeError(
        _("bulan {text} tidak valid; tulis TTTT-BB, misalnya 2026-11", text=text)
    )


def cmd_daily(args: argparse.Namespace) -> int:
    from desktop_app.core import clock, report

    if args.date_to is not None and args.date_from is None:
        args.parser.error(_("--to hanya dipakai bersama --from"))
    today = clock.today()
    if args.date_from is not None:
        date_from, date_to = args.date_from, args.date_to or today
    else:
        date_from = date_to = args.date or today
    db = open_db()
    try:
        actor = actor_for(args, db)
        result = report.export_daily_pdf(db, actor, date_from, date_to, args.out)
    finally:
        db.dispose()
    if args.json:
        f = result.summary.figures
        print_json(
            {
                "file": str(result.path),
                "sha256": result.sha256,
                "bytes": len(result.pdf),
                "date_from": result.summary.date_from.isoformat(),
                "date_to": result.summary.date_to.isoformat(),
                "figures": {
                    "received": f.received,
                    "completed": f.completed,
                    "rejected": f.rejected,
                    "new": f.new,
                    "in_progress": f.in_progress,
                    "waiting": f.waiting,
                    "overdue": f.overdue,
                    "backlog": f.backlog,
                },
                "legal": {
                    "applicants": result.summary.legal.applicants,
                    "documents": result.summary.legal.documents,
                    "copies": result.summary.legal.copies,
                },
            }
        )
        return EXIT_OK
    print(_("Laporan disimpan: {path}", path=result.path))
    for line in report.summary_text(result.summary):
        print(line)
    print(_("SHA-256: {h}", h=result.sha256))
    return EXIT_OK


def cmd_kinerja(args: argparse.Namespace) -> int:
    from desktop_app.core import clock, performance

    if args.date_to is not None and args.date_from is None:
        args.parser.error(_("--to hanya dipakai bersama --from"))
    if not args.out and not args.json:
        args.parser.error(_("isi --out BERKAS, --json, atau keduanya"))
    today = clock.today()
    month = args.month
    if month is None and args.date_from is None:
        first_of_this_month = today.replace(day=1)
        month = performance.month_of(first_of_this_month - timedelta(days=1))
    period = (
        {"month": month}
        if month is not None
        else {"date_from": args.date_from, "date_to": args.date_to or today}
    )
    db = open_db()
    try:
        actor = actor_for(args, db)
        if args.out:
            saved = performance.export_report(db, actor, args.out, **period)
            result = saved.report
        else:
            result = performance.build_report(db, actor, **period)
    finally:
        db.dispose()
    if args.json:
        data = performance.report_json(result)
        if args.out:
            data = {"file": str(saved.path), "sha256": saved.sha256, "bytes": saved.size, **data}
        print_json(data)
        return EXIT_OK
    print(_("Laporan kinerja disimpan: {path}", path=saved.path))
    for line in performance.summary_lines(result):
        print(line)
    print(_("SHA-256: {h}", h=saved.sha256))
    return EXIT_OK
