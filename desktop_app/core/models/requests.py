"""The online request log: services, requests, their events and reply templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class Service(Base):
    """A service of the catalog; the code prefixes ticket numbers."""

    __tablename__ = "services"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    target_days: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


def _byte_order(length: int) -> String:
    """Text compared byte by byte on PostgreSQL too (collation "C"), as on SQLite: sorting,
    keyset paging and the buckets of ``request_sort_buckets`` need an order in which a prefix
    sorts before its extensions (a linguistic collation skips spaces and hyphens)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


# The open statuses (``requests.common.OPEN_STATUSES``) as the open-requests index and the
# request list write them: SQL text compared word for word by SQLite's planner.
OPEN_CONDITION = "status IN ('baru', 'diproses', 'menunggu_berkas')"


class Request(Base):
    """One logged request. What each index serves and costs: ``docs/indexes.md``."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_received", "status", "received_at"),
        Index("ix_requests_service_received", "service_code", "received_at"),
        Index("ix_requests_officer_received", "assigned_to", "received_at"),
        Index("ix_requests_channel_received", "channel", "received_at"),
        # Re-import key (kanal + ref) and the exact search by e-SIAK/WhatsApp reference.
        Index("ix_requests_ref_channel", "external_ref", "channel"),
        # The duplicate key of imported rows, enforced by the database (two imports of one file
        # at once on PostgreSQL); NULL for rows typed at the counter.
        Index(
            "uq_requests_import_key",
            "import_key",
            unique=True,
            sqlite_where=text("import_key IS NOT NULL"),
            postgresql_where=text("import_key IS NOT NULL"),
        ),
        # The lists sorted by name, due date and NIK (then id), the status, service, channel
        # and officer beside: a jump in a list filtered by them steps through the index alone
        # (migrations 0012, 0014 and 0015). The exact NIK search reads ix_requests_nik too.
        *(
            Index(name, column, "id", "status", "service_code", "channel", "assigned_to")
            for name, column in (
                ("ix_requests_name_order", "name_folded"),
                ("ix_requests_due_at", "due_at"),
                ("ix_requests_nik", "nik"),
            )
        ),
        # Closed requests by closing time, the time received beside: Selesai hari ini, the
        # reports' closings, and a past day's backlog told apart in the index (0017); on
        # PostgreSQL with the other columns the backlog reads.
        Index(
            "ix_requests_closed_at",
            "closed_at",
            "received_at",
            postgresql_include=["id", "status", "due_at", "status_changed_at"],
        ),
        # The requests without a closing time: the daily report's backlog at a day's end
        # read from this index alone (migrations 0013 and 0016; its condition is the report's).
        Index(
            "ix_requests_unclosed",
            "received_at",
            "status",
            "due_at",
            "closed_at",
            "status_changed_at",
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
            postgresql_include=["id"],
        ),
        # The open requests only (a few thousand in ten million): every queue is counted,
        # filtered and sorted from this index alone. Its condition is ``OPEN_ROWS``'s, word
        # for word (SQLite uses a partial index only for a query that repeats it).
        Index(
            "ix_requests_open",
            "due_at",
            "status",
            "assigned_to",
            "received_at",
            "service_code",
            "channel",
            "name_folded",
            "nik",
            "ticket",
            sqlite_where=text(OPEN_CONDITION),
            postgresql_where=text(OPEN_CONDITION),
            postgresql_include=["id"],  # SQLite's indexes hold the rowid (migration 0011)
        ),  # fmt: skip
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket: Mapped[str] = mapped_column(_byte_order(32), unique=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(_byte_order(200))  # ix_requests_name_order
    nik: Mapped[str] = mapped_column(_byte_order(16))  # ix_requests_nik
    kk: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str | None] = mapped_column(String(100), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="baru")
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)  # ix_requests_due_at
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The time of the latest status change in the history, written by the database's own
    # triggers on request_events, never by the app (migration 0016, ``status_times``).
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The issued document number(s), ", "-separated, and how they reached the citizen
    # (common.DELIVERY_METHODS), recorded at "selesai".
    document_no: Mapped[str | None] = mapped_column(String(500), nullable=True)
    delivery: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # The documents still missing, one per line, recorded at "menunggu_berkas".
    missing_documents: Mapped[str | None] = mapped_column(Text, nullable=True)
    reject_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    import_batch: Mapped[str | None] = mapped_column(String(64), nullable=True)
    import_key: Mapped[str | None] = mapped_column(String(160), nullable=True)
    # Optimistic locking: an UPDATE that finds another version raises StaleDataError.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class RequestEvent(Base):
    """History of a request: status changes, edits, assignment, WhatsApp replies."""

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class TicketCounter(Base):
    """Last sequence used per service per day, so tickets stay unique across counters."""

    __tablename__ = "ticket_counters"

    service_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class MessageTemplate(Base):
    """WhatsApp reply text for a status, with ``{nama}``-style placeholders."""

    __tablename__ = "message_templates"

    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


class ImportBatch(Base):
    """One applied import file, so a re-import can be recognised and reported."""

    __tablename__ = "import_batches"
    __table_args__ = (UniqueConstraint("file_sha256"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    rows_added: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)


class RequestTally(Base):
    """How many requests there are per received month (UTC ``YYYY-MM``), status, service,
    channel and officer (0: unassigned). Kept by triggers in the transaction that changes
    ``requests``; lists count and place their rows from it instead of counting millions of
    rows (``desktop_app/core/requests/tally.py``)."""

    __tablename__ = "request_tally"
    __table_args__ = (
        PrimaryKeyConstraint("month", "status", "service_code", "channel", "officer"),
        {"sqlite_with_rowid": False},
    )

    month: Mapped[str] = mapped_column(String(7))
    status: Mapped[str] = mapped_column(String(20))
    service_code: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    officer: Mapped[int] = mapped_column(Integer)
    n: Mapped[int] = mapped_column(Integer)


class RequestSortBucket(Base):
    """How many requests (per status, service and channel) fall in each bucket of a sort order
    the tally cannot place: ``name`` (first two letters of ``name_folded``), ``due`` (UTC month
    of ``due_at``), ``nik`` (first seven digits) and ``ticket`` (service code and ``YYMM``).
    Kept by the same triggers."""

    __tablename__ = "request_sort_buckets"
    __table_args__ = (
        PrimaryKeyConstraint("sort_key", "bucket", "status", "service_code", "channel"),
        {"sqlite_with_rowid": False},
    )

    sort_key: Mapped[str] = mapped_column(String(8))
    bucket: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20))
    service_code: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    n: Mapped[int] = mapped_column(Integer)


class RequestOfficerBucket(Base):
    """How many requests per officer (0: unassigned) and status fall in each bucket of the
    sorts of :class:`RequestSortBucket`, keyed by the officer first: an officer's list sums
    only that officer's rows. Kept by triggers of its own (migration 0015)."""

    __tablename__ = "request_officer_buckets"
    __table_args__ = (
        PrimaryKeyConstraint("sort_key", "officer", "bucket", "status"),
        {"sqlite_with_rowid": False},
    )

    sort_key: Mapped[str] = mapped_column(String(8))
    officer: Mapped[int] = mapped_column(Integer)
    bucket: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20))
    n: Mapped[int] = mapped_column(Integer)
