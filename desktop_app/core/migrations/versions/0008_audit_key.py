"""Audit chain keyed with a secret kept outside the database; user rows sealed

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 16:40:00

``audit_log.key_id`` names the audit key an entry is chained with ("" for the plain SHA-256
entries written before this revision); ``users.mac`` seals role, status and password hash with
the same key (filled at the end of the upgrade, see ``schema.upgrade``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(
            sa.Column("key_id", sa.String(length=16), nullable=False, server_default="")
        )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("mac", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("mac")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("key_id")
