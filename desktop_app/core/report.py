"""The daily summary for the head of the office (docs/design.md#reports-and-printing): figures
computed with SQL aggregates straight from the request and legalization tables, and the PDF
export with its audit entry.

A "day" is an office calendar day (core/clock.py); the database keeps UTC. Figures about a
period (received, completed, rejected) count what happened inside it; figures about a moment (in
progress, waiting for documents, overdue, open backlog) describe the end of the period (24.00
office time of its last day), so a report about a past day reads the same when it is exported
again later: a status at that moment comes from the request's status events, not from its status
today.
"""

from __future__ import annotations

import hashlib
import os
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, text, union_all
from sqlalchemy.orm import Session

from . import audit, clock, fileio, settings
from .db import Database
from .errors import ValidationError
from .formatting import date_range_text, format_int
from .i18n import _, official_document
from .legalization import purpose_label
from .models import (
    LegalDocument,
    LegalEntry,
    Request,
    RequestEvent,
    RequestTally,
    Service,
    User,
)
from .requests import tally
from .requests.common import (
    CHANNELS,
    CLOSED_STATUSES,
    OPEN_STATUSES,
    STATUSES,
    channel_label,
    status_label,
)
from .requests.listing import hinted, unindexed
from .security import Actor, Permission
from .settings import OfficialInfo

DETAIL_MAX_DAYS = 7  # longer periods get per-day tables instead of the list of requests
MAX_RANGE_DAYS = 366
DISTRICT_ROWS = 30  # the district table lists the busiest ones, the rest as one line


def district_label(code6: str) -> str:
    """The district named by the first six NIK digits, or a plain note that the code is unknown
    (codes change when regions split, so this is not an error)."""
    from .regions import district_name, regency_name

    name = district_name(code6)
    if name is None:
        return _("Kode {code} (tidak dikenal)", code=code6)
    regency = regency_name(code6[:4])
    return f"{name}, {regency}" if regency else name


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class Figures:
    """The headline boxes."""

    received: int  # received during the period
    completed: int  # closed as "selesai" during the period (whenever received)
    rejected: int  # closed as "ditolak" during the period
    new: int  # at period end: open and still "baru"
    in_progress: int  # at period end: "diproses"
    waiting: int  # at period end: "menunggu_berkas"
    overdue: int  # at period end: open and past due
    backlog: int  # at period end: every open request (new + in_progress + waiting)


@dataclass(frozen=True)
class ServiceRow:
    """Requests received in the period for one service, by their status at period end."""

    code: str
    name: str
    by_status: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class CountRow:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class OfficerRow:
    user_id: int | None
    name: str
    received: int  # requests this officer recorded (created_by)
    completed: int  # requests this officer set to "selesai"
    rejected: int  # requests this officer set to "ditolak"
    # Mean time from receipt to "selesai", in hours that fall on working days (Saturdays,
    # Sundays and the office's holidays not counted); None if the officer completed nothing.
    avg_hours_to_complete: float | None


@dataclass(frozen=True)
class LegalLine:
    register_no: str
    created_at: datetime  # office time
    applicant_name: str
    nik_masked: str
    purpose: str  # label
    documents: int
    copies: int
    revoked: bool


@dataclass(frozen=True)
class LegalSummary:
    applicants: int  # register entries made in the period
    documents: int
    copies: int
    revoked: int
    by_purpose: list[CountRow]
    entries: list[LegalLine]  # in register order


@dataclass(frozen=True)
class RequestLine:
    ticket: str
    received_at: datetime  # office time
    service_code: str
    channel: str  # label
    name: str
    nik_masked: str
    status: str  # code, at period end

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass(frozen=True)
class DayRow:
    day: date
    received: int
    completed: int
    rejected: int
    backlog: int  # open at 24.00 office time
    overdue: int  # open and past due at 24.00 office time
    legal_applicants: int
    by_service: dict[str, int]  # received, by service code


@dataclass(frozen=True)
class DailySummary:
    date_from: date
    date_to: date
    figures: Figures
    services: list[ServiceRow]
    channels: list[CountRow]
    districts: list[CountRow]
    officers: list[OfficerRow]
    legal: LegalSummary
    # The period's requests in order of receipt; None for periods longer than DETAIL_MAX_DAYS.
    requests: list[RequestLine] | None
    # One row per day for periods of more than one day, else empty.
    days: list[DayRow] = field(default_factory=list)

    @property
    def is_range(self) -> bool:
        return self.date_to != self.date_from

    @property
    def day_count(self) -> int:
        return (self.date_to - self.date_from).days + 1

    @property
    def period_text(self) -> str:
        return date_range_text(self.date_from, self.date_to)

    @property
    def service_names(self) -> dict[str, str]:
        return {s.code: s.name for s in self.services}

    def status_totals(self) -> dict[str, int]:
        totals = dict.fromkeys(STATUSES, 0)
        for row in self.services:
            for status, n in row.by_status.items():
                totals[status] = totals.get(status, 0) + n
        return totals


# --------------------------------------------------------------------------- validation


def validate_period(
    date_from: date | None, date_to: date | None = None, today: date | None = None
) -> tuple[date, date]:
    """``(from, to)`` of a report period, or a ValidationError naming what is wrong."""
    today = today or clock.today()
    date_from = date_from or today
    date_to = date_to or date_from
    problems: list[tuple[str, str]] = []
    if date_from > today:
        problems.append(
            (
                "date_from",
                _(
                    "Tanggal {d} belum terjadi; laporan hanya dapat dibuat sampai hari ini.",
                    d=date_from.isoformat(),
                ),
            )
        )
    if date_to > today and date_to >= date_from:
        problems.append(
            (
                "date_to",
                _(
                    "Tanggal akhir {d} belum terjadi; laporan hanya dapat dibuat sampai hari ini.",
                    d=date_to.isoformat(),
                ),
            )
        )
    if date_to < date_from:
        problems.append(
            (
                "date_to",
                _(
                    "Tanggal akhir {end} lebih awal dari tanggal awal {start}.",
                    end=date_to.isoformat(),
                    start=date_from.isoformat(),
                ),
            )
        )
    elif (date_to - date_from).days + 1 > MAX_RANGE_DAYS:
        problems.append(
            (
                "date_to",
                _("Rentang laporan paling panjang {n} hari.", n=MAX_RANGE_DAYS),
            )
        )
    if problems:
        raise ValidationError("\n".join(m for _f, m in problems), problems)
    return date_from, date_to


def validate_out_path(
    out_path: str | os.PathLike[str], suffixes: tuple[str, ...] = (".pdf",)
) -> Path:
    """A report's destination, refused before any work if it cannot be written."""
    if Path(out_path).suffix.lower() not in suffixes:
        if suffixes == (".pdf",):
            raise ValidationError(
                _("Nama berkas laporan harus berakhiran .pdf: {path}", path=Path(out_path)),
                [("out", _("bukan berkas .pdf"))],
            )
        message = _(
            "Nama berkas laporan harus berakhiran {ends}: {path}",
            ends=" / ".join(suffixes),
            path=Path(out_path),
        )
        raise ValidationError(message, [("out", message)])
    return fileio.check_target(out_path)


# --------------------------------------------------------------------------- queries


def _status_at(end: datetime):  # type: ignore[no-untyped-def]
    """SQL for a request's status at ``end``: its status if it was closed before then, else the
    status it left at its first status change after ``end`` (if any), else its status now.

    A request not closed whose status last changed before ``end`` (``status_changed_at``,
    kept by the database: ``status_times``) had its status now then: its history is not read.
    Most of a backlog is so: 44,564 history reads, 3.4 s with a cold page cache at ten million
    requests, become the few of the requests changed since."""
    left_after = (
        select(RequestEvent.from_status)
        .where(
            RequestEvent.request_id == Request.id,
            RequestEvent.kind == "status",
            RequestEvent.at >= end,
        )
        .order_by(RequestEvent.at, RequestEvent.id)
        .limit(1)
        .correlate(Request)
        .scalar_subquery()
    )
    unchanged_since = and_(
        Request.closed_at.is_(None),
        or_(Request.status_changed_at.is_(None), Request.status_changed_at < end),
    )
    return case(
        (and_(Request.closed_at.is_not(None), Request.closed_at < end), Request.status),
        (unchanged_since, Request.status),
        else_=func.coalesce(left_after, Request.status),
    )


def closed_between(
    start: datetime, end: datetime, statuses: Iterable[str] = CLOSED_STATUSES
) -> tuple[ColumnElement[bool], ...]:
    """WHERE conditions: closed from ``start`` to ``end`` with one of ``statuses``. The status is
    no index's column here, so SQLite reads the closing-time index. Its statistics, sampled
    since migration 0009, made it read the status index instead, every "selesai" request
    of ten years: 4.4 s for a day's count at ten million requests, where the closings of
    the day take milliseconds. A query that groups by the status is also hinted
    (:func:`_closed_rows`): SQLite would walk the status index to skip the sort."""
    return (
        Request.closed_at >= start,
        Request.closed_at < end,
        unindexed(Request.status).in_(tuple(statuses)),
    )


def _closed_rows(query: Any) -> Any:
    """``query`` (over :func:`closed_between`) read from the closing-time index on SQLite."""
    return hinted(query, "ix_requests_closed_at")


def _day_bucket(column, bounds: list[datetime]):  # type: ignore[no-untyped-def]
    """SQL giving the index of the office day a timestamp falls in (dialect-neutral)."""
    whens = [(column < b, i) for i, b in enumerate(bounds[1:])]
    return case(*whens, else_=len(bounds) - 2)


# The requests received before a moment are read whole (each row from the table) rather than
# the closings since (told apart in their index) when they are fewer than this share of them.
_RECEIPTS_PER_CLOSING = 0.5


def _open_rows(session: Session, since: datetime, end: datetime, *columns: Any) -> Any:
    """``columns`` of the requests received before ``end`` and not closed before ``since``.

    These are the requests never closed (their own partial index) and those closed since
    ``since`` and received before ``end``, two parts of a UNION ALL. The closing-time index
    carries the time received (migration 0017): of a year's closings (a million at ten
    million rows) only the day's backlog is read from the table, 0.3 s for a day a year back
    where reading every request received before it took 3.5 s (9.1 s with a cold cache).
    Near the start of the history the closings since are nearly every request, and the
    requests received before the end are few: those are read instead. Which is fewer comes
    from the tally (``_receipts_are_fewer``)."""
    if _receipts_are_fewer(session, since, end):
        return select(*columns).where(
            Request.received_at < end,
            or_(Request.closed_at.is_(None), Request.closed_at >= since),
        )
    # Never closed: the partial index of those rows alone (migration 0013), every column the
    # report reads in it. Closed since: the closing-time index, the time received checked in
    # it (PostgreSQL estimates the rows by it, and reads a year's table otherwise).
    never_closed = select(*columns).where(Request.closed_at.is_(None), Request.received_at < end)
    closed_since = select(*columns).where(Request.closed_at >= since, Request.received_at < end)
    return union_all(
        hinted(never_closed, "ix_requests_unclosed"),
        hinted(closed_since, "ix_requests_closed_at"),
    )


@contextmanager
def _by_index(session: Session) -> Iterator[None]:
    """PostgreSQL reads :func:`_open_rows` by index. It takes the closings since a day and the
    receipts before it for independent, so it expects a year back to match 900,000 rows where
    2,800 do. The closing-time index holds every column read (0017), but when its rows' pages
    are not all marked visible (changes since the last ``VACUUM``) the planner weighs table
    reads for it, and read the table whole instead: 1.2 s, 270,000 pages with a cold cache."""
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    session.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        yield
    finally:
        session.execute(text("SET LOCAL enable_seqscan TO DEFAULT"))


def _receipts_are_fewer(session: Session, since: datetime, end: datetime) -> bool:
    """Whether the requests received before ``end`` are fewer than ``_RECEIPTS_PER_CLOSING``
    of those received since ``since`` (nearly all of which are closed since: the closings
    the other way reads), from the tally's months (a sum over a few thousand rows)."""
    before_end = RequestTally.month <= tally.month_of(end)
    before_since = RequestTally.month < tally.month_of(since)
    receipts, earlier, everything = session.execute(
        select(
            func.coalesce(func.sum(case((before_end, RequestTally.n), else_=0)), 0),
            func.coalesce(func.sum(case((before_since, RequestTally.n), else_=0)), 0),
            func.coalesce(func.sum(RequestTally.n), 0),
        )
    ).one()
    return int(receipts) < _RECEIPTS_PER_CLOSING * (int(everything) - int(earlier))


def _open_at_end(session: Session, end: datetime) -> tuple[dict[str, int], int]:
    """Counts by status (at ``end``) of the requests open at ``end``, and how many were overdue."""
    columns = (
        _status_at(end).label("s"),
        case((Request.due_at < end, 1), else_=0).label("late"),
    )
    sq = _open_rows(session, end, end, *columns).subquery()
    counts: dict[str, int] = defaultdict(int)
    overdue = 0
    with _by_index(session):
        rows = session.execute(
            select(sq.c.s, sq.c.late, func.count()).group_by(sq.c.s, sq.c.late)
        ).all()
    for status, late, n in rows:
        if status in CLOSED_STATUSES:
            continue  # closed then, reopened later
        status = status if status in OPEN_STATUSES else "diproses"
        counts[status] += n
        if late:
            overdue += n
    return counts, overdue


def _working_hours(start: datetime, end: datetime, holidays: frozenset[date]) -> float:
    """Hours between two moments that fall on office working days (not Sat/Sun/holiday)."""
    if end <= start:
        return 0.0
    a, b = clock.to_office(start), clock.to_office(end)
    total = 0.0
    day = a.date()
    while day <= b.date():
        if day.weekday() < 5 and day not in holidays:
            day_start = clock.to_office(clock.day_start(day))
            lo = max(a, day_start)
            hi = min(b, day_start + timedelta(days=1))
            if hi > lo:
                total += (hi - lo).total_seconds() / 3600
        day += timedelta(days=1)
    return total


def _officers(
    session: Session, start: datetime, end: datetime, holidays: frozenset[date]
) -> list[OfficerRow]:
    received = dict(
        session.execute(
            select(Request.created_by, func.count())
            .where(Request.received_at >= start, Request.received_at < end)
            .group_by(Request.created_by)
        ).all()
    )
    closer = (
        select(RequestEvent.user_id)
        .where(
            RequestEvent.request_id == Request.id,
            RequestEvent.kind == "status",
            RequestEvent.to_status == Request.status,
        )
        .order_by(RequestEvent.at.desc(), RequestEvent.id.desc())
        .limit(1)
        .correlate(Request)
        .scalar_subquery()
    )
    completed: dict[int | None, int] = defaultdict(int)
    rejected: dict[int | None, int] = defaultdict(int)
    hours: dict[int | None, float] = defaultdict(float)
    for user_id, status, received_at, closed_at in session.execute(
        _closed_rows(
            select(closer, Request.status, Request.received_at, Request.closed_at).where(
                *closed_between(start, end)
            )
        )
    ):
        if status == "selesai":
            completed[user_id] += 1
            hours[user_id] += _working_hours(received_at, closed_at, holidays)
        else:
            rejected[user_id] += 1
    ids = set(received) | set(completed) | set(rejected)
    names = {
        uid: full_name or username
        for uid, full_name, username in session.execute(
            select(User.id, User.full_name, User.username).where(
                User.id.in_([i for i in ids if i is not None])
            )
        )
    }
    rows = [
        OfficerRow(
            user_id=uid,
            name=names.get(uid, _("Pengguna #{id}", id=uid))
            if uid is not None
            else _("Tanpa petugas (impor/sistem)"),
            received=received.get(uid, 0),
            completed=completed.get(uid, 0),
            rejected=rejected.get(uid, 0),
            avg_hours_to_complete=hours[uid] / completed[uid] if completed.get(uid) else None,
        )
        for uid in ids
    ]
    rows.sort(key=lambda r: (r.user_id is None, -(r.completed + r.rejected + r.received), r.name))
    return rows


def _legal(session: Session, start: datetime, end: datetime) -> LegalSummary:
    from .identity import mask_nik

    docs = (
        select(
            LegalDocument.entry_id.label("entry_id"),
            func.count().label("n"),
            func.sum(LegalDocument.copies).label("copies"),
        )
        .group_by(LegalDocument.entry_id)
        .subquery()
    )
    rows = session.execute(
        select(
            LegalEntry.register_no,
            LegalEntry.created_at,
            LegalEntry.applicant_name,
            LegalEntry.nik,
            LegalEntry.purpose,
            LegalEntry.revoked_at,
            func.coalesce(docs.c.n, 0),
            func.coalesce(docs.c.copies, 0),
        )
        .outerjoin(docs, docs.c.entry_id == LegalEntry.id)
        .where(LegalEntry.created_at >= start, LegalEntry.created_at < end)
        .order_by(LegalEntry.year, LegalEntry.seq)
    ).all()
    purposes: dict[str, int] = defaultdict(int)
    lines = []
    for register_no, created_at, name, nik, purpose, revoked_at, n_docs, copies in rows:
        label = purpose_label(purpose)
        purposes[label] += 1
        lines.append(
            LegalLine(
                register_no=register_no,
                created_at=clock.to_office(created_at),
                applicant_name=name,
                nik_masked=mask_nik(nik),
                purpose=label,
                documents=int(n_docs),
                copies=int(copies),
                revoked=revoked_at is not None,
            )
        )
    return LegalSummary(
        applicants=len(lines),
        documents=sum(line.documents for line in lines),
        copies=sum(line.copies for line in lines),
        revoked=sum(1 for line in lines if line.revoked),
        by_purpose=[
            CountRow(k, k, n) for k, n in sorted(purposes.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        entries=lines,
    )


def _days(
    session: Session,
    days: list[date],
    bounds: list[datetime],
    legal: LegalSummary,
) -> list[DayRow]:
    """Per-day figures of a multi-day period, with a handful of grouped queries."""
    start, end = bounds[0], bounds[-1]
    n = len(days)
    by_service: list[dict[str, int]] = [defaultdict(int) for _d in days]
    bucket = _day_bucket(Request.received_at, bounds).label("b")
    for b, code, count in session.execute(
        select(bucket, Request.service_code, func.count())
        .where(Request.received_at >= start, Request.received_at < end)
        .group_by(bucket, Request.service_code)
    ):
        by_service[int(b)][code] += count
    completed, rejected = [0] * n, [0] * n
    cbucket = _day_bucket(Request.closed_at, bounds).label("b")
    for b, status, count in session.execute(
        _closed_rows(
            select(cbucket, Request.status, func.count())
            .where(*closed_between(start, end))
            .group_by(cbucket, Request.status)
        )
    ):
        (completed if status == "selesai" else rejected)[int(b)] += count
    # Open/overdue at each day's end, by closing time: a request counts on every day whose end
    # lies after its receipt (or due time) and not after its closing; difference arrays make
    # that one pass over the requests that were open at some day end of the period.
    ends = bounds[1:]
    backlog_delta = [0] * (n + 1)
    overdue_delta = [0] * (n + 1)
    times = (Request.received_at, Request.due_at, Request.closed_at)
    with _by_index(session):
        open_rows = session.execute(_open_rows(session, ends[0], end, *times)).all()
    for received_at, due_at, closed_at in open_rows:
        last = n if closed_at is None else bisect_right(ends, closed_at)
        first = bisect_right(ends, received_at)
        if first < last:
            backlog_delta[first] += 1
            backlog_delta[last] -= 1
        first_late = max(first, bisect_right(ends, due_at))
        if first_late < last:
            overdue_delta[first_late] += 1
            overdue_delta[last] -= 1
    legal_per_day: dict[date, int] = defaultdict(int)
    for line in legal.entries:
        legal_per_day[line.created_at.date()] += 1
    rows = []
    backlog = overdue = 0
    for i, day in enumerate(days):
        backlog += backlog_delta[i]
        overdue += overdue_delta[i]
        rows.append(
            DayRow(
                day=day,
                received=sum(by_service[i].values()),
                completed=completed[i],
                rejected=rejected[i],
                backlog=backlog,
                overdue=overdue,
                legal_applicants=legal_per_day.get(day, 0),
                by_service=dict(by_service[i]),
            )
        )
    return rows


def summarize(
    db: Database, date_from: date, date_to: date | None = None, *, today: date | None = None
) -> DailySummary:
    """Every figure of the report for ``date_from``..``date_to`` (office days, both included)."""
    from .identity import mask_nik

    date_from, date_to = validate_period(date_from, date_to, today)
    days = [date_from + timedelta(days=i) for i in range((date_to - date_from).days + 1)]
    bounds = [clock.day_bounds(d)[0] for d in days] + [clock.day_bounds(date_to)[1]]
    start, end = bounds[0], bounds[-1]
    detailed = len(days) <= DETAIL_MAX_DAYS
    holidays = settings.holiday_set(db)
    in_period = and_(Request.received_at >= start, Request.received_at < end)

    with db.read() as session:
        if session.get_bind().dialect.name == "postgresql":
            # Its statements read by index, and the planner's row estimates of some (above)
            # are far off: compiling them (JIT, for costly-looking plans) took 0.3-0.9 s each.
            session.execute(text("SET LOCAL jit = off"))
        services = session.execute(
            select(Service.code, Service.name, Service.active).order_by(
                Service.sort_order, Service.code
            )
        ).all()
        status_end = _status_at(end)
        sq = (
            select(Request.service_code.label("code"), status_end.label("s"))
            .where(in_period)
            .subquery()
        )
        matrix: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
        for code, status, n in session.execute(
            select(sq.c.code, sq.c.s, func.count()).group_by(sq.c.code, sq.c.s)
        ):
            matrix[code][status] = matrix[code].get(status, 0) + n
        service_rows = [
            ServiceRow(code, name, dict(matrix[code]))
            for code, name, active in services
            if active or code in matrix
        ]

        channel_counts = dict(
            session.execute(
                select(Request.channel, func.count()).where(in_period).group_by(Request.channel)
            ).all()
        )
        channels = [CountRow(c, channel_label(c), channel_counts.pop(c, 0)) for c in CHANNELS]
        channels += [CountRow(c, c, n) for c, n in sorted(channel_counts.items())]

        code6 = func.substr(Request.nik, 1, 6).label("code6")
        districts = [
            CountRow(code, district_label(code), n)
            for code, n in session.execute(
                select(code6, func.count()).where(in_period).group_by(code6)
            )
        ]
        districts.sort(key=lambda r: (-r.count, r.key))

        closed = dict(
            session.execute(
                _closed_rows(
                    select(Request.status, func.count())
                    .where(*closed_between(start, end))
                    .group_by(Request.status)
                )
            ).all()
        )
        open_counts, overdue = _open_at_end(session, end)
        officers = _officers(session, start, end, holidays)
        legal = _legal(session, start, end)

        lines = None
        if detailed:
            lines = [
                RequestLine(
                    ticket=ticket,
                    received_at=clock.to_office(received_at),
                    service_code=code,
                    channel=channel_label(channel),
                    name=name,
                    nik_masked=mask_nik(nik),
                    status=status,
                )
                for ticket, received_at, code, channel, name, nik, status in session.execute(
                    select(
                        Request.ticket,
                        Request.received_at,
                        Request.service_code,
                        Request.channel,
                        Request.name,
                        Request.nik,
                        status_end,
                    )
                    .where(in_period)
                    .order_by(Request.received_at, Request.id)
                )
            ]
        day_rows = _days(session, days, bounds, legal) if len(days) > 1 else []

    figures = Figures(
        received=sum(row.total for row in service_rows),
        completed=closed.get("selesai", 0),
        rejected=closed.get("ditolak", 0),
        new=open_counts.get("baru", 0),
        in_progress=open_counts.get("diproses", 0),
        waiting=open_counts.get("menunggu_berkas", 0),
        overdue=overdue,
        backlog=sum(open_counts.values()),
    )
    return DailySummary(
        date_from=date_from,
        date_to=date_to,
        figures=figures,
        services=service_rows,
        channels=channels,
        districts=districts,
        officers=officers,
        legal=legal,
        requests=lines,
        days=day_rows,
    )


# --------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ReportFile:
    """A rendered report: its bytes and where (if anywhere) they were written."""

    pdf: bytes
    summary: DailySummary
    sha256: str
    path: Path | None = None

    @property
    def file_name(self) -> str:
        return self.path.name if self.path else default_file_name(self.summary)


def default_file_name(summary: DailySummary) -> str:
    if summary.is_range:
        return f"rekap-{summary.date_from.isoformat()}_{summary.date_to.isoformat()}.pdf"
    return f"rekap-harian-{summary.date_from.isoformat()}.pdf"


def report_signer(db: Database) -> OfficialInfo | None:
    """Who signs "Mengetahui": the official chosen in the settings, else an active official
    whose title starts with "Kepala", else the first active one."""
    officials = settings.list_officials(db)
    chosen = settings.get_value(db, "report_signer_id")
    for official in officials:
        if official.id == chosen:
            return official
    for official in officials:
        if official.title.lower().startswith("kepala"):
            return official
    return officials[0] if officials else None


@official_document()
def build_daily_report(
    db: Database,
    actor: Actor,
    date_from: date | None,
    date_to: date | None = None,
    *,
    generated_at: datetime | None = None,
    today: date | None = None,
) -> ReportFile:
    """The report as PDF bytes (for the preview); nothing is written or audited."""
    from . import users
    from .report_pdf import render_daily_pdf, report_maker

    audit.require(db, actor, Permission.REPORT_DAILY, "report.daily")
    date_from, date_to = validate_period(date_from, date_to, today)
    summary = summarize(db, date_from, date_to, today=today)
    pdf = render_daily_pdf(
        summary,
        settings.get_office(db),
        actor.full_name or actor.username,
        signer=report_signer(db),
        maker=report_maker(actor, users.nip_of(db, actor.user_id)),
        generated_at=generated_at,
        audit_anchor=audit.anchor(db).text,
    )
    return ReportFile(pdf, summary, hashlib.sha256(pdf).hexdigest())


def save_report(
    db: Database, actor: Actor, report: ReportFile, out_path: str | os.PathLike[str]
) -> ReportFile:
    """Write a rendered report to ``out_path`` (whole or not at all) and audit the export."""
    audit.require(db, actor, Permission.REPORT_DAILY, "report.export")
    path = validate_out_path(out_path)
    with db.write() as session:
        audit.record(
            session,
            actor,
            "report.export",
            "report",
            f"{report.summary.date_from.isoformat()}..{report.summary.date_to.isoformat()}",
            file=path.name,
            sha256=report.sha256,
            bytes=len(report.pdf),
            date_from=report.summary.date_from.isoformat(),
            date_to=report.summary.date_to.isoformat(),
        )
        # Written last, inside the transaction: a failed write rolls the audit entry back.
        fileio.write_bytes(path, report.pdf)
    return ReportFile(report.pdf, report.summary, report.sha256, path)


@official_document()
def export_daily_pdf(
    db: Database,
    actor: Actor,
    date_from: date | None,
    date_to: date | None,
    out_path: str | os.PathLike[str],
    *,
    generated_at: datetime | None = None,
    today: date | None = None,
) -> ReportFile:
    """Summarize, render and save in one go (the command line); the path is checked first."""
    audit.require(db, actor, Permission.REPORT_DAILY, "report.export")
    validate_period(date_from, date_to, today)
    validate_out_path(out_path)
    report = build_daily_report(
        db, actor, date_from, date_to, generated_at=generated_at, today=today
    )
    return save_report(db, actor, report, out_path)


def summary_text(summary: DailySummary) -> Iterable[str]:
    """A few plain lines for the command line after an export."""
    f = summary.figures
    yield _("Periode: {p}", p=summary.period_text)
    yield _(
        "Diterima {r}, selesai {c}, ditolak {x}, sisa terbuka {b} (terlambat {o}).",
        r=format_int(f.received),
        c=format_int(f.completed),
        x=format_int(f.rejected),
        b=format_int(f.backlog),
        o=format_int(f.overdue),
    )
    yield _(
        "Legalisir: {a} pemohon, {d} dokumen, {c} lembar.",
        a=format_int(summary.legal.applicants),
        d=format_int(summary.legal.documents),
        c=format_int(summary.legal.copies),
    )
