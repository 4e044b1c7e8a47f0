"""The online request log: services, requests, their events and reply templates."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
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


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_received", "status", "received_at"),
        Index("ix_requests_service_received", "service_code", "received_at"),
        Index("ix_requests_assigned_status", "assigned_to", "status"),
        # Overdue queue: status IN (open) AND due_at < now.
        Index("ix_requests_status_due", "status", "due_at"),
        Index("ix_requests_channel_received", "channel", "received_at"),
        # Re-import key (kanal + ref) and the exact search by e-SIAK/WhatsApp reference.
        Index("ix_requests_ref_channel", "external_ref", "channel"),
        Index("ix_requests_dedupe", "received_at", "nik", "service_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket: Mapped[str] = mapped_column(String(32), unique=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    nik: Mapped[str] = mapped_column(String(16), index=True)
    kk: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    external_ref: Mapped[str | None] = mapped_column(String(100), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="baru")
    due_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)
    # The issued document number(s), ", "-separated, and how they reached the citizen
    # (messages.DELIVERY_METHODS), recorded at "selesai".
    document_no: Mapped[str | None] = mapped_column(String(500), nullable=True)
    delivery: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # The documents still missing, one per line, recorded at "menunggu_berkas".
    missing_documents: Mapped[str | None] = mapped_column(Text, nullable=True)
    reject_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    import_batch: Mapped[str | None] = mapped_column(String(64), nullable=True)
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
