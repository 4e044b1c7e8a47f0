"""Managing the office's signing keys (supervisor, Pengaturan › Legalisir and ``loket legalisir
kunci``): create, rotate, export the public key, back up the private key under a passphrase,
install it on another PC, install a public key on a PC that only verifies, revoke. Every act is
audited. The rules of trust are in :mod:`.keys`."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import Conflict, NotFound, ValidationError
from ..fileio import check_target
from ..i18n import _
from ..models import LegalKey, LegalKeyCert, utcnow
from ..security import Actor, Permission
from .common import clean_text
from .keys import (
    MAX_KEY_FILE_BYTES,
    UNLOCKED,
    KeyInfo,
    KeyLocked,
    Keyring,
    KeyUnavailable,
    LocalKey,
    SigningKey,
    cert_message,
    fingerprint,
    key_document,
    key_label,
    keyring,
    load_public,
    local_keys,
    private_from,
    private_path,
    public_der,
    public_path,
    public_pem,
    raw_sign,
    read_document,
    signing_key,
    write_protected,
)

MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str, *, required: bool) -> str:
    if not passphrase and not required:
        return ""
    if len(passphrase) < MIN_PASSPHRASE or passphrase != passphrase.strip():
        raise ValidationError(
            _(
                "Frasa sandi minimal {n} karakter, tanpa spasi di awal atau akhir.",
                n=MIN_PASSPHRASE,
            ),
            [("passphrase", _("terlalu pendek"))],
        )
    if len(passphrase) > 256:
        raise ValidationError(_("Frasa sandi terlalu panjang (maksimal 256 karakter)."))
    return passphrase


def _new_private(taken: set[int]) -> tuple[int, ec.EllipticCurvePrivateKey]:
    while True:
        private = ec.generate_private_key(ec.SECP256R1())
        key_id = hashlib.sha256(public_der(private.public_key())).digest()[0]
        if key_id not in taken:
            return key_id, private


def _info(row: LegalKey | None, key_id: int, ring: Keyring, local: dict[int, LocalKey]) -> KeyInfo:
    mine = local.get(key_id)
    der = row.public_key if row is not None else (mine.public_der if mine else b"")
    return KeyInfo(
        key_id=key_id,
        fingerprint=fingerprint(der),
        created_at=row.created_at if row else None,
        valid_from=row.valid_from if row else None,
        revoked_at=row.revoked_at if row else None,
        revoke_reason=(row.revoke_reason or "") if row else "",
        trusted=key_id in ring.trusted and ring.trusted[key_id].der == der,
        here=bool(mine and mine.private and mine.public_der == der),
        protected=bool(mine and mine.protected),
        current=ring.current == key_id,
        in_database=row is not None,
    )


def list_keys(db: Database, actor: Actor) -> list[KeyInfo]:
    """Every key the database or this PC knows, newest first."""
    audit.require(db, actor, Permission.LEGAL_VIEW, "legal.keys.list")
    local = local_keys()
    with db.read() as session:
        ring = keyring(session, local)
        rows = {k.key_id: k for k in session.scalars(select(LegalKey))}
        infos = [_info(rows.get(k), k, ring, local) for k in set(rows) | set(local)]
    epoch = datetime.min.replace(tzinfo=utcnow().tzinfo)
    return sorted(infos, key=lambda i: (i.valid_from or epoch, i.key_id), reverse=True)


def _store_new_key(
    session: Session,
    actor: Actor,
    passphrase: str,
    certify_with: SigningKey | None,
) -> tuple[int, ec.EllipticCurvePrivateKey]:
    taken = set(session.scalars(select(LegalKey.key_id))) | set(local_keys())
    key_id, private = _new_private(taken)
    der = public_der(private.public_key())
    now = utcnow()
    session.add(
        LegalKey(
            key_id=key_id, public_key=der, created_at=now, created_by=actor.user_id, valid_from=now
        )
    )
    session.flush()
    if certify_with is not None:
        old = session.get(LegalKey, certify_with.key_id)
        assert old is not None
        session.add(
            LegalKeyCert(
                subject_key_id=key_id,
                signer_key_id=old.key_id,
                signature=certify_with.sign(cert_message(key_id, der)),
            )
        )
        session.add(
            LegalKeyCert(
                subject_key_id=old.key_id,
                signer_key_id=key_id,
                signature=raw_sign(private, cert_message(old.key_id, old.public_key)),
            )
        )
    # The key file is written before the commit: a failed write leaves no orphan public key.
    write_protected(private_path(key_id), key_document(key_id, private, passphrase))
    return key_id, private


def create_key(
    db: Database, actor: Actor, passphrase: str = "", *, replace_lost: bool = False
) -> KeyInfo:
    """The office's first key (or, with ``replace_lost``, a new key when the current one is
    lost with no backup: other PCs must then install its public key by hand)."""
    from . import legacy

    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.create")
    passphrase = check_passphrase(passphrase, required=False)
    with db.write() as session:
        existing = [k for k in session.scalars(select(LegalKey)) if k.revoked_at is None]
        if existing and not replace_lost:
            raise Conflict(
                _(
                    "Kantor sudah memiliki kunci penandatangan ({ids}); gunakan Ganti kunci "
                    "(rotasi) atau pasang cadangannya di PC ini.",
                    ids=", ".join(key_label(k.key_id) for k in existing),
                )
            )
        key_id, private = _store_new_key(session, actor, passphrase, None)
        sealed = legacy.seal_after_new_key(session, SigningKey(key_id, private), first=not existing)
        audit.record(
            session,
            actor,
            "legal.key.create",
            "legal_key",
            key_label(key_id),
            fingerprint=fingerprint(public_der(private.public_key())),
            protected=bool(passphrase),
            replaces_lost=bool(existing),
            legacy_sealed=sealed,
        )
    return _one(db, key_id)


def rotate_key(db: Database, actor: Actor, passphrase: str = "") -> KeyInfo:
    """A new key for new signatures; the current key (its file must be on this PC, unlocked)
    and the new one certify each other, so old papers keep verifying everywhere."""
    from . import legacy

    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.rotate")
    passphrase = check_passphrase(passphrase, required=False)
    old = signing_key(db)
    with db.write() as session:
        key_id, private = _store_new_key(session, actor, passphrase, old)
        new = SigningKey(key_id, private)
        sealed = legacy.seal_after_new_key(session, new, first=False)
        audit.record(
            session,
            actor,
            "legal.key.rotate",
            "legal_key",
            key_label(key_id),
            previous=key_label(old.key_id),
            fingerprint=fingerprint(public_der(private.public_key())),
            protected=bool(passphrase),
            legacy_sealed=sealed,
        )
    return _one(db, key_id)


def _one(db: Database, key_id: int) -> KeyInfo:
    local = local_keys()
    with db.read() as session:
        ring = keyring(session, local)
        return _info(session.get(LegalKey, key_id), key_id, ring, local)


def export_public(db: Database, actor: Actor, key_id: int, out: str | Path) -> Path:
    """The public key as a PEM file (for other PCs, the verification page, anyone)."""
    from ..fileio import check_target, write_bytes

    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.export_public")
    with db.read() as session:
        row = session.get(LegalKey, key_id)
    local = local_keys().get(key_id)
    der = row.public_key if row is not None else (local.public_der if local else None)
    if der is None:
        raise NotFound(_("Kunci {id} tidak dikenal.", id=key_label(key_id)))
    path = write_bytes(check_target(out), public_pem(der))
    with db.write() as session:
        audit.record(
            session, actor, "legal.key.export_public", "legal_key", key_label(key_id),
            fingerprint=fingerprint(der), file=path.name,
        )  # fmt: skip
    return path


def backup_key(db: Database, actor: Actor, key_id: int, out: str | Path, passphrase: str) -> Path:
    """Copy this PC's private key to a file under ``passphrase`` (to install on another
    legalization PC, or to keep in the office safe). Asks the key's own passphrase first
    (:func:`unlock`) when it has one."""
    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.backup")
    passphrase = check_passphrase(passphrase, required=True)
    mine = local_keys().get(key_id)
    if mine is None or not mine.private:
        raise KeyUnavailable(
            _(
                "Kunci {id} tidak ada di PC ini; cadangkan dari PC yang memilikinya.",
                id=key_label(key_id),
            )
        )
    if mine.protected and mine.path not in UNLOCKED:
        raise KeyLocked(
            _("Kunci {id} dilindungi frasa sandi; masukkan frasa sandinya.", id=key_label(key_id)),
            key_id,
        )
    private = UNLOCKED.get(mine.path) or private_from(read_document(mine.path.read_bytes()), "")
    target = check_target(out)
    write_protected(target, key_document(key_id, private, passphrase))
    with db.write() as session:
        audit.record(
            session, actor, "legal.key.backup", "legal_key", key_label(key_id),
            fingerprint=fingerprint(mine.public_der), file=target.name,
        )  # fmt: skip
    return target


def _read_file(path: str | Path, what: str) -> bytes:
    p = Path(path).expanduser()
    try:
        if p.stat().st_size > MAX_KEY_FILE_BYTES:
            raise ValidationError(_("Berkas {name} bukan {what}.", name=p.name, what=what))
        return p.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Berkas {name} tidak dapat dibaca: {reason}", name=p.name, reason=exc.strerror),
            [("path", _("tidak dapat dibaca"))],
        ) from exc


def install_key(
    db: Database, actor: Actor, path: str | Path, passphrase: str, local_passphrase: str = ""
) -> KeyInfo:
    """Install a backed-up private key on this PC (kept under ``local_passphrase``, or none).
    Its public key joins the database if the database lacks it (a restored older copy)."""
    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.install")
    local_passphrase = check_passphrase(local_passphrase, required=False)
    what = _("cadangan kunci legalisir")
    data = _read_file(path, what)
    try:
        body = read_document(data)
        private = private_from(body, passphrase)
    except ValidationError:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ValidationError(
            _("Berkas {name} bukan {what}.", name=Path(path).name, what=what)
        ) from exc
    key_id, der = body["key_id"], public_der(private.public_key())
    with db.write() as session:
        row = session.get(LegalKey, key_id)
        if row is not None and row.public_key != der:
            raise Conflict(
                _(
                    "Basis data mencatat kunci {id} yang lain (sidik jari {fp}); cadangan ini "
                    "tidak dipasang. Periksa asal cadangan atau basis datanya.",
                    id=key_label(key_id),
                    fp=fingerprint(row.public_key),
                )
            )
        if row is None:
            now = utcnow()
            session.add(
                LegalKey(
                    key_id=key_id,
                    public_key=der,
                    created_at=now,
                    valid_from=now,
                    created_by=actor.user_id,
                )
            )
        write_protected(private_path(key_id), key_document(key_id, private, local_passphrase))
        audit.record(
            session, actor, "legal.key.install", "legal_key", key_label(key_id),
            fingerprint=fingerprint(der), added_to_database=row is None,
            protected=bool(local_passphrase),
        )  # fmt: skip
    return _one(db, key_id)


def install_public(db: Database, actor: Actor, path: str | Path) -> KeyInfo:
    """Trust a public key on this PC (a PC that verifies but does not sign), from the PEM file
    :func:`export_public` wrote. Its key id is read from the database row with that key."""
    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.install_public")
    what = _("kunci publik legalisir")
    data = _read_file(path, what)
    try:
        key = serialization.load_pem_public_key(data)
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise ValueError("not EC")
        der = public_der(key)
        load_public(der)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            _("Berkas {name} bukan {what}.", name=Path(path).name, what=what)
        ) from exc
    with db.write() as session:
        row = session.scalar(select(LegalKey).where(LegalKey.public_key == der))
        if row is None:
            raise NotFound(
                _(
                    "Kunci publik ini (sidik jari {fp}) tidak tercatat di basis data kantor.",
                    fp=fingerprint(der),
                )
            )
        write_protected(public_path(row.key_id), public_pem(der))
        audit.record(
            session, actor, "legal.key.install_public", "legal_key", key_label(row.key_id),
            fingerprint=fingerprint(der),
        )  # fmt: skip
        key_id = row.key_id
    return _one(db, key_id)


def revoke_key(db: Database, actor: Actor, key_id: int, reason: str) -> KeyInfo:
    """Revoke a key (lost, stolen, or a holder left): every signature under it is refused from
    now on, including older papers — re-sign those entries with the new key and reprint."""
    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.key.revoke")
    reason = clean_text(reason)
    if not reason:
        raise ValidationError(
            _("Pencabutan kunci wajib disertai alasan."), [("reason", _("wajib diisi"))]
        )
    if len(reason) > 500:
        raise ValidationError(_("Alasan terlalu panjang (maksimal 500 karakter)."))
    from . import legacy

    try:
        successor: SigningKey | None = signing_key(db)
    except KeyUnavailable:
        successor = None
    with db.write() as session:
        seal = legacy.load_seal(session)
        seal_good = seal is not None and legacy.sealed_records(seal, keyring(session)) is not None
        row = session.get(LegalKey, key_id, with_for_update=True)
        if row is None:
            raise NotFound(_("Kunci {id} tidak dikenal.", id=key_label(key_id)))
        if row.revoked_at is not None:
            raise Conflict(_("Kunci {id} sudah dicabut sebelumnya.", id=key_label(key_id)))
        row.revoked_at = utcnow()
        row.revoked_by = actor.user_id
        row.revoke_reason = reason
        # The seal of the older scheme's codes moves to the key that signs from now on.
        resealed = False
        if seal is not None and seal_good and seal.key_id == key_id:
            if successor is not None and successor.key_id != key_id:
                legacy.store_seal(session, successor, seal.records)
                resealed = True
        audit.record(
            session, actor, "legal.key.revoke", "legal_key", key_label(key_id),
            fingerprint=fingerprint(row.public_key), reason=reason, legacy_resealed=resealed,
        )  # fmt: skip
    return _one(db, key_id)
