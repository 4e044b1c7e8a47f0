"""Replies to citizens: salutation from the NIK, due dates without an hour, the office number
as people dial it, the missing documents and the issued numbers in the message, nothing
promised that is not sent, and proofread templates."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core import requests as rq
from desktop_app.core import settings
from desktop_app.core.errors import ValidationError
from desktop_app.core.security import SYSTEM

WOMAN = "3216064507880003"  # day 45: born the 5th, a woman
MAN = "3216071203910002"
OLD_DB = Path(__file__).resolve().parent.parent / "data" / "loket_rev0001.sqlite3"


@pytest.fixture
def office(db, supervisor):
    profile = settings.get_office(db)
    profile.name, profile.regency, profile.regency_code = "Disdukcapil", "Kabupaten Bekasi", "3216"
    profile.whatsapp = "0812-1000-3216"
    settings.save_office(db, supervisor, profile)
    return profile


def new(db, actor, **kw):
    fields = dict(channel="wa", service_code="PINDAH", name="Siti Aminah", nik=WOMAN,
                  phone="0812-8877-1203")  # fmt: skip
    fields.update(kw)
    return rq.create_request(db, actor, **fields)


def reply(db, actor, request_id):
    return rq.render_message(db, actor, request_id)


def test_salutation_from_the_nik():
    assert rq.salutation(WOMAN) == "Ibu"
    assert rq.salutation(MAN) == "Bapak"
    assert rq.salutation("") == rq.salutation("1234") == "Bapak/Ibu"


def test_acknowledgement_addresses_the_citizen_and_gives_a_date_and_the_local_number(
    db, petugas, office
):
    d = new(db, petugas)
    text = reply(db, petugas, d.id)
    assert text.startswith("Yth. Ibu Siti Aminah,")
    assert d.ticket in text
    assert "pukul" not in text and "WIB" not in text  # a due day, never a promised hour
    due = d.due_at.astimezone(UTC) + timedelta(hours=7)
    assert f"{due.day} " in text and str(due.year) in text
    assert "0812-1000-3216" in text and "+62" not in text
    man = new(db, petugas, nik=MAN, name="Ahmad Fauzi")
    assert reply(db, petugas, man.id).startswith("Yth. Bapak Ahmad Fauzi,")
    complaint = new(db, petugas, service_code="ADUAN", nik="", name="Budi Hartono")
    assert reply(db, petugas, complaint.id).startswith("Yth. Bapak/Ibu Budi Hartono,")


def test_waiting_for_documents_names_them(db, petugas, office):
    d = new(db, petugas)
    d = rq.change_status(db, petugas, d.id, d.version, "diproses")
    with pytest.raises(ValidationError) as refused:
        rq.change_status(db, petugas, d.id, d.version, "menunggu_berkas")
    assert refused.value.problems[0][0] == "missing_documents"
    d = rq.change_status(
        db, petugas, d.id, d.version, "menunggu_berkas",
        missing_documents=["Foto SKPWNI", "KTP-el", "foto skpwni"],
    )  # fmt: skip
    assert d.missing_documents == ("Foto SKPWNI", "KTP-el")  # the repeat dropped
    text = reply(db, petugas, d.id)
    assert "- Foto SKPWNI\n- KTP-el" in text
    history = [e.note for e in d.events if e.to_status == "menunggu_berkas"]
    assert history == ["Berkas kurang: Foto SKPWNI; KTP-el"]
    # Back to processing: the list is done with; the next reply does not carry it.
    d = rq.change_status(db, petugas, d.id, d.version, "diproses")
    assert d.missing_documents == ()


@pytest.mark.parametrize(
    ("delivery", "sentence"),
    [
        ("whatsapp", "Dokumen telah kami kirim melalui WhatsApp ini."),
        ("email", "Dokumen telah kami kirim ke alamat e-mail siti@contoh.id."),
        ("pos", "Dokumen telah kami kirim melalui pos ke alamat Ibu."),
        ("diambil", "Dokumen dapat diambil di kantor Disdukcapil pada hari kerja"),
        (None, ""),
    ],
)
def test_done_gives_the_numbers_and_how_they_were_handed_over(
    db, petugas, office, delivery, sentence
):
    d = new(db, petugas, email="siti@contoh.id")
    d = rq.change_status(db, petugas, d.id, d.version, "diproses")
    d = rq.change_status(
        db, petugas, d.id, d.version, "selesai",
        document_numbers=["3216-KK-29112026-0001", "3216-SKPWNI-0044"], delivery=delivery,
    )  # fmt: skip
    assert (d.document_no, d.delivery) == ("3216-KK-29112026-0001, 3216-SKPWNI-0044", delivery)
    text = reply(db, petugas, d.id)
    assert "Nomor dokumen: 3216-KK-29112026-0001, 3216-SKPWNI-0044." in text
    assert sentence in text
    assert "petunjuk" not in text  # no instructions that were never sent
    assert "  " not in text and " \n" not in text


def test_done_refuses_an_unknown_delivery(db, petugas):
    d = new(db, petugas)
    d = rq.change_status(db, petugas, d.id, d.version, "diproses")
    with pytest.raises(ValidationError) as refused:
        rq.change_status(db, petugas, d.id, d.version, "selesai", delivery="kurir")
    assert refused.value.problems[0][0] == "delivery"


def test_rejection_reason_reads_as_one_sentence(db, petugas, office):
    d = new(db, petugas)
    d = rq.change_status(db, petugas, d.id, d.version, "ditolak", reason="Foto KK tidak terbaca.")
    text = reply(db, petugas, d.id)
    assert "Alasan: Foto KK tidak terbaca.\n" in text


def test_every_template_is_proofread(db, petugas, office):
    """PUEBI rules a machine can check: no foreign or devotional formulas the office did not
    choose, sentences start with a capital, no doubled spaces or punctuation, every placeholder
    filled, the salutation and the office number everywhere."""
    templates = rq.list_templates(db)
    for status, body in templates.items():
        assert "{sapaan} {nama}" in body, status
        assert "{telepon_kantor}" in body, status
        for banned in ("Insya Allah", "Alhamdulillah", "scan", "Anda", "pukul", "Bapak/Ibu"):
            assert banned not in body, (status, banned)
    d = new(db, petugas)
    values = rq.reply_values(
        name="Siti Aminah", nik=WOMAN, ticket="PINDAH-261129-0001", service_name="Pindah Datang",
        status="selesai", due_at=datetime.now(UTC), office_phone="+6281210003216",
        missing_documents=["Foto SKPWNI"], reject_reason="Berkas ganda",
        document_numbers=["3216-0001"], delivery="whatsapp",
    )  # fmt: skip
    for status, body in templates.items():
        text = rq.fill_template(body, values)
        assert "{" not in text and "}" not in text, status
        assert not re.search(r"  |\.\.|,,| [.,]", text), (status, text)
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert sentence[:1].isupper() or sentence[:1] in "-0123456789", (status, sentence)
        assert text.rstrip().endswith("."), status
    assert d.ticket


def test_first_release_templates_are_replaced_but_an_edited_one_is_kept(tmp_path, sqlite_only):
    """Migration 0005 on a database of the first release: the untouched templates get the
    new wording; one the supervisor had edited stays as it was."""
    from alembic import command
    from sqlalchemy import text

    from desktop_app.core import schema
    from desktop_app.core.db import Database

    path = tmp_path / "old.sqlite3"
    shutil.copy(OLD_DB, path)
    db = Database.open(f"sqlite:///{path}")
    cfg = schema._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE message_templates SET body = 'Halo {nama}' WHERE status = 'ditolak'")
        )
    db.dispose()
    db = schema.open_database(f"sqlite:///{path}")
    templates = rq.list_templates(db)
    assert templates["ditolak"] == "Halo {nama}"
    assert templates["baru"].startswith("Yth. {sapaan} {nama},")
    assert "{berkas_kurang}" in templates["menunggu_berkas"]
    assert "{hasil}" in templates["selesai"]
    created = rq.create_request(
        db, SYSTEM, channel="web", service_code="KK", name="Sri", nik=WOMAN,
    )  # fmt: skip
    assert rq.get_detail(db, SYSTEM, created.id).delivery is None
    db.dispose()
