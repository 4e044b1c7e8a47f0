"""Online request log: services, requests, events, templates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 05:30:54.587505
"""

import sqlalchemy as sa
from alembic import op

import desktop_app.core.models.base

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "message_templates",
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("status", name=op.f("pk_message_templates")),
    )
    op.create_table(
        "services",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("target_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_services")),
    )
    op.create_table(
        "ticket_counters",
        sa.Column("service_code", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("service_code", "day", name=op.f("pk_ticket_counters")),
    )
    op.create_table(
        "import_batches",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("rows_added", sa.Integer(), nullable=False),
        sa.Column("rows_skipped", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_import_batches_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_import_batches_file_sha256")),
    )
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.String(length=32), nullable=False),
        sa.Column("service_code", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("received_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_folded", sa.String(length=200), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("kk", sa.String(length=16), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("external_ref", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("due_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("assigned_to", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("closed_at", desktop_app.core.models.base.UtcDateTime(), nullable=True),
        sa.Column("document_no", sa.String(length=100), nullable=True),
        sa.Column("reject_reason", sa.Text(), nullable=True),
        sa.Column("import_batch", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_to"], ["users.id"], name=op.f("fk_requests_assigned_to_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_requests_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["service_code"], ["services.code"], name=op.f("fk_requests_service_code_services")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requests")),
        sa.UniqueConstraint("ticket", name=op.f("uq_requests_ticket")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index(
            "ix_requests_assigned_status", ["assigned_to", "status"], unique=False
        )
        batch_op.create_index("ix_requests_channel_ref", ["channel", "external_ref"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(
            "ix_requests_dedupe", ["received_at", "nik", "service_code"], unique=False
        )
        batch_op.create_index("ix_requests_due_status", ["due_at", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_kk"), ["kk"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_name_folded"), ["name_folded"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_nik"), ["nik"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_phone"), ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_received_at"), ["received_at"], unique=False)
        batch_op.create_index(
            "ix_requests_service_received", ["service_code", "received_at"], unique=False
        )
        batch_op.create_index(
            "ix_requests_status_received", ["status", "received_at"], unique=False
        )
    op.create_table(
        "request_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("at", desktop_app.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_request_events_request_id_requests")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_request_events_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_events")),
    )
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_events_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_events_request_id"))
    op.drop_table("request_events")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index("ix_requests_status_received")
        batch_op.drop_index("ix_requests_service_received")
        batch_op.drop_index(batch_op.f("ix_requests_received_at"))
        batch_op.drop_index(batch_op.f("ix_requests_phone"))
        batch_op.drop_index(batch_op.f("ix_requests_nik"))
        batch_op.drop_index(batch_op.f("ix_requests_name_folded"))
        batch_op.drop_index(batch_op.f("ix_requests_kk"))
        batch_op.drop_index("ix_requests_due_status")
        batch_op.drop_index("ix_requests_dedupe")
        batch_op.drop_index(batch_op.f("ix_requests_closed_at"))
        batch_op.drop_index("ix_requests_channel_ref")
        batch_op.drop_index("ix_requests_assigned_status")
    op.drop_table("requests")
    op.drop_table("import_batches")
    op.drop_table("ticket_counters")
    op.drop_table("services")
    op.drop_table("message_templates")
