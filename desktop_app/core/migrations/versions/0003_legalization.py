"""Legalization register

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 05:30:54.587505
"""

import base64
import json
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import desktop_app.core.models.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_counters",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_legal_counters")),
    )
    op.create_table(
        "legal_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("register_no", sa.String(length=80), nullable=False),
        sa.Column("created_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("applicant_name", sa.String(length=200), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("purpose_other", sa.String(length=120), nullable=False),
        sa.Column("recruitment_no", sa.String(length=80), nullable=False),
        sa.Column("official_id", sa.Integer(), nullable=True),
        sa.Column("official_snapshot", sa.Text(), nullable=False),
        sa.Column("verification_code", sa.String(length=32), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("reprint_count", sa.Integer(), nullable=False),
        sa.Column("revoked_at", desktop_app.core.models.base.UtcDateTime(), nullable=True),
        sa.Column("revoked_by", sa.Integer(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_legal_entries_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["official_id"], ["officials.id"], name=op.f("fk_legal_entries_official_id_officials")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by"], ["users.id"], name=op.f("fk_legal_entries_revoked_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_entries")),
        sa.UniqueConstraint("register_no", name=op.f("uq_legal_entries_register_no")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_legal_entries_year")),
    )
    with op.batch_alter_table("legal_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_legal_entries_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_legal_entries_entry_date"), ["entry_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_legal_entries_nik"), ["nik"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_legal_entries_verification_code"), ["verification_code"], unique=False
        )
    op.create_table(
        "legal_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("doc_name", sa.String(length=120), nullable=False),
        sa.Column("doc_number", sa.String(length=80), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("scan_name", sa.String(length=255), nullable=True),
        sa.Column("scan_mime", sa.String(length=40), nullable=True),
        sa.Column("scan", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["legal_entries.id"],
            name=op.f("fk_legal_documents_entry_id_legal_entries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_documents")),
    )
    with op.batch_alter_table("legal_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_documents_entry_id"), ["entry_id"], unique=False)
    op.create_table(
        "legal_prints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("what", sa.String(length=20), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["legal_entries.id"], name=op.f("fk_legal_prints_entry_id_legal_entries")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_legal_prints_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_prints")),
    )
    with op.batch_alter_table("legal_prints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_prints_entry_id"), ["entry_id"], unique=False)

    # The installation's verification secret: QR codes printed here verify only against it.
    settings = sa.table(
        "settings",
        sa.column("key", sa.String),
        sa.column("value", sa.Text),
        sa.column("updated_at", desktop_app.core.models.base.UtcDateTime()),
    )
    op.bulk_insert(
        settings,
        [
            {
                "key": "legal.secret",
                "value": json.dumps(base64.b64encode(secrets.token_bytes(32)).decode("ascii")),
                "updated_at": datetime.now(UTC),
            }
        ],
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM settings WHERE key = 'legal.secret'"))
    with op.batch_alter_table("legal_prints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_prints_entry_id"))
    op.drop_table("legal_prints")
    with op.batch_alter_table("legal_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_documents_entry_id"))
    op.drop_table("legal_documents")
    with op.batch_alter_table("legal_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_entries_verification_code"))
        batch_op.drop_index(batch_op.f("ix_legal_entries_nik"))
        batch_op.drop_index(batch_op.f("ix_legal_entries_entry_date"))
        batch_op.drop_index(batch_op.f("ix_legal_entries_created_at"))
    op.drop_table("legal_entries")
    op.drop_table("legal_counters")
