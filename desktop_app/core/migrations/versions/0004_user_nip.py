"""Officers' NIP

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 18:30:00

``users.nip``: the officer's NIP, printed with the full name under a signature (the receipt,
the register book, the daily report); "" when the officer has none.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("nip", sa.String(length=18), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("nip")
