"""The office audit key: a secret kept outside the database, in the key folder
(``paths.key_dir()``), that keys the audit chain and seals user rows.

Whoever holds only the database file (a copy, SQL access to the server) cannot recompute a
keyed chain or forge a user row. Every PC that writes to one database needs the same key: the
first PC creates it; the others get a copy of its file (``loket audit key install FILE``).

A key file records where it took over the chain (``chain_start``: entries and head hash at that
moment), so the plain SHA-256 entries of an older database stay checkable and nothing can be
slipped in before the keyed part.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .errors import DatabaseError, ValidationError
from .i18n import _

FORMAT = "loket-audit-key"
VERSION = 1
PREFIX = "audit-"
SUFFIX = ".key"
GENESIS = "0" * 64
MAX_FILE = 4096


@dataclass(frozen=True)
class AuditKey:
    key_id: str  # 16 hex characters of SHA-256 over the secret: names the key, reveals nothing
    secret: bytes
    created: datetime
    start_count: int  # entries in the chain before this key took over
    start_hash: str  # the head hash at that moment (GENESIS for an empty chain)

    def mac(self, purpose: str, *parts: object) -> str:
        """HMAC-SHA256 under a subkey per purpose ("chain", "head", "user"), hex."""
        subkey = hmac.new(self.secret, purpose.encode(), hashlib.sha256).digest()
        message = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
        return hmac.new(subkey, message.encode(), hashlib.sha256).hexdigest()


class AuditKeyMissing(DatabaseError):
    """The database is chained with a key this PC does not have: nothing can be recorded."""

    def __init__(self, key_id: str) -> None:
        from desktop_app import paths

        super().__init__(
            _(
                "Kunci audit kantor ({key}) tidak ada di komputer ini, sehingga tindakan tidak "
                "dapat dicatat dan tidak ada yang disimpan. Salin berkas kunci dari komputer yang "
                "sudah memakai basis data ini dan pasang dengan: loket audit key install BERKAS "
                "(folder kunci: {folder}).",
                key=key_id,
                folder=paths.key_dir(),
            )
        )
        self.key_id = key_id


def key_id_of(secret: bytes) -> str:
    return hashlib.sha256(secret).hexdigest()[:16]


def _folder() -> Path:
    from desktop_app import paths

    return paths.key_dir()


def key_path(key_id: str, folder: Path | None = None) -> Path:
    return (folder or _folder()) / f"{PREFIX}{key_id}{SUFFIX}"


_cache: dict[tuple[str, str], AuditKey] = {}
_lock = threading.Lock()


def load(key_id: str) -> AuditKey | None:
    """The key ``key_id`` from the key folder (remembered once read), or None."""
    folder = _folder()
    with _lock:
        cached = _cache.get((str(folder), key_id))
    if cached is not None:
        return cached
    path = key_path(key_id, folder)
    try:
        key = parse(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValidationError) as exc:
        raise DatabaseError(
            _("Berkas kunci audit {path} tidak dapat dibaca: {reason}", path=path, reason=exc)
        ) from exc
    if key.key_id != key_id:
        raise DatabaseError(
            _("Berkas kunci audit {path} bukan kunci {key}.", path=path, key=key_id)
        )
    with _lock:
        _cache[(str(folder), key_id)] = key
    return key


def local_keys() -> list[AuditKey]:
    """Every audit key in this PC's key folder."""
    found = []
    for path in sorted(_folder().glob(f"{PREFIX}*{SUFFIX}")):
        key = load(path.name[len(PREFIX) : -len(SUFFIX)])
        if key is not None:
            found.append(key)
    return found


def create(start_count: int, start_hash: str) -> AuditKey:
    """A new random key taking over a chain of ``start_count`` entries ending in
    ``start_hash``; written 0600 in the key folder before anything is chained with it."""
    secret = secrets.token_bytes(32)
    key = AuditKey(key_id_of(secret), secret, datetime.now(UTC), int(start_count), str(start_hash))
    _write_new(key_path(key.key_id), serialize(key))
    with _lock:
        _cache[(str(_folder()), key.key_id)] = key
    return key


def install(source: Path) -> tuple[AuditKey, bool]:
    """Copy a key file made on another PC into this PC's key folder (0600). Returns the key and
    whether it was new here. A file that is not an audit key is refused."""
    source = Path(source)
    try:
        if source.stat().st_size > MAX_FILE:
            raise ValidationError(_("Berkas {name} bukan kunci audit Loket.", name=source.name))
        data = source.read_bytes()
    except OSError as exc:
        from .errors import os_reason

        raise ValidationError(
            _("Berkas {name} tidak dapat dibaca: {reason}", name=source.name, reason=os_reason(exc))
        ) from exc
    key = parse(data)
    target = key_path(key.key_id)
    if target.exists():
        existing = load(key.key_id)
        if existing is not None and existing.secret == key.secret:
            return existing, False
    _write_new(target, serialize(key), replace=True)
    with _lock:
        _cache[(str(_folder()), key.key_id)] = key
    return key, True


def serialize(key: AuditKey) -> bytes:
    return (
        json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "key_id": key.key_id,
                "secret": base64.b64encode(key.secret).decode("ascii"),
                "created": key.created.isoformat(),
                "chain_start": {"count": key.start_count, "hash": key.start_hash},
            },
            indent=2,
        )
        + "\n"
    ).encode()


def parse(data: bytes) -> AuditKey:
    not_a_key = ValidationError(_("Berkas ini bukan kunci audit Loket."))
    try:
        raw = json.loads(data.decode("utf-8"))
        if raw.get("format") != FORMAT or raw.get("version") != VERSION:
            raise not_a_key
        secret = base64.b64decode(raw["secret"], validate=True)
        start = raw["chain_start"]
        key = AuditKey(
            str(raw["key_id"]),
            secret,
            datetime.fromisoformat(raw["created"]),
            int(start["count"]),
            str(start["hash"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise not_a_key from None
    if len(secret) < 32 or key_id_of(secret) != key.key_id or key.created.tzinfo is None:
        raise not_a_key
    return key


def _write_new(path: Path, data: bytes, replace: bool = False) -> None:
    """Write a key file whole (0600, fsynced, renamed into place): never half on disk."""
    from . import fileio

    if path.exists() and not replace:
        raise FileExistsError(str(path))
    fileio.write_bytes(path, data)
