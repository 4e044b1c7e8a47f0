"""Users, the audit log and settings: the tables every part of the app relies on."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    # Printed with the full name under a signature (receipt, register book, report); "" if none.
    nip: Mapped[str] = mapped_column(String(18), default="", server_default="")
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    # HMAC over id, name, role, status and password hash with the office audit key
    # (core/users.py): a row changed with SQL no longer matches and is refused at login.
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditEntry(Base):
    """One line of the append-only audit log; ``entry_hash`` chains it to the line before."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    # The audit key (core/audit_key.py) this entry is chained with; "" for the plain SHA-256
    # entries of databases made before keys existed.
    key_id: Mapped[str] = mapped_column(String(16), default="", server_default="")


class Setting(Base):
    """Office profile and app settings as JSON values under a key (e.g. ``office``)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Official(Base):
    """A signing official of the office (legalization endorsements, report signatures)."""

    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(160))
    rank: Mapped[str] = mapped_column(String(80), default="")
    nip: Mapped[str] = mapped_column(String(18))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Holiday(Base):
    """A day the office is closed besides weekends; due dates skip it."""

    __tablename__ = "holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")


class ChangeCounter(Base):
    """How often a topic's tables were written (``requests``, ``legal``, ``settings``,
    ``users``): bumped in the same transaction as each write, read by every open window to
    notice other PCs' changes with one primary-key read (core/changes.py)."""

    __tablename__ = "change_counters"

    topic: Mapped[str] = mapped_column(String(20), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
