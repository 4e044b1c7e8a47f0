"""Working days and due dates in the office's time zone (WIB, WITA or WIT: the fixed offsets
of :mod:`clock`).

The rule (documented so officers and the GUI agree on it):

* A request is received on its *received day*: the office calendar date of ``received_at``.
* ``due_at`` is the end (23:59:59 office time) of the N-th working day **after** the received day,
  N = the service's target in working days. Working days are Monday–Friday minus the office's
  holidays (``settings.holiday_set``). The received day itself never counts, whether it is a
  working day or not, so the officer always gets N full working days.
  Received Friday, target 1 -> due Monday 23:59:59; received Saturday, target 1 -> Monday too.
* Target 0 means "the same working day": the end of the received day if it is a working day,
  else the end of the next working day.
* Stored in UTC (23:59:59 WIB = 16:59:59 UTC; WITA 15:59:59; WIT 14:59:59). Overdue:
  now > due_at while the request is open.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta

from . import clock

END_OF_DAY = time(23, 59, 59)


def is_working_day(day: date, holidays: Collection[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(day: date, n: int, holidays: Collection[date]) -> date:
    """The n-th working day after ``day`` (n = 0: ``day`` itself if working, else the next)."""
    if n <= 0:
        while not is_working_day(day, holidays):
            day += timedelta(days=1)
        return day
    count = 0
    while count < n:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            count += 1
    return day


def due_at(received_at: datetime, target_days: int, holidays: Collection[date]) -> datetime:
    """End of the target working day, in UTC (see the module docstring for the rule)."""
    due_day = add_working_days(clock.office_date(received_at), target_days, holidays)
    return clock.at_office(due_day, END_OF_DAY)
