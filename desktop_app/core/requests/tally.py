"""Counts kept beside the requests, so a list of ten million rows is counted and placed without
counting ten million rows.

``request_tally`` holds how many requests there are per received month (UTC ``YYYY-MM``),
status, service, channel and officer (0: unassigned); ``request_sort_buckets`` how many per
status, service and channel fall in each bucket of the sorts the tally cannot place (name, due
date, NIK, ticket), and ``request_officer_buckets`` per officer and status. Triggers
(migrations 0009, 0014 and 0015) keep them in the transaction that changes ``requests``. A
bulk insert switches the triggers off for its own transaction (:func:`suspend`) and adds its
rows' counts in one statement (:func:`resume`). Why the design: ``docs/indexes.md``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, case, func, select, text
from sqlalchemy.orm import Session

from desktop_app.core.models import (
    Request,
    RequestOfficerBucket,
    RequestSortBucket,
    RequestTally,
)

# The bucket of each sort key, as SQL over a row of ``requests`` (the same expressions as the
# triggers of migration 0014; the migration keeps its own copy, as migrations must).
_BUCKET_SQL = {
    "sqlite": {
        "month": "substr(received_at, 1, 7)",
        "due": "substr(due_at, 1, 7)",
        "name": "substr(name_folded, 1, 2)",
        "nik": "substr(nik, 1, 7)",
        "ticket": "substr(ticket, 1, instr(ticket, '-') + 4)",
    },
    "postgresql": {
        "month": "to_char(received_at, 'YYYY-MM')",
        "due": "to_char(due_at, 'YYYY-MM')",
        "name": "substr(name_folded, 1, 2)",
        "nik": "substr(nik, 1, 7)",
        "ticket": "substr(ticket, 1, strpos(ticket, '-') + 4)",
    },
}
BUCKET_KEYS = ("due", "name", "nik", "ticket")
_BUCKET_KEY = "status, service_code, channel"  # what a bucket is counted by, beside its sort key
TRIGGER_PREFIX = "requests_"  # SQLite: every trigger on ``requests`` (name search and tallies)


def month_of(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m")


def month_start(month: str) -> datetime:
    return datetime(int(month[:4]), int(month[5:7]), 1, tzinfo=UTC)


def next_month(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


@dataclass(frozen=True)
class TallyFilter:
    """A list filter the tally can count: each field None (any) or the allowed values; officer
    0 is "unassigned"; ``start``/``end`` a half-open UTC range of ``received_at``."""

    statuses: frozenset[str] | None = None
    services: frozenset[str] | None = None
    channels: frozenset[str] | None = None
    officers: frozenset[int] | None = None
    start: datetime | None = None
    end: datetime | None = None

    @property
    def bucketed(self) -> bool:
        """The sort buckets count it too: only statuses, services and channels restricted
        (``request_sort_buckets``), or only an officer and statuses
        (``request_officer_buckets``)."""
        if self.start is not None or self.end is not None:
            return False
        return self.officers is None or (self.services is None and self.channels is None)

    def single(self, dimension: str) -> bool:
        """Exactly one value allowed for ``dimension`` (an index on it then keeps time order)."""
        values = {"status": self.statuses, "service_code": self.services,
                  "channel": self.channels, "officer": self.officers}[dimension]  # fmt: skip
        return values is not None and len(values) == 1

    def conditions(self) -> list[Any]:
        """The same filter as SQL over ``requests``."""
        conds: list[Any] = []
        if self.statuses is not None:
            conds.append(Request.status.in_(sorted(self.statuses)))
        if self.services is not None:
            conds.append(Request.service_code.in_(sorted(self.services)))
        if self.channels is not None:
            conds.append(Request.channel.in_(sorted(self.channels)))
        if self.officers is not None:
            named = Request.assigned_to.in_(sorted(o for o in self.officers if o))
            conds.append(named | Request.assigned_to.is_(None) if 0 in self.officers else named)
        if self.start is not None:
            conds.append(Request.received_at >= self.start)
        if self.end is not None:
            conds.append(Request.received_at < self.end)
        return conds

    def _tally_conditions(self) -> list[Any]:
        conds: list[Any] = [RequestTally.n != 0]
        for values, column in (
            (self.statuses, RequestTally.status),
            (self.services, RequestTally.service_code),
            (self.channels, RequestTally.channel),
            (self.officers, RequestTally.officer),
        ):
            if values is not None:
                conds.append(column.in_(sorted(values)))
        return conds


_GROUP_COLUMNS = {
    "status": (RequestTally.status, Request.status),
    "service_code": (RequestTally.service_code, Request.service_code),
    "channel": (RequestTally.channel, Request.channel),
    "officer": (RequestTally.officer, func.coalesce(Request.assigned_to, 0)),
}


def grouped(session: Session, flt: TallyFilter, group: str | None) -> dict[tuple[Any, str], int]:
    """``{(group value or None, month): count}`` of the requests ``flt`` lets through, for
    every month with any. Months cut by the filter's date range are counted from the rows
    (two small index ranges); whole months come from the tally."""
    tally_group = _GROUP_COLUMNS[group][0] if group else None
    row_group = _GROUP_COLUMNS[group][1] if group else None
    conds = flt._tally_conditions()
    edges: list[str] = []
    if flt.start is not None:
        first = month_of(flt.start)
        if flt.start != month_start(first):
            edges.append(first)
            first = next_month(first)
        conds.append(RequestTally.month >= first)
    if flt.end is not None:
        last = month_of(flt.end)  # the month of the first excluded moment
        if flt.end != month_start(last):
            if last not in edges:
                edges.append(last)
        conds.append(RequestTally.month < last)
    counts: dict[tuple[Any, str], int] = defaultdict(int)
    columns = [tally_group] if tally_group is not None else []
    query = select(*columns, RequestTally.month, func.sum(RequestTally.n)).where(*conds)
    row: Any
    for row in session.execute(query.group_by(*columns, RequestTally.month)):
        key = (row[0] if tally_group is not None else None, str(row[-2]))
        counts[key] += int(row[-1])
    for month in edges:
        start, end = month_start(month), month_start(next_month(month))
        if flt.start is not None:
            start = max(start, flt.start)
        if flt.end is not None:
            end = min(end, flt.end)
        if start >= end:
            continue
        edge = TallyFilter(
            flt.statuses, flt.services, flt.channels, flt.officers, start=start, end=end
        )
        cols = [row_group] if row_group is not None else []
        query = select(*cols, func.count()).select_from(Request).where(*edge.conditions())
        for row in session.execute(query.group_by(*cols)):
            key = (row[0] if row_group is not None else None, month)
            counts[key] += int(row[-1])
    return {key: n for key, n in counts.items() if n > 0}


def dimension_sizes(session: Session, flt: TallyFilter) -> dict[str, int]:
    """For each dimension ``flt`` restricts, how many rows that restriction alone lets through
    (one pass over the tally): which index finds the fewest rows."""
    parts: dict[str, Any] = {}
    for name, values, column in (
        ("status", flt.statuses, RequestTally.status),
        ("service_code", flt.services, RequestTally.service_code),
        ("channel", flt.channels, RequestTally.channel),
        ("officer", flt.officers, RequestTally.officer),
    ):
        if values is not None:
            parts[name] = column.in_(sorted(values))
    if flt.start is not None or flt.end is not None:
        first = month_of(flt.start) if flt.start is not None else "0000-00"
        last = month_of(flt.end) if flt.end is not None else "9999-99"
        parts["received"] = and_(RequestTally.month >= first, RequestTally.month <= last)
    if not parts:
        return {}
    sums = [
        func.coalesce(func.sum(case((cond, RequestTally.n), else_=0)), 0) for cond in parts.values()
    ]
    row = session.execute(select(*sums)).one()
    return {name: int(value) for name, value in zip(parts, row, strict=True)}


def total(session: Session, flt: TallyFilter) -> int:
    return sum(grouped(session, flt, None).values())


def bucket_counts(session: Session, sort_key: str, flt: TallyFilter) -> list[tuple[str, int]]:
    """``[(bucket, count)]`` of one sort key for a ``bucketed`` filter, in byte order, empty
    buckets left out."""
    assert flt.bucketed
    table: Any = RequestSortBucket if flt.officers is None else RequestOfficerBucket
    conds = [table.sort_key == sort_key]
    restricted: list[tuple[frozenset[Any] | None, Any]]
    if flt.officers is None:
        restricted = [(flt.services, table.service_code), (flt.channels, table.channel)]
    else:
        restricted = [(flt.officers, table.officer)]
    for values, column in [(flt.statuses, table.status), *restricted]:
        if values is not None:
            conds.append(column.in_(sorted(values)))
    query = select(table.bucket, func.sum(table.n)).where(*conds).group_by(table.bucket)
    rows = [(str(b), int(n or 0)) for b, n in session.execute(query) if n]
    return sorted(rows, key=lambda r: r[0].encode("utf-8"))


def bucket_bounds(sort_key: str, bucket: str, following: str | None) -> tuple[Any, Any]:
    """The sort column's values where one bucket's rows start and the next non-empty bucket's
    start (None: the last bucket). Every row sorts at or after its own prefix and before the
    next one."""
    if sort_key == "due":
        return month_start(bucket), month_start(following) if following is not None else None
    return bucket, following


def bucket_range(column: Any, sort_key: str, bucket: str, following: str | None) -> Any:
    """The rows of one bucket as a range of the sort column (``bucket_bounds``)."""
    low, high = bucket_bounds(sort_key, bucket, following)
    return and_(column >= low, column < high) if high is not None else column >= low


# --- maintenance (bulk inserts, benchmarks, tests) -----------------------------------------------


def suspend(conn: Connection) -> list[str]:
    """Switch the per-row triggers off for the rest of this transaction (a bulk insert into
    ``requests`` follows). SQLite: the insert triggers are dropped (DDL is transactional; their
    SQL is returned for :func:`resume`); PostgreSQL: ``loket.bulk`` is set for the transaction,
    which the trigger function checks."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT set_config('loket.bulk', 'on', true)")
        return []
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'requests' "
        "AND sql LIKE '%AFTER INSERT%' ORDER BY name"
    ).all()
    for name, _sql in rows:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in rows]


def resume(conn: Connection, saved: list[str], after_id: int, batch: str | None = None) -> None:
    """Index and count the rows inserted since :func:`suspend` (``id > after_id``, and of
    ``batch`` when given: on PostgreSQL other counters may insert meanwhile, and their rows
    were counted by the trigger), then switch the triggers back on."""
    where = "id > :after" + (" AND import_batch = :batch" if batch is not None else "")
    params = {"after": after_id, "batch": batch}
    if any("requests_fts" in ddl for ddl in saved):
        conn.execute(
            text(
                "INSERT INTO requests_fts(rowid, name_folded) "
                f"SELECT id, name_folded FROM requests WHERE {where}"
            ),
            params,
        )
    _add_counts(conn, where, params)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT set_config('loket.bulk', 'off', true)")
    for ddl in saved:
        conn.exec_driver_sql(ddl)


def _add_counts(conn: Connection, where: str, params: dict[str, Any]) -> None:
    sql = _BUCKET_SQL[conn.dialect.name]
    key = f"{sql['month']}, status, service_code, channel, coalesce(assigned_to, 0)"
    upsert = " ON CONFLICT ({cols}) DO UPDATE SET n = {table}.n + excluded.n"
    conn.execute(
        text(
            "INSERT INTO request_tally (month, status, service_code, channel, officer, n) "
            f"SELECT {key}, count(*) FROM requests WHERE {where} GROUP BY {key} ORDER BY {key}"
            + upsert.format(
                cols="month, status, service_code, channel, officer", table="request_tally"
            )
        ),
        params,
    )
    # In the order the triggers take rows (PostgreSQL: ``requests_tally``, then
    # ``requests_tally_officers``), each table's rows in key order: a trigger of another
    # writer never waits for a row this one holds while holding one it waits for.
    for sort_key in BUCKET_KEYS:
        bucket = sql[sort_key]
        conn.execute(
            text(
                f"INSERT INTO request_sort_buckets (sort_key, bucket, {_BUCKET_KEY}, n) "
                f"SELECT '{sort_key}', {bucket}, {_BUCKET_KEY}, count(*) FROM requests "
                f"WHERE {where} GROUP BY {bucket}, {_BUCKET_KEY} "
                f"ORDER BY {bucket}, {_BUCKET_KEY}"
                + upsert.format(
                    cols=f"sort_key, bucket, {_BUCKET_KEY}", table="request_sort_buckets"
                )
            ),
            params,
        )
    officer = "coalesce(assigned_to, 0)"
    for sort_key in BUCKET_KEYS:
        bucket = sql[sort_key]
        conn.execute(
            text(
                "INSERT INTO request_officer_buckets (sort_key, officer, bucket, status, n) "
                f"SELECT '{sort_key}', {officer}, {bucket}, status, count(*) FROM requests "
                f"WHERE {where} GROUP BY {officer}, {bucket}, status "
                f"ORDER BY {officer}, {bucket}, status"
                + upsert.format(
                    cols="sort_key, officer, bucket, status", table="request_officer_buckets"
                )
            ),
            params,
        )


def rebuild(conn: Connection) -> None:
    """Count every row again (after a load that bypassed the triggers, e.g. a benchmark's)."""
    conn.exec_driver_sql("DELETE FROM request_tally")
    conn.exec_driver_sql("DELETE FROM request_sort_buckets")
    conn.exec_driver_sql("DELETE FROM request_officer_buckets")
    _add_counts(conn, "1 = 1", {})


def mismatches(conn: Connection) -> list[tuple[Any, ...]]:
    """Tally rows that disagree with the requests themselves (tests; empty when all is well)."""
    sql = _BUCKET_SQL[conn.dialect.name]
    key = f"{sql['month']}, status, service_code, channel, coalesce(assigned_to, 0)"
    actual = {
        tuple(r[:-1]): r[-1]
        for r in conn.exec_driver_sql(f"SELECT {key}, count(*) FROM requests GROUP BY {key}")
    }
    kept = {
        tuple(r[:-1]): r[-1]
        for r in conn.exec_driver_sql(
            "SELECT month, status, service_code, channel, officer, n FROM request_tally "
            "WHERE n <> 0"
        )
    }
    for sort_key in BUCKET_KEYS:
        bucket = sql[sort_key]
        for r in conn.exec_driver_sql(
            f"SELECT {bucket}, {_BUCKET_KEY}, count(*) FROM requests "
            f"GROUP BY {bucket}, {_BUCKET_KEY}"
        ):
            actual[(sort_key, *r[:-1])] = r[-1]
        for r in conn.exec_driver_sql(
            f"SELECT bucket, {_BUCKET_KEY}, n FROM request_sort_buckets WHERE sort_key = "
            f"'{sort_key}' AND n <> 0"
        ):
            kept[(sort_key, *r[:-1])] = r[-1]
        officer = "coalesce(assigned_to, 0)"
        for r in conn.exec_driver_sql(
            f"SELECT {officer}, {bucket}, status, count(*) FROM requests "
            f"GROUP BY {officer}, {bucket}, status"
        ):
            actual[("officer", sort_key, *r[:-1])] = r[-1]
        for r in conn.exec_driver_sql(
            "SELECT officer, bucket, status, n FROM request_officer_buckets WHERE sort_key = "
            f"'{sort_key}' AND n <> 0"
        ):
            kept[("officer", sort_key, *r[:-1])] = r[-1]
    return sorted(
        (key, actual.get(key, 0), kept.get(key, 0))
        for key in set(actual) | set(kept)
        if actual.get(key, 0) != kept.get(key, 0)
    )
