"""Every core operation that changes or reveals data, against every role.

One table: operation -> the permission it needs. For each role the operation is either allowed
(it may still refuse the input: any LoketError but PermissionDenied) or refused with
PermissionDenied and exactly one ``permission.denied`` audit entry naming the permission.
A completeness check reads every ``audit.require(...)`` in desktop_app/core and fails when an
operation is added to the core without a row here. That the audit chain detects an edited,
deleted or reordered entry is proven in tests/core/test_audit.py.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from legal_helpers import entry_input, setup_office
from sqlalchemy import select

from desktop_app.core import (
    audit,
    backup,
    exporter,
    importer,
    legal_print,
    performance,
    report,
    users,
)
from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.core import settings as app_settings
from desktop_app.core.errors import LoketError, PermissionDenied
from desktop_app.core.legalization import verify_page
from desktop_app.core.models import AuditEntry
from desktop_app.core.security import ROLE_PERMISSIONS, SYSTEM, Permission, Role

P = Permission
CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
DAY = date(2026, 11, 23)
CSV = (
    "diterima,kanal,layanan,nik,no_kk,nama,no_hp,email,keterangan,ref\n"
    "2026-11-23 08:05,web,KK,3216064507880003,,Sri Wahyuni,,,,{ref}\n"
)


class World:
    """What the operations act on; each operation makes its own request or entry, so the order
    of the table does not matter."""

    def __init__(self, db, tmp: Path) -> None:
        self.db, self.tmp, self.n = db, tmp, 0
        self.official_id = setup_office(db)

    def request(self, status: str = "baru") -> rq.RequestDetail:
        self.n += 1
        detail = rq.create_request(
            self.db, SYSTEM, channel="wa", service_code="KK", name="Sri Wahyuni",
            nik="3216064507880003", received_at=datetime.now(UTC) - timedelta(minutes=self.n),
            external_ref=f"M{self.n}", phone="081288771203",
        )  # fmt: skip
        if status == "selesai":
            detail = rq.change_status(self.db, SYSTEM, detail.id, detail.version, "diproses")
            detail = rq.change_status(self.db, SYSTEM, detail.id, detail.version, "selesai")
        return detail

    def entry(self) -> legal.EntryInfo:
        self.n += 1
        return legal.create_entry(self.db, SYSTEM, entry_input(self.official_id, seed=self.n))

    def path(self, name: str) -> Path:
        self.n += 1
        return self.tmp / f"{self.n}-{name}"

    def csv(self) -> Path:
        path = self.path("impor.csv")
        path.write_text(CSV.format(ref=f"IMP{self.n}"), encoding="utf-8")
        return path

    def key_id(self) -> int:
        return next(k.key_id for k in legal.list_keys(self.db, SYSTEM) if k.current)

    def spare_key(self) -> int:
        """A key of its own for an operation that revokes it."""
        return legal.create_key(self.db, SYSTEM, replace_lost=True).key_id

    def backup(self) -> Path:
        path = self.path("cadangan.json")
        legal.backup_key(self.db, SYSTEM, self.key_id(), path, "frasa sandi kantor")
        return path

    def public(self) -> Path:
        return legal.export_public(self.db, SYSTEM, self.key_id(), self.path("kunci.pem"))

    def folder(self) -> Path:
        path = self.path("situs")
        path.mkdir()
        return path

    def user_id(self) -> int:
        self.n += 1
        return users.create_user(self.db, SYSTEM, f"u{self.n}", "Uji", "petugas", "rahasia123").id


def _status(w, a):
    r = w.request()
    return rq.change_status(w.db, a, r.id, r.version, "diproses")


def _reopen(w, a):
    r = w.request("selesai")
    return rq.change_status(w.db, a, r.id, r.version, "diproses")


def _monthly(w):
    return performance.build_report(w.db, SYSTEM, month="2026-11", today=date(2026, 11, 28))


def _restore(w, a):
    bogus = w.path("bukan-cadangan.sqlite3")
    bogus.write_bytes(b"bukan basis data")
    return backup.restore(w.db, bogus, a)


# (operation, permission(s) it needs in the order checked, what the refusal's audit entry
# names, call)
OPERATIONS = [
    # users
    ("users.list_users", P.USERS_MANAGE, "users.list", lambda w, a: users.list_users(w.db, a)),
    ("users.create_user", P.USERS_MANAGE, "user.create",
     lambda w, a: users.create_user(w.db, a, f"x{w.path('')}"[-8:].replace("/", "x"), "X",
                                    "petugas", "rahasia123")),
    ("users.set_active", P.USERS_MANAGE, "user.set_active",
     lambda w, a: users.set_active(w.db, a, w.user_id(), False)),
    ("users.set_role", P.USERS_MANAGE, "user.set_role",
     lambda w, a: users.set_role(w.db, a, w.user_id(), "legalisir")),
    ("users.reset_password", P.USERS_MANAGE, "user.reset_password",
     lambda w, a: users.reset_password(w.db, a, w.user_id(), "rahasia456")),
    ("users.set_nip", P.USERS_MANAGE, "user.set_nip",
     lambda w, a: users.set_nip(w.db, a, w.user_id(), "199001012015012001")),
    # settings
    ("settings.save_office", P.SETTINGS_EDIT, "settings.office",
     lambda w, a: app_settings.save_office(w.db, a, app_settings.get_office(w.db))),
    ("settings.set_value", P.SETTINGS_EDIT, "settings.idle_lock_minutes",
     lambda w, a: app_settings.set_value(w.db, a, "idle_lock_minutes", 15)),
    ("settings.save_official", P.SETTINGS_EDIT, "settings.official",
     lambda w, a: app_settings.save_official(w.db, a, name="Budi Santoso", title="Kepala Dinas",
                                             rank="", nip="196804111993031009")),
    ("settings.set_holiday", P.SETTINGS_EDIT, "settings.holiday",
     lambda w, a: app_settings.set_holiday(w.db, a, date(2026, 12, 25), "Natal")),
    ("settings.remove_holiday", P.SETTINGS_EDIT, "settings.holiday",
     lambda w, a: app_settings.remove_holiday(w.db, a, date(2026, 12, 25))),
    # requests
    ("requests.create_request", P.REQUESTS_EDIT, "requests.create", lambda w, a: rq.create_request(
        w.db, a, channel="web", service_code="KK", name="Dedi", nik="3216071203910002")),
    ("requests.change_status", P.REQUESTS_EDIT, "requests.status", _status),
    ("requests.change_status (reopen)", (P.REQUESTS_EDIT, P.REQUESTS_REOPEN),
     ("requests.status", "requests.reopen"), _reopen),
    ("requests.assign", P.REQUESTS_EDIT, "requests.assign",
     lambda w, a: rq.assign(w.db, a, (r := w.request()).id, r.version, None)),
    ("requests.update_request", P.REQUESTS_EDIT, "requests.edit",
     lambda w, a: rq.update_request(w.db, a, (r := w.request()).id, r.version, name="Sri W.")),
    ("requests.record_whatsapp_sent", P.REQUESTS_EDIT, "requests.whatsapp",
     lambda w, a: rq.record_whatsapp_sent(w.db, a, w.request().id, "Halo")),
    ("requests.get_detail", P.REQUESTS_VIEW, "requests.view",
     lambda w, a: rq.get_detail(w.db, a, w.request().id)),
    ("requests.list_ids", P.REQUESTS_VIEW, "requests.list", lambda w, a: rq.list_ids(w.db, a)),
    ("requests.count_ids", P.REQUESTS_VIEW, "requests.list", lambda w, a: rq.count_ids(w.db, a)),
    ("requests.search", P.REQUESTS_VIEW, "requests.list", lambda w, a: rq.search(w.db, a, "Sri")),
    ("requests.queue_counts", P.REQUESTS_VIEW, "requests.list",
     lambda w, a: rq.queue_counts(w.db, a)),
    ("requests.fetch_rows", P.REQUESTS_VIEW, "requests.list",
     lambda w, a: rq.fetch_rows(w.db, a, [w.request().id])),
    ("requests.open_duplicates", P.REQUESTS_VIEW, "requests.duplicates",
     lambda w, a: rq.open_duplicates(w.db, a, "3216064507880003", "KK")),
    ("requests.render_message", P.REQUESTS_VIEW, "requests.message",
     lambda w, a: rq.render_message(w.db, a, w.request().id)),
    ("requests.wa_url", P.REQUESTS_VIEW, "requests.message",
     lambda w, a: rq.wa_url(w.db, a, w.request().id)),
    ("requests.wa_url (edited text)", P.REQUESTS_VIEW, "requests.message",
     lambda w, a: rq.wa_url(w.db, a, w.request().id, "Yth. Sri, berkas sudah siap.")),
    ("requests.save_service", P.SERVICES_EDIT, "services.save",
     lambda w, a: rq.save_service(w.db, a, "KTP", "KTP-el", 3)),
    ("requests.save_template", P.SETTINGS_EDIT, "templates.save",
     lambda w, a: rq.save_template(w.db, a, "selesai", "Yth. {nama}, permohonan {tiket} selesai.")),
    ("importer.import_file", P.REQUESTS_EDIT, "requests.import",
     lambda w, a: importer.import_file(w.db, a, w.csv())),
    ("exporter.export_requests", P.REQUESTS_EXPORT, "requests.export",
     lambda w, a: exporter.export_requests(w.db, a, DAY, DAY, w.path("e.csv"))),
    ("exporter.export_requests (unmask)", (P.REQUESTS_EXPORT, P.UNMASK),
     ("requests.export", "requests.export.unmask"),
     lambda w, a: exporter.export_requests(w.db, a, DAY, DAY, w.path("e.csv"), unmask=True)),
    # legalization
    ("legalization.create_entry", P.LEGAL_EDIT, "legal.create",
     lambda w, a: legal.create_entry(w.db, a, entry_input(w.official_id, seed=99))),
    ("legalization.record_print", P.LEGAL_EDIT, "legal.print",
     lambda w, a: legal.record_print(w.db, a, w.entry().id, "print", "copy", 1)),
    ("legal_print.print_entry", P.LEGAL_EDIT, "legal.print",
     lambda w, a: legal_print.print_entry(w.db, a, w.entry().id, "receipt",
                                          out=w.path("t.pdf"))),
    ("legalization.revoke", P.LEGAL_REVOKE, "legal.revoke",
     lambda w, a: legal.revoke(w.db, a, w.entry().id, "Salah data")),
    ("legalization.verify", P.LEGAL_VERIFY, "legal.verify",
     lambda w, a: legal.verify(w.db, a, legal.qr_payload(w.entry()))),
    ("legalization.get_entry", P.LEGAL_VIEW, "legal.view",
     lambda w, a: legal.get_entry(w.db, a, w.entry().id)),
    ("legalization.find_entry", P.LEGAL_VIEW, "legal.view",
     lambda w, a: legal.find_entry(w.db, a, w.entry().register_no)),
    ("legalization.list_entries", P.LEGAL_VIEW, "legal.list",
     lambda w, a: legal.list_entries(w.db, a)),
    ("legalization.scan_of", P.LEGAL_VIEW, "legal.scan",
     lambda w, a: legal.scan_of(w.db, a, w.entry().id, 0)),
    ("legalization.print_history", P.LEGAL_VIEW, "legal.view",
     lambda w, a: legal.print_history(w.db, a, w.entry().id)),
    ("legalization.list_keys", P.LEGAL_VIEW, "legal.keys.list",
     lambda w, a: legal.list_keys(w.db, a)),
    ("legalization.rotate_key", P.LEGAL_KEYS, "legal.key.rotate",
     lambda w, a: legal.rotate_key(w.db, a)),
    ("legalization.create_key", P.LEGAL_KEYS, "legal.key.create",
     lambda w, a: legal.create_key(w.db, a, replace_lost=True)),
    ("legalization.export_public", P.LEGAL_KEYS, "legal.key.export_public",
     lambda w, a: legal.export_public(w.db, a, w.key_id(), w.path("k.pem"))),
    ("legalization.backup_key", P.LEGAL_KEYS, "legal.key.backup",
     lambda w, a: legal.backup_key(w.db, a, w.key_id(), w.path("b.json"), "frasa sandi baru")),
    ("legalization.install_key", P.LEGAL_KEYS, "legal.key.install",
     lambda w, a: legal.install_key(w.db, a, w.backup(), "frasa sandi kantor")),
    ("legalization.install_public", P.LEGAL_KEYS, "legal.key.install_public",
     lambda w, a: legal.install_public(w.db, a, w.public())),
    ("legalization.revoke_key", P.LEGAL_KEYS, "legal.key.revoke",
     lambda w, a: legal.revoke_key(w.db, a, w.spare_key(), "uji")),
    ("verify_page.build_page", P.LEGAL_KEYS, "legal.verify_page",
     lambda w, a: verify_page.build_page(w.db, a, w.folder())),
    ("legal_print.export_register", P.LEGAL_VIEW, "legal.list",
     lambda w, a: legal_print.export_register(w.db, a, DAY, DAY, w.path("r.xlsx"))),
    ("legal_print.export_register (unmask)", (P.UNMASK, P.LEGAL_VIEW),
     ("legal.register.unmask", "legal.list"),
     lambda w, a: legal_print.export_register(w.db, a, DAY, DAY, w.path("r.xlsx"), unmask=True)),
    # report
    ("report.build_daily_report", P.REPORT_DAILY, "report.daily",
     lambda w, a: report.build_daily_report(w.db, a, DAY, DAY, today=date(2026, 11, 28))),
    ("report.export_daily_pdf", P.REPORT_DAILY, "report.export",
     lambda w, a: report.export_daily_pdf(w.db, a, DAY, DAY, w.path("l.pdf"),
                                          today=date(2026, 11, 28))),
    ("performance.build_report", P.REPORT_PERFORMANCE, "report.performance",
     lambda w, a: performance.build_report(w.db, a, month="2026-11", today=date(2026, 11, 28))),
    ("performance.render", P.REPORT_PERFORMANCE, "report.performance",
     lambda w, a: performance.render(w.db, a, _monthly(w), ".xlsx")),
    ("performance.save_export", P.REPORT_PERFORMANCE, "report.performance.export",
     lambda w, a: performance.save_export(w.db, a, _monthly(w), b"PK", w.path("k.xlsx"))),
    ("performance.export_report", P.REPORT_PERFORMANCE, "report.performance.export",
     lambda w, a: performance.export_report(w.db, a, w.path("k.xlsx"), month="2026-11",
                                            today=date(2026, 11, 28))),
    # backups and the audit log
    ("backup.backup_now", P.BACKUP, "backup.create",
     lambda w, a: backup.backup_now(w.db, a, w.path("c.sqlite3"))),
    ("backup.restore", P.RESTORE, "backup.restore", _restore),
    ("audit.list_entries", P.AUDIT_VIEW, "audit.list", lambda w, a: audit.list_entries(w.db, a)),
]  # fmt: skip
ROLES = [Role.PETUGAS, Role.LEGALISIR, Role.SUPERVISOR]
CASES = len(OPERATIONS) * len(ROLES)  # for the README: permission cases


def _pairs(permission, what) -> list[tuple[Permission, str]]:
    if isinstance(permission, tuple):
        return list(zip(permission, what, strict=True))
    return [(permission, what)]


def _denials(db) -> list[dict]:
    with db.read() as session:
        return [
            json.loads(d)
            for d in session.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.action == "permission.denied")
                .order_by(AuditEntry.id)
            )
        ]


@pytest.fixture
def actors(db, supervisor, petugas, legalisir):
    return {Role.SUPERVISOR: supervisor, Role.PETUGAS: petugas, Role.LEGALISIR: legalisir}


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_every_operation_against_the_role(db, actors, tmp_path, role):
    world = World(db, tmp_path)
    actor = actors[role]
    wrong = []
    for name, permission, what, call in OPERATIONS:
        if name == "backup.restore" and not db.is_sqlite:
            continue  # restore replaces a SQLite file; PostgreSQL is restored with its own tools
        needs = _pairs(permission, what)
        missing = [(p.value, w) for p, w in needs if p not in ROLE_PERMISSIONS[role]]
        allowed = not missing
        before = len(_denials(db))
        try:
            call(world, actor)
            outcome = "ok"
        except PermissionDenied as exc:
            outcome = "denied"
            if "tidak berwenang" not in exc.message:
                wrong.append(f"{name}: refusal message {exc.message!r}")
        except LoketError as exc:
            outcome = f"refused input: {exc.message[:80]}"
        new = _denials(db)[before:]
        if allowed and (outcome == "denied" or new):
            wrong.append(f"{name}: {role} should be allowed, got {outcome} {new}")
        if not allowed:
            if outcome != "denied":
                wrong.append(f"{name}: {role} should be refused, got {outcome}")
            elif [(d.get("permission"), d.get("what")) for d in new] != missing[:1]:
                wrong.append(f"{name}: audit of the refusal {new}, want {missing[:1]}")
    assert wrong == []


def test_the_rules_that_matter_most():
    """Spelled out: petugas cannot manage users, change settings, revoke or unmask;
    legalisir cannot change requests; the supervisor can do everything."""
    petugas, legalisir = ROLE_PERMISSIONS[Role.PETUGAS], ROLE_PERMISSIONS[Role.LEGALISIR]
    for permission in (P.USERS_MANAGE, P.SETTINGS_EDIT, P.LEGAL_REVOKE, P.UNMASK, P.BACKUP):
        assert permission not in petugas
    for permission in (P.REQUESTS_EDIT, P.REQUESTS_REOPEN, P.REQUESTS_VIEW, P.UNMASK):
        assert permission not in legalisir
    assert ROLE_PERMISSIONS[Role.SUPERVISOR] == frozenset(Permission)


def test_the_table_covers_every_permission_check_in_the_core():
    """A new ``audit.require(..., "what")`` in the core without a row here fails this test."""
    pattern = re.compile(r"require\(\s*\w+,\s*actor,\s*Permission\.(\w+),\s*f?\"([^\"]+)\"")
    in_core = set()
    for path in CORE.rglob("*.py"):
        for perm, what in pattern.findall(path.read_text(encoding="utf-8")):
            if "{" in what:  # f"legal.{kind}", f"settings.{key}": the table names one instance
                what = what.split("{")[0]
            in_core.add((Permission[perm].value, what))
    covered = {(p.value, w) for _n, ps, ws, _c in OPERATIONS for p, w in _pairs(ps, ws)}
    covered |= {(p, w.rsplit(".", 1)[0] + ".") for p, w in covered}
    missing = {
        (p, w)
        for p, w in in_core
        if (p, w) not in covered and (p, w.rstrip(".") + ".") not in covered
    }
    assert len(in_core) > 30
    assert missing == set()


def test_a_disabled_user_cannot_log_in(db, supervisor, petugas):
    users.set_active(db, supervisor, petugas.user_id, False)
    with pytest.raises(users.LoginFailed, match="dinonaktifkan"):
        users.authenticate(db, "budi", "rahasia123")
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "login.failed" and json.loads(last.detail)["reason"] == "disabled"
    users.set_active(db, supervisor, petugas.user_id, True)
    assert users.authenticate(db, "budi", "rahasia123").role == Role.PETUGAS


def _last_entry(db) -> AuditEntry:
    with db.read() as session:
        return session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()


def test_a_user_disabled_mid_session_is_refused_at_the_next_operation(db, supervisor, petugas):
    """Logged in before the supervisor disabled them: the very next call in this process is
    refused (reads and writes alike), audited with reason "disabled", and nothing is written."""
    world = World(db, Path("."))
    request_id = world.request().id
    ids = rq.list_ids(db, petugas)
    assert [r.id for r in rq.fetch_rows(db, petugas, ids)] == [request_id]  # remembered active

    users.set_active(db, supervisor, petugas.user_id, False)
    calls = [
        lambda: rq.fetch_rows(db, petugas, ids),
        lambda: rq.get_detail(db, petugas, request_id),
        lambda: rq.wa_url(db, petugas, request_id),
        lambda: rq.create_request(db, petugas, channel="web", service_code="KK", name="Dedi",
                                  nik="3216071203910002"),
    ]  # fmt: skip
    for call in calls:
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.message == (
            "Akun Anda telah dinonaktifkan oleh supervisor; hubungi supervisor."
        )
        last = _last_entry(db)
        assert (last.action, last.username) == ("permission.denied", "budi")
        assert json.loads(last.detail)["reason"] == "disabled"
    assert [d["what"] for d in _denials(db)] == [
        "requests.list", "requests.view", "requests.message", "requests.create"
    ]  # fmt: skip
    assert rq.count_ids(db, supervisor) == 1  # the refused create wrote nothing

    users.set_active(db, supervisor, petugas.user_id, True)
    assert [r.id for r in rq.fetch_rows(db, petugas, ids)] == [request_id]
    assert audit.verify_chain(db).ok


def test_the_account_check_reads_once_per_few_seconds(db, supervisor, petugas, monkeypatch):
    """Scrolling the list must not query the account on every page; a change made on another
    counter (no cache to invalidate here) shows once the few seconds have passed."""
    from sqlalchemy import event, update

    from desktop_app.core.models import User

    ids = rq.list_ids(db, petugas)
    looked_up = []

    def count(_conn, _cursor, statement, *_args):
        if "users.active" in statement:
            looked_up.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    audit.forget_active()
    for _page in range(5):
        rq.fetch_rows(db, petugas, ids)
    assert len(looked_up) == 1

    with db.write() as session:  # as another PC would: straight to the database
        session.execute(update(User).where(User.id == petugas.user_id).values(active=False))
    rq.fetch_rows(db, petugas, ids)  # still within the few seconds remembered
    monkeypatch.setattr(audit, "ACTIVE_TTL", 0.0)
    with pytest.raises(PermissionDenied, match="dinonaktifkan"):
        rq.fetch_rows(db, petugas, ids)
    assert len(looked_up) == 2  # the stale pass read nothing; the refusal read afresh
    rq.list_ids(db, SYSTEM)  # the system account has no row to check
    event.remove(db.engine, "before_cursor_execute", count)
    assert len(looked_up) == 2


def test_refusals_leave_an_audit_trail_a_supervisor_can_read(db, supervisor, petugas):
    with pytest.raises(PermissionDenied):
        users.list_users(db, petugas)
    rows, _total = audit.list_entries(db, supervisor, action_prefix="permission.denied")
    assert rows[0].username == "budi" and rows[0].detail["what"] == "users.list"
