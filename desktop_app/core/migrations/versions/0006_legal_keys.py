"""Legalization signed with the office's key: public keys, key certificates, signed payloads,
TTE reminders, register-number formats

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 16:40:00

Entries made before this revision keep their HMAC code and are marked ``scheme = 'hmac'``;
nothing is re-signed here (there is no key yet: a supervisor creates it).
"""

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import desktop_app.core.models.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

DEFAULT_FORMAT = "474/{seq:04d}/Disdukcapil/{month_roman}/{year}"


def upgrade() -> None:
    op.create_table(
        "legal_keys",
        sa.Column("key_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("valid_from", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("revoked_at", desktop_app.core.models.base.UtcDateTime(), nullable=True),
        sa.Column("revoked_by", sa.Integer(), nullable=True),
        sa.Column("revoke_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_legal_keys_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by"], ["users.id"], name=op.f("fk_legal_keys_revoked_by_users")
        ),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_legal_keys")),
    )
    op.create_table(
        "legal_key_certs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_key_id", sa.Integer(), nullable=False),
        sa.Column("signer_key_id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subject_key_id"],
            ["legal_keys.key_id"],
            name=op.f("fk_legal_key_certs_subject_key_id_legal_keys"),
        ),
        sa.ForeignKeyConstraint(
            ["signer_key_id"],
            ["legal_keys.key_id"],
            name=op.f("fk_legal_key_certs_signer_key_id_legal_keys"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_key_certs")),
        sa.UniqueConstraint(
            "subject_key_id", "signer_key_id", name=op.f("uq_legal_key_certs_subject_key_id")
        ),
    )
    with op.batch_alter_table("legal_key_certs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_legal_key_certs_subject_key_id"), ["subject_key_id"], unique=False
        )
    with op.batch_alter_table("legal_entries", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("scheme", sa.String(length=10), nullable=False, server_default="hmac")
        )
        batch_op.add_column(sa.Column("format_index", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("key_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("signed_at", desktop_app.core.models.base.UtcDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("payload", sa.Text(), nullable=True))
    with op.batch_alter_table("legal_entries", schema=None) as batch_op:
        batch_op.alter_column("scheme", server_default=None)
    with op.batch_alter_table("legal_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payload", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("tte", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("legal_documents", schema=None) as batch_op:
        batch_op.alter_column("tte", server_default=None)

    # The register-number formats ever used, in order: a signed payload names its format by
    # index, so the verification page can print the number as the paper shows it.
    conn = op.get_bind()
    current = conn.execute(
        sa.text("SELECT value FROM settings WHERE key = 'app.legal_register_format'")
    ).scalar()
    fmt = json.loads(current) if current else DEFAULT_FORMAT
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
                "key": "legal.register_formats",
                "value": json.dumps([fmt], ensure_ascii=False),
                "updated_at": datetime.now(UTC),
            }
        ],
    )


def downgrade() -> None:
    op.execute(
        sa.text("DELETE FROM settings WHERE key IN ('legal.register_formats', 'legal.legacy_seal')")
    )
    with op.batch_alter_table("legal_documents", schema=None) as batch_op:
        batch_op.drop_column("tte")
        batch_op.drop_column("payload")
    with op.batch_alter_table("legal_entries", schema=None) as batch_op:
        batch_op.drop_column("payload")
        batch_op.drop_column("signed_at")
        batch_op.drop_column("key_id")
        batch_op.drop_column("format_index")
        batch_op.drop_column("scheme")
    with op.batch_alter_table("legal_key_certs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_key_certs_subject_key_id"))
    op.drop_table("legal_key_certs")
    op.drop_table("legal_keys")
