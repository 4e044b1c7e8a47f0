"""``loket settings``: the same typed registry as the settings tabs, on the command line."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli import main


@pytest.fixture
def ready(data_dir, monkeypatch):
    """A database with a supervisor: changing settings needs ``--user`` with a password."""
    from desktop_app.core import users
    from desktop_app.core.schema import open_database
    from desktop_app.core.security import SYSTEM

    db = open_database()
    users.create_user(db, SYSTEM, "kasi", "Kasi", "supervisor", "rahasia123")
    users.create_user(db, SYSTEM, "budi", "Budi", "petugas", "rahasia123")
    db.dispose()
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")


SUPERVISOR = ["--user", "kasi"]


def test_list_shows_every_setting_with_its_label(ready, capsys):
    from desktop_app.core import options

    assert main(["settings", "list"]) == 0
    out = capsys.readouterr().out
    for key in options.REGISTRY:
        assert key in out
    assert "Ukuran kertas cetak" in out and "A4" in out
    assert main(["settings", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["paper"] == "A4" and data["idle_lock_minutes"] == 10
    assert data["report_signer_id"] is None


def test_set_then_get_with_values_as_typed(ready, capsys):
    assert main([*SUPERVISOR, "settings", "set", "paper", "f4"]) == 0
    assert "= F4" in capsys.readouterr().out
    assert main([*SUPERVISOR, "settings", "set", "legal_endorse_x_mm", "12,5"]) == 0
    assert main([*SUPERVISOR, "settings", "set", "report_signer_id", "3"]) == 0
    assert main([*SUPERVISOR, "settings", "set", "report_signer_id", "otomatis"]) == 0
    capsys.readouterr()
    assert main(["settings", "get", "paper"]) == 0
    assert capsys.readouterr().out.strip() == "F4"
    assert main(["settings", "get", "legal_endorse_x_mm"]) == 0
    assert capsys.readouterr().out.strip() == "12.5"
    assert main(["settings", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["report_signer_id"] is None


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["set", "paper", "B5"], "harus salah satu dari: A4, F4"),
        (["set", "typo_key", "1"], "Pengaturan tidak dikenal: typo_key"),
        (["get", "typo_key"], "Pengaturan tidak dikenal: typo_key"),
        (["set", "report_signer_id", "x"], "report_signer_id"),
        (["set", "idle_lock_minutes", "999"], "antara 1 dan 240"),
    ],
)
def test_bad_values_exit_1_with_a_message_and_change_nothing(ready, capsys, args, fragment):
    assert main([*SUPERVISOR, "settings", *args]) == 1
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err
    assert main(["settings", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["paper"] == "A4" and data["idle_lock_minutes"] == 10


def test_an_officer_or_the_command_line_without_a_user_may_not_change_settings(ready, capsys):
    assert main(["--user", "budi", "settings", "set", "paper", "F4"]) == 1
    assert "tidak berwenang" in capsys.readouterr().err
    assert main(["settings", "set", "paper", "F4"]) == 1
    assert "--user" in capsys.readouterr().err
    assert main(["settings", "get", "paper"]) == 0
    assert capsys.readouterr().out.strip() == "A4"
