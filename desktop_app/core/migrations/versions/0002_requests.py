"""Online request log: services, requests, events, templates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 05:30:54.587505
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

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
        batch_op.create_index("ix_requests_ref_channel", ["external_ref", "channel"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(
            "ix_requests_dedupe", ["received_at", "nik", "service_code"], unique=False
        )
        batch_op.create_index("ix_requests_status_due", ["status", "due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_requests_due_at"), ["due_at"], unique=False)
        batch_op.create_index(
            "ix_requests_channel_received", ["channel", "received_at"], unique=False
        )
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

    _name_search_index()
    _seed()


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("requests_fts_ai", "requests_fts_ad", "requests_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS requests_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_requests_name_trgm")
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
        batch_op.drop_index("ix_requests_status_due")
        batch_op.drop_index(batch_op.f("ix_requests_due_at"))
        batch_op.drop_index("ix_requests_channel_received")
        batch_op.drop_index("ix_requests_dedupe")
        batch_op.drop_index(batch_op.f("ix_requests_closed_at"))
        batch_op.drop_index("ix_requests_ref_channel")
        batch_op.drop_index("ix_requests_assigned_status")
    op.drop_table("requests")
    op.drop_table("import_batches")
    op.drop_table("ticket_counters")
    op.drop_table("services")
    op.drop_table("message_templates")


# --- name search -------------------------------------------------------------------------------
# Names are searched by any part ("aini" finds "Nur'aini"). SQLite: an FTS5 trigram index over
# ``name_folded`` kept by triggers (external content, so no second copy of the names).
# PostgreSQL: a pg_trgm GIN index serves ``name_folded LIKE '%part%'`` when the extension can be
# created; without it the same LIKE still works, only slower. NOTE for later migrations: a batch
# (copy-and-recreate) of ``requests`` on SQLite drops these triggers; recreate them.


def _name_search_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE requests_fts USING fts5(name_folded, content='requests', "
            "content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER requests_fts_ai AFTER INSERT ON requests BEGIN "
            "INSERT INTO requests_fts(rowid, name_folded) VALUES (new.id, new.name_folded); END"
        )
        op.execute(
            "CREATE TRIGGER requests_fts_ad AFTER DELETE ON requests BEGIN "
            "INSERT INTO requests_fts(requests_fts, rowid, name_folded) "
            "VALUES ('delete', old.id, old.name_folded); END"
        )
        op.execute(
            "CREATE TRIGGER requests_fts_au AFTER UPDATE OF name_folded ON requests BEGIN "
            "INSERT INTO requests_fts(requests_fts, rowid, name_folded) "
            "VALUES ('delete', old.id, old.name_folded); "
            "INSERT INTO requests_fts(rowid, name_folded) VALUES (new.id, new.name_folded); END"
        )
    elif bind.dialect.name == "postgresql":
        available = bind.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        ).scalar()
        if not available:
            return
        bind.execute(text("SAVEPOINT loket_trgm"))
        try:
            bind.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            bind.execute(
                text(
                    "CREATE INDEX ix_requests_name_trgm ON requests "
                    "USING gin (name_folded gin_trgm_ops)"
                )
            )
        except sa.exc.DBAPIError:
            # No right to create the extension: plain LIKE scans still answer, only slower.
            bind.execute(text("ROLLBACK TO SAVEPOINT loket_trgm"))
        else:
            bind.execute(text("RELEASE SAVEPOINT loket_trgm"))


# --- seed data ---------------------------------------------------------------------------------

SERVICES = [
    ("KK", "Kartu Keluarga", 1, 1),
    ("LAHIR", "Akta Kelahiran", 1, 2),
    ("PINDAH", "Pindah Datang", 1, 3),
    ("MATI", "Akta Kematian", 1, 4),
    ("KIA", "Kartu Identitas Anak", 1, 5),
    ("KAWIN", "Akta Perkawinan", 1, 6),
    ("NIK", "Validasi / Konsolidasi Data NIK", 1, 7),
    ("CERAI", "Akta Perceraian", 1, 8),
    ("ADUAN", "Pengaduan Administrasi Kependudukan", 1, 9),
]

TEMPLATES = {
    "baru": (
        "Assalamualaikum / Salam sejahtera, Bapak/Ibu {nama}.\n\n"
        "Terima kasih telah menghubungi Disdukcapil. Permohonan {layanan} Anda sudah kami "
        "terima dengan nomor tiket {tiket}. Insya Allah selesai paling lambat {jatuh_tempo}.\n\n"
        "Mohon simpan nomor tiket ini untuk menanyakan perkembangan permohonan. "
        "Informasi: {telepon_kantor}."
    ),
    "diproses": (
        "Bapak/Ibu {nama}, permohonan {layanan} dengan nomor tiket {tiket} sedang kami proses. "
        "Perkiraan selesai: {jatuh_tempo}. Terima kasih atas kesabarannya.\n\n"
        "Informasi: {telepon_kantor}."
    ),
    "menunggu_berkas": (
        "Bapak/Ibu {nama}, untuk melanjutkan permohonan {layanan} (tiket {tiket}) kami masih "
        "memerlukan kelengkapan berkas. Mohon kirimkan foto/scan berkas yang diperlukan melalui "
        "WhatsApp ini. Setelah berkas lengkap, permohonan segera kami lanjutkan.\n\n"
        "Terima kasih. Informasi: {telepon_kantor}."
    ),
    "selesai": (
        "Alhamdulillah, Bapak/Ibu {nama}: permohonan {layanan} dengan nomor tiket {tiket} telah "
        "selesai. Dokumen dapat diunduh/dicetak sesuai petunjuk yang kami kirimkan.\n\n"
        "Terima kasih telah menggunakan layanan Disdukcapil. Informasi: {telepon_kantor}."
    ),
    "ditolak": (
        "Bapak/Ibu {nama}, mohon maaf, permohonan {layanan} dengan nomor tiket {tiket} belum dapat "
        "kami proses. Alasan: {alasan}. Silakan ajukan kembali setelah persyaratan dilengkapi; "
        "kami siap membantu.\n\nInformasi: {telepon_kantor}."
    ),
}


def _seed() -> None:
    services = sa.table(
        "services",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("target_days", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("sort_order", sa.Integer),
    )
    op.bulk_insert(
        services,
        [
            {"code": c, "name": n, "target_days": d, "active": True, "sort_order": o}
            for c, n, d, o in SERVICES
        ],
    )
    templates = sa.table("message_templates", sa.column("status", sa.String), sa.column("body"))
    op.bulk_insert(templates, [{"status": k, "body": v} for k, v in TEMPLATES.items()])
