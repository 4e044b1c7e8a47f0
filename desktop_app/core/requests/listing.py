"""The request list at any size: counted from the tally, placed by segments, paged by keys.

A :class:`RequestList` is one filter and one sort, as the Permohonan table shows it. Its
``count()`` comes from ``request_tally`` (a sum over a few thousand rows, not a count of
millions) whenever the filter is made of statuses, services, channels, an officer and dates;
other filters (overdue, done today, a search) match few rows and are counted directly.

Its rows are cut into *segments* whose sizes are known: for the sorts by time received (and by
status, service, channel or officer, whose ties go by time received) one segment per group and
month, from the tally; for the sorts by name, due date, NIK and ticket one per bucket of
``request_sort_buckets`` (counted per status, service and channel; per officer and status in
``request_officer_buckets``). ``ids(offset, limit)`` finds the segment holding ``offset`` by
adding sizes, then walks the segment's index from its nearer end: any row of ten million is
reached by stepping through at most half a segment (a month, about 80,000 rows at ten
million). Pages next to a page already read continue from its last key instead (keyset
paging), so scrolling costs the rows shown.

Lists of at most ``SMALL_LIST`` rows are found by their filter's index and sorted whole; a
search by part of a name (whose other filters do not narrow it to that) holds at most the
``NAME_CAP`` most recently recorded matches (the highest ids: SQLite reads its trigram index
backwards, PostgreSQL reads blocks of ids from the newest), says so (``truncated``) and how
many match, counted up to a cap (``matches``).

Which index serves which query: ``docs/indexes.md``.
"""

from __future__ import annotations

import logging
import math
import threading
import weakref
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import (
    ARRAY,
    Integer,
    and_,
    any_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
)
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.orm import Session
from sqlalchemy.sql import column, table

from desktop_app.core import audit, clock
from desktop_app.core.db import Database
from desktop_app.core.models import Request, User
from desktop_app.core.security import Actor, Permission

from . import tally
from .common import CLOSED_STATUSES, OPEN_ROWS, OPEN_STATUSES, STATUSES

log = logging.getLogger(__name__)

SMALL_LIST = 20_000  # at most this many rows: found by the filter's index and sorted whole
# A small list sorted by time is gathered whole from its most selective filter's index unless
# that index holds more rows than this (each is looked up to check the other filters); then
# it is read month by month.
GATHER_MAX = SMALL_LIST
NAME_CAP = 1_000  # a name search matching more holds this many: the most recently recorded
# A name search counts its matches up to this many (SQLite: read from the trigram index alone,
# a few milliseconds; PostgreSQL: only a rare name, read whole; a common one stops at
# NAME_CAP + 1); beyond, the list says "more than" (``matches_more``).
MATCH_COUNT_CAP = 5_000
# PostgreSQL: ids per block of ``ix_requests_name_block`` (migration 0011 writes the same
# number: the planner uses the index only for the very same expression).
NAME_BLOCK = 65_536
# PostgreSQL, the name search's cost model (milliseconds, measured at one and ten million rows):
# one block's query (the index's entries for one block, whatever it holds) and one match read
# from the table (a page each).
_BLOCK_MS = 0.7
_MATCH_MS = 0.006
# A list no bucket places (a date filter sorted by name, …) gathers its ids, in list order
# (found by its filter's index and sorted whole), kept as 4-byte integers (40 MB for ten
# million); every page and jump beyond the first pages is then a slice of them. The Permohonan
# page has them read on another thread as soon as the list shows (``gather_ahead``): at ten
# million rows a month (84,000 rows) takes 0.15-0.2 s, a year (a million) 2 s on SQLite and
# 2-2.5 s on PostgreSQL, where a walk through the rows before a deep jump took 7-15 s on
# SQLite and 0.55-0.8 s on PostgreSQL for every jump. A reload of the same list (after any
# change) keeps the ids read before until its own are in (``carry_over``).
GATHER_SLOW = 250_000  # a gather of more rows takes seconds: the window says so meanwhile
_GATHER_CHUNK = 50_000  # ids read between two looks at whether a gather ahead was cancelled
_NEAR = 1_000  # rows a walk steps through from either end in a few milliseconds
# PostgreSQL: the memory a gather of a sparse list may use for its bitmaps (``_gather``).
_GATHER_WORK_MEM = "32MB"
SHORT_NAME = 2  # a name part of this many letters matches the start of a word
_ANCHORS = 4_096  # keys remembered per list (two per page read)


@dataclass(frozen=True)
class _Order:
    """A sort: its columns in ascending order (id last), the tally dimension whose value leads
    it (rows placed by group and month), or the sort-bucket key that places it."""

    columns: tuple[Any, ...]
    group: str | None = None
    timed: bool = False
    bucket: str | None = None


ORDERS: dict[str, _Order] = {
    "received_at": _Order((Request.received_at, Request.id), timed=True),
    "status": _Order((Request.status, Request.received_at, Request.id), "status", True),
    "service": _Order(
        (Request.service_code, Request.received_at, Request.id), "service_code", True
    ),
    "channel": _Order((Request.channel, Request.received_at, Request.id), "channel", True),
    # Officers in the order of their names (a group per officer, unassigned last).
    "officer": _Order((Request.received_at, Request.id), "officer", True),
    "due_at": _Order((Request.due_at, Request.id), bucket="due"),
    "name": _Order((Request.name_folded, Request.id), bucket="name"),
    "nik": _Order((Request.nik, Request.id), bucket="nik"),
    "ticket": _Order((Request.ticket,), bucket="ticket"),  # unique: no tie to break
}
_SORT_COLUMN = {"status": Request.status, "service": Request.service_code,
                "channel": Request.channel, "due_at": Request.due_at,
                "name": Request.name_folded, "nik": Request.nik,
                "ticket": Request.ticket}  # fmt: skip


@dataclass
class _Segment:
    """A run of the list whose size is known. Its SQL is made when first read (a list of ten
    years sorted by service has a thousand segments, most never read)."""

    count: int
    index: str | None = None  # SQLite: the index that serves it (see ``hinted``)
    make: Any = None  # () -> the conditions that select its rows
    start: int = 0  # list position of its first row
    # Bucket segments: () -> the condition that selects its rows and every later segment's
    # (a page that runs on through small buckets reads them in one statement).
    onwards: Any = None
    _conds: list[Any] | None = None

    @property
    def conds(self) -> list[Any]:
        if self._conds is None:
            self._conds = self.make()
        return self._conds


# The index behind each tally dimension and sort (``docs/indexes.md``). SQLite's planner knows
# only average row counts per value (its build has no STAT4), so a status of 2,000 rows looks
# like one of 2,000,000; the list knows the real counts from the tally and names the index.
INDEXES = {
    "status": "ix_requests_status_received",
    "service_code": "ix_requests_service_received",
    "channel": "ix_requests_channel_received",
    "officer": "ix_requests_officer_received",
    "received": "ix_requests_received_at",
    "closed": "ix_requests_closed_at",
    "open": "ix_requests_open",  # partial: open statuses only (migration 0010)
    "name": "ix_requests_name_order",
    "due": "ix_requests_due_at",
    "nik": "ix_requests_nik",
    # The unique ticket constraint's own index (SQLite names it after the table).
    "ticket": "sqlite_autoindex_requests_1",
}
BY_ROWID = "NOT INDEXED"  # rows looked up by id from a list (the trigram index's matches)


def hinted(query: Any, index: str | None) -> Any:
    """``query`` told which index to read on SQLite (``INDEXED BY``; or ``BY_ROWID``), whose
    planner knows only average rows per value; PostgreSQL chooses from real statistics."""
    if index is None:
        return query
    hint = index if index == BY_ROWID else f"INDEXED BY {index}"
    return query.with_hint(Request, hint, "sqlite")


def _sqlite_table_hint(self: SQLiteCompiler, table: Any, hint: str | None) -> str | None:
    return hint


# SQLAlchemy writes table hints after the table name for the dialects it knows to have them;
# SQLite's "INDEXED BY" / "NOT INDEXED" are such hints, written the same way.
SQLiteCompiler.get_from_hint_text = _sqlite_table_hint  # type: ignore[method-assign,assignment]


def unindexed(column_: Any) -> Any:
    """``column_`` as an expression no index serves: the planner then finds the few matching
    rows by the WHERE's index and sorts them, instead of walking the ORDER BY index through
    millions of rows that mostly fail the filter."""
    return func.coalesce(column_, column_)


def _like_pattern(text_: str) -> str:
    escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_FTS = table("requests_fts", column("rowid"), column("requests_fts"))
# A two-letter word start at the head of the name is the name's first trigram: that pair and
# any third character. Folded names are lower case; other characters come from the name index.
_THIRD_LETTERS = "".join(chr(c) for c in range(32, 127) if not chr(c).isupper())


def _phrase(text_: str) -> str:
    return '"' + text_.replace('"', '""') + '"'


class NameSearch:
    """A part of a name (folded): any part from three letters on; a word's start for two
    letters; nothing for one letter (``too_short``)."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.too_short = len(folded.replace(" ", "")) < SHORT_NAME
        self.word_start = not self.too_short and len(folded) <= SHORT_NAME

    def walk_condition(self) -> Any:
        """Checked row by row (no index: the plan walks the sort's index)."""
        if self.word_start:
            return (" " + Request.name_folded).like(
                "% " + _like_pattern(self.folded)[1:], escape="\\"
            )
        return Request.name_folded.concat("").like(_like_pattern(self.folded), escape="\\")

    def index_condition(self) -> Any:
        """PostgreSQL: served by the pg_trgm index (or scanned without it)."""
        if self.word_start:
            escaped = _like_pattern(self.folded)[1:]
            return or_(
                Request.name_folded.like(escaped, escape="\\"),
                Request.name_folded.like("% " + escaped, escape="\\"),
            )
        return Request.name_folded.like(_like_pattern(self.folded), escape="\\")

    def fts_query(self) -> str:
        """SQLite: the FTS5 query. Two letters: the start of a later word (" nu" is a trigram)
        or the name's first trigram ("^" anchors it at the start)."""
        if not self.word_start:
            return _phrase(self.folded)
        heads = (f"^{_phrase(self.folded + c)}" for c in _THIRD_LETTERS)
        return " OR ".join([_phrase(" " + self.folded), *heads])

    def newest_ids(self, session: Session, conds: list[Any], limit: int) -> list[int]:
        """SQLite: ids of the most recently recorded matches (with ``conds``), highest first,
        at most ``limit``: the trigram index read backwards, stopping at ``limit``."""
        match = _FTS.c.requests_fts.match(self.fts_query())
        order = _FTS.c.rowid.desc()
        if conds:
            query: Any = (
                select(Request.id)
                .select_from(_FTS.join(Request, Request.id == _FTS.c.rowid))
                .where(match, *conds)
            )
        else:
            query = select(_FTS.c.rowid).where(match)
        ids = list(session.scalars(query.order_by(order).limit(limit)))
        if self.word_start:
            more = self._beyond_trigrams(session, conds, limit)
            ids = sorted({*ids, *more}, reverse=True)[:limit]
        return ids

    def newest_ids_by_block(
        self, session: Session, conds: list[Any], limit: int
    ) -> tuple[list[int], bool]:
        """PostgreSQL: ids of the most recently recorded matches (with ``conds``), highest
        first, and whether every row was searched (the ids are then all the matches).

        pg_trgm finds matches in no order, each checked in the table: a common part matches
        a hundred thousand rows at ten million. ``ix_requests_name_block`` (migration 0011)
        finds them within one block of ``NAME_BLOCK`` ids, so blocks are read from the newest
        until ``limit`` matches; when the matches seen so far say that the rest of the table
        holds fewer than the blocks still to read would cost (a rare name), the rest is read
        at once through the trigrams alone."""
        block = Request.id.op("/")(literal_column(str(NAME_BLOCK)))
        condition = self.index_condition()
        top = session.scalar(select(func.max(Request.id))) or 0
        number = top // NAME_BLOCK
        found: list[int] = []
        searched = 0  # ids covered so far
        while number >= 0:
            query = select(Request.id).where(block == number, *conds, condition)
            found.extend(session.scalars(query))
            searched = top - number * NAME_BLOCK + 1
            if number == 0:
                break  # every block read
            if len(found) >= limit:
                return sorted(found, reverse=True), False
            left = number * NAME_BLOCK  # ids below the blocks read
            density = max(len(found), 1) / searched
            blocks = min(number, math.ceil((limit - len(found)) / (density * NAME_BLOCK)))
            if density * left * _MATCH_MS <= blocks * _BLOCK_MS:
                query = select(Request.id).where(Request.id < left, *conds, condition)
                found.extend(session.scalars(query))
                break
            number -= 1
        return sorted(found, reverse=True), True

    def _beyond_trigrams(self, session: Session, conds: list[Any], limit: int) -> list[int]:
        """Two letters: the names that are just these letters, or whose third character the
        trigram query does not list (beyond ASCII): a range of the name index, usually empty."""
        following = self.folded[:-1] + chr(ord(self.folded[-1]) + 1)
        rest = or_(
            Request.name_folded == self.folded,
            and_(Request.name_folded >= self.folded + "\u0080", Request.name_folded < following),
        )
        query = select(Request.id).where(rest, *conds).order_by(Request.id.desc())
        return list(session.scalars(query.limit(limit)))

    def capped_count(self, session: Session, cap: int) -> int:
        """SQLite: how many rows match, counting no further than ``cap + 1``: the trigram index
        alone, stopping early."""
        match = _FTS.c.requests_fts.match(self.fts_query())
        query = select(_FTS.c.rowid).where(match)
        capped = query.limit(cap + 1).subquery()
        found = int(session.scalar(select(func.count()).select_from(capped)) or 0)
        if self.word_start:
            # The few rows of the name index's range the trigram query did not count.
            rest = set(self._beyond_trigrams(session, [], cap + 1))
            if rest:
                counted = select(_FTS.c.rowid).where(match, _FTS.c.rowid.in_(rest))
                found += len(rest - set(session.scalars(counted)))
        return found


_NAME_BLOCKS: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def _has_name_blocks(session: Session) -> bool:
    """PostgreSQL: whether ``ix_requests_name_block`` exists (migration 0011 creates it only
    where ``btree_gin`` can be), asked once per engine."""
    engine = session.get_bind().engine
    if engine not in _NAME_BLOCKS:
        found = session.scalar(
            text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_requests_name_block'")
        )
        _NAME_BLOCKS[engine] = found is not None
    return _NAME_BLOCKS[engine]


@dataclass
class _Filter:
    """A :class:`RequestFilter` taken apart: what the tally can count, the rest as SQL."""

    tally: tally.TallyFilter
    extra: list[Any]  # overdue, done today, an exact search: few rows
    name: NameSearch | None
    exact: bool = False  # an exact ticket/NIK/KK/phone/ref: its own index finds it
    closed_since: bool = False  # done today: the closed_at index finds it

    @property
    def counted_by_tally(self) -> bool:
        return not self.extra and self.name is None

    @property
    def open_only(self) -> bool:
        """Only open statuses (the queues): the open-requests index holds every such row."""
        statuses = self.tally.statuses
        return statuses is not None and statuses <= set(OPEN_STATUSES)

    @property
    def empty(self) -> bool:
        t = self.tally
        return not self.extra and self.name is None and t == tally.TallyFilter()


def _take_apart(flt: Any, actor: Actor) -> _Filter:
    from .queries import parse_search

    statuses: set[str] | None = set(flt.statuses) if flt.statuses else None
    officers: set[int] | None = {flt.officer_id} if flt.officer_id is not None else None
    extra: list[Any] = []
    now = datetime.now(UTC)

    def only(allowed: set[str]) -> None:
        nonlocal statuses
        statuses = allowed if statuses is None else statuses & allowed

    queue = flt.queue
    if queue in ("baru", "diproses", "menunggu_berkas"):
        only({queue})
    elif queue == "overdue":
        only(set(OPEN_STATUSES))
        extra.append(Request.due_at < now)  # a range of the open-requests index
    elif queue == "mine":
        only(set(OPEN_STATUSES))
        mine = {actor.user_id} if actor.user_id is not None else set()
        officers = mine if officers is None else officers & mine
    elif queue == "done_today":
        only(set(CLOSED_STATUSES))
        extra.append(Request.closed_at >= clock.day_start(clock.office_date(now)))
    elif queue not in (None, "", "all"):
        raise ValueError(f"unknown queue {queue!r}")
    if statuses is not None and statuses >= set(STATUSES):
        statuses = None
    start = clock.day_start(flt.date_from) if flt.date_from is not None else None
    end = clock.day_start(flt.date_to + timedelta(days=1)) if flt.date_to is not None else None
    tally_filter = tally.TallyFilter(
        statuses=frozenset(statuses) if statuses is not None else None,
        services=frozenset(s.upper() for s in flt.services) if flt.services else None,
        channels=frozenset(flt.channels) if flt.channels else None,
        officers=frozenset(officers) if officers is not None else None,
        start=start,
        end=end,
    )
    terms = parse_search(flt.text)
    name = None
    closed_since = queue == "done_today"
    if terms.kind == "ticket":
        extra.append(Request.ticket == terms.value)
    elif terms.kind == "nik_kk":
        extra.append(or_(Request.nik == terms.value, Request.kk == terms.value))
    elif terms.kind == "phone":
        extra.append(Request.phone == terms.value)
    elif terms.kind == "ref":
        extra.append(Request.external_ref == terms.value)
    elif terms.kind == "name":
        name = NameSearch(terms.value)
    exact = terms.kind in ("ticket", "nik_kk", "phone", "ref")
    return _Filter(tally_filter, extra, name, exact, closed_since)


def officer_groups(session: Session, descending: bool = False) -> list[int | None]:
    """Officer ids in the order of their names (ties by id), unassigned (None) last; the
    whole list reversed for a descending sort. The users table is tiny."""
    groups: list[int | None] = list(
        session.scalars(select(User.id).order_by(User.full_name, User.id))
    )
    groups.append(None)
    return groups[::-1] if descending else groups


def _officer_condition(officer: int | None) -> Any:
    return Request.assigned_to.is_(None) if officer in (None, 0) else Request.assigned_to == officer


class GatherAhead:
    """A gathered list's ids read on another thread while its first pages show
    (``RequestList.gather_ahead``). ``run`` is the worker's; ``wait``, ``finished`` and
    ``cancel`` are the list's thread's. The job reads through its own session, and hands its
    ids over only through this object."""

    def __init__(
        self,
        db: Database,
        query: Any,
        read: Callable[[Session, Any, Callable[[], bool]], array[int] | None],
    ) -> None:
        self._db, self._query, self._read = db, query, read
        self._lock = threading.Lock()
        self._state = "waiting"  # then "running" and "done"; "taken", "cancelled"
        self._began = False  # the worker began reading: ``_done`` is set when it ends
        self._done = threading.Event()
        self.ids: array[int] | None = None
        self.failed = False

    def run(self) -> None:
        """On the worker thread: read the ids, unless the list's thread took the job or the
        list was replaced meanwhile. A failure is logged; a jump then reads the ids itself
        and shows the error there."""
        with self._lock:
            if self._state != "waiting":
                return
            self._state = "running"
            self._began = True
        try:
            with self._db.read() as session:
                self.ids = self._read(session, self._query, self.cancelled)
        except Exception:  # noqa: BLE001 - the list's thread reads them again and reports
            log.warning("gathering a list's ids ahead failed", exc_info=True)
            self.failed = True
        finally:
            with self._lock:
                if self._state == "running":
                    self._state = "done"
            self._done.set()

    def cancelled(self) -> bool:
        return self._state == "cancelled"

    def cancel(self) -> None:
        """The list is replaced: a job not begun never begins, a running one stops at its next
        chunk of ids."""
        with self._lock:
            if self._state in ("waiting", "running"):
                self._state = "cancelled"

    @property
    def finished(self) -> bool:
        return self._done.is_set() and self.ids is not None

    @property
    def began(self) -> bool:
        """The worker began reading (what it reads is the data as it was then)."""
        return self._began

    def wait(self) -> array[int] | None:
        """The ids, once read; None when the job has not begun (the caller, which takes it
        over, reads them itself; it never begins after), was cancelled before, or failed."""
        with self._lock:
            if not self._began:
                if self._state == "waiting":
                    self._state = "taken"
                return None
        self._done.wait()
        return self.ids


class RequestList:
    """One filter and one sort of the request list; see the module's docstring.

    The count and the segments are taken once, when first needed: later changes to the data
    may make a page show a row twice or miss one until the list is made again (the page
    reloads it on every change and periodically)."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        flt: Any = None,
        sort_key: str = "received_at",
        descending: bool = True,
    ) -> None:
        from .queries import RequestFilter

        if sort_key not in ORDERS:
            raise ValueError(f"unknown sort key {sort_key!r}")
        audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.list")
        self.db = db
        self.actor = actor
        self.filter = flt or RequestFilter()
        self.sort_key = sort_key
        self.descending = descending
        self.truncated = False  # a name search that matched more than it holds
        self.matches = 0  # a name search: how many rows match, counted up to a cap …
        self.matches_more = False  # … and whether more than that match
        self.plan = ""  # how the rows are found (benchmarks and tests print it)
        self._placement = ""
        self._count: int | None = None
        self._conds: list[Any] = []
        self._small = False
        self._index: str | None = None  # SQLite: the index of a one-segment list
        self._segments: list[_Segment] | None = None
        self._dimension_sizes: dict[str, int] | None = None
        self._group_counts: dict[str | None, dict[tuple[Any, str], int]] = {}
        self._buckets: list[tuple[str, int]] | None = None
        self._gathered: array[int] | None = None  # a gathered list's ids, in order
        self._ahead: GatherAhead | None = None  # their read on another thread, once begun
        # A reload's: the ids the same list read before the change that made the reload,
        # served until its own are in (``carry_over``); and whether ``_ahead`` is such a read,
        # begun before that change.
        self._interim: array[int] | None = None
        self._ahead_stale = False
        self._keys: dict[int, tuple[Any, ...]] = {}
        self._parts = _take_apart(self.filter, actor)
        # A name part of one letter: nothing is searched (the page asks for more letters).
        self.too_short = self._parts.name is not None and self._parts.name.too_short

    @property
    def placement(self) -> str:
        """How a position is found: "small" (the list is sorted whole), "segments" (placed by
        the tallies) or "gather": a list whose sort no tally places (a date filter, or an
        officer with a service or channel, sorted by name, due date, NIK or ticket), where
        pages near the top and next to pages read are quick; a jump deep inside gathers the
        ids once (or takes those read ahead, ``gather_ahead``; ``docs/indexes.md``)."""
        if self._segments is None:
            self.count()
            with self.db.read() as session:
                self._segments_of(session)
        return self._placement

    @property
    def slow_first_jump(self) -> bool:
        """A list that gathers more than ``GATHER_SLOW`` ids and has not yet: its rows far
        down take seconds to come (a year of ten million rows, about two on SQLite), then
        none. A reload that serves the ids read before meanwhile has none to wait for."""
        return (
            self.placement == "gather"
            and self.count() > GATHER_SLOW
            and not self.take_gathered()
            and self._interim is None
        )

    # --- counting -----------------------------------------------------------------------------

    def count(self) -> int:
        if self._count is None:
            with self.db.read() as session:
                self._count = self._plan(session)
        return self._count

    def _plan(self, session: Session) -> int:
        parts = self._parts
        dialect = session.get_bind().dialect.name
        base = parts.tally.conditions() + parts.extra
        if parts.open_only and dialect == "sqlite":
            # The open-requests index's own condition: SQLite uses it only then. PostgreSQL
            # proves it from the status filter, and a second copy would make it take the
            # open statuses for a two-hundredth of what they are, and pick another index.
            base.append(OPEN_ROWS)
        if self.too_short:
            self.plan = "name part too short"
            return 0
        if parts.name is None:
            self._conds = base
            if parts.counted_by_tally:
                total = self._tally_total(session)
                self.plan = "tally"
                self._small = not parts.empty and total <= SMALL_LIST
                sparse = self._small and self._costly_to_gather(session)
                order = ORDERS[self.sort_key]
                if sparse and order.timed:
                    # Few rows, but only found among many (service CERAI and channel e-mail:
                    # each a twentieth of the table): read month by month in time order.
                    self._small = sparse = False
                    self.plan += ", by month"
                elif sparse and order.bucket and parts.tally.bucketed:
                    # The same sorted by name, due date, NIK or ticket: bucket by bucket, each
                    # a range of the sort's index (which holds the columns filtered).
                    self._small = sparse = False
                    self.plan += ", by bucket"
                self._index = self._filter_index(session) if self._small else None
                if sparse:
                    # Sorted by name, due date, NIK or ticket every row must be found to sort
                    # them: found once, their ids kept in order, every page a slice (each
                    # page read them all again: half a second at ten million rows).
                    total = self._gather(session)
                    self.plan += ", gathered"
            else:
                self._small = True  # overdue, done today, an exact key: few rows
                self._index = self._filter_index(session)
                total = self._count_rows(session)
                self.plan = "count"
            if self._small:
                self.plan += ", small"
            return total
        name = parts.name
        narrow = tally.total(session, parts.tally) if base and not parts.extra else None
        if parts.extra or (narrow is not None and narrow <= SMALL_LIST):
            # The other filters leave few rows: check each one's name.
            self._conds = [*base, name.walk_condition()]
            self._small = True
            self._index = self._filter_index(session)
            self.plan = "name, by filter"
            matched = self._gather(session)
            self._set_matches(matched, matched)
            return matched
        if dialect == "sqlite":
            # The trigram index read backwards: the newest matches, and the count of matches up
            # to a cap, each read stopping early. With other filters each match is looked up:
            # only as many as the list holds (and the next, to know there are more).
            found = name.newest_ids(session, base, NAME_CAP + 1)
            if len(found) > NAME_CAP and not base and MATCH_COUNT_CAP > NAME_CAP:
                self._set_matches(name.capped_count(session, MATCH_COUNT_CAP), MATCH_COUNT_CAP)
            else:
                self._set_matches(len(found), NAME_CAP)
            newest = found[:NAME_CAP]
        elif _has_name_blocks(session):
            # Block by block from the newest ids until NAME_CAP + 1 matches, or the rest at
            # once when few are left to find (``NameSearch.newest_ids_by_block``).
            found, whole = name.newest_ids_by_block(session, base, NAME_CAP + 1)
            if whole:
                self._set_matches(len(found), MATCH_COUNT_CAP)
            else:
                self._set_matches(len(found), NAME_CAP)
            newest = found[:NAME_CAP]
        else:
            # pg_trgm finds every match (a bitmap of them); reading m matches costs about m
            # row reads, walking the primary key backwards to the newest NAME_CAP about
            # NAME_CAP * rows / m: the trigram index up to sqrt(NAME_CAP * rows) matches, their
            # ids read once (the count is their number).
            rows = narrow if narrow is not None else tally.total(session, parts.tally)
            most = max(MATCH_COUNT_CAP, math.isqrt(NAME_CAP * rows))
            if name.word_start:  # two letters: pg_trgm narrows them little (" nu" is common)
                most = MATCH_COUNT_CAP
            query = select(Request.id).where(*base, name.index_condition()).limit(most + 1)
            found = list(session.scalars(query))
            self._set_matches(len(found), MATCH_COUNT_CAP)
            if len(found) <= most:
                newest = sorted(found, reverse=True)[:NAME_CAP]
            else:  # very common: walk the key (the setting ends with the read transaction)
                session.execute(text("SET LOCAL enable_seqscan = off"))
                session.execute(text("SET LOCAL enable_bitmapscan = off"))
                query = select(Request.id).where(*base, name.walk_condition())
                newest = list(session.scalars(query.order_by(Request.id.desc()).limit(NAME_CAP)))
        # Too many to sort whole: the NAME_CAP most recently recorded (highest ids).
        self.truncated = len(newest) < self.matches or self.matches_more
        if dialect == "sqlite":
            self._conds = [Request.id.in_(newest)]
        else:  # one array, not a thousand parameters (each converted by the driver: 7 ms)
            self._conds = [Request.id == any_(bindparam("newest", newest, ARRAY(Integer)))]
        self._small = True
        self._index = BY_ROWID if dialect == "sqlite" else None
        self.plan = "name, newest matches" if self.truncated else "name, by trigram index"
        return len(newest)

    def _gather(self, session: Session) -> int:
        """A small list whose rows are costly to find (a name checked in each row; filters
        that are each common but rare together): read the ids at once, in list order (a count
        would find the same rows again); pages are then slices of them. Sorted by officer it
        is counted per officer instead (``_officer_segments``)."""
        if ORDERS[self.sort_key].group == "officer":
            return self._count_rows(session)
        self._gathered = self._read_ids(session, self._gather_query())
        assert self._gathered is not None
        return len(self._gathered)

    def _gather_query(self) -> Any:
        """The list's ids in list order, found by its filter's index (``_index``)."""
        order = ORDERS[self.sort_key]
        keys = [unindexed(c) for c in order.columns]
        query = (
            select(Request.id)
            .where(*self._conds)
            .order_by(*(k.desc() if self.descending else k.asc() for k in keys))
        )
        return hinted(query, self._index)

    @staticmethod
    def _read_ids(
        session: Session, query: Any, cancelled: Callable[[], bool] = lambda: False
    ) -> array[int] | None:
        """The ids ``query`` finds, as 4-byte integers while they fit (no ORM result holding
        a million rows; PostgreSQL hands them over by a server-side cursor), or None once
        ``cancelled``."""
        options = {}
        if session.get_bind().dialect.name == "postgresql":
            # Two filters' indexes combined (a bitmap of each): with the default 4 MB the
            # bitmap of half a million rows turns lossy and every row of its pages is checked
            # (2.5 s instead of 0.3 s at ten million rows). For this read transaction only.
            session.execute(text(f"SET LOCAL work_mem = '{_GATHER_WORK_MEM}'"))
            options = {"stream_results": True, "max_row_buffer": _GATHER_CHUNK}
        # SQLite hands rows over as they are read anyway (and SQLAlchemy's chunked results cost
        # half as much again as the read itself: 2.2-3.4 s for a year instead of 1.5 s).
        scalars = session.connection().execute(query, execution_options=options).scalars()
        # Four bytes an id (ten million: 40 MB, held twice while a reload reads its own); eight
        # from the first that does not fit (``fromlist`` leaves the array as it was on error).
        ids = array("i")
        while not cancelled():
            chunk = list(islice(scalars, _GATHER_CHUNK))
            try:
                ids.fromlist(chunk)
            except OverflowError:
                ids = array("q", ids)
                ids.fromlist(chunk)
            if len(chunk) < _GATHER_CHUNK:
                return ids
        return None

    def gather_ahead(self) -> GatherAhead | None:
        """For a list that gathers its ids (``placement`` "gather") and holds more than a
        page near each end: a job that reads them on another thread, begun when the list
        shows, so that its deep jumps are slices at once. A jump made before the job ends
        waits for it (or reads the ids itself if the job has not begun): the page asks
        ``waits`` first and shows those rows as loading instead. None for any other list,
        once gathered, or while a read is under way (one carried over a reload)."""
        audit.require(self.db, self.actor, Permission.REQUESTS_VIEW, "requests.list")
        if self.placement != "gather" or self.take_gathered() or self._ahead is not None:
            return None
        if self.count() <= 2 * _NEAR:
            return None  # every row is near an end: no jump gathers
        with self.db.read() as session:
            self._index = self._filter_index(session)
        self._ahead = GatherAhead(self.db, self._gather_query(), self._read_ids)
        return self._ahead

    def take_gathered(self) -> bool:
        """Take the ids a gather ahead has read, if it has: on the list's own thread (the
        page calls it when the job reports back). True when the list holds them now. A read
        carried over from before a reload's change gives its ids for the meantime only
        (``carry_over``): the list then has no job, and ``gather_ahead`` makes a fresh one."""
        ahead = self._ahead
        if self._gathered is None and ahead is not None and ahead.finished:
            if self._ahead_stale:
                self._interim, self._ahead, self._ahead_stale = ahead.ids, None, False
            else:
                self._gathered, self._interim = ahead.ids, None  # the old ids are let go
        return self._gathered is not None

    def waits(self, offset: int, limit: int) -> bool:
        """Whether ``ids(offset, limit)`` would wait for every id of the list to be read (a
        deep jump in a gathering list whose ids are not in yet, nor carried over a reload):
        the page shows those rows as loading instead."""
        total = self.count()
        limit = max(0, min(limit, total - offset))
        if not limit or self.placement != "gather" or self._interim is not None:
            return False
        return not self.take_gathered() and self._far(offset, limit, total)

    def same_list(self, other: RequestList | None) -> bool:
        """Whether ``other`` holds the same rows in the same order for the same person: a
        reload of it."""
        return other is not None and (
            other.filter,
            other.sort_key,
            other.descending,
            other.actor,
        ) == (self.filter, self.sort_key, self.descending, self.actor)

    def carry_over(self, earlier: RequestList | None) -> bool:
        """A reload of ``earlier`` (``same_list``; the page makes one after every change)
        serves deep jumps from the ids ``earlier`` read until its own are in, and takes over
        ``earlier``'s read ahead if still under way, so that a list of millions is never read
        twice at once nor waited for again. Ids read before the change may show a row twice
        or miss one near where it changed, as any list does after a change until it is made
        again. True when it took the read over (the caller then does not cancel it)."""
        if self._gathered is not None or not self.same_list(earlier):
            return False
        assert earlier is not None
        earlier.take_gathered()
        held = earlier._gathered if earlier._gathered is not None else earlier._interim
        if held is not None:
            self._interim = held
        ahead = earlier._ahead
        if earlier._gathered is not None or ahead is None or self._ahead is not None:
            return False  # read already, or never
        if ahead.cancelled() or ahead.failed:
            return False
        # A read not begun yet reads the data as it is after the change: this list's own.
        self._ahead, self._ahead_stale = ahead, earlier._ahead_stale or ahead.began
        earlier._ahead = None
        return True

    def _tally_total(self, session: Session) -> int:
        """The list's size from the same tally sums its segments are cut from: one pass over
        the tally for both (a pass is 13–15 ms at ten million rows, most of a first page)."""
        order = ORDERS[self.sort_key]
        if order.timed:
            return sum(self._grouped(session, order.group).values())
        if order.bucket and self._parts.tally.bucketed:
            return sum(n for _bucket, n in self._bucket_counts(session, order.bucket))
        return tally.total(session, self._parts.tally)

    def _grouped(self, session: Session, group: str | None) -> dict[tuple[Any, str], int]:
        """``tally.grouped`` of the filter, read once per list."""
        if group not in self._group_counts:
            self._group_counts[group] = tally.grouped(session, self._parts.tally, group)
        return self._group_counts[group]

    def _bucket_counts(self, session: Session, kind: str) -> list[tuple[str, int]]:
        """``tally.bucket_counts`` of the sort's buckets and the filter, read once."""
        if self._buckets is None:
            self._buckets = tally.bucket_counts(session, kind, self._parts.tally)
        return self._buckets

    def _set_matches(self, found: int, cap: int) -> None:
        self.matches = min(found, cap)
        self.matches_more = found > cap

    def _costly_to_gather(self, session: Session) -> bool:
        """A small list whose every filter's index holds more than ``GATHER_MAX`` rows:
        finding its rows looks up each row of the smallest (sorted by time, the month segments
        read a month's worth for a page instead)."""
        if self._parts.open_only:
            return False
        sizes = self._sizes(session)
        return bool(sizes) and min(sizes.values()) > GATHER_MAX

    def _sizes(self, session: Session) -> dict[str, int]:
        """``tally.dimension_sizes`` of the filter, read once per list."""
        if self._dimension_sizes is None:
            self._dimension_sizes = tally.dimension_sizes(session, self._parts.tally)
        return self._dimension_sizes

    def _count_rows(self, session: Session) -> int:
        query = select(func.count()).select_from(Request).where(*self._conds)
        return int(session.scalar(hinted(query, self._index)) or 0)

    def _filter_index(self, session: Session) -> str | None:
        """SQLite: the index that finds a small list's rows (its most selective filter)."""
        parts = self._parts
        if session.get_bind().dialect.name != "sqlite" or parts.exact:
            return None  # an exact key: the planner knows its index is selective
        if parts.closed_since:
            return INDEXES["closed"]
        if parts.open_only:
            return INDEXES["open"]  # a few thousand rows, every column a queue needs
        sizes = self._sizes(session)
        return INDEXES[min(sizes, key=lambda d: sizes[d])] if sizes else None

    def _time_index(self, session: Session, group: str | None) -> str | None:
        """SQLite: the index that walks rows by time received within a month: the group's, or
        that of a filter on one value (status, service, …), or the time index itself."""
        if session.get_bind().dialect.name != "sqlite":
            return None
        if group is not None:
            return INDEXES[group]
        single = {
            dim: n
            for dim, n in self._sizes(session).items()
            if dim != "received" and self._parts.tally.single(dim)
        }
        return INDEXES[min(single, key=lambda d: single[d])] if single else INDEXES["received"]

    def _sort_index(self, session: Session) -> str | None:
        """SQLite: the index that walks rows in the sort's own order (name, due date, NIK)."""
        if session.get_bind().dialect.name != "sqlite":
            return None
        return INDEXES.get(ORDERS[self.sort_key].bucket or "")

    # --- segments -----------------------------------------------------------------------------

    def _segments_of(self, session: Session) -> list[_Segment]:
        if self._segments is None:
            segments = self._build_segments(session)
            if not self._placement:  # "gather" is set by _build_segments
                self._placement = "small" if self._small else "segments"
            position = 0
            for segment in segments:
                segment.start = position
                position += segment.count
            self._segments = segments
        return self._segments

    def _build_segments(self, session: Session) -> list[_Segment]:
        order = ORDERS[self.sort_key]
        total = self.count()
        parts = self._parts
        whole = lambda: list(self._conds)  # noqa: E731
        if self._small:
            if order.group == "officer":
                return self._officer_segments(session)
            return [_Segment(total, self._index, whole)]
        if order.timed:
            return self._tally_segments(session, order)
        if order.bucket and parts.tally.bucketed:
            return self._bucket_segments(session, order)
        self._placement = "gather"
        return [_Segment(total, self._sort_index(session), whole)]

    def _officer_segments(self, session: Session) -> list[_Segment]:
        """Small lists sorted by officer: each officer's rows counted directly."""
        key = func.coalesce(Request.assigned_to, 0)
        query = hinted(select(key, func.count()).where(*self._conds).group_by(key), self._index)
        sizes = dict(session.execute(query).all())
        return [
            _Segment(
                int(sizes[officer or 0]),
                self._index,
                lambda officer=officer: [*self._conds, _officer_condition(officer)],
            )
            for officer in officer_groups(session, self.descending)
            if sizes.get(officer or 0)
        ]

    def _tally_segments(self, session: Session, order: _Order) -> list[_Segment]:
        counts = self._grouped(session, order.group)
        if order.group == "officer":
            rank = {o or 0: i for i, o in enumerate(officer_groups(session))}
            group_key: Any = lambda g: rank.get(g, len(rank))  # noqa: E731
        else:
            group_key = lambda g: (g or "").encode("utf-8")  # noqa: E731
        keys = sorted(counts, key=lambda k: (group_key(k[0]), k[1]))
        if self.descending:
            keys.reverse()
        # A sparse list (read by month because its filters' indexes are big): the most
        # selective filter's index, whatever the group; otherwise the group's own index.
        sparse = self.plan.endswith("by month")
        index = self._time_index(session, None if sparse else order.group)

        def conditions(group: Any, month: str) -> list[Any]:
            conds = list(self._conds)
            if order.group == "officer":
                conds.append(_officer_condition(group))
            elif order.group is not None:
                conds.append(_SORT_COLUMN[self.sort_key] == group)
            conds.append(Request.received_at >= tally.month_start(month))
            conds.append(Request.received_at < tally.month_start(tally.next_month(month)))
            return conds

        return [_Segment(counts[key], index, lambda key=key: conditions(*key)) for key in keys]

    def _bucket_segments(self, session: Session, order: _Order) -> list[_Segment]:
        assert order.bucket is not None
        buckets = self._bucket_counts(session, order.bucket)
        sort_column = _SORT_COLUMN[self.sort_key]
        index = self._sort_index(session)
        kind = order.bucket

        def conditions(bucket: str, following: str | None) -> list[Any]:
            return [*self._conds, tally.bucket_range(sort_column, kind, bucket, following)]

        def onwards(bucket: str, following: str | None) -> Any:
            low, high = tally.bucket_bounds(kind, bucket, following)
            if not self.descending:
                return sort_column >= low
            return sort_column < high if high is not None else true()

        segments = []
        for position, (bucket, n) in enumerate(buckets):
            following = buckets[position + 1][0] if position + 1 < len(buckets) else None
            segments.append(
                _Segment(
                    n,
                    index,
                    lambda b=bucket, f=following: conditions(b, f),
                    onwards=lambda b=bucket, f=following: onwards(b, f),
                )
            )
        if self.descending:
            segments.reverse()
        return segments

    # --- rows ---------------------------------------------------------------------------------

    def ids(self, offset: int = 0, limit: int | None = None) -> list[int]:
        """The ids at list positions ``offset`` … ``offset + limit - 1`` (fewer at the end)."""
        audit.require(self.db, self.actor, Permission.REQUESTS_VIEW, "requests.list")
        total = self.count()
        if limit is None:
            limit = total
        limit = max(0, min(limit, total - offset))
        found: list[int] = []
        if not limit:
            return found
        if self.take_gathered():
            assert self._gathered is not None
            return self._gathered[offset : offset + limit].tolist()
        if self._interim is not None and self._far(offset, limit, total):
            return self._interim[offset : offset + limit].tolist()
        if self._ahead is not None and self._far(offset, limit, total):
            waited = self._ahead.wait()  # None: not begun (taken here) or failed
            if waited is not None and self._ahead_stale:
                self._interim = waited  # read before the change: this list reads its own
                self._ahead, self._ahead_stale = None, False
                return waited[offset : offset + limit].tolist()
            self._gathered = waited
            if self._gathered is not None:
                return self._gathered[offset : offset + limit].tolist()
        with self.db.read() as session:
            segments = self._segments_of(session)
            if self._placement == "gather" and self._far(offset, limit, total):
                self._index = self._filter_index(session)
                self._gather(session)
                assert self._gathered is not None
                return self._gathered[offset : offset + limit].tolist()
            position = offset
            index = self._segment_at(segments, position)
            while len(found) < limit and index < len(segments):
                segment = segments[index]
                take = min(limit - len(found), segment.start + segment.count - position)
                rows = self._fetch(session, segment, position, take)
                found.extend(row[0] for row in rows)
                if len(rows) < take:  # the data changed since the count: next segment
                    position = segment.start + segment.count
                else:
                    position += take
                index += 1 if position >= segment.start + segment.count else 0
                if len(found) < limit and index < len(segments) and found:
                    following = segments[index]
                    if following.onwards is not None and position == following.start:
                        # The rest of the page from the next buckets on, in one statement
                        # (a sparse list has a few rows in each of many buckets).
                        rows = self._onwards(session, following, limit - len(found))
                        if rows:
                            self._remember(position, rows[0])
                            self._remember(position + len(rows) - 1, rows[-1])
                        found.extend(row[0] for row in rows)
                        break
        return found

    def _onwards(self, session: Session, segment: _Segment, take: int) -> list[Any]:
        """``take`` rows from the start of bucket ``segment`` on, through later buckets."""
        where = [*self._conds, segment.onwards()]
        order = ORDERS[self.sort_key]
        rows: list[Any] = self._walk(session, where, order, self.descending, take, 0, segment.index)
        return rows

    def _far(self, offset: int, limit: int, total: int) -> bool:
        """Rows a walk would reach only by stepping through many: not near either end, nor
        next to a page already read (whose keys continue it)."""
        end = offset + limit
        if offset <= _NEAR or total - end <= _NEAR:
            return False
        return offset - 1 not in self._keys and end not in self._keys

    @staticmethod
    def _segment_at(segments: list[_Segment], position: int) -> int:
        low, high = 0, len(segments)
        while low < high:  # the last segment starting at or before ``position``
            middle = (low + high) // 2
            if segments[middle].start <= position:
                low = middle + 1
            else:
                high = middle
        index = max(low - 1, 0)
        while index < len(segments) and segments[index].count == 0:
            index += 1
        return index

    def _columns(self) -> tuple[Any, ...]:
        return ORDERS[self.sort_key].columns

    def _fetch(self, session: Session, segment: _Segment, position: int, take: int) -> list[Any]:
        """``take`` rows from list position ``position``, all inside ``segment``."""
        local = position - segment.start
        after = self._keys.get(position - 1) if local > 0 else None
        end = position + take
        before = self._keys.get(end) if end < segment.start + segment.count else None
        if after is not None:
            rows = self._query(session, segment, False, 0, take, after=after)
        elif before is not None:
            rows = self._query(session, segment, True, 0, take, before=before)[::-1]
        elif local <= segment.count - local - take:
            rows = self._query(session, segment, False, local, take)
        else:
            back = max(segment.count - local - take, 0)
            rows = self._query(session, segment, True, back, take)[::-1]
        if rows:
            self._remember(position, rows[0])
            self._remember(position + len(rows) - 1, rows[-1])
        return rows

    def _remember(self, position: int, row: Any) -> None:
        if len(self._keys) >= _ANCHORS:
            for stale in list(self._keys)[: _ANCHORS // 2]:
                del self._keys[stale]
        self._keys[position] = tuple(row[1:])

    def _query(
        self,
        session: Session,
        segment: _Segment,
        reverse: bool,
        offset: int,
        limit: int,
        *,
        after: tuple[Any, ...] | None = None,
        before: tuple[Any, ...] | None = None,
    ) -> list[Any]:
        """Rows (id, sort keys) of ``segment`` in list order (reversed if ``reverse``): from
        ``offset``, or just after the row whose keys are ``after`` / just before ``before``."""
        columns = self._columns()
        descending = self.descending != reverse
        where = list(segment.conds)
        for keys, later in ((after, True), (before, False)):
            if keys is None:
                continue
            bound = tuple_(
                *(bindparam(None, v, type_=c.type) for c, v in zip(columns, keys, strict=True))
            )
            # "later in list order": greater keys when ascending, smaller when descending.
            greater = later != self.descending
            where.append(tuple_(*columns) > bound if greater else tuple_(*columns) < bound)
        order = ORDERS[self.sort_key]
        rows: list[Any] = self._walk(
            session, where, order, descending, limit, offset, segment.index
        )
        return rows

    def _walk(
        self,
        session: Session,
        conds: list[Any],
        order: _Order,
        descending: bool,
        limit: int,
        offset: int = 0,
        index: str | None = None,
    ) -> Any:
        keys = [unindexed(c) if self._small else c for c in order.columns]
        query = (
            select(Request.id, *order.columns)
            .where(*conds)
            .order_by(*(k.desc() if descending else k.asc() for k in keys))
            .limit(limit)
        )
        if offset:
            query = query.offset(offset)
        return session.execute(hinted(query, index if index is not None else self._index)).all()


def list_ids(
    db: Database,
    actor: Actor,
    flt: Any = None,
    sort_key: str = "received_at",
    descending: bool = True,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of the matching requests in display order (ties by time received, then id)."""
    return RequestList(db, actor, flt, sort_key, descending).ids(offset, limit)


def count_ids(db: Database, actor: Actor, flt: Any = None) -> int:
    """How many rows the list has (a name search matching very many: ``NAME_CAP``)."""
    return RequestList(db, actor, flt).count()
