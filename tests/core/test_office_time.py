"""The office's time zone (WIB, WITA, WIT) for every date recorded or printed, whatever zone the
PC is set to (issue 13, finding 10)."""

from __future__ import annotations

import csv
import re
import time
from datetime import UTC, date, datetime

import pytest
from legal_helpers import entry_input, setup_office

from desktop_app.core import backup, clock, exporter, report, settings
from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.core.formatting import long_datetime
from desktop_app.core.security import SYSTEM

NIK = "3216064507880003"
# 25 November 2026 20:30 UTC = 26 Nov 03:30 WIB = 26 Nov 04:30 WITA = 26 Nov 05:30 WIT, while a
# PC set to Hawaii (UTC-10) reads 25 Nov 10:30.
MOMENT = datetime(2026, 11, 25, 20, 30, tzinfo=UTC)


@pytest.fixture
def pc_elsewhere(monkeypatch):
    """The PC's own zone set far from the office's (POSIX TZ rule, no tz database needed)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "HST10")
    time.tzset()
    assert datetime.fromtimestamp(MOMENT.timestamp()).day == 25  # the PC's own day
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


@pytest.fixture
def official_id(db):
    return setup_office(db)


def _request(db, actor, received_at, **extra):
    return rq.create_request(
        db, actor, channel="web", service_code="KK", name="Sri Rahayu", nik=NIK,
        received_at=received_at, **extra,
    )  # fmt: skip


def test_entry_and_ticket_of_the_same_minute_share_the_office_date(
    db, petugas, legalisir, official_id, pc_elsewhere
):
    """The finding: with the PC in another zone, entry 474/0053 was dated the 30th and the
    ticket of the same minute the 29th (here: the 25th and the 26th)."""
    request = _request(db, petugas, MOMENT)
    entry = legal.create_entry(db, legalisir, entry_input(official_id), now=MOMENT)
    assert request.ticket.split("-")[1] == "261126"
    assert entry.entry_date == date(2026, 11, 26)
    assert clock.office_date(request.received_at) == entry.entry_date


def test_entries_made_now_are_dated_by_the_office_clock(
    db, legalisir, official_id, pc_elsewhere, monkeypatch
):
    monkeypatch.setattr(clock, "now", lambda: MOMENT)
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    assert entry.entry_date == date(2026, 11, 26) == clock.today()


@pytest.mark.parametrize(
    ("zone", "day", "due_utc_hour"),
    [
        ("WIB", date(2026, 11, 27), 16),
        ("WITA", date(2026, 11, 28), 15),
        ("WIT", date(2026, 11, 28), 14),
    ],
)
def test_ticket_day_and_due_date_follow_the_office_zone(
    db, supervisor, petugas, zone, day, due_utc_hour
):
    settings.set_value(db, supervisor, "office_timezone", zone)
    assert clock.zone_name() == zone
    # 27 Nov 23:30 WIB = 28 Nov 00:30 WITA = 28 Nov 01:30 WIT
    request = _request(db, petugas, datetime(2026, 11, 27, 16, 30, tzinfo=UTC))
    assert request.ticket.split("-")[1] == day.strftime("%y%m%d")
    # KK: one working day after the received day (Fri 27 -> Mon 30; Sat 28 -> Mon 30)
    assert clock.office_date(request.due_at) == date(2026, 11, 30)
    assert request.due_at.astimezone(UTC).hour == due_utc_hour  # 23:59:59 office time


@pytest.mark.parametrize(("zone", "year"), [("WIB", 2026), ("WITA", 2027), ("WIT", 2027)])
def test_register_year_is_the_office_year(db, supervisor, legalisir, official_id, zone, year):
    settings.set_value(db, supervisor, "office_timezone", zone)
    new_year_eve = datetime(2026, 12, 31, 16, 30, tzinfo=UTC)  # 23:30 WIB, 00:30 WITA
    entry = legal.create_entry(db, legalisir, entry_input(official_id), now=new_year_eve)
    assert entry.year == year and entry.register_no.endswith(f"/{year}")
    assert entry.seq == 1


def test_printed_times_carry_the_zone_name(db, supervisor):
    settings.set_value(db, supervisor, "office_timezone", "WIT")
    assert long_datetime(MOMENT) == "26 November 2026 pukul 05.30 WIT"
    settings.set_value(db, supervisor, "office_timezone", "WITA")
    assert long_datetime(MOMENT) == "26 November 2026 pukul 04.30 WITA"
    settings.set_value(db, supervisor, "office_timezone", "WIB")
    assert long_datetime(MOMENT) == "26 November 2026 pukul 03.30 WIB"


def test_citizen_message_gives_the_due_day_in_the_office_zone(db, supervisor, petugas):
    """The reply promises a day, not a minute, and counts it from the office's day: received at
    23.30 WIB = 00.30 WITA, the WITA office is a day later."""
    late_evening = datetime(2026, 11, 25, 16, 30, tzinfo=UTC)
    due = {}
    for zone in ("WIB", "WITA"):
        settings.set_value(db, supervisor, "office_timezone", zone)
        request = _request(db, petugas, late_evening)
        text = rq.render_message(db, petugas, request.id)
        assert "pukul" not in text and "23.59" not in text
        found = re.search(r"paling lambat (\w+, \d+ \w+ \d{4})", text)
        assert found, text
        due[zone] = found.group(1)
    assert due["WIB"] != due["WITA"], due


def test_daily_report_uses_office_days_and_names_the_zone(db, supervisor, petugas):
    from pypdf import PdfReader

    settings.set_value(db, supervisor, "office_timezone", "WITA")
    _request(db, petugas, datetime(2026, 11, 27, 16, 30, tzinfo=UTC))  # 28 Nov 00:30 WITA
    built = report.build_daily_report(
        db, petugas, date(2026, 11, 28), None, today=date(2026, 11, 30),
        generated_at=MOMENT,
    )  # fmt: skip
    assert built.summary.figures.received == 1
    import io

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(built.pdf)).pages)
    assert "24.00 WITA" in text and "04.30 WITA" in text and "WIB" not in text
    earlier = report.build_daily_report(
        db, petugas, date(2026, 11, 27), None, today=date(2026, 11, 30), generated_at=MOMENT
    )
    assert earlier.summary.figures.received == 0


def test_export_writes_office_times(db, supervisor, petugas, tmp_path):
    settings.set_value(db, supervisor, "office_timezone", "WIT")
    _request(db, petugas, MOMENT)
    out = tmp_path / "ekspor.csv"
    exporter.export_requests(db, supervisor, date(2026, 11, 26), date(2026, 11, 26), out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 2
    assert "2026-11-26 05:30" in rows[1]


def test_the_zone_is_read_when_the_database_is_opened(db, db_url, supervisor):
    from desktop_app.core.schema import open_database

    settings.set_value(db, supervisor, "office_timezone", "WITA")
    clock.use_zone("WIB")  # as in another process, started before the change
    again = open_database(db_url)
    try:
        assert clock.zone_name() == "WITA"
    finally:
        again.dispose()


def test_backup_names_show_the_office_time(db, supervisor, sqlite_only, monkeypatch):
    settings.set_value(db, supervisor, "office_timezone", "WIT")
    monkeypatch.setattr(clock, "now", lambda: MOMENT)
    made = backup.backup_now(db, SYSTEM)
    assert made.name == "loket-manual-20261126-053000.sqlite3"
    assert backup.list_backups(made.parent)[0].created == datetime(2026, 11, 26, 5, 30)


def test_clock_day_bounds_and_wall_times():
    clock.use_zone("WITA")
    start, end = clock.day_bounds(date(2026, 11, 28))
    assert start == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
    assert (end - start).total_seconds() == 86400
    assert clock.from_office_wall(datetime(2026, 11, 28, 0, 30)) == datetime(
        2026, 11, 27, 16, 30, tzinfo=UTC
    )
    assert clock.stamp(MOMENT) == "20261126-043000"
    assert clock.to_office(datetime(2026, 11, 25, 20, 30)).hour == 4  # naive = UTC
