"""``loket audit verify`` exits 1 and names the first broken entry."""

from __future__ import annotations

import json

from sqlalchemy import select

from desktop_app.core import audit
from desktop_app.core.models import AuditEntry


def test_cli_audit_verify_exit_codes(db, supervisor, db_url, monkeypatch, capsys, sqlite_only):
    from desktop_app.cli import main

    monkeypatch.setenv("LOKET_DB_URL", db_url)
    for i in range(3):
        with db.write() as s:
            audit.record(s, supervisor, "test.action", "thing", i)
    assert main(["audit", "verify"]) == 0
    assert "utuh" in capsys.readouterr().out
    target = _ids(db)[2]
    with db.write() as s:
        row = s.get(AuditEntry, target)
        row.detail = json.dumps({"note": "dipalsukan"})
    assert main(["audit", "verify"]) == 1
    assert f"entri nomor {target}" in capsys.readouterr().err


def _ids(db):
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))
