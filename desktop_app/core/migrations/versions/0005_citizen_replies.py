"""Citizen replies: missing documents, issued numbers and delivery; proofread templates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 18:30:00

The request keeps the documents asked for at "menunggu berkas" and how a finished document
was handed over; ``document_no`` holds several numbers. The reply templates that still have
the first release's wording get the proofread ones (a template a supervisor edited is kept).

No batch mode: recreating ``requests`` on SQLite would drop the name-search triggers, and
SQLite neither needs nor checks VARCHAR lengths.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FIRST_TEMPLATES = {
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

TEMPLATES = {
    "baru": (
        "Yth. {sapaan} {nama},\n\n"
        "Terima kasih telah menghubungi Disdukcapil. Permohonan {layanan} telah kami terima "
        "dengan nomor tiket {tiket} dan kami upayakan selesai paling lambat {jatuh_tempo}.\n\n"
        "Simpan nomor tiket tersebut untuk menanyakan perkembangan permohonan. "
        "Informasi: {telepon_kantor}."
    ),
    "diproses": (
        "Yth. {sapaan} {nama},\n\n"
        "Permohonan {layanan} dengan nomor tiket {tiket} sedang kami proses dan kami upayakan "
        "selesai paling lambat {jatuh_tempo}. Terima kasih atas kesabaran {sapaan}.\n\n"
        "Informasi: {telepon_kantor}."
    ),
    "menunggu_berkas": (
        "Yth. {sapaan} {nama},\n\n"
        "Untuk melanjutkan permohonan {layanan} dengan nomor tiket {tiket}, kami masih "
        "memerlukan berkas berikut:\n{berkas_kurang}\n\n"
        "Mohon kirimkan foto atau pindaian berkas tersebut melalui WhatsApp ini. Setelah berkas "
        "lengkap, permohonan segera kami lanjutkan.\n\n"
        "Informasi: {telepon_kantor}."
    ),
    "selesai": (
        "Yth. {sapaan} {nama},\n\n"
        "Permohonan {layanan} dengan nomor tiket {tiket} telah selesai. {hasil}\n\n"
        "Terima kasih telah menggunakan layanan Disdukcapil. Informasi: {telepon_kantor}."
    ),
    "ditolak": (
        "Yth. {sapaan} {nama},\n\n"
        "Mohon maaf, permohonan {layanan} dengan nomor tiket {tiket} belum dapat kami proses. "
        "Alasan: {alasan}.\n\n"
        "Silakan ajukan kembali setelah persyaratan dilengkapi. Kami siap membantu melalui "
        "nomor {telepon_kantor}."
    ),
}

_templates = sa.table("message_templates", sa.column("status", sa.String), sa.column("body"))


def _replace(old: dict[str, str], new: dict[str, str]) -> None:
    for status, body in new.items():
        op.execute(
            _templates.update()
            .where(_templates.c.status == status, _templates.c.body == old[status])
            .values(body=body)
        )


def upgrade() -> None:
    op.add_column("requests", sa.Column("delivery", sa.String(16), nullable=True))
    op.add_column("requests", sa.Column("missing_documents", sa.Text(), nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column(
            "requests",
            "document_no",
            type_=sa.String(500),
            existing_type=sa.String(100),
            existing_nullable=True,
        )
    _replace(FIRST_TEMPLATES, TEMPLATES)


def downgrade() -> None:
    _replace(TEMPLATES, FIRST_TEMPLATES)
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column(
            "requests",
            "document_no",
            type_=sa.String(100),
            existing_type=sa.String(500),
            existing_nullable=True,
        )
    op.drop_column("requests", "missing_documents")  # SQLite >= 3.35 drops a column in place
    op.drop_column("requests", "delivery")
