"""The office clock: the time and the day at the office, whatever zone the PC is set to.

An office is in WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9) — the setting ``office_timezone``.
None of them has daylight saving, so fixed offsets serve and no tz database is needed (Windows
has none unless ``tzdata`` is bundled). Every date recorded or printed goes through here:
tickets, due dates, register entries and their year, reports, receipts, exports, backup names
and the times the windows show. The database keeps UTC; only the office day and the printed
time depend on the zone.

The zone is the process's: :func:`use_zone_of` reads it when a database is opened
(``schema.open_database``) and :func:`use_zone` applies a change the moment it is saved. Another
PC picks up a change at its next start.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Database

ZONES: dict[str, timezone] = {
    name: timezone(timedelta(hours=hours), name)
    for name, hours in (("WIB", 7), ("WITA", 8), ("WIT", 9))
}
DEFAULT_ZONE = "WIB"
_office: timezone = ZONES[DEFAULT_ZONE]


def use_zone(name: str) -> None:
    """Make ``name`` (WIB, WITA or WIT) the office zone of this process."""
    global _office
    _office = ZONES[name]


def use_zone_of(db: Database) -> None:
    """The zone stored in ``db``'s settings (WIB if never set)."""
    from . import options, settings

    use_zone(settings.get(db, options.OFFICE_TIMEZONE))


def office_tz() -> timezone:
    return _office


def zone_name() -> str:
    """``WIB``, ``WITA`` or ``WIT``: printed after every time."""
    return _office.tzname(None) or DEFAULT_ZONE


def now() -> datetime:
    """This moment, aware, in UTC (what the database stores)."""
    return datetime.now(UTC)


def office_now() -> datetime:
    """This moment in office time."""
    return now().astimezone(_office)


def today() -> date:
    """The office's calendar day now."""
    return office_now().date()


def to_office(moment: datetime) -> datetime:
    """A moment (aware; naive ones are UTC, as the database gives them) in office time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(_office)


def office_date(moment: datetime) -> date:
    """The office calendar day of a moment (a request's received day, a register entry's day)."""
    return to_office(moment).date()


def at_office(day: date, clock_time: time = time(0)) -> datetime:
    """``day`` at ``clock_time`` office time, as an aware UTC datetime."""
    return datetime.combine(day, clock_time, _office).astimezone(UTC)


def from_office_wall(moment: datetime) -> datetime:
    """A wall-clock time typed or imported at the office (naive) as an aware UTC datetime;
    an aware one is only converted."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_office)
    return moment.astimezone(UTC)


def day_start(day: date) -> datetime:
    """00:00 office time of ``day`` as an aware UTC datetime (date-range filters)."""
    return at_office(day)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """[start, end) of the office day ``day`` as aware UTC datetimes."""
    start = day_start(day)
    return start, start + timedelta(days=1)


def stamp(moment: datetime | None = None) -> str:
    """``20261128-143005`` in office time: file names (backups) that show when they were made."""
    return to_office(moment or now()).strftime("%Y%m%d-%H%M%S")
