"""The monthly performance report's figures: they add up to the thirty daily summaries, they
match an independent count over the test month's records, officers' names reach only the
supervisor, and bad periods are refused in Indonesian."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.core import clock, performance, report
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.performance.figures import AGE_GROUPS, nearest_rank
from desktop_app.core.security import Permission, Role
from desktop_app.core.workdays import is_working_day

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import performance_data  # noqa: E402
from performance_data import FIRST, LAST, MONTH, end_of, start_of  # noqa: E402

TODAY = date(2026, 12, 15)  # the month is over
DAYS = [FIRST + timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


@pytest.fixture
def month(db, supervisor):
    return performance_data.build_month(db)


@pytest.fixture
def monthly(db, supervisor, month):
    return performance.build_report(db, supervisor, month=MONTH, today=TODAY)


def working_days_between(after: date, upto: date, holidays) -> int:  # type: ignore[no-untyped-def]
    """An independent count: working days d with after < d <= upto."""
    n, d = 0, after + timedelta(days=1)
    while d <= upto:
        n += is_working_day(d, holidays)
        d += timedelta(days=1)
    return n


# --------------------------------------------------------------------------- agreement


def test_month_agrees_with_the_thirty_daily_summaries(db, monthly):
    dailies = [report.summarize(db, day, today=TODAY) for day in DAYS]
    assert len(dailies) == 30

    assert monthly.totals.received == sum(d.figures.received for d in dailies)
    assert monthly.totals.finished == sum(d.figures.completed for d in dailies)
    assert monthly.totals.rejected == sum(d.figures.rejected for d in dailies)
    assert monthly.totals.received > 500 and monthly.totals.finished > 300  # a real month

    per_service: Counter[str] = Counter()
    per_channel: Counter[str] = Counter()
    for d in dailies:
        per_service.update({row.code: row.total for row in d.services})
        per_channel.update({row.key: row.count for row in d.channels})
    assert {s.code: s.received for s in monthly.services} == {
        s.code: per_service[s.code] for s in monthly.services
    }
    assert {c.key: c.received for c in monthly.channels} == {
        c.key: per_channel[c.key] for c in monthly.channels
    }

    # One calendar day of the monthly report = that day's daily summary.
    for day, d in zip(monthly.calendar, dailies, strict=True):
        assert (day.received, day.finished, day.rejected) == (
            d.figures.received,
            d.figures.completed,
            d.figures.rejected,
        ), day.day

    # The backlog at the end of the month is the last daily summary's.
    last = dailies[-1].figures
    assert monthly.backlog.total == last.backlog
    assert monthly.backlog.overdue == last.overdue

    # Officers: recorded, finished and rejected add up per officer.
    recorded: Counter[int | None] = Counter()
    finished: Counter[int | None] = Counter()
    rejected: Counter[int | None] = Counter()
    for d in dailies:
        for o in d.officers:
            recorded[o.user_id] += o.received
            finished[o.user_id] += o.completed
            rejected[o.user_id] += o.rejected
    assert monthly.officers is not None
    for o in monthly.officers:
        assert (o.recorded, o.finished, o.rejected) == (
            recorded[o.user_id],
            finished[o.user_id],
            rejected[o.user_id],
        ), o.name
    assert sum(o.finished for o in monthly.officers) == monthly.totals.finished

    legal = monthly.legal
    assert legal.entries == sum(d.legal.applicants for d in dailies)
    assert legal.documents == sum(d.legal.documents for d in dailies)
    assert legal.copies == sum(d.legal.copies for d in dailies)

    # The working-day series regroups the same days.
    assert sum(w.received for w in monthly.workdays) == monthly.totals.received
    assert sum(w.finished for w in monthly.workdays) == monthly.totals.finished
    assert sum(w.rejected for w in monthly.workdays) == monthly.totals.rejected
    assert sum(w.finished for w in monthly.weeks) == monthly.totals.finished
    assert sum(w.within for w in monthly.weeks) == monthly.totals.within


# --------------------------------------------------------------------------- independent count


def test_figures_match_an_independent_count_of_the_records(monthly, month):
    start, end = start_of(FIRST), end_of(LAST)
    holidays = month.holidays
    reqs = month.requests

    received = Counter(r.code for r in reqs if start <= r.received < end)
    finished: Counter[str] = Counter()
    within: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    taken: dict[str, Counter[int]] = defaultdict(Counter)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for r in reqs:
        final = r.final
        if final is None or not start <= final[0] < end:
            continue
        if final[1] == "selesai":
            finished[r.code] += 1
            within[r.code] += final[0] <= r.due
            taken[r.code][
                working_days_between(
                    clock.office_date(r.received), clock.office_date(final[0]), holidays
                )
            ] += 1
        else:
            rejected[r.code] += 1
            reasons[r.code][" ".join(r.reason.split()).rstrip(".").casefold()] += 1

    by_code = {s.code: s for s in monthly.services}
    for code in performance_data.TARGETS:
        s = by_code[code]
        assert s.target_days == performance_data.TARGETS[code]
        assert s.received == received[code], code
        assert (s.finished, s.within, s.rejected) == (
            finished[code],
            within[code],
            rejected[code],
        ), code
        assert s.median_days == nearest_rank(dict(taken[code]), 50), code
        assert s.p90_days == nearest_rank(dict(taken[code]), 90), code
        top = reasons[code].most_common()
        assert [r.count for r in s.reasons] == sorted((n for _t, n in top), reverse=True)[
            : len(s.reasons)
        ]
        assert len(s.reasons) == min(3, len(top))
    assert 0 < monthly.totals.within < monthly.totals.finished  # both kinds occur

    # Backlog at 24.00 on the last day, by age in working days.
    ages: dict[str, list[int]] = defaultdict(lambda: [0] * len(AGE_GROUPS))
    overdue = 0
    for r in reqs:
        if r.received >= end or r.status_at(end) in ("selesai", "ditolak"):
            continue
        age = working_days_between(clock.office_date(r.received), LAST, holidays)
        group = next(
            i
            for i, (lo, hi, _l) in enumerate(AGE_GROUPS)
            if lo <= age and (hi is None or age <= hi)
        )
        ages[r.code][group] += 1
        overdue += r.due < end
    assert {row.code: list(row.by_age) for row in monthly.backlog.rows} == dict(ages)
    assert monthly.backlog.overdue == overdue
    assert all(n > 0 for n in monthly.backlog.by_age)  # every age group is exercised

    # Channels: finished and within standard.
    for c in monthly.channels:
        mine = [r for r in reqs if r.channel == c.key and r.final and start <= r.final[0] < end]
        assert c.finished == sum(r.final[1] == "selesai" for r in mine)
        assert c.within == sum(r.final[1] == "selesai" and r.final[0] <= r.due for r in mine)

    # Officers: handled = distinct requests with an intake or status change by them.
    assert monthly.officers is not None
    for o in monthly.officers:
        if o.user_id is None:
            continue
        handled = {
            id(r)
            for r in reqs
            if (r.created_by == o.user_id and start <= r.received < end)
            or any(by == o.user_id and start <= at < end for at, _s, by in r.history)
        }
        assert o.handled == len(handled), o.name
        closed = [r for r in reqs if r.final and start <= r.final[0] < end]
        mine = [r for r in closed if r.final[2] == o.user_id and r.final[1] == "selesai"]
        assert o.within == sum(r.final[0] <= r.due for r in mine)

    # Legalization.
    entries = [e for e in month.legal_entries if start <= e[0] < end]
    assert monthly.legal.entries == len(entries)
    assert monthly.legal.copies == sum(e[2] for e in entries)
    assert monthly.legal.reprints == sum(start <= at < end for at in month.reprints)
    assert monthly.legal.revocations == sum(
        1 for e in month.legal_entries if e[3] is not None and start <= e[3] < end
    )
    verified = Counter(s for at, s in month.verifications if start <= at < end)
    assert monthly.legal.verifications == sum(verified.values()) > 0
    assert monthly.legal.verification_results == {
        k: verified[k] for k in ("valid", "revoked", "tampered", "unknown")
    }


def test_working_days_fold_weekends_and_the_holiday(monthly, month):
    series = {w.day: w for w in monthly.workdays}
    assert performance_data.HOLIDAY not in series
    assert monthly.working_days == 20  # 21 weekdays in November 2026 minus the holiday
    assert len(series) == 20
    # Sunday 1 November counts on Monday 2; Sat 14, Sun 15 and the holiday 16 on Tuesday 17.
    assert series[date(2026, 11, 2)].folded == (date(2026, 11, 1),)
    assert series[date(2026, 11, 17)].folded == (
        date(2026, 11, 14),
        date(2026, 11, 15),
        date(2026, 11, 16),
    )
    calendar = {c.day: c for c in monthly.calendar}
    tue = series[date(2026, 11, 17)]
    assert tue.received == sum(calendar[date(2026, 11, d)].received for d in (14, 15, 16, 17))
    # Weeks: Monday to Sunday, numbered, labelled by their working days.
    weeks = monthly.weeks
    assert [(w.first_day.day, w.last_day.day) for w in weeks] == [
        (2, 6), (9, 13), (17, 20), (23, 27), (30, 30)
    ]  # fmt: skip
    for w in weeks:
        days = [s for s in monthly.workdays if w.first_day <= s.day <= w.last_day]
        assert w.within == sum(s.within for s in days)
        assert w.finished == sum(s.finished for s in days)


def test_reasons_are_grouped_and_identity_numbers_masked(monthly):
    texts = [r.text for s in monthly.services for r in s.reasons]
    assert texts, "the test month has rejections"
    assert not any("3216061203900001" in t for t in texts)
    grouped = [t for t in texts if t.casefold() == "berkas tidak lengkap"]
    assert grouped  # three spellings, one group per service
    for s in monthly.services:
        keys = [r.text.casefold() for r in s.reasons]
        assert len(keys) == len(set(keys))


def test_a_month_end_on_a_weekend_folds_back_to_the_last_working_day(db, supervisor, month):
    # October 2026 ends on Saturday 31: its weekend activity counts on Friday 30.
    october = performance.build_report(db, supervisor, month="2026-10", today=TODAY)
    series = {w.day: w for w in october.workdays}
    assert series[date(2026, 10, 30)].folded == (date(2026, 10, 31),)
    assert sum(w.received for w in october.workdays) == october.totals.received


def test_midnight_belongs_to_the_day_it_starts(db, supervisor):
    """A request at 00:00:00.000000 and one at 23:59:59.999999 (office time) count on their own
    day, as in the daily summary."""
    from report_data import _Tickets, add_request, ensure_services

    day = date(2026, 11, 24)
    start = start_of(day)
    moments = [
        start - timedelta(microseconds=1),  # 23:59:59.999999 the day before
        start,  # 00:00:00.000000
        start + timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999),
        start + timedelta(days=1),  # 00:00 the day after
    ]
    with db.write() as s:
        ensure_services(s)
        tickets = _Tickets()
        for i, moment in enumerate(moments):
            history = [(moment, "diproses", None), (moment, "selesai", None)]
            add_request(s, tickets, code="KK", channel="web", received=moment, name=f"P{i}",
                        nik_="3216061203900001", created_by=None, history=history)  # fmt: skip
    r = performance.build_report(
        db, supervisor, date_from=day - timedelta(days=1), date_to=day + timedelta(days=1),
        today=TODAY,
    )  # fmt: skip
    assert [(c.day.day, c.received, c.finished) for c in r.calendar] == [
        (23, 1, 1), (24, 2, 2), (25, 1, 1),
    ]  # fmt: skip
    for c in r.calendar:
        daily = report.summarize(db, c.day, today=TODAY).figures
        assert (c.received, c.finished) == (daily.received, daily.completed)
    assert r.services[0].median_days == 0


# --------------------------------------------------------------------------- permissions


def test_officers_names_are_for_the_supervisor_only(db, petugas, supervisor, month):
    assert supervisor.can(Permission.REPORT_OFFICERS)
    assert not petugas.can(Permission.REPORT_OFFICERS)
    seen = performance.build_report(db, petugas, month=MONTH, today=TODAY)
    assert seen.officers is None
    data = performance.report_json(seen)
    assert data["officers"] is None
    text = repr(data)
    for name in ("Budi Santoso", "Andi Wijaya", "Rina Marlina", "Kepala Seksi"):
        assert name not in text
    full = performance.build_report(db, supervisor, month=MONTH, today=TODAY)
    assert {o.name for o in full.officers or ()} >= {"Budi Santoso", "Andi Wijaya"}
    # Everything else is the same for both readers.
    assert seen.totals == full.totals and seen.backlog == full.backlog


def test_the_legalization_clerk_may_not_read_it(db, legalisir):
    assert legalisir.role == Role.LEGALISIR
    with pytest.raises(PermissionDenied):
        performance.build_report(db, legalisir, month=MONTH, today=TODAY)


# --------------------------------------------------------------------------- periods


def test_month_periods():
    assert performance.month_period("2026-11", date(2026, 12, 1)) == (FIRST, LAST, False)
    assert performance.month_period("2026-02", date(2026, 12, 1))[1] == date(2026, 2, 28)
    assert performance.month_period("2028-02", date(2028, 12, 1))[1] == date(2028, 2, 29)
    assert performance.month_period("2026-12", date(2026, 12, 9)) == (
        date(2026, 12, 1),
        date(2026, 12, 9),
        True,
    )
    with pytest.raises(ValidationError, match="belum dimulai"):
        performance.month_period("2027-01", date(2026, 12, 9))
    for bad in ("2026-13", "26-11", "November", ""):
        with pytest.raises(ValidationError, match="tidak valid"):
            performance.month_period(bad, date(2026, 12, 9))


def test_a_range_and_an_empty_period(db, supervisor):
    r = performance.build_report(
        db, supervisor, date_from=date(2026, 3, 2), date_to=date(2026, 3, 8), today=TODAY
    )
    assert r.month is None and r.working_days == 5
    assert r.totals.received == 0 and r.totals.within_pct is None
    assert r.totals.median_days is None and r.backlog.total == 0
    assert [w.within_pct for w in r.weeks] == [None]
    with pytest.raises(ValidationError, match="lebih awal"):
        performance.build_report(
            db, supervisor, date_from=date(2026, 3, 8), date_to=date(2026, 3, 2), today=TODAY
        )


def test_nearest_rank():
    assert nearest_rank({}, 50) is None
    assert nearest_rank({3: 1}, 90) == 3
    assert nearest_rank({0: 5, 1: 4, 9: 1}, 50) == 0
    assert nearest_rank({0: 5, 1: 4, 9: 1}, 90) == 1
    assert nearest_rank({0: 5, 1: 4, 9: 2}, 90) == 9


def test_the_docs_quote_the_printed_counting_note():
    docs = (Path(__file__).resolve().parents[2] / "docs" / "performance-report.md").read_text(
        encoding="utf-8"
    )
    quoted = [line for line in docs.splitlines() if line.startswith("- **") and " — " in line]
    printed = [f"- **{name}** — {text}" for name, text in performance.counting_notes()]
    assert [q for q in quoted if q in printed] == printed
    assert all(p in quoted for p in printed)


@pytest.mark.parametrize("hours", [7, 8, 9])  # WIB, WITA, WIT
def test_the_local_day_of_a_stored_moment_in_each_office_zone(db, hours):
    """The SQL day number agrees with Python's to the microsecond, at every zone's midnight."""
    from datetime import UTC, datetime

    from report_data import _Tickets, add_request, ensure_services
    from sqlalchemy import select as sql_select

    from desktop_app.core.models import Request
    from desktop_app.core.performance.sql import day_of_number, local_day_of

    midnight = datetime(2026, 11, 24, 24 - hours, 0, tzinfo=UTC)  # 00:00 local on the 25th
    moments = [
        midnight - timedelta(microseconds=1),
        midnight,
        midnight + timedelta(hours=23, minutes=59, seconds=59, microseconds=999_999),
    ]
    with db.write() as s:
        ensure_services(s)
        tickets = _Tickets()
        for i, moment in enumerate(moments):
            add_request(s, tickets, code="KK", channel="web", received=moment, name=f"Z{i}",
                        nik_="3216061203900001", created_by=None)  # fmt: skip
    expr = local_day_of(Request.received_at, hours * 3600)
    with db.read() as s:
        days = [day_of_number(n) for n in s.scalars(sql_select(expr).order_by(Request.id))]
    assert days == [date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 25)]
