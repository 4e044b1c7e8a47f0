"""The figures of the monthly performance report (laporan kinerja), in the office's working-day
calendar: service standards kept, backlog ageing, work per channel and per officer, activity per
working day and per week, and the legalization desk's counts.

Every figure is counted as written in ``docs/performance-report.md`` (the same note is printed
in the report). The figures that the daily summary also has — received, finished, rejected,
open and overdue at the end, per service, channel and officer — are counted exactly as there
(:mod:`desktop_app.core.report`), so thirty daily summaries add up to the month.

Everything is grouped by the database (a few GROUP BY queries over day numbers), so a month of
a million requests never loads row by row.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from .. import clock, settings
from ..db import Database
from ..errors import ValidationError
from ..formatting import date_range_text
from ..i18n import _
from ..models import (
    AuditEntry,
    LegalDocument,
    LegalEntry,
    LegalPrint,
    Request,
    RequestEvent,
    Service,
    User,
)
from ..report import _status_at, closed_between, validate_period
from ..requests.common import CHANNELS, CLOSED_STATUSES, channel_label
from ..requests.listing import unindexed
from ..workdays import is_working_day
from .sql import day_number, day_of_number, local_day_of

# Backlog age groups in working days: (lowest, highest or None, label).
AGE_GROUPS: tuple[tuple[int, int | None, str], ...] = (
    (0, 1, "0\u20131"),
    (2, 3, "2\u20133"),
    (4, 7, "4\u20137"),
    (8, None, "> 7"),
)
TOP_REASONS = 3  # rejection reasons listed per service
REASON_MAX = 90  # characters of a reason shown
# Request events that count as an officer handling a request (assigning it to someone else
# does not).
HANDLING_EVENTS = ("create", "status", "edit", "whatsapp")
VERIFY_RESULTS = ("valid", "revoked", "tampered", "unknown")


def age_group(age: int) -> int:
    """The index in AGE_GROUPS of an age in working days."""
    return next(i for i, (_lo, hi, _l) in enumerate(AGE_GROUPS) if hi is None or age <= hi)


def pct(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent, or None when there is nothing to divide."""
    return 100.0 * part / whole if whole else None


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class ReasonCount:
    text: str
    count: int


@dataclass(frozen=True)
class ServiceFigures:
    code: str
    name: str
    target_days: int  # the service's standard today, in working days
    received: int
    finished: int  # closed as selesai in the period
    within: int  # of those, closed by their due time
    median_days: int | None  # working days to finish (nearest rank), None if none finished
    p90_days: int | None
    rejected: int  # closed as ditolak in the period
    reasons: tuple[ReasonCount, ...]  # the most common rejection reasons, most common first

    @property
    def within_pct(self) -> float | None:
        return pct(self.within, self.finished)


@dataclass(frozen=True)
class ChannelFigures:
    key: str
    label: str
    received: int
    finished: int
    within: int

    @property
    def within_pct(self) -> float | None:
        return pct(self.within, self.finished)


@dataclass(frozen=True)
class OfficerFigures:
    user_id: int | None
    name: str
    recorded: int  # requests received in the period that this officer recorded
    handled: int  # distinct requests this officer worked on in the period
    finished: int  # set to selesai by this officer (final closing) in the period
    within: int  # of those, by their due time
    rejected: int  # set to ditolak by this officer in the period

    @property
    def within_pct(self) -> float | None:
        return pct(self.within, self.finished)


@dataclass(frozen=True)
class BacklogRow:
    code: str
    name: str
    by_age: tuple[int, ...]  # one count per AGE_GROUPS entry
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.by_age)


@dataclass(frozen=True)
class Backlog:
    """Requests open at 24.00 of the period's last day, by age in working days."""

    rows: tuple[BacklogRow, ...]  # services with an open request, catalog order

    @property
    def by_age(self) -> tuple[int, ...]:
        return tuple(sum(r.by_age[i] for r in self.rows) for i in range(len(AGE_GROUPS)))

    @property
    def total(self) -> int:
        return sum(r.total for r in self.rows)

    @property
    def overdue(self) -> int:
        return sum(r.overdue for r in self.rows)


@dataclass(frozen=True)
class CalendarDay:
    """One calendar day of the period, as its daily summary counts it."""

    day: date
    working: bool
    received: int
    finished: int
    within: int
    rejected: int


@dataclass(frozen=True)
class WorkdayFigures:
    """One working day; what happened on the non-working days in ``folded`` counts here."""

    day: date
    received: int
    finished: int
    within: int
    rejected: int
    folded: tuple[date, ...]


@dataclass(frozen=True)
class WeekFigures:
    number: int  # 1, 2, ... within the period
    first_day: date  # its first and last working day in the period
    last_day: date
    received: int
    finished: int
    within: int

    @property
    def within_pct(self) -> float | None:
        return pct(self.within, self.finished)


@dataclass(frozen=True)
class LegalFigures:
    entries: int  # register entries made in the period (applicants)
    documents: int  # their documents
    copies: int  # their legalized sheets
    reprints: int  # reprints and re-exports made in the period (any entry)
    revocations: int  # entries revoked in the period (any entry)
    verifications: int  # checks in the app or with `loket verify` in the period
    verification_results: dict[str, int]  # by VERIFY_RESULTS


@dataclass(frozen=True)
class Totals:
    received: int
    finished: int
    within: int
    rejected: int
    median_days: int | None
    p90_days: int | None

    @property
    def within_pct(self) -> float | None:
        return pct(self.within, self.finished)


@dataclass(frozen=True)
class PerformanceReport:
    date_from: date
    date_to: date
    month: str | None  # "2026-11" when made for a calendar month
    month_partial: bool  # the month is not over: the period stops today
    working_days: int
    totals: Totals
    services: tuple[ServiceFigures, ...]
    channels: tuple[ChannelFigures, ...]
    officers: tuple[OfficerFigures, ...] | None  # None: the reader may not see officers' names
    backlog: Backlog
    calendar: tuple[CalendarDay, ...]
    workdays: tuple[WorkdayFigures, ...]
    weeks: tuple[WeekFigures, ...]
    legal: LegalFigures

    @property
    def period_text(self) -> str:
        return date_range_text(self.date_from, self.date_to)

    @property
    def day_count(self) -> int:
        return (self.date_to - self.date_from).days + 1


# --------------------------------------------------------------------------- the period


def month_period(month: str, today: date | None = None) -> tuple[date, date, bool]:
    """``"2026-11"`` -> (1 Nov, 30 Nov, False); the current month stops today (True)."""
    today = today or clock.today()
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", month or "")
    if not match or not 1 <= int(match.group(2)) <= 12 or not 1900 <= int(match.group(1)) <= 2999:
        message = _("Bulan {m} tidak valid; tulis TTTT-BB, misalnya 2026-11.", m=month)
        raise ValidationError(message, [("month", message)])
    year, number = int(match.group(1)), int(match.group(2))
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    last = following - timedelta(days=1)
    if first > today:
        message = _("Bulan {m} belum dimulai; laporan hanya dapat dibuat sampai hari ini.", m=month)
        raise ValidationError(message, [("month", message)])
    if last > today:
        return first, today, True
    return first, last, False


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


# --------------------------------------------------------------------------- the calendar


class WorkCalendar:
    """Working days (Monday–Friday minus the office's holidays) over a span of day numbers,
    answering "how many working days in (a, b]" in constant time."""

    def __init__(self, first: int, last: int, holidays: frozenset[date]) -> None:
        self.first = first
        self.last = last
        self._prefix = [0]
        for n in range(first, last + 1):
            self._prefix.append(self._prefix[-1] + is_working_day(day_of_number(n), holidays))

    def upto(self, n: int) -> int:
        """Working days from ``first`` to day ``n`` included."""
        index = min(max(n - self.first + 1, 0), len(self._prefix) - 1)
        return self._prefix[index]

    def between(self, after: int, upto: int) -> int:
        """Working days d with after < d <= upto (0 if upto <= after)."""
        return max(0, self.upto(upto) - self.upto(after))

    def is_working(self, n: int) -> bool:
        return self.upto(n) - self.upto(n - 1) == 1


def nearest_rank(counts: dict[int, int], percent: float) -> int | None:
    """The smallest value v such that at least ``percent`` % of the items are <= v."""
    total = sum(counts.values())
    if not total:
        return None
    rank = max(1, -(-total * percent // 100))  # ceil(total * percent / 100)
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        if seen >= rank:
            return value
    return max(counts)  # pragma: no cover - unreachable


# --------------------------------------------------------------------------- reasons

_SPACES = re.compile(r"\s+")
_LONG_NUMBER = re.compile(r"\d{12,16}")


def _reason_key(text: str | None) -> tuple[str, str]:
    """(grouping key, display text) of a free-text rejection reason. Identity numbers an officer
    may have typed into it are masked (the report is printed)."""
    from ..identity import mask_number

    shown = _SPACES.sub(" ", text or "").strip().rstrip(".")
    shown = _LONG_NUMBER.sub(lambda m: mask_number(m.group(0)), shown)
    if not shown:
        shown = _("(tanpa alasan)")
    if len(shown) > REASON_MAX:
        shown = shown[: REASON_MAX - 1].rstrip() + "\u2026"
    return shown.casefold(), shown


def _top_reasons(raw: Iterable[tuple[str | None, int]]) -> tuple[ReasonCount, ...]:
    counts: dict[str, int] = defaultdict(int)
    spelling: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for text, n in raw:
        key, shown = _reason_key(text)
        counts[key] += n
        spelling[key][shown] += n
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_REASONS]
    return tuple(ReasonCount(_best_spelling(spelling[k]), n) for k, n in ranked)


def _best_spelling(spellings: dict[str, int]) -> str:
    """The most used spelling of a reason (on a tie sentence case, "Berkas tidak lengkap",
    before all capitals or all lower case), starting with a capital."""

    def rank(item: tuple[str, int]) -> tuple[int, bool, str]:
        text, n = item
        return (n, text[:1].isupper() and not text.isupper(), text)

    best = max(spellings.items(), key=rank)[0]
    return best[:1].upper() + best[1:]  # a sentence in the report, whoever typed it how


# --------------------------------------------------------------------------- queries


def _counted(
    session: Session, columns: tuple[Any, ...], *where: Any
) -> Iterable[tuple[tuple[Any, ...], int]]:
    """``((values...), count)`` for each distinct combination of ``columns`` among the rows
    ``where`` selects. PostgreSQL groups on the server; SQLite streams the rows and Python's
    Counter (C code) counts them, which is several times cheaper than SQLite's GROUP BY sorter
    on a month of a million rows."""
    query = select(*columns).where(*where)
    connection = session.connection()  # Core rows: the ORM's row loading is not needed here
    if connection.dialect.name == "sqlite":
        return Counter(map(tuple, connection.execute(query))).items()
    grouped = query.add_columns(func.count()).group_by(*columns)
    return ((tuple(row[:-1]), row[-1]) for row in connection.execute(grouped))


def _received_before(end: datetime) -> Any:
    """``received_at < end`` written so that no database uses the received_at indexes for it:
    the term holds for nearly every request ever received, and scanning them through an index
    would cost far more than starting from the closed_at index of the other term."""
    return unindexed(Request.received_at) < end


def _offset_seconds() -> int:
    offset = clock.office_tz().utcoffset(None)
    assert offset is not None
    return int(offset.total_seconds())


def _officer_names(session: Session, ids: Iterable[int | None]) -> dict[int | None, str]:
    wanted = [i for i in set(ids) if i is not None]
    names: dict[int | None, str] = {
        uid: full_name or username
        for uid, full_name, username in session.execute(
            select(User.id, User.full_name, User.username).where(User.id.in_(wanted))
        )
    }
    for uid in wanted:
        names.setdefault(uid, _("Pengguna #{id}", id=uid))
    names[None] = _("Tanpa petugas (impor/sistem)")
    return names


def _officers(
    session: Session,
    start: datetime,
    end: datetime,
    recorded: dict[int | None, int],
) -> tuple[OfficerFigures, ...]:
    # Who closed a request: the author of its last status change to its present (closed)
    # status, as in the daily summary.
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
    finished: dict[int | None, int] = defaultdict(int)
    within: dict[int | None, int] = defaultdict(int)
    rejected: dict[int | None, int] = defaultdict(int)
    for (uid, status, in_time), n in _counted(
        session,
        (closer, Request.status, case((Request.closed_at <= Request.due_at, 1), else_=0)),
        *closed_between(start, end),
    ):
        if status == "selesai":
            finished[uid] += n
            if in_time:
                within[uid] += n
        else:
            rejected[uid] += n
    # Events of the period, reached through the requests open at some moment of it (the
    # request_id index) rather than by scanning every event ever recorded.
    handled = dict(
        session.execute(
            select(RequestEvent.user_id, func.count(distinct(RequestEvent.request_id)))
            .join(Request, Request.id == RequestEvent.request_id)
            .where(
                _received_before(end),
                or_(Request.closed_at.is_(None), Request.closed_at >= start),
                RequestEvent.at >= start,
                RequestEvent.at < end,
                RequestEvent.user_id.is_not(None),
                RequestEvent.kind.in_(HANDLING_EVENTS),
            )
            .group_by(RequestEvent.user_id)
        ).all()
    )
    ids = set(recorded) | set(finished) | set(rejected) | set(handled)
    names = _officer_names(session, ids)
    rows = [
        OfficerFigures(
            user_id=uid,
            name=names[uid],
            recorded=recorded.get(uid, 0),
            handled=handled.get(uid, 0),
            finished=finished.get(uid, 0),
            within=within.get(uid, 0),
            rejected=rejected.get(uid, 0),
        )
        for uid in ids
    ]
    rows.sort(key=lambda r: (r.user_id is None, -r.finished, -r.handled, r.name.casefold()))
    return tuple(rows)


def _legal(session: Session, start, end) -> LegalFigures:  # type: ignore[no-untyped-def]
    docs = (
        select(
            LegalDocument.entry_id.label("entry_id"),
            func.count().label("n"),
            func.sum(LegalDocument.copies).label("copies"),
        )
        .group_by(LegalDocument.entry_id)
        .subquery()
    )
    entries, documents, copies = session.execute(
        select(
            func.count(LegalEntry.id),
            func.coalesce(func.sum(docs.c.n), 0),
            func.coalesce(func.sum(docs.c.copies), 0),
        )
        .select_from(LegalEntry)
        .outerjoin(docs, docs.c.entry_id == LegalEntry.id)
        .where(LegalEntry.created_at >= start, LegalEntry.created_at < end)
    ).one()
    reprints = session.scalar(
        select(func.count()).where(
            LegalPrint.at >= start, LegalPrint.at < end, LegalPrint.kind.in_(("reprint", "export"))
        )
    )
    revocations = session.scalar(
        select(func.count()).where(LegalEntry.revoked_at >= start, LegalEntry.revoked_at < end)
    )
    results = dict.fromkeys(VERIFY_RESULTS, 0)
    for (detail,) in session.execute(
        select(AuditEntry.detail).where(
            AuditEntry.action == "legal.verify", AuditEntry.at >= start, AuditEntry.at < end
        )
    ):
        try:
            status = json.loads(detail).get("status")
        except (ValueError, AttributeError):
            status = None
        results[status if status in results else "unknown"] += 1
    return LegalFigures(
        entries=int(entries),
        documents=int(documents),
        copies=int(copies),
        reprints=int(reprints or 0),
        revocations=int(revocations or 0),
        verifications=sum(results.values()),
        verification_results=results,
    )


def summarize(
    db: Database,
    date_from: date,
    date_to: date,
    *,
    with_officers: bool,
    month: str | None = None,
    month_partial: bool = False,
    today: date | None = None,
) -> PerformanceReport:
    """Every figure for ``date_from``..``date_to`` (office days, both included). No permission
    check here: :func:`desktop_app.core.performance.build_report` decides ``with_officers``."""
    date_from, date_to = validate_period(date_from, date_to, today)
    start, end = clock.day_bounds(date_from)[0], clock.day_bounds(date_to)[1]
    off = _offset_seconds()
    d_first, d_last = day_number(date_from), day_number(date_to)
    holidays = settings.holiday_set(db)
    in_period = and_(Request.received_at >= start, Request.received_at < end)

    received_svc: dict[str, int] = defaultdict(int)
    received_chan: dict[str, int] = defaultdict(int)
    received_day: dict[int, int] = defaultdict(int)
    finished_svc: dict[str, int] = defaultdict(int)
    within_svc: dict[str, int] = defaultdict(int)
    rejected_svc: dict[str, int] = defaultdict(int)
    finished_chan: dict[str, int] = defaultdict(int)
    within_chan: dict[str, int] = defaultdict(int)
    finished_day: dict[int, int] = defaultdict(int)
    within_day: dict[int, int] = defaultdict(int)
    rejected_day: dict[int, int] = defaultdict(int)
    # service -> {working days to finish: count}; (received day, closed day) pairs first.
    spans: dict[str, dict[tuple[int, int], int]] = defaultdict(lambda: defaultdict(int))
    open_rows: list[tuple[str, int, int, int]] = []  # service, received day, late, count
    reasons: dict[str, list[tuple[str | None, int]]] = defaultdict(list)

    with db.read() as session:
        services = session.execute(
            select(Service.code, Service.name, Service.target_days, Service.active).order_by(
                Service.sort_order, Service.code
            )
        ).all()

        recorded: dict[int | None, int] = defaultdict(int)
        for (code, channel, by, day), n in _counted(
            session,
            (
                Request.service_code,
                Request.channel,
                Request.created_by,
                local_day_of(Request.received_at, off),
            ),
            in_period,
        ):
            received_svc[code] += n
            received_chan[channel] += n
            received_day[int(day)] += n
            recorded[by] += n

        for (code, channel, status, r_day, c_day, w), n in _counted(
            session,
            (
                Request.service_code,
                Request.channel,
                Request.status,
                local_day_of(Request.received_at, off),
                local_day_of(Request.closed_at, off),
                case((Request.closed_at <= Request.due_at, 1), else_=0),
            ),
            *closed_between(start, end),
        ):
            c_day = int(c_day)
            if status == "selesai":
                finished_svc[code] += n
                finished_chan[channel] += n
                finished_day[c_day] += n
                spans[code][(int(r_day), c_day)] += n
                if w:
                    within_svc[code] += n
                    within_chan[channel] += n
                    within_day[c_day] += n
            else:
                rejected_svc[code] += n
                rejected_day[c_day] += n

        for (code, reason), n in _counted(
            session,
            (Request.service_code, Request.reject_reason),
            *closed_between(start, end, ("ditolak",)),
        ):
            reasons[code].append((reason, n))

        # Open at the end, with the status each had then (as the daily summary counts it).
        for (code, r_day, status, late), n in _counted(
            session,
            (
                Request.service_code,
                local_day_of(Request.received_at, off),
                _status_at(end),
                case((Request.due_at < end, 1), else_=0),
            ),
            _received_before(end),
            or_(Request.closed_at.is_(None), Request.closed_at >= end),
        ):
            if status in CLOSED_STATUSES:
                continue  # closed then, reopened later
            open_rows.append((code, int(r_day), int(late), n))

        officers = _officers(session, start, end, recorded) if with_officers else None
        legal = _legal(session, start, end)

    # --- the working-day calendar over every day a figure refers to
    earliest = min(
        [d_first]
        + [r for by_pair in spans.values() for (r, _c) in by_pair]
        + [r for _code, r, _l, _n in open_rows]
    )
    cal = WorkCalendar(earliest - 1, d_last, holidays)

    names = {code: name for code, name, _t, _a in services}
    targets = {code: target for code, _n, target, _a in services}
    seen = set(received_svc) | set(finished_svc) | set(rejected_svc)
    seen |= {code for code, _r, _l, _n in open_rows}
    catalog = [code for code, _n, _t, active in services if active or code in seen]
    catalog += sorted(seen - set(catalog))  # a code no longer in the catalog

    all_days: dict[int, int] = defaultdict(int)
    service_rows = []
    for code in catalog:
        taken: dict[int, int] = defaultdict(int)
        for (r_day, c_day), n in spans.get(code, {}).items():
            taken[cal.between(r_day, c_day)] += n
        for k, n in taken.items():
            all_days[k] += n
        service_rows.append(
            ServiceFigures(
                code=code,
                name=names.get(code, code),
                target_days=int(targets.get(code, 0) or 0),
                received=received_svc.get(code, 0),
                finished=finished_svc.get(code, 0),
                within=within_svc.get(code, 0),
                median_days=nearest_rank(taken, 50),
                p90_days=nearest_rank(taken, 90),
                rejected=rejected_svc.get(code, 0),
                reasons=_top_reasons(reasons.get(code, [])),
            )
        )

    channel_keys = list(CHANNELS) + sorted(
        (set(received_chan) | set(finished_chan)) - set(CHANNELS)
    )
    channels = tuple(
        ChannelFigures(
            key=c,
            label=channel_label(c),
            received=received_chan.get(c, 0),
            finished=finished_chan.get(c, 0),
            within=within_chan.get(c, 0),
        )
        for c in channel_keys
    )

    ages: dict[str, list[int]] = {}
    overdue: dict[str, int] = defaultdict(int)
    for code, r_day, late, n in open_rows:
        age = cal.between(r_day, d_last)
        ages.setdefault(code, [0] * len(AGE_GROUPS))[age_group(age)] += n
        overdue[code] += n * late
    backlog = Backlog(
        tuple(
            BacklogRow(code, names.get(code, code), tuple(ages[code]), overdue[code])
            for code in catalog
            if code in ages
        )
    )

    calendar = tuple(
        CalendarDay(
            day=day_of_number(n),
            working=cal.is_working(n),
            received=received_day.get(n, 0),
            finished=finished_day.get(n, 0),
            within=within_day.get(n, 0),
            rejected=rejected_day.get(n, 0),
        )
        for n in range(d_first, d_last + 1)
    )
    workdays = _fold_onto_working_days(calendar)
    totals = Totals(
        received=sum(received_svc.values()),
        finished=sum(finished_svc.values()),
        within=sum(within_svc.values()),
        rejected=sum(rejected_svc.values()),
        median_days=nearest_rank(all_days, 50),
        p90_days=nearest_rank(all_days, 90),
    )
    return PerformanceReport(
        date_from=date_from,
        date_to=date_to,
        month=month,
        month_partial=month_partial,
        working_days=sum(1 for c in calendar if c.working),
        totals=totals,
        services=tuple(service_rows),
        channels=channels,
        officers=officers,
        backlog=backlog,
        calendar=calendar,
        workdays=workdays,
        weeks=_weeks(workdays),
        legal=legal,
    )


def _fold_onto_working_days(calendar: tuple[CalendarDay, ...]) -> tuple[WorkdayFigures, ...]:
    """One row per working day; a non-working day counts on the next working day of the period
    (the day the office deals with it), or on the last one when none follows."""
    working = [c.day for c in calendar if c.working]
    if not working:
        return ()
    target: dict[date, date] = {}
    following = None
    for c in reversed(calendar):
        if c.working:
            following = c.day
        target[c.day] = following or working[-1]
    sums: dict[date, list[int]] = {d: [0, 0, 0, 0] for d in working}
    folded: dict[date, list[date]] = {d: [] for d in working}
    for c in calendar:
        into = target[c.day]
        row = sums[into]
        row[0] += c.received
        row[1] += c.finished
        row[2] += c.within
        row[3] += c.rejected
        if not c.working:
            folded[into].append(c.day)
    return tuple(
        WorkdayFigures(
            day=d,
            received=sums[d][0],
            finished=sums[d][1],
            within=sums[d][2],
            rejected=sums[d][3],
            folded=tuple(folded[d]),
        )
        for d in working
    )


def _weeks(workdays: tuple[WorkdayFigures, ...]) -> tuple[WeekFigures, ...]:
    """Calendar weeks (Monday to Sunday) of the working days, numbered from 1."""
    groups: dict[tuple[int, int], list[WorkdayFigures]] = {}
    for w in workdays:
        groups.setdefault(tuple(w.day.isocalendar())[:2], []).append(w)  # type: ignore[arg-type]
    return tuple(
        WeekFigures(
            number=i,
            first_day=days[0].day,
            last_day=days[-1].day,
            received=sum(d.received for d in days),
            finished=sum(d.finished for d in days),
            within=sum(d.within for d in days),
        )
        for i, days in enumerate(groups.values(), start=1)
    )
