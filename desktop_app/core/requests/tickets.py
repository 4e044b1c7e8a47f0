"""Ticket numbers ``KK-261128-0007``: service code, office day of receipt (yymmdd), sequence per
service per day. The sequence comes from ``ticket_counters`` with one atomic upsert, so two
counters saving at once on one database never get the same number (SQLite: the write
transaction is BEGIN IMMEDIATE; PostgreSQL: INSERT … ON CONFLICT DO UPDATE locks the row)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop_app.core.models import TicketCounter


def format_ticket(service_code: str, day: date, seq: int) -> str:
    return f"{service_code}-{day:%y%m%d}-{seq:04d}"


def reserve(session: Session, service_code: str, day: date, count: int = 1) -> int:
    """Reserve ``count`` consecutive sequence numbers; returns the first. Call inside a write
    transaction: the numbers are only taken if that transaction commits."""
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite_insert if dialect == "sqlite" else pg_insert
        upsert = insert(TicketCounter).values(service_code=service_code, day=day, last_seq=count)
        stmt = upsert.on_conflict_do_update(
            index_elements=[TicketCounter.service_code, TicketCounter.day],
            set_={"last_seq": TicketCounter.last_seq + count},
        ).returning(TicketCounter.last_seq)
        last = session.execute(stmt).scalar_one()
        return int(last) - count + 1
    row = session.scalar(
        select(TicketCounter)
        .where(TicketCounter.service_code == service_code, TicketCounter.day == day)
        .with_for_update()
    )
    if row is None:
        row = TicketCounter(service_code=service_code, day=day, last_seq=0)
        session.add(row)
    row.last_seq += count
    session.flush()
    return row.last_seq - count + 1
