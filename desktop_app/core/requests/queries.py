"""Queries behind the lazy request list: ids first (filtered and sorted in SQL), row data on
demand, queue counters and the one-box search.

The GUI's table model asks ``count_ids`` for its row count and ``list_ids(limit=…, offset=…)``
for pages of ids (``canFetchMore``/``fetchMore``), then ``fetch_rows`` for the visible ids.
``list_ids`` without ``limit`` returns every matching id (fine for tens of thousands of rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from desktop_app.core import audit, clock
from desktop_app.core.db import Database
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _
from desktop_app.core.models import Request, Service, User
from desktop_app.core.security import Actor, Permission

from .common import CLOSED_STATUSES, OPEN_STATUSES, fold_name

QUEUES = ("baru", "diproses", "menunggu_berkas", "overdue", "mine", "done_today")
QUEUE_LABELS = {
    "baru": "Baru",
    "diproses": "Diproses",
    "menunggu_berkas": "Menunggu berkas",
    "overdue": "Lewat tenggat",
    "mine": "Tugas saya",
    "done_today": "Selesai hari ini",
}
SORT_KEYS = (
    "received_at", "due_at", "ticket", "name", "service", "status", "channel", "officer", "nik",
)  # fmt: skip

_TICKET = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,15}-\d{6}-\d{4,}$")
_PHONEISH = re.compile(r"^\+?[\d\s().\-]{8,20}$")


@dataclass(frozen=True)
class RequestFilter:
    """What the list shows. Empty tuples / None mean "no restriction"."""

    date_from: date | None = None  # received on or after this office day
    date_to: date | None = None  # received on or before this office day
    statuses: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    officer_id: int | None = None  # assigned_to
    queue: str | None = None  # one of QUEUES
    text: str = ""  # the search box (see ``parse_search``)


@dataclass(frozen=True)
class RequestRow:
    """One line of the request list (display fields only)."""

    id: int
    ticket: str
    received_at: datetime
    channel: str
    service_code: str
    service_name: str
    name: str
    nik: str
    nik_masked: str
    phone: str | None
    status: str
    due_at: datetime
    overdue: bool
    assigned_to: int | None
    officer_name: str
    closed_at: datetime | None
    external_ref: str | None
    version: int


@dataclass(frozen=True)
class SearchTerms:
    """How the search box was understood: one exact key, or a name part."""

    kind: str  # "" (empty) | ticket | nik_kk | phone | ref | name
    value: str
    also_ref: bool = field(default=False)


_CONTROL_TO_SPACE = {c: " " for c in [*range(32), *range(127, 160)]}


def parse_search(raw: str) -> SearchTerms:
    """Ticket, NIK/KK and phone match EXACTLY after normalizing (``3216 0645 …``,
    ``0812-8877-1203``, ``kk-261128-7``); anything else is a part of a name (any case/accent),
    and a single word with digits is also tried as an e-SIAK/WhatsApp reference."""
    from desktop_app.core.identity import clean_number, normalize_phone

    # Control characters (NUL from a pasted cell) would break the FTS and PostgreSQL queries.
    text_ = " ".join(str(raw or "").translate(_CONTROL_TO_SPACE).split())
    if not text_:
        return SearchTerms("", "")
    if _TICKET.match(text_):
        code, day, seq = text_.upper().split("-")
        return SearchTerms("ticket", f"{code}-{day}-{int(seq):04d}")
    digits = clean_number(text_)
    if digits.isdigit() and len(digits) == 16:
        return SearchTerms("nik_kk", digits)
    if _PHONEISH.match(text_):
        try:
            return SearchTerms("phone", normalize_phone(text_).e164)
        except ValidationError:
            pass
    if any(c.isdigit() for c in text_) and " " not in text_:
        return SearchTerms("ref", text_)
    return SearchTerms("name", fold_name(text_))


def _fts_phrase(folded: str) -> str:
    return '"' + folded.replace('"', '""') + '"'


def _like_pattern(folded: str) -> str:
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _search_clause(session: Session, terms: SearchTerms) -> ColumnElement[bool] | None:
    if terms.kind == "":
        return None
    if terms.kind == "ticket":
        return Request.ticket == terms.value
    if terms.kind == "nik_kk":
        return or_(Request.nik == terms.value, Request.kk == terms.value)
    if terms.kind == "phone":
        return Request.phone == terms.value
    if terms.kind == "ref":
        return Request.external_ref == terms.value
    folded = terms.value
    if session.get_bind().dialect.name == "sqlite" and len(folded) >= 3:
        # The trigram index finds any part of the name; shorter parts need a scan.
        return Request.id.in_(
            select(literal_column("rowid"))
            .select_from(text("requests_fts"))
            .where(text("requests_fts MATCH :fts").bindparams(fts=_fts_phrase(folded)))
        )
    return Request.name_folded.like(_like_pattern(folded), escape="\\")


def _where(session: Session, actor: Actor, flt: RequestFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.date_from is not None:
        conds.append(Request.received_at >= clock.day_start(flt.date_from))
    if flt.date_to is not None:
        conds.append(Request.received_at < clock.day_start(flt.date_to + timedelta(days=1)))
    if flt.statuses:
        conds.append(Request.status.in_(flt.statuses))
    if flt.services:
        conds.append(Request.service_code.in_([s.upper() for s in flt.services]))
    if flt.channels:
        conds.append(Request.channel.in_(flt.channels))
    if flt.officer_id is not None:
        conds.append(Request.assigned_to == flt.officer_id)
    conds.extend(_queue_clause(flt.queue, actor))
    clause = _search_clause(session, parse_search(flt.text))
    if clause is not None:
        conds.append(clause)
    return conds


def _queue_clause(queue: str | None, actor: Actor) -> list[ColumnElement[bool]]:
    now = datetime.now(UTC)
    if queue in (None, "", "all"):
        return []
    if queue in ("baru", "diproses", "menunggu_berkas"):
        return [Request.status == queue]
    if queue == "overdue":
        return [Request.status.in_(OPEN_STATUSES), Request.due_at < now]
    if queue == "mine":
        return [Request.assigned_to == actor.user_id, Request.status.in_(OPEN_STATUSES)]
    if queue == "done_today":
        today = clock.office_date(now)
        return [
            Request.closed_at >= clock.day_start(today),
            Request.status.in_(CLOSED_STATUSES),
        ]
    raise ValueError(f"unknown queue {queue!r}")


SMALL_LIST = 20_000  # at most this many matches: sort them in memory rather than walk an index


def _unindexed(column: Any) -> Any:
    """``column`` as an expression no index serves: makes SQLite's planner fetch a few
    matching rows by the WHERE index and sort them, instead of walking the ORDER BY index
    (or the table) through a million rows that mostly fail the filter."""
    return func.coalesce(column, column)


def _size_at_most(session: Session, query: Select, cap: int) -> int:  # type: ignore[type-arg]
    """How many rows ``query`` returns, counting no further than ``cap + 1`` (cheap)."""
    capped = query.order_by(None).limit(cap + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(capped)) or 0)


def _sorted(query: Select, sort_key: str, descending: bool, small: bool = False) -> Select:  # type: ignore[type-arg]
    """ORDER BY for one sort key; "officer" is paged by :func:`_officer_page` instead.
    ``small``: the matches are few (see :data:`SMALL_LIST`), sort them without an index."""
    columns: dict[str, Any] = {
        "received_at": Request.received_at,
        "due_at": Request.due_at,
        "ticket": Request.ticket,
        "name": Request.name_folded,
        "service": Request.service_code,
        "status": Request.status,
        "channel": Request.channel,
        "nik": Request.nik,
    }
    if sort_key not in columns:
        raise ValueError(f"unknown sort key {sort_key!r}")
    # Status ties by time received: the (status, received_at) index then serves the whole
    # order, so a page deep in a million rows is an index walk, not a sort.
    keys = [columns[sort_key], Request.received_at] if sort_key == "status" else [columns[sort_key]]
    keys.append(Request.id)
    if small:
        keys = [_unindexed(key) for key in keys]
    return query.order_by(*(key.desc() if descending else key.asc() for key in keys))


def list_ids(
    db: Database,
    actor: Actor,
    flt: RequestFilter | None = None,
    sort_key: str = "received_at",
    descending: bool = True,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids of the matching requests in display order (ties broken by id; for "status" by
    time received, then id)."""
    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.list")
    flt = flt or RequestFilter()
    with db.read() as session:
        where = _where(session, actor, flt)
        if sort_key == "officer":
            return _officer_page(session, where, descending, limit, offset)
        matching = select(Request.id).where(*where)
        small = bool(where) and _size_at_most(session, matching, SMALL_LIST) <= SMALL_LIST
        query = _sorted(matching, sort_key, descending, small)
        if limit is not None:
            query = query.limit(limit).offset(offset)
        elif offset:
            query = query.offset(offset)
        return list(session.scalars(query))


def officer_groups(session: Session, descending: bool = False) -> list[int | None]:
    """Officer ids in the order of their names (ties by id), unassigned (None) last; the
    whole list reversed for a descending sort. The users table is tiny."""
    groups: list[int | None] = list(
        session.scalars(select(User.id).order_by(User.full_name, User.id))
    )
    groups.append(None)
    return groups[::-1] if descending else groups


def officer_group_query(
    where: list[Any], officer_id: int | None, descending: bool, small: bool = False
) -> Select:  # type: ignore[type-arg]
    """The matching requests of one officer (or the unassigned ones) by id: served by the index
    on ``assigned_to``, where a join to ``users`` for the name would sort every row. ``small``:
    the group is small, so its rows are found by that index and sorted, not by a walk through
    the whole table in id order."""
    assigned = (
        Request.assigned_to.is_(None) if officer_id is None else Request.assigned_to == officer_id
    )
    key = _unindexed(Request.id) if small else Request.id
    return select(Request.id).where(*where, assigned).order_by(key.desc() if descending else key)


def _officer_page(
    session: Session, where: list[Any], descending: bool, limit: int | None, offset: int
) -> list[int]:
    """A page of "sort by officer": officer by officer in name order, each one's requests by
    id, until the page is full. Groups wholly before ``offset`` are only counted."""
    ids: list[int] = []
    skip = offset
    for officer_id in officer_groups(session, descending):
        query = officer_group_query(where, officer_id, descending)
        if skip:  # the exact size: whole groups before the offset are skipped by count
            size = _size_at_most(session, query, skip)
            if size <= skip:
                skip -= size
                continue
        if skip < SMALL_LIST:  # else the group is bigger than the offset, so not small
            size = _size_at_most(session, query, SMALL_LIST)
        query = officer_group_query(where, officer_id, descending, size <= SMALL_LIST)
        if skip:
            query = query.offset(skip)
            skip = 0
        if limit is not None:
            query = query.limit(limit - len(ids))
        ids += session.scalars(query)
        if limit is not None and len(ids) >= limit:
            break
    return ids


def count_ids(db: Database, actor: Actor, flt: RequestFilter | None = None) -> int:
    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.list")
    flt = flt or RequestFilter()
    with db.read() as session:
        query = select(func.count()).select_from(Request).where(*_where(session, actor, flt))
        return int(session.scalar(query) or 0)


def search(db: Database, actor: Actor, text_: str, limit: int = 200) -> list[int]:
    """The one search box on its own: ids of matching requests, newest first."""
    return list_ids(db, actor, RequestFilter(text=text_), limit=limit)


def fetch_rows(db: Database, actor: Actor, ids: list[int]) -> list[RequestRow]:
    """Display rows for ``ids`` in the same order (ids that vanished are left out).

    Checked again although the ids come from ``list_ids``: the list fetches pages long after
    it was listed, and a user disabled meanwhile must see no more rows.
    """
    from desktop_app.core.identity import mask_nik

    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.list")
    if not ids:
        return []
    now = datetime.now(UTC)
    officer = aliased(User)
    rows: dict[int, RequestRow] = {}
    with db.read() as session:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = (
                select(
                    Request.id,
                    Request.ticket,
                    Request.received_at,
                    Request.channel,
                    Request.service_code,
                    Service.name,
                    Request.name,
                    Request.nik,
                    Request.phone,
                    Request.status,
                    Request.due_at,
                    Request.assigned_to,
                    officer.full_name,
                    Request.closed_at,
                    Request.external_ref,
                    Request.version,
                )  # fmt: skip
                .join(Service, Service.code == Request.service_code)
                .outerjoin(officer, officer.id == Request.assigned_to)
                .where(Request.id.in_(chunk))
            )
            for r in session.execute(query):
                rows[r[0]] = RequestRow(
                    id=r[0], ticket=r[1], received_at=r[2], channel=r[3], service_code=r[4],
                    service_name=r[5], name=r[6], nik=r[7], nik_masked=mask_nik(r[7]),
                    phone=r[8], status=r[9], due_at=r[10],
                    overdue=r[9] in OPEN_STATUSES and now > r[10], assigned_to=r[11],
                    officer_name=r[12] or "", closed_at=r[13], external_ref=r[14], version=r[15],
                )  # fmt: skip
    return [rows[i] for i in ids if i in rows]


def queue_counts(db: Database, actor: Actor) -> dict[str, int]:
    """Badge numbers for the queue tabs, keyed by ``QUEUES``."""
    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.list")
    counts: dict[str, int] = {}
    with db.read() as session:
        for status, n in session.execute(
            select(Request.status, func.count())
            .where(Request.status.in_(OPEN_STATUSES))
            .group_by(Request.status)
        ):
            counts[status] = int(n)
        for queue in ("overdue", "mine", "done_today"):
            query = select(func.count()).select_from(Request).where(*_queue_clause(queue, actor))
            counts[queue] = int(session.scalar(query) or 0)
    return {q: counts.get(q, 0) for q in QUEUES}


def queue_label(queue: str) -> str:
    return _(QUEUE_LABELS.get(queue, queue))
