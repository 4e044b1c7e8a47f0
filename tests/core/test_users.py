"""Password hashing, login with lockout, user management and its permissions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop_app.core import users
from desktop_app.core.errors import Conflict, PermissionDenied, ValidationError
from desktop_app.core.models import AuditEntry, User
from desktop_app.core.security import (
    SYSTEM,
    Permission,
    Role,
    hash_password,
    verify_password,
)


def test_password_hash_is_salted_scrypt_and_verifies():
    first, second = hash_password("rahasia123"), hash_password("rahasia123")
    assert first.startswith("scrypt$") and first != second
    assert "rahasia123" not in first
    assert verify_password("rahasia123", first)
    assert not verify_password("rahasia124", first)
    assert not verify_password("rahasia123", "garbage")


def test_first_supervisor_only_once(db):
    actor = users.create_first_supervisor(db, " Kasi ", "Kepala  Seksi", "rahasia123")
    assert actor.username == "kasi" and actor.role == Role.SUPERVISOR
    with pytest.raises(Conflict):
        users.create_first_supervisor(db, "lain", "Lain", "rahasia123")


@pytest.mark.parametrize(
    "username, password, fragment",
    [
        ("a", "rahasia123", "Nama pengguna"),
        ("kasi", "pendek", "minimal 8"),
        ("Ka Si", "rahasia123", "Nama pengguna"),
        ("kasi'--", "rahasia123", "Nama pengguna"),
    ],
)
def test_bad_new_user_is_refused(db, username, password, fragment):
    with pytest.raises(ValidationError, match=fragment):
        users.create_first_supervisor(db, username, "Nama", password)
    assert not users.has_users(db)


def test_login_success_and_failure_are_audited(db, supervisor):
    assert users.authenticate(db, "KASI", "rahasia123").username == "kasi"
    with pytest.raises(users.LoginFailed, match="salah"):
        users.authenticate(db, "kasi", "salah-sekali")
    with pytest.raises(users.LoginFailed, match="salah"):
        users.authenticate(db, "tidakada", "rahasia123")
    with db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[-3:] == ["login", "login.failed", "login.failed"]


def test_five_failures_lock_for_fifteen_minutes(db, supervisor):
    for _ in range(4):
        with pytest.raises(users.LoginFailed, match="salah"):
            users.authenticate(db, "kasi", "keliru-123")
    with pytest.raises(users.LoginFailed, match="dikunci selama 15 menit"):
        users.authenticate(db, "kasi", "keliru-123")
    with pytest.raises(users.LoginFailed, match="terkunci"):  # even the right password
        users.authenticate(db, "kasi", "rahasia123")
    with db.write() as s:  # the lock expires
        user = s.scalar(select(User).where(User.username == "kasi"))
        user.locked_until = user.locked_until - timedelta(minutes=16)
    assert users.authenticate(db, "kasi", "rahasia123").username == "kasi"


def test_disabled_user_cannot_log_in(db, supervisor, petugas):
    users.set_active(db, supervisor, petugas.user_id, False)
    with pytest.raises(users.LoginFailed, match="dinonaktifkan"):
        users.authenticate(db, "budi", "rahasia123")
    users.set_active(db, supervisor, petugas.user_id, True)
    assert users.authenticate(db, "budi", "rahasia123").role == Role.PETUGAS


def test_change_own_password(db, petugas):
    with pytest.raises(ValidationError, match="lama salah"):
        users.change_own_password(db, petugas, "bukan-ini", "barubaru123")
    users.change_own_password(db, petugas, "rahasia123", "barubaru123")
    assert users.authenticate(db, "budi", "barubaru123").username == "budi"


def test_supervisor_resets_password_and_lifts_lock(db, supervisor, petugas):
    for _ in range(5):
        with pytest.raises(users.LoginFailed):
            users.authenticate(db, "budi", "keliru-123")
    users.reset_password(db, supervisor, petugas.user_id, "barubaru123")
    assert users.authenticate(db, "budi", "barubaru123").username == "budi"


@pytest.mark.parametrize("who", ["petugas", "legalisir"])
def test_only_supervisor_manages_users(db, request, who):
    actor = request.getfixturevalue(who)
    for call in (
        lambda: users.list_users(db, actor),
        lambda: users.create_user(db, actor, "baru", "Baru", "petugas", "rahasia123"),
        lambda: users.set_active(db, actor, 1, False),
        lambda: users.reset_password(db, actor, 1, "rahasia123"),
        lambda: users.set_role(db, actor, 1, "petugas"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    with db.read() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "permission.denied")).all()
    assert len(denied) == 5 and {d.username for d in denied} == {actor.username}


def test_supervisor_cannot_lock_themself_out(db, supervisor):
    with pytest.raises(ValidationError):
        users.set_active(db, supervisor, supervisor.user_id, False)
    with pytest.raises(ValidationError):
        users.set_role(db, supervisor, supervisor.user_id, "petugas")


def test_duplicate_username_refused(db, supervisor, petugas):
    with pytest.raises(Conflict, match="sudah dipakai"):
        users.create_user(db, supervisor, "budi", "Budi Lain", "petugas", "rahasia123")


def test_role_permissions_table():
    from desktop_app.core.security import ROLE_PERMISSIONS

    assert Permission.USERS_MANAGE not in ROLE_PERMISSIONS[Role.PETUGAS]
    assert Permission.REQUESTS_EDIT not in ROLE_PERMISSIONS[Role.LEGALISIR]
    assert Permission.LEGAL_EDIT not in ROLE_PERMISSIONS[Role.PETUGAS]
    assert ROLE_PERMISSIONS[Role.SUPERVISOR] == frozenset(Permission)
    assert SYSTEM.can(Permission.USERS_MANAGE)


def test_a_new_account_and_its_nip_are_one_write(db, supervisor):
    """A wrong NIP creates no account; a right one is stored with the account, both audited."""
    with pytest.raises(ValidationError) as refused:
        users.create_user(
            db, supervisor, "budi", "Budi Santoso", "petugas", "rahasia123", nip="19850312"
        )
    assert [field for field, _message in refused.value.problems] == ["NIP"]
    assert "budi" not in [u.username for u in users.list_users(db, supervisor)]

    budi = users.create_user(
        db, supervisor, "budi", "Budi Santoso", "petugas", "rahasia123", nip="198503122010011005"
    )
    assert users.nip_of(db, budi.id) == "198503122010011005"
    with db.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == str(budi.id))
        ).all()
    assert actions[-2:] == ["user.create", "user.set_nip"]
