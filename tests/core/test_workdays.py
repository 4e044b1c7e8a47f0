"""Due dates: end of the N-th working day after the received day, in WIB, stored as UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.core import clock, workdays
from desktop_app.core.clock import ZONES

WIB = ZONES["WIB"]


def wib(*args: int) -> datetime:
    return datetime(*args, tzinfo=WIB)


def test_friday_target_one_is_due_monday_end_of_day():
    due = workdays.due_at(wib(2026, 11, 27, 9, 15), 1, frozenset())  # Friday
    assert due == wib(2026, 11, 30, 23, 59, 59)  # Monday
    assert due.tzinfo == UTC and due.hour == 16  # 23:59:59 WIB = 16:59:59 UTC


def test_weekend_and_holidays_are_skipped():
    holidays = frozenset({date(2026, 11, 30), date(2026, 12, 1)})
    due = workdays.due_at(wib(2026, 11, 28, 10, 0), 1, holidays)  # Saturday
    assert due.astimezone(WIB).date() == date(2026, 12, 2)


def test_received_day_is_the_wib_date_not_the_utc_date():
    # 2026-11-26 20:00 UTC is already Friday 27th 03:00 in Jakarta.
    due = workdays.due_at(datetime(2026, 11, 26, 20, 0, tzinfo=UTC), 1, frozenset())
    assert due.astimezone(WIB).date() == date(2026, 11, 30)


def test_target_zero_means_same_working_day():
    assert workdays.due_at(wib(2026, 11, 25, 8, 0), 0, ()).astimezone(WIB).date() == date(
        2026, 11, 25
    )
    assert workdays.due_at(wib(2026, 11, 28, 8, 0), 0, ()).astimezone(WIB).date() == date(
        2026, 11, 30
    )


def test_longer_targets_count_only_working_days():
    due = workdays.due_at(wib(2026, 11, 25, 8, 0), 5, frozenset({date(2026, 11, 27)}))
    # Wed -> Thu(1), [Fri holiday], Mon(2), Tue(3), Wed(4), Thu(5)
    assert due.astimezone(WIB).date() == date(2026, 12, 3)


def test_day_start_utc():
    assert clock.day_start(date(2026, 11, 28)) == datetime(2026, 11, 27, 17, tzinfo=UTC)
