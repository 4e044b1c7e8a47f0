"""``loket audit verify --against`` and ``loket audit key``: the anchors outside the database
(daily report, backup) and the key a second PC needs (issue 13, finding 2)."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import delete, select

from desktop_app.cli import main
from desktop_app.core import audit, audit_key, users
from desktop_app.core.models import AuditEntry, Setting
from desktop_app.core.schema import open_database


@pytest.fixture
def office(data_dir, sqlite_only):
    db = open_database()
    users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
    db.dispose()
    return data_dir


def test_verify_against_the_daily_report_and_a_backup(office, tmp_path, capsys):
    pdf, copy = tmp_path / "rekap.pdf", tmp_path / "cadangan.sqlite3"
    assert main(["report", "daily", "--date", "2026-11-28", "--out", str(pdf)]) == 0
    assert main(["backup", "--out", str(copy)]) == 0
    capsys.readouterr()
    assert main(["audit", "verify", "--against", str(pdf), "--against", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "utuh" in out and "Cocok dengan rekap.pdf: Jejak audit:" in out
    assert "Cocok dengan cadangan.sqlite3" in out

    # Roll the database back to before the report: every line still chains, but the anchors
    # say more had been written.
    db = open_database()
    with db.write() as s:
        keep = audit.anchors_in_file(pdf)[0].count
        ids = list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
        s.execute(delete(AuditEntry).where(AuditEntry.id > ids[keep - 3]))
        s.execute(delete(Setting).where(Setting.key == audit.HEAD_KEY))
    db.dispose()
    assert main(["audit", "verify", "--against", str(pdf)]) == 1
    assert "RUSAK" in capsys.readouterr().err


def test_verify_against_a_file_without_anchors(office, tmp_path, capsys):
    other = tmp_path / "catatan.txt"
    other.write_text("bukan laporan")
    assert main(["audit", "verify", "--against", str(other)]) == 1
    assert "bukan laporan harian" in capsys.readouterr().err


def test_key_show_and_install_on_a_second_pc(office, tmp_path, capsys, monkeypatch):
    assert main(["audit", "key", "show"]) == 0
    out = capsys.readouterr().out
    (key,) = audit_key.local_keys()
    assert key.key_id in out and str(audit_key.key_path(key.key_id)) in out

    # The second PC: the same database, an empty key folder.
    carried = tmp_path / "dibawa.key"
    shutil.copy(audit_key.key_path(key.key_id), carried)
    monkeypatch.setenv("LOKET_KEY_DIR", str(tmp_path / "pc2-keys"))
    audit_key._cache.clear()
    assert main(["audit", "key", "show"]) == 1
    assert "TIDAK ADA" in capsys.readouterr().err
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    assert main(["--user", "kasi", "audit", "verify"]) == 1
    assert "loket audit key install" in capsys.readouterr().err
    assert main(["audit", "key", "install", str(carried)]) == 0
    assert "dipasang" in capsys.readouterr().out
    assert main(["audit", "key", "install", str(carried)]) == 0
    assert "sudah terpasang" in capsys.readouterr().out
    assert main(["audit", "verify"]) == 0
    db = open_database()
    with db.read() as s:
        assert json.loads(s.get(Setting, audit.HEAD_KEY).value)["key"] == key.key_id
    db.dispose()
