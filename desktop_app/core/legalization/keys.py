"""The office's signing keys (ECDSA P-256): key files on the legalization PCs, public keys in the
database, and which of those public keys this PC trusts.

Why the trust rules (docs/legalisir-qr.md, "Keys and trust", says the same for the
office): the database is shared and can be copied or edited by an insider, so a public key row
proves nothing by itself. This PC trusts a key when

- a key file in :func:`desktop_app.paths.key_dir` holds it: the private key file
  (``legalisir-kunci-XX.json``) or an installed public key (``legalisir-publik-XX.pem``); or
- a trusted, unrevoked key certified it (``legal_key_certs``: rotating a key certifies the new
  key with the old and the old with the new).

A PC with no key file at all pins the database's keys on first use, but only when they form one
group that all certify each other (an office's history of rotations); a key row added by someone
without an office key never joins that group, and the PC then asks for the public key to be
installed by hand. Revocations in the database are honoured as they are (a false revocation can
only refuse, never accept); removing one is an edit of the audit chain and the published
verification page keeps every revocation it ever carried.

The private key never enters the database. Its file is owner-only on POSIX (the user's profile on
Windows), optionally under a passphrase (scrypt + AES-256-GCM); a backup to another PC always is.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import paths
from .. import audit
from ..db import Database
from ..errors import LoketError, NotFound, ValidationError
from ..i18n import _
from ..models import LegalKey, LegalKeyCert
from ..security import Actor

FILE_FORMAT = "loket-dukcapil/kunci-legalisir"
PRIVATE_PREFIX, PUBLIC_PREFIX = "legalisir-kunci-", "legalisir-publik-"
CERT_CONTEXT = b"LOKET-LEGALISIR-KUNCI-1\x00"
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MAX_KEY_FILE_BYTES = 64 * 1024

# Private keys unlocked with their passphrase in this process (path -> key).
UNLOCKED: dict[Path, ec.EllipticCurvePrivateKey] = {}


class KeyUnavailable(LoketError):
    """This PC cannot sign: no key yet, the key file is not installed here, or it is revoked."""


class KeyLocked(KeyUnavailable):
    """The key file is here but protected by a passphrase not yet given in this session."""

    def __init__(self, message: str, key_id: int) -> None:
        super().__init__(message)
        self.key_id = key_id


@dataclass(frozen=True)
class KeyInfo:
    key_id: int
    fingerprint: str  # SHA-256 of the public key, for comparing by eye/phone
    created_at: datetime | None
    valid_from: datetime | None
    revoked_at: datetime | None
    revoke_reason: str
    trusted: bool  # this PC can vouch for it (key file, or certified by a trusted key)
    here: bool  # its private key file is on this PC
    protected: bool  # that file needs a passphrase
    current: bool  # new signatures use it
    in_database: bool

    @property
    def label(self) -> str:
        return key_label(self.key_id)


@dataclass(frozen=True)
class SigningKey:
    key_id: int
    private: ec.EllipticCurvePrivateKey

    def sign(self, message: bytes) -> bytes:
        return raw_sign(self.private, message)


def key_label(key_id: int) -> str:
    return f"{key_id:02X}"


# --- signatures ----------------------------------------------------------------------------------


def public_der(key: ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def load_public(der: bytes) -> ec.EllipticCurvePublicKey:
    key = serialization.load_der_public_key(der)
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        raise ValueError("not a P-256 public key")
    return key


def fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def raw_sign(private: ec.EllipticCurvePrivateKey, message: bytes) -> bytes:
    """ECDSA P-256 / SHA-256 as 64 bytes r || s (the form WebCrypto verifies)."""
    r, s = decode_dss_signature(private.sign(message, ec.ECDSA(hashes.SHA256())))
    return r.to_bytes(32, "big") + s.to_bytes(32, "big")


def raw_verify(der: bytes, signature: bytes, message: bytes) -> bool:
    if len(signature) != 64:
        return False
    try:
        key = load_public(der)
        der_sig = encode_dss_signature(
            int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
        )
        key.verify(der_sig, message, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


def cert_message(key_id: int, der: bytes) -> bytes:
    return CERT_CONTEXT + bytes([key_id]) + der


# --- key files -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalKey:
    key_id: int
    public_der: bytes
    path: Path
    private: bool  # a private key file (else an installed public key)
    protected: bool


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _seal(pkcs8: bytes, passphrase: str) -> dict[str, Any]:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key = Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase.encode("utf-8"))
    return {
        "encryption": "scrypt-aes256gcm",
        **_SCRYPT,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(key).encrypt(nonce, pkcs8, CERT_CONTEXT)),
    }


def _open(sealed: dict[str, Any], passphrase: str, key_id: int) -> bytes:
    if sealed.get("encryption") == "none":
        return _unb64(sealed.get("pkcs8"))
    if sealed.get("encryption") != "scrypt-aes256gcm":
        raise ValueError("unknown encryption")
    n, r, p = int(sealed["n"]), int(sealed["r"]), int(sealed["p"])
    if not (2**14 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise ValueError("scrypt parameters out of range")  # a hostile file cannot exhaust memory
    key = Scrypt(salt=_unb64(sealed["salt"]), length=32, n=n, r=r, p=p).derive(
        passphrase.encode("utf-8")
    )
    try:
        return AESGCM(key).decrypt(
            _unb64(sealed["nonce"]), _unb64(sealed["ciphertext"]), CERT_CONTEXT
        )
    except InvalidTag:
        raise ValidationError(
            _("Frasa sandi kunci {id} salah.", id=key_label(key_id)),
            [("passphrase", _("salah"))],
        ) from None


def key_document(key_id: int, private: ec.EllipticCurvePrivateKey, passphrase: str) -> bytes:
    pkcs8 = private.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    body = {
        "format": FILE_FORMAT,
        "version": 1,
        "key_id": key_id,
        "public_key": _b64(public_der(private.public_key())),
        "fingerprint": fingerprint(public_der(private.public_key())),
        "private_key": _seal(pkcs8, passphrase)
        if passphrase
        else {"encryption": "none", "pkcs8": _b64(pkcs8)},
    }
    return (json.dumps(body, indent=1) + "\n").encode("utf-8")


def read_document(data: bytes) -> dict[str, Any]:
    """A key file or backup, checked for shape (not yet decrypted)."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise ValueError("too large")
    body = json.loads(data.decode("utf-8"))
    if not isinstance(body, dict) or body.get("format") != FILE_FORMAT:
        raise ValueError("not a key file")
    key_id = body.get("key_id")
    if not isinstance(key_id, int) or not 0 <= key_id <= 255:
        raise ValueError("key id")
    load_public(_unb64(body.get("public_key")))
    if not isinstance(body.get("private_key"), dict):
        raise ValueError("private key")
    return body


def private_from(body: dict[str, Any], passphrase: str) -> ec.EllipticCurvePrivateKey:
    key_id = body["key_id"]
    pkcs8 = _open(body["private_key"], passphrase, key_id)
    private = serialization.load_der_private_key(pkcs8, password=None)
    if not isinstance(private, ec.EllipticCurvePrivateKey) or public_der(
        private.public_key()
    ) != _unb64(body["public_key"]):
        raise ValueError("private and public key differ")
    return private


def write_protected(path: Path, data: bytes) -> None:
    """Owner-only file (0600 on POSIX), written whole then renamed into place."""
    from ..fileio import write_bytes

    write_bytes(path, data)


def private_path(key_id: int) -> Path:
    return paths.key_dir() / f"{PRIVATE_PREFIX}{key_label(key_id)}.json"


def public_path(key_id: int) -> Path:
    return paths.key_dir() / f"{PUBLIC_PREFIX}{key_label(key_id)}.pem"


def public_pem(der: bytes) -> bytes:
    return load_public(der).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def local_keys() -> dict[int, LocalKey]:
    """The key files on this PC (a private key file wins over a public one of the same id).
    Unreadable or foreign files are skipped: they vouch for nothing."""
    found: dict[int, LocalKey] = {}
    folder = paths.key_dir()
    for path in sorted(folder.glob(f"{PUBLIC_PREFIX}*.pem")):
        try:
            key = serialization.load_pem_public_key(path.read_bytes()[:MAX_KEY_FILE_BYTES])
            der = public_der(key) if isinstance(key, ec.EllipticCurvePublicKey) else b""
            load_public(der)
            key_id = int(path.stem[len(PUBLIC_PREFIX) :], 16)
        except (OSError, ValueError, TypeError):
            continue
        found[key_id] = LocalKey(key_id, der, path, False, False)
    for path in sorted(folder.glob(f"{PRIVATE_PREFIX}*.json")):
        try:
            body = read_document(path.read_bytes())
        except (OSError, ValueError, UnicodeDecodeError):
            continue
        protected = body["private_key"].get("encryption") != "none"
        found[body["key_id"]] = LocalKey(
            body["key_id"], _unb64(body["public_key"]), path, True, protected
        )
    return found


# --- trust ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustedKey:
    key_id: int
    der: bytes
    revoked_at: datetime | None
    revoke_reason: str


@dataclass(frozen=True)
class Keyring:
    """The keys this PC trusts (revoked ones included, to say so) and the one that signs now."""

    trusted: dict[int, TrustedKey]
    known: frozenset[int]  # key ids in the database, trusted or not
    current: int | None

    def usable(self) -> dict[int, TrustedKey]:
        return {k: v for k, v in self.trusted.items() if v.revoked_at is None}


def keyring(session: Session, local: dict[int, LocalKey] | None = None) -> Keyring:
    local = local_keys() if local is None else local
    rows = {k.key_id: k for k in session.scalars(select(LegalKey))}
    ders: dict[int, bytes] = {}
    for key_id, anchor in local.items():
        ders[key_id] = anchor.public_der  # a key file vouches for itself, even if its row is gone
    certs = list(session.scalars(select(LegalKeyCert)))
    changed = True
    while changed:
        changed = False
        for cert in certs:
            signer = rows.get(cert.signer_key_id)
            subject = rows.get(cert.subject_key_id)
            if subject is None or cert.subject_key_id in ders or cert.signer_key_id not in ders:
                continue
            if signer is not None and signer.revoked_at is not None:
                continue  # a revoked key vouches for nobody (it may be in the wrong hands)
            message = cert_message(subject.key_id, subject.public_key)
            if raw_verify(ders[cert.signer_key_id], cert.signature, message):
                ders[subject.key_id] = subject.public_key
                changed = True
    trusted = {}
    for key_id, der in ders.items():
        row = rows.get(key_id)
        matches = row is not None and row.public_key == der
        revoked = row.revoked_at if matches and row is not None else None
        reason = (row.revoke_reason or "") if matches and row is not None else ""
        trusted[key_id] = TrustedKey(key_id, der, revoked, reason)
    candidates = [
        r
        for r in rows.values()
        if r.revoked_at is None and r.key_id in trusted and trusted[r.key_id].der == r.public_key
    ]
    current = max(candidates, key=lambda r: (r.valid_from, r.key_id)).key_id if candidates else None
    return Keyring(trusted, frozenset(rows), current)


def _valid_edges(rows: dict[int, LegalKey], certs: Iterable[LegalKeyCert]) -> dict[int, set[int]]:
    edges: dict[int, set[int]] = {k: set() for k in rows}
    for cert in certs:
        signer, subject = rows.get(cert.signer_key_id), rows.get(cert.subject_key_id)
        if signer is None or subject is None or signer.revoked_at is not None:
            continue
        if raw_verify(
            signer.public_key, cert.signature, cert_message(subject.key_id, subject.public_key)
        ):
            edges[signer.key_id].add(subject.key_id)
    return edges


def _reach(start: int, edges: dict[int, set[int]]) -> set[int]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def pin_first_use(db: Database, actor: Actor) -> list[int]:
    """On a PC without any key file: install the database's unrevoked public keys as this PC's
    trusted keys, if they all certify one another (else nothing; see the module docstring)."""
    if local_keys():
        return []
    with db.write() as session:
        rows = {k.key_id: k for k in session.scalars(select(LegalKey))}
        live = [k for k, r in rows.items() if r.revoked_at is None]
        if not live:
            return []
        edges = _valid_edges(rows, session.scalars(select(LegalKeyCert)))
        reverse: dict[int, set[int]] = {k: set() for k in rows}
        for a, targets in edges.items():
            for b in targets:
                reverse[b].add(a)
        if not (set(live) <= _reach(live[0], edges) and set(live) <= _reach(live[0], reverse)):
            audit.record(session, actor, "legal.key.pin_refused", "legal_key", "", keys=live)
            return []
        for key_id in live:
            write_protected(public_path(key_id), public_pem(rows[key_id].public_key))
        audit.record(
            session,
            actor,
            "legal.key.pin",
            "legal_key",
            ",".join(key_label(k) for k in live),
            fingerprints=[fingerprint(rows[k].public_key) for k in live],
        )
        return live


# --- this PC's signing key -----------------------------------------------------------------------


def _install_hint() -> str:
    return _(
        "Pasang kunci dari cadangannya: Pengaturan › Legalisir › Pasang kunci, atau "
        "'loket legalisir kunci pasang BERKAS'."
    )


def signing_key(db: Database) -> SigningKey:
    """The key new signatures use, loaded from this PC's key file. Raises KeyUnavailable (with
    what to do) or KeyLocked (a passphrase is needed: :func:`unlock`)."""
    local = local_keys()
    with db.read() as session:
        ring = keyring(session, local)
    if ring.current is None:
        if ring.known:
            raise KeyUnavailable(
                _(
                    "Kunci penandatangan legalisir tidak terpasang di PC ini, jadi PC ini tidak "
                    "dapat mencetak legalisir. {hint}",
                    hint=_install_hint(),
                )
            )
        raise KeyUnavailable(
            _(
                "Kantor belum memiliki kunci penandatangan legalisir; supervisor membuatnya di "
                "Pengaturan › Legalisir › Buat kunci (atau 'loket legalisir kunci buat')."
            )
        )
    mine = local.get(ring.current)
    if mine is None or not mine.private:
        raise KeyUnavailable(
            _(
                "Kunci penandatangan legalisir {id} tidak terpasang di PC ini, jadi PC ini tidak "
                "dapat mencetak pengesahan. {hint}",
                id=key_label(ring.current),
                hint=_install_hint(),
            )
        )
    if mine.path in UNLOCKED:
        return SigningKey(mine.key_id, UNLOCKED[mine.path])
    body = read_document(mine.path.read_bytes())
    if mine.protected:
        raise KeyLocked(
            _(
                "Kunci penandatangan {id} dilindungi frasa sandi; masukkan frasa sandinya.",
                id=key_label(mine.key_id),
            ),
            mine.key_id,
        )
    return SigningKey(mine.key_id, private_from(body, ""))


def unlock(key_id: int, passphrase: str) -> None:
    """Open a passphrase-protected key file for the rest of this session."""
    mine = local_keys().get(key_id)
    if mine is None or not mine.private:
        raise NotFound(_("Kunci {id} tidak ada di PC ini.", id=key_label(key_id)))
    try:
        private = private_from(read_document(mine.path.read_bytes()), passphrase)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(_("Berkas kunci {id} rusak.", id=key_label(key_id))) from exc
    UNLOCKED[mine.path] = private


def lock_all() -> None:
    """Forget unlocked keys (log-out, screen lock)."""
    UNLOCKED.clear()


def can_sign(db: Database) -> tuple[bool, str]:
    """(True, "") when this PC can sign now, else (False, why and what to do) — for banners.
    A locked key counts as usable: the passphrase is asked when printing."""
    try:
        signing_key(db)
    except KeyLocked:
        return True, ""
    except KeyUnavailable as exc:
        return False, exc.message
    return True, ""
