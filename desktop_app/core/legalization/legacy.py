"""Entries of the older scheme (an HMAC code under a secret kept in the database) after the
office has a signing key.

The secret is in the database, so anyone holding the database file can make an HMAC code for
an entry they invent. When the office's first key is created, the app therefore signs the list
of the HMAC entries that exist at that moment (their code and a digest of what they say): the
*seal*. From then on an HMAC code verifies only if its entry is in the seal, unchanged. A
rotation carries the seal over to the new key; nothing is ever added to it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import LegalDocument, LegalEntry, Setting, utcnow
from .codes import essentials
from .keys import Keyring, SigningKey, raw_verify

SEAL_KEY = "legal.legacy_seal"
SEAL_CONTEXT = b"LOKET-LEGALISIR-SEGEL-HMAC-1\x00"
_RECORD = struct.Struct(">HI10s16s")  # year, seq, code, digest of the essentials


@dataclass(frozen=True)
class Seal:
    key_id: int
    records: bytes
    signature: bytes

    def message(self) -> bytes:
        return SEAL_CONTEXT + self.records


def _digest(entry: LegalEntry, docs: list[LegalDocument]) -> bytes:
    return hashlib.sha256(essentials(entry, docs)).digest()[:16]


def record_of(entry: LegalEntry, docs: list[LegalDocument]) -> bytes:
    code = entry.verification_code.encode("ascii", "replace")[:10].ljust(10, b"\0")
    return _RECORD.pack(entry.year, entry.seq, code, _digest(entry, docs))


def current_records(session: Session) -> bytes:
    entries = list(
        session.scalars(
            select(LegalEntry)
            .where(LegalEntry.verification_code != "")
            .order_by(LegalEntry.year, LegalEntry.seq)
        )
    )
    docs: dict[int, list[LegalDocument]] = {e.id: [] for e in entries}
    if entries:
        for d in session.scalars(
            select(LegalDocument).order_by(LegalDocument.entry_id, LegalDocument.position)
        ):
            if d.entry_id in docs:
                docs[d.entry_id].append(d)
    return b"".join(record_of(e, docs[e.id]) for e in entries)


def load_seal(session: Session) -> Seal | None:
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        return Seal(
            int(data["key_id"]),
            base64.b64decode(data["records"], validate=True),
            base64.b64decode(data["signature"], validate=True),
        )
    except (ValueError, KeyError, TypeError):
        return Seal(-1, b"", b"")


_verified: dict[tuple[bytes, bytes], dict[tuple[int, int], bytes]] = {}


def sealed_records(seal: Seal, ring: Keyring) -> dict[tuple[int, int], bytes] | None:
    """{(year, seq): record} when the seal is signed by a key this PC trusts and that is not
    revoked; else None."""
    key = ring.usable().get(seal.key_id)
    if key is None or len(seal.records) % _RECORD.size:
        return None
    cache_key = (key.der, hashlib.sha256(seal.signature + seal.records).digest())
    if cache_key not in _verified:
        if not raw_verify(key.der, seal.signature, seal.message()):
            return None
        table = {}
        for i in range(0, len(seal.records), _RECORD.size):
            year, seq, _code, _d = _RECORD.unpack_from(seal.records, i)
            table[(year, seq)] = seal.records[i : i + _RECORD.size]
        _verified.clear()  # one seal is current at a time
        _verified[cache_key] = table
    return _verified[cache_key]


def store_seal(session: Session, signer: SigningKey, records: bytes) -> None:
    seal = Seal(signer.key_id, records, b"")
    value = json.dumps(
        {
            "key_id": signer.key_id,
            "records": base64.b64encode(records).decode("ascii"),
            "signature": base64.b64encode(signer.sign(seal.message())).decode("ascii"),
            "count": len(records) // _RECORD.size,
            "sealed_at": utcnow().isoformat(),
        }
    )
    row = session.get(Setting, SEAL_KEY)
    if row is None:
        session.add(Setting(key=SEAL_KEY, value=value))
    else:
        row.value = value


def seal_after_new_key(session: Session, signer: SigningKey, *, first: bool) -> int | None:
    """Seal the HMAC entries with a new key; returns how many, or None when there is nothing
    trustworthy to seal (a seal exists but no longer verifies: it is left as it is)."""
    from .keys import keyring

    seal = load_seal(session)
    if seal is None:
        if not first:
            return None
        records = current_records(session)
    else:
        table = sealed_records(seal, keyring(session))
        if table is None:
            return None
        records = seal.records
    store_seal(session, signer, records)
    return len(records) // _RECORD.size


def check(session: Session, ring: Keyring, entry: LegalEntry, docs: list[LegalDocument]) -> str:
    """How an HMAC entry stands: ``sealed`` (in the seal, unchanged), ``unsealed`` (the office has
    no key yet: the older scheme as it was), ``outside`` (not in the seal, or changed since), or
    ``broken`` (the seal is missing or does not verify while this PC knows the office's keys)."""
    seal = load_seal(session)
    if seal is None:
        return "unsealed" if not ring.trusted and not ring.known else "broken"
    table = sealed_records(seal, ring)
    if table is None:
        return "broken"
    return "sealed" if table.get((entry.year, entry.seq)) == record_of(entry, docs) else "outside"
