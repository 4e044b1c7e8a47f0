"""Roles, permissions and password hashing (docs/design.md#users-and-audit).

Permissions are checked here, in the core, so the command line and the GUI obey the same rules;
the GUI only hides what a role cannot use.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError
from .i18n import _


class Role(StrEnum):
    PETUGAS = "petugas"
    LEGALISIR = "legalisir"
    SUPERVISOR = "supervisor"


class Permission(StrEnum):
    REQUESTS_VIEW = "requests.view"
    REQUESTS_EDIT = "requests.edit"  # intake, status changes, replies, import
    REQUESTS_REOPEN = "requests.reopen"
    REQUESTS_EXPORT = "requests.export"
    LEGAL_VIEW = "legal.view"
    LEGAL_EDIT = "legal.edit"  # new entries, printing, reprints
    LEGAL_REVOKE = "legal.revoke"
    LEGAL_VERIFY = "legal.verify"
    LEGAL_KEYS = "legal.keys"  # the office's signing keys: create, back up, install, revoke
    REPORT_DAILY = "report.daily"
    REPORT_PERFORMANCE = "report.performance"  # the monthly performance report
    REPORT_OFFICERS = "report.officers"  # officers' names and figures in that report
    UNMASK = "data.unmask"  # full NIK/KK in exports
    USERS_MANAGE = "users.manage"
    SETTINGS_EDIT = "settings.edit"
    SERVICES_EDIT = "services.edit"
    AUDIT_VIEW = "audit.view"
    BACKUP = "backup.run"
    RESTORE = "backup.restore"  # replaces every record: a supervisor with a password only


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.PETUGAS: frozenset(
        {
            Permission.REQUESTS_VIEW,
            Permission.REQUESTS_EDIT,
            Permission.REQUESTS_EXPORT,
            Permission.REPORT_DAILY,
            Permission.REPORT_PERFORMANCE,
        }
    ),
    Role.LEGALISIR: frozenset(
        {Permission.LEGAL_VIEW, Permission.LEGAL_EDIT, Permission.LEGAL_VERIFY}
    ),
    Role.SUPERVISOR: frozenset(Permission),
}

ROLE_LABELS = {
    Role.PETUGAS: "Petugas loket",
    Role.LEGALISIR: "Petugas legalisir",
    Role.SUPERVISOR: "Supervisor",
}


def role_label(role: str) -> str:
    try:
        return _(ROLE_LABELS[Role(role)])
    except ValueError:
        return role


@dataclass(frozen=True)
class Actor:
    """Who is acting: passed to every core service that changes or reveals data.

    ``grants`` narrows an account that has no user row (the command line without ``--user``)
    to what it may do without a password; users get their role's permissions."""

    user_id: int | None
    username: str
    role: Role
    full_name: str = ""
    grants: frozenset[Permission] | None = None

    def can(self, permission: Permission) -> bool:
        allowed = ROLE_PERMISSIONS[self.role] if self.grants is None else self.grants
        return permission in allowed


# The app acting on its own (the daily backup, demo data, the self-check, tests' set-up).
SYSTEM = Actor(user_id=None, username="system", role=Role.SUPERVISOR, full_name="Sistem")

# The command line without ``--user``: whoever sits at the PC, so no password was given. It keeps
# what the IT staff install and schedule (init and migrations need no permission; backups,
# reports, masked exports and lists, imports, verification). Full NIKs, restoring, user and
# settings changes, reprints, revocations and reopening need ``--user`` and that user's password.
COMMAND_LINE = Actor(
    user_id=None,
    username="system",
    role=Role.SUPERVISOR,
    full_name="Sistem (baris perintah)",
    grants=frozenset(
        {
            Permission.REQUESTS_VIEW,
            Permission.REQUESTS_EDIT,
            Permission.REQUESTS_EXPORT,
            Permission.LEGAL_VIEW,
            Permission.LEGAL_VERIFY,
            Permission.REPORT_DAILY,
            # The monthly report stays schedulable; officers' names need --user (a supervisor).
            Permission.REPORT_PERFORMANCE,
            Permission.BACKUP,
        }
    ),
)


# --- passwords -------------------------------------------------------------------------------

MIN_PASSWORD_LENGTH = 8
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            _("Kata sandi minimal {n} karakter.", n=MIN_PASSWORD_LENGTH),
            [("password", _("terlalu pendek: minimal {n} karakter", n=MIN_PASSWORD_LENGTH))],
        )
    if password.strip() != password or not password.strip():
        raise ValidationError(_("Kata sandi tidak boleh diawali atau diakhiri spasi."))
    if len(password) > 256:
        raise ValidationError(_("Kata sandi terlalu panjang (maksimal 256 karakter)."))


def hash_password(password: str) -> str:
    """scrypt (stdlib): ``scrypt$n$r$p$salt$hash``, both base64."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    return "$".join(
        ["scrypt", str(_SCRYPT_N), str(_SCRYPT_R), str(_SCRYPT_P), _b64(salt), _b64(digest)]
    )


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(base64.b64decode(digest)),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
