"""User accounts: login with lockout, own password change, and the supervisor's user management."""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit, audit_key
from .audit_key import AuditKey
from .db import Database
from .errors import Conflict, NotFound, ValidationError
from .i18n import _
from .models import Setting, User, utcnow
from .names import check_name
from .security import (
    Actor,
    Permission,
    Role,
    check_password_rules,
    hash_password,
    verify_password,
)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    tampered: bool = False  # changed outside the app (its seal does not match): login refused


class LoginFailed(ValidationError):
    """Wrong user name or password, a disabled account, or a locked one. ``remaining``: tries
    left before a known account locks; ``locked_until``: when a locked account opens again."""

    remaining: int | None = None
    locked_until: datetime | None = None


def _info(user: User, key: AuditKey | None = None) -> UserInfo:
    try:
        role = Role(user.role)
    except ValueError:  # only SQL can put an unknown role there
        role = Role.PETUGAS
        tampered = True
    else:
        tampered = key is not None and not _seal_ok(key, user)
    return UserInfo(
        user.id, user.username, user.full_name, role, user.active, user.locked_until, tampered
    )


# --- seals: role, status and password hash under the office audit key -------------------------


def _seal(key: AuditKey, user: User) -> str:
    return key.mac("user", user.id, user.username, user.role, bool(user.active), user.password_hash)


def _seal_ok(key: AuditKey, user: User) -> bool:
    return user.mac is not None and hmac.compare_digest(user.mac, _seal(key, user))


def _reseal(session: Session, user: User) -> None:
    """After the app itself changed a user row: seal it again (flushes to know the id)."""
    session.flush()
    user.mac = _seal(audit.session_key(session), user)


def seal_unsealed(db: Database) -> int:
    """Seal the user rows of a database upgraded from before seals existed (called once, by the
    upgrade); returns how many. Later, a row without a seal is a row changed by SQL."""
    with db.write() as session:
        rows = list(session.scalars(select(User).where(User.mac.is_(None))))
        for user in rows:
            _reseal(session, user)
        if rows:
            audit.record(session, None, "user.seal", "user", "", users=len(rows))
    return len(rows)


def tampered_accounts(db: Database) -> list[str]:
    """User names whose row was changed outside the app (role, status or password hash), for
    the supervisor's attention at login and in the user list."""
    with db.write() as session:
        key = audit.session_key(session)
        return [
            u.username
            for u in session.scalars(select(User).order_by(User.username))
            if _info(u, key).tampered
        ]


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, Role(user.role), user.full_name)


def has_users(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(User)))


def _validate_new_user(username: str, full_name: str, role: str, password: str) -> tuple[str, str]:
    username = username.strip().lower()
    full_name, name_problem = check_name(full_name, _("Nama lengkap"))
    if not _USERNAME.match(username):
        raise ValidationError(
            _(
                "Nama pengguna 2–32 karakter: huruf kecil, angka, titik, garis bawah atau "
                "tanda hubung, diawali huruf atau angka."
            ),
            [("username", _("tidak valid"))],
        )
    if not full_name:
        raise ValidationError(_("Nama lengkap wajib diisi."), [("full_name", _("kosong"))])
    if len(full_name) > 120:
        raise ValidationError(_("Nama lengkap terlalu panjang (maksimal 120 karakter)."))
    if name_problem:
        raise ValidationError(name_problem, [("full_name", name_problem)])
    try:
        Role(role)
    except ValueError:
        raise ValidationError(_("Peran tidak dikenal: {role}", role=role)) from None
    check_password_rules(password)
    return username, full_name


def create_first_supervisor(db: Database, username: str, full_name: str, password: str) -> Actor:
    """The setup wizard and ``loket init --admin``: only allowed while there is no user at all."""
    username, full_name = _validate_new_user(username, full_name, Role.SUPERVISOR, password)
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise Conflict(_("Sudah ada pengguna; supervisor pertama hanya dibuat sekali."))
        user = User(
            username=username,
            full_name=full_name,
            role=Role.SUPERVISOR.value,
            password_hash=hash_password(password),
        )
        session.add(user)
        _reseal(session, user)
        actor = _actor(user)
        audit.record(
            session,
            actor,
            "user.create",
            "user",
            user.id,
            username=username,
            role=user.role,
            first=True,
        )
    return actor


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a login. Five failures in a row lock the account for 15 minutes."""
    username = username.strip().lower()
    now = utcnow()
    wrong = _("Nama pengguna atau kata sandi salah.")
    with db.write() as session:
        # A name no account can have (NUL, 1 MB paste) is not looked up: PostgreSQL refuses NUL.
        known = _USERNAME.match(username) is not None
        user = session.scalar(select(User).where(User.username == username)) if known else None
        if user is None:
            audit.record(
                session, None, "login.failed", "user", "", username=username[:64], reason="unknown"
            )
            error: LoginFailed | None = LoginFailed(wrong)
        elif _info(user, audit.session_key(session)).tampered:
            audit.record(
                session,
                None,
                "login.failed",
                "user",
                user.id,
                username=user.username,
                reason="tampered",
            )
            error = LoginFailed(
                _(
                    "Akun ini diubah di luar aplikasi (peran, status atau kata sandinya tidak "
                    "cocok dengan segelnya). Demi keamanan login ditolak; minta supervisor "
                    "memeriksa akun ini."
                )
            )
        elif not user.active:
            audit.record(session, _actor(user), "login.failed", "user", user.id, reason="disabled")
            error = LoginFailed(_("Akun ini dinonaktifkan. Hubungi supervisor."))
        elif user.locked_until is not None and user.locked_until > now:
            audit.record(session, _actor(user), "login.failed", "user", user.id, reason="locked")
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            error = LoginFailed(
                _(
                    "Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi dalam "
                    "{minutes} menit.",
                    minutes=minutes,
                )
            )
            error.locked_until = user.locked_until
        elif not verify_password(password, user.password_hash):
            user.failed_logins += 1
            reason = "password"
            error = LoginFailed(wrong)
            error.remaining = MAX_FAILED_LOGINS - user.failed_logins
            if user.failed_logins >= MAX_FAILED_LOGINS:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                reason = "password-locked"
                error = LoginFailed(
                    _(
                        "Terlalu banyak percobaan gagal. Akun dikunci selama {minutes} menit.",
                        minutes=int(LOCKOUT.total_seconds() // 60),
                    )
                )
                error.locked_until = user.locked_until
            audit.record(session, _actor(user), "login.failed", "user", user.id, reason=reason)
        else:
            user.failed_logins = 0
            user.locked_until = None
            actor = _actor(user)
            audit.record(session, actor, "login", "user", user.id)
            error = None
    if error is not None:
        raise error
    return actor


def authenticate_offline(path: Path, username: str, password: str) -> Actor:
    """Check a login against a database file without writing to it: restoring a backup when the
    current database is missing or damaged. Lockouts and failures are not counted here; the
    restore itself is audited in the restored chain."""
    import sqlite3

    username = username.strip().lower()
    wrong = LoginFailed(_("Nama pengguna atau kata sandi salah."))
    if not _USERNAME.match(username):
        raise wrong
    try:
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?immutable=1", uri=True)
        try:
            conn.row_factory = sqlite3.Row
            row = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise LoginFailed(
            _("Akun tidak dapat diperiksa pada berkas {name}.", name=Path(path).name)
        ) from exc
    if row is None or not verify_password(password, row["password_hash"]):
        raise wrong
    if "mac" in row.keys() and not _offline_seal_ok(path, row):
        raise LoginFailed(
            _(
                "Akun {user} di berkas {name} tidak bersegel kunci audit kantor ini; berkas itu "
                "tidak dibuat oleh aplikasi ini atau telah diubah.",
                user=username,
                name=Path(path).name,
            )
        )
    if not row["active"]:
        raise LoginFailed(_("Akun ini dinonaktifkan. Hubungi supervisor."))
    try:
        role = Role(row["role"])
    except ValueError:
        raise wrong from None
    return Actor(row["id"], row["username"], role, row["full_name"])


def _offline_seal_ok(path: Path, row) -> bool:  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?immutable=1", uri=True)
    try:
        head = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (audit.HEAD_KEY,)
        ).fetchone()
    finally:
        conn.close()
    key_id = json.loads(head[0]).get("key") if head is not None else None
    key = audit_key.load(key_id) if key_id else None
    if key is None:
        return False
    user = User(
        id=row["id"],
        username=row["username"],
        role=row["role"],
        active=bool(row["active"]),
        password_hash=row["password_hash"],
    )
    user.mac = row["mac"]
    return _seal_ok(key, user)


def check_password(db: Database, actor: Actor, password: str) -> bool:
    """Unlock after the idle lock: the same user's password again (counted like a login)."""
    try:
        authenticate(db, actor.username, password)
    except LoginFailed:
        return False
    return True


def change_own_password(db: Database, actor: Actor, old_password: str, new: str) -> None:
    check_password_rules(new)
    with db.write() as session:
        user = session.get(User, actor.user_id)
        if user is None or not verify_password(old_password, user.password_hash):
            raise ValidationError(_("Kata sandi lama salah."), [("old_password", _("salah"))])
        user.password_hash = hash_password(new)
        _reseal(session, user)
        audit.record(session, actor, "user.password_change", "user", user.id)


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    audit.require(db, actor, Permission.USERS_MANAGE, "users.list")
    with db.read() as session:
        key = _current_key(session)
        return [_info(u, key) for u in session.scalars(select(User).order_by(User.username))]


def _current_key(session: Session) -> AuditKey | None:
    """The database's audit key for reading seals (None when it has none yet or it is not on
    this PC: then nothing is flagged here; logins still refuse)."""
    head = session.get(Setting, audit.HEAD_KEY)
    key_id = json.loads(head.value).get("key") if head is not None else None
    return audit_key.load(key_id) if key_id else None


def officers(db: Database) -> list[UserInfo]:
    """Active users, for the 'assign to' and 'officer' filters (no permission needed)."""
    with db.read() as session:
        return [
            _info(u)
            for u in session.scalars(select(User).where(User.active).order_by(User.full_name))
        ]


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    role: str,
    password: str,
    nip: str = "",
) -> UserInfo:
    """A new account, with its NIP when given: one write, so a failure leaves no account
    without the NIP the officer typed."""
    from .identity import validate_nip

    audit.require(db, actor, Permission.USERS_MANAGE, "user.create")
    username, full_name = _validate_new_user(username, full_name, role, password)
    clean_nip = validate_nip(nip) if nip.strip() else ""
    with db.write() as session:
        if session.scalar(select(User).where(User.username == username)):
            raise Conflict(_("Nama pengguna {username} sudah dipakai.", username=username))
        user = User(
            username=username,
            full_name=full_name,
            role=role,
            password_hash=hash_password(password),
            nip=clean_nip,
        )
        session.add(user)
        _reseal(session, user)
        audit.record(session, actor, "user.create", "user", user.id, username=username, role=role)
        if clean_nip:
            audit.record(session, actor, "user.set_nip", "user", user.id, nip=clean_nip, old="")
        return _info(user)


def set_active(db: Database, actor: Actor, user_id: int, active: bool) -> UserInfo:
    audit.require(db, actor, Permission.USERS_MANAGE, "user.set_active")
    if user_id == actor.user_id and not active:
        raise ValidationError(_("Anda tidak dapat menonaktifkan akun Anda sendiri."))
    with db.write() as session:
        user = _get(session, user_id)
        user.active = active
        _reseal(session, user)
        audit.record(
            session,
            actor,
            "user.enable" if active else "user.disable",
            "user",
            user.id,
            username=user.username,
        )
        info = _info(user)
    audit.forget_active(user_id)  # after the commit: their next operation here is refused
    return info


def set_role(db: Database, actor: Actor, user_id: int, role: str) -> UserInfo:
    audit.require(db, actor, Permission.USERS_MANAGE, "user.set_role")
    try:
        new_role = Role(role)
    except ValueError:
        raise ValidationError(_("Peran tidak dikenal: {role}", role=role)) from None
    if user_id == actor.user_id and new_role != Role.SUPERVISOR:
        raise ValidationError(_("Anda tidak dapat menurunkan peran akun Anda sendiri."))
    with db.write() as session:
        user = _get(session, user_id)
        old = user.role
        user.role = new_role.value
        _reseal(session, user)
        audit.record(
            session,
            actor,
            "user.role",
            "user",
            user.id,
            username=user.username,
            old=old,
            new=new_role.value,
        )
        return _info(user)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """A supervisor sets a new password (and lifts a lockout)."""
    audit.require(db, actor, Permission.USERS_MANAGE, "user.reset_password")
    check_password_rules(new_password)
    with db.write() as session:
        user = _get(session, user_id)
        user.password_hash = hash_password(new_password)
        user.failed_logins = 0
        user.locked_until = None
        _reseal(session, user)
        audit.record(session, actor, "user.password_reset", "user", user.id, username=user.username)


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(_("Pengguna tidak ditemukan."))
    return user


# --- the officer's NIP (printed under their name on receipts, the register book, reports) -----


def nip_of(db: Database, user_id: int | None) -> str:
    """The NIP of a user ("" when none is recorded, e.g. a non-civil-servant officer)."""
    if user_id is None:
        return ""
    with db.read() as session:
        return session.scalar(select(User.nip).where(User.id == user_id)) or ""


def set_nip(db: Database, actor: Actor, user_id: int, nip: str) -> str:
    """Record (or clear, with "") a user's NIP: checked like an official's, audited."""
    from .identity import validate_nip

    audit.require(db, actor, Permission.USERS_MANAGE, "user.set_nip")
    clean = validate_nip(nip) if nip.strip() else ""
    with db.write() as session:
        user = _get(session, user_id)
        old = user.nip or ""
        if old != clean:
            user.nip = clean
            audit.record(session, actor, "user.set_nip", "user", user.id, nip=clean, old=old)
    return clean
