"""The audit log in words: every action the code records has an Indonesian name, every detail
key a label, and no description shows a code, "None", "=" or a Python representation."""

from __future__ import annotations

import ast
import re
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.core import audit, audit_text, settings, users
from desktop_app.core import requests as rq

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
RAW = re.compile(r"None|=|\{|\[|'|\bTrue\b|\bFalse\b|[a-z]+\.[a-z_]+")


def recorded_actions() -> tuple[set[str], set[str]]:
    """Every action code and detail key passed to ``audit.record`` in the package."""
    actions: set[str] = set()
    keys: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "forms" in path.parts or path.name == "resources_rc.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "record" or ast.unparse(node.func.value) != "audit":
                continue
            action = node.args[2]
            if isinstance(action, ast.JoinedStr):  # f"legal.{kind}", f"request.{kind}"
                prefix = action.values[0]
                assert isinstance(prefix, ast.Constant)
                actions.add(f"{prefix.value}*")
                continue
            for leaf in ast.walk(action):  # a literal, or "a" if ... else "b"
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                    actions.add(leaf.value)
            keys.update(k.arg for k in node.keywords if k.arg)
    return actions, keys


def test_every_recorded_action_and_detail_has_a_name():
    actions, keys = recorded_actions()
    assert "request.status" in actions and "legal.*" in actions  # the scan works
    expanded = set()
    for action in actions:
        if action == "legal.*":
            expanded |= {"legal.print", "legal.reprint", "legal.export"}
        elif action == "request.*":
            expanded |= {"request.whatsapp"}
        else:
            expanded.add(action)
    assert sorted(expanded - set(audit_text.ACTION_LABELS)) == []
    # settings.office logs the office's fields by name (**changed)
    keys |= {f.name for f in fields(settings.OfficeProfile)} - {"logo_png"}
    shown_elsewhere = {"ticket", "register_no", "old", "new", "changes"}
    assert sorted(keys - set(audit_text.DETAIL_LABELS) - shown_elsewhere) == []


NAMES = {"3": "Budi Santoso", "5": "Rina Marlina"}


def test_a_status_change_reads_as_words():
    detail = {
        "ticket": "KK-261129-0004",
        "old": "baru",
        "new": "diproses",
        "reason": None,
        "document_no": None,
        "delivery": None,
        "missing_documents": None,
    }
    assert audit_text.action_label("request.status") == "Status permohonan diubah"
    assert audit_text.object_text("request", "12", detail, NAMES) == "Permohonan KK-261129-0004"
    assert audit_text.detail_text("request.status", detail, NAMES) == "Status: Baru → Diproses"


def test_details_of_other_actions():
    text = audit_text.detail_text
    done = {"old": "diproses", "new": "selesai", "document_no": "3216-LU-29112026-0001",
            "delivery": "whatsapp", "missing_documents": None, "reason": None}  # fmt: skip
    assert text("request.status", done, NAMES) == (
        "Status: Diproses → Selesai · Nomor dokumen: 3216-LU-29112026-0001 · "
        "Dikirim lewat: WhatsApp"
    )
    assert text("request.assign", {"ticket": "KK-1", "old": None, "new": 3}, NAMES) == (
        "Petugas: belum ada → Budi Santoso"
    )
    assert text("login.failed", {"username": "budi", "reason": "password"}, NAMES) == (
        "Nama pengguna: budi · Alasan: kata sandi salah"
    )
    assert text("permission.denied", {"permission": "audit.view", "what": "audit.list"}, NAMES) == (
        "Wewenang: melihat log audit"
    )
    changes = {
        "name": {"old": "Sri", "new": "Sri Wahyuni"},
        "notes": {"old": 0, "new": 24},
        "nik": {"old": None, "new": "321606******0003"},
    }
    edit = {"ticket": "KK-1", "changes": changes}
    assert text("request.edit", edit, NAMES) == (
        "Nama: Sri → Sri Wahyuni · Keterangan: 0 → 24 karakter · NIK: — → 321606******0003"
    )
    backup = {"file": "C:\\Data\\Loket\\cadangan-20261129.sqlite3", "size": 3_250_000,
              "kind": "manual", "audit_anchor": "12 · a1b2c3d4e5f6"}  # fmt: skip
    assert text("backup.create", backup, NAMES) == (
        "Berkas: cadangan-20261129.sqlite3 · Ukuran: 3,1 MB · Jenis: manual · "
        "Jejak audit: 12 · a1b2c3d4e5f6"
    )
    export = {"date_from": "2026-11-01", "date_to": "2026-11-29", "rows": 1234,
              "unmasked": False, "format": "xlsx"}  # fmt: skip
    assert text("requests.export", export, NAMES) == (
        "Dari tanggal: 01/11/2026 · Sampai tanggal: 29/11/2026 · Baris: 1.234 · "
        "NIK/KK lengkap: tidak · Format: xlsx"
    )
    assert audit_text.object_text("settings", "office_timezone", {}, NAMES).startswith(
        "Pengaturan: Zona waktu kantor"
    )
    assert text("settings.change", {"old": "WIB", "new": "WITA"}, NAMES) == "Nilai: WIB → WITA"
    assert audit_text.object_text("user", "3", {}, NAMES) == "Akun Budi Santoso"
    assert audit_text.object_text("holiday", "2026-08-17", {}, NAMES) == "Hari libur 17/08/2026"


def test_a_verification_names_the_register_number_and_the_scheme():
    detail = {"seq": "474/0005/Disdukcapil/XI/2026", "status": "valid", "reason": "",
              "scheme": "ecdsa", "key": "88"}  # fmt: skip
    thing = audit_text.object_text("legal_entry", "5", detail, NAMES)
    assert thing == "Legalisir 474/0005/Disdukcapil/XI/2026"  # not the row id "5"
    assert audit_text.detail_text("legal.verify", detail, NAMES) == (
        "Hasil: sah · Skema: tanda tangan digital kantor · Kunci: 88"
    )


def test_an_unknown_action_keeps_its_code():
    assert audit_text.action_label("something.new") == "something.new"


def test_real_log_entries_read_without_codes(db, supervisor, petugas):
    """What the app really writes, described: no code, no None, no repr."""
    with pytest.raises(users.LoginFailed):
        users.authenticate(db, "budi", "salah-sekali")
    req = rq.create_request(
        db, petugas, channel="web", service_code="KK", name="Sri Wahyuni",
        nik="3216064507880003", received_at=datetime.now(UTC),
    )  # fmt: skip
    rq.change_status(db, petugas, req.id, req.version, "diproses")
    rows, _total = audit.list_entries(db, supervisor)
    names = {str(u.id): u.full_name for u in users.list_users(db, supervisor)}
    seen = set()
    for row in rows:
        label = audit_text.action_label(row.action)
        details = audit_text.detail_text(row.action, row.detail, names)
        thing = audit_text.object_text(row.entity, row.entity_id, row.detail, names)
        seen.add(label)
        for text in (label, details, thing):
            assert not RAW.search(text.replace(req.ticket, "")), (row.action, text)
    assert {"Status permohonan diubah", "Permohonan dicatat", "Gagal masuk"} <= seen
