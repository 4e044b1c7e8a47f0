"""``loket report daily``: the daily summary PDF for one office day or a date range,
for IT staff who schedule it (e.g. every evening) and for tests."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import EXIT_OK, actor_for, open_db, parse_day, print_json
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
    when.add_argument(
        "--from",
        dest="date_from",
        type=parse_day,
        metavar=_("TANGGAL"),
        help=_("awal rentang (TTTT-BB-HH)"),
    )
    d.add_argument(
        "--to",
        dest="date_to",
        type=parse_day,
        metavar=_("TANGGAL"),
        help=_("akhir rentang (TTTT-BB-HH); bawaan: hari ini"),
    )
    d.add_argument("--out", required=True, metavar=_("BERKAS.pdf"), help=_("berkas PDF tujuan"))
    d.add_argument("--json", action="store_true", help=_("cetak hasil sebagai JSON"))
    d.set_defaults(func=cmd_daily, parser=d)


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
