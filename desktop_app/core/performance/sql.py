"""SQL helpers of the performance report: the office-local day of a UTC timestamp, as a day
number (days since 1970-01-01), computed by the database so a month of a million requests is
grouped there and never loaded row by row.

SQLite stores SQLAlchemy's DateTime as ``YYYY-MM-DD HH:MM:SS.ffffff`` text (naive UTC);
PostgreSQL as ``timestamp without time zone`` (naive UTC). Both give seconds since the epoch,
to which the office's UTC offset is added before dividing by a day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Integer, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

EPOCH = date(1970, 1, 1)
DAY_SECONDS = 86_400


class local_day(FunctionElement[int]):  # noqa: N801 - reads as an SQL function
    """``local_day(column, offset_seconds)``: the office-local day number of a UTC timestamp."""

    type = Integer()
    inherit_cache = True
    name = "local_day"


def local_day_of(column: Any, offset_seconds: int) -> local_day:
    # The offset is an int the code chose (never user text): inlined, so SQLite can group by the
    # expression and PostgreSQL sees one expression in SELECT and GROUP BY.
    return local_day(column, literal_column(str(int(offset_seconds))))


@compiles(local_day, "sqlite")
def _local_day_sqlite(element: local_day, compiler: Any, **kw: Any) -> str:
    # From the stored text, exactly as the daily summary compares times: the UTC date's day
    # number, plus one when the UTC time of day is at or after the office's midnight (17:00:00
    # for UTC+7). SQLite's date functions round to whole milliseconds, which would move a
    # request made in the last half millisecond of a day to the next one.
    column, offset = list(element.clauses)
    col = compiler.process(column, **kw)
    seconds = int(offset.name)  # the literal_column of local_day_of (part of the cache key)
    if not 0 <= seconds < DAY_SECONDS:
        raise ValueError(f"office UTC offset {seconds} s is outside 0..24 h")
    cut = f"{(DAY_SECONDS - seconds) // 3600 % 24:02d}:{(DAY_SECONDS - seconds) // 60 % 60:02d}"
    cut += f":{(DAY_SECONDS - seconds) % 60:02d}"
    if seconds == 0:
        return f"CAST(julianday(substr({col}, 1, 10)) - 2440587.5 AS INTEGER)"
    return (
        f"(CAST(julianday(substr({col}, 1, 10)) - 2440587.5 AS INTEGER)"
        f" + (substr({col}, 12) >= '{cut}'))"
    )


@compiles(local_day)
def _local_day_default(element: local_day, compiler: Any, **kw: Any) -> str:
    column, offset = list(element.clauses)
    col = compiler.process(column, **kw)
    off = compiler.process(offset, **kw)
    return f"CAST(floor((extract(epoch from {col}) + {off}) / {DAY_SECONDS}) AS INTEGER)"


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_of_number(number: int) -> date:
    return EPOCH + timedelta(days=int(number))
