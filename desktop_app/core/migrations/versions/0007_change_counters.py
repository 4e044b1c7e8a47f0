"""Change counters: one row per topic, bumped with every write, polled by open windows

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 16:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TOPICS = ("requests", "legal", "settings", "users")


def upgrade() -> None:
    table = op.create_table(
        "change_counters",
        sa.Column("topic", sa.String(length=20), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("topic", name=op.f("pk_change_counters")),
    )
    op.bulk_insert(table, [{"topic": topic, "version": 0} for topic in TOPICS])


def downgrade() -> None:
    op.drop_table("change_counters")
