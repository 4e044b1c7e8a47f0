"""What the request list shows: the filter, the one search box, row data for visible ids and
the queue counters. Listing ids in order at any size is ``listing.RequestList``; the table model
asks it for its row count and pages of ids, then ``fetch_rows`` for the rows on screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import aliased

from desktop_app.core import audit
from desktop_app.core.db import Database
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _
from desktop_app.core.models import Request, Service, User
from desktop_app.core.security import Actor, Permission

from .common import OPEN_STATUSES, fold_name
from .listing import RequestList

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


def search(db: Database, actor: Actor, text_: str, limit: int = 200) -> list[int]:
    """The one search box on its own: ids of matching requests, newest first."""
    return RequestList(db, actor, RequestFilter(text=text_)).ids(0, limit)


def _rows_query() -> Select:  # type: ignore[type-arg]
    officer = aliased(User)
    return (
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
        .where(Request.id.in_(bindparam("ids", expanding=True)))
    )


# Built once: a page of rows is read for every 200 rows scrolled (and compiled from cache).
_ROWS_QUERY = _rows_query()


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
    rows: dict[int, RequestRow] = {}
    with db.read() as session:
        for start in range(0, len(ids), 500):
            query = _ROWS_QUERY
            params = {"ids": ids[start : start + 500]}
            for r in session.execute(query, params):
                rows[r[0]] = RequestRow(
                    id=r[0], ticket=r[1], received_at=r[2], channel=r[3], service_code=r[4],
                    service_name=r[5], name=r[6], nik=r[7], nik_masked=mask_nik(r[7]),
                    phone=r[8], status=r[9], due_at=r[10],
                    overdue=r[9] in OPEN_STATUSES and now > r[10], assigned_to=r[11],
                    officer_name=r[12] or "", closed_at=r[13], external_ref=r[14], version=r[15],
                )  # fmt: skip
    return [rows[i] for i in ids if i in rows]


def queue_counts(db: Database, actor: Actor) -> dict[str, int]:
    """Badge numbers for the queue tabs, keyed by ``QUEUES`` (from the tally where it can)."""
    audit.require(db, actor, Permission.REQUESTS_VIEW, "requests.list")
    return {q: RequestList(db, actor, RequestFilter(queue=q)).count() for q in QUEUES}


def queue_label(queue: str) -> str:
    return _(QUEUE_LABELS.get(queue, queue))
