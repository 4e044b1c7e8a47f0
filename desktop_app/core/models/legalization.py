"""The legalization register for TNI/Polri applicants, and the office's public signing keys
(docs/design.md#legalization, docs/legalisir-qr.md)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UtcDateTime, utcnow


class LegalEntry(Base):
    __tablename__ = "legal_entries"
    __table_args__ = (UniqueConstraint("year", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    register_no: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    # The office-local day of the entry: the register book and its date filters use it.
    entry_date: Mapped[date] = mapped_column(Date, index=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    applicant_name: Mapped[str] = mapped_column(String(200))
    nik: Mapped[str] = mapped_column(String(16), index=True)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    purpose: Mapped[str] = mapped_column(String(20))
    purpose_other: Mapped[str] = mapped_column(String(120), default="")
    recruitment_no: Mapped[str] = mapped_column(String(80), default="")
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id"), nullable=True)
    # The official's name, title, rank and NIP as signed, kept even if the profile changes.
    official_snapshot: Mapped[str] = mapped_column(Text, default="{}")
    # The older scheme ("hmac"): a code under a secret kept in the database. Empty for entries
    # signed with the office's key ("ecdsa"), whose signed payloads are below and per document.
    verification_code: Mapped[str] = mapped_column(String(32), index=True)
    scheme: Mapped[str] = mapped_column(String(10), default="ecdsa")
    # Which of the office's register-number formats (setting legal.register_formats) made it.
    format_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    key_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The receipt's QR: the signed payload (digits) with every document of the entry.
    payload: Mapped[str | None] = mapped_column(Text, nullable=True)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class LegalDocument(Base):
    __tablename__ = "legal_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("legal_entries.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    doc_type: Mapped[str] = mapped_column(String(20))
    doc_name: Mapped[str] = mapped_column(String(120), default="")
    doc_number: Mapped[str] = mapped_column(String(80))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    scan_name: Mapped[str | None] = mapped_column(String(255), nullable=True)
    scan_mime: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # The endorsement's QR for this document: the signed payload (digits).
    payload: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The document carries an electronic signature (TTE): the clerk was reminded that it needs
    # no legalization (Permendagri 104/2019) and went on.
    tte: Mapped[bool] = mapped_column(Boolean, default=False)
    # Deferred: lists and verification never load the (up to 20 MB) scans.
    scan: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)


class LegalCounter(Base):
    """Last register sequence of a year; locked while an entry is saved, so no gap or double."""

    __tablename__ = "legal_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class LegalPrint(Base):
    """Every print, reprint and export of an entry (reprints need a reason)."""

    __tablename__ = "legal_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("legal_entries.id"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    what: Mapped[str] = mapped_column(String(20), default="endorsement")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str] = mapped_column(Text, default="")


class LegalKey(Base):
    """A public key of the office. The private key is never here: it lives in a key file on the
    legalization PCs. A row is trusted only when a key file on this PC, or a certificate from a
    trusted key, vouches for it (see core/legalization/keys.py)."""

    __tablename__ = "legal_keys"

    key_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)  # SubjectPublicKeyInfo, DER
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    valid_from: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    revoke_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


class LegalKeyCert(Base):
    """``signer`` vouches for ``subject`` (ECDSA signature over the subject's id and key): made
    when a key is rotated, in both directions, so a PC that trusts one trusts the other."""

    __tablename__ = "legal_key_certs"
    __table_args__ = (UniqueConstraint("subject_key_id", "signer_key_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_key_id: Mapped[int] = mapped_column(ForeignKey("legal_keys.key_id"), index=True)
    signer_key_id: Mapped[int] = mapped_column(ForeignKey("legal_keys.key_id"))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
