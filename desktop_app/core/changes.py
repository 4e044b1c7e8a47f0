"""Change counters, so every open window notices what other PCs wrote, cheaply.

Each write transaction (``Database.write()``) bumps the counter of every topic whose tables it
touched, in the same transaction: a reader that sees the new counter also sees the data. Windows
poll :func:`versions` (one primary-key read of a four-row table) every couple of seconds and
refresh only the topics that moved, instead of reloading everything on a timer.

Counters are bumped at commit, after every other statement of the transaction, in a fixed
order: on PostgreSQL the row locks they take never come before the audit chain's lock, so two
transactions cannot wait for each other in a circle.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from .models import ChangeCounter

log = logging.getLogger(__name__)

TOPICS = ("requests", "legal", "settings", "users")
TABLE_TOPICS: dict[str, str | None] = {
    "requests": "requests",
    "request_events": "requests",
    "import_batches": "requests",
    "ticket_counters": None,  # numbering only; the request row itself is what lists show
    "services": "settings",
    "message_templates": "settings",
    "settings": "settings",
    "holidays": "settings",
    "officials": "settings",
    "users": "users",
    "legal_counters": None,
    "audit_log": None,  # written by nearly every transaction, including failed logins
    "change_counters": None,
}
_KEY = "loket_changed_topics"


def topic_of(table: str) -> str | None:
    """The topic a table belongs to; tables added later follow their name's prefix."""
    if table in TABLE_TOPICS:
        return TABLE_TOPICS[table]
    if table.startswith("legal_"):
        return "legal"
    if table.startswith("request"):
        return "requests"
    return None


def _mark(session: Session, table: str) -> None:
    topic = topic_of(table)
    if topic is not None:
        session.info.setdefault(_KEY, set()).add(topic)


def _is_setting_people_see(key: str) -> bool:
    """The office profile and app settings; not the audit chain's head (kept in the same
    table and rewritten by every audited transaction)."""
    return key == "office" or key.startswith("app.")


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if not table or (obj in session.dirty and not session.is_modified(obj)):
            continue
        if table == "settings" and not _is_setting_people_see(str(obj.key)):
            continue
        _mark(session, table)


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            _mark(state.session, name)


def _before_commit(session: Session) -> None:
    session.flush()  # pending objects tell which tables this transaction wrote
    topics = sorted(session.info.pop(_KEY, ()))
    for topic in topics:
        bumped = session.execute(
            update(ChangeCounter)
            .where(ChangeCounter.topic == topic)
            .values(version=ChangeCounter.version + 1)
            .execution_options(synchronize_session=False)
        )
        if not bumped.rowcount:  # type: ignore[attr-defined]
            session.add(ChangeCounter(topic=topic, version=1))
            session.flush()


def _after_rollback(session: Session) -> None:
    session.info.pop(_KEY, None)


def install(factory: sessionmaker[Session]) -> None:
    """Bump the counters from every session this factory makes (the write sessions)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_soft_rollback", lambda s, _t: _after_rollback(s))


def versions(db: Any) -> dict[str, int]:
    """Every topic's counter (0 for a topic never written)."""
    with db.read() as session:
        found = dict(session.execute(select(ChangeCounter.topic, ChangeCounter.version)).all())
    return {topic: int(found.get(topic, 0)) for topic in TOPICS}
