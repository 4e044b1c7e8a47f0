"""A verifier written from docs/legalisir-qr.md alone: no import from desktop_app, no database.

Given the text a QR code holds and the office's public key (PEM), it answers what a third party
would: the signed fields if the signature holds, else why not. Used by the tests to prove the
document is enough.
"""

from __future__ import annotations

from datetime import date, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

PACKED = " ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_"
TAIL = {0: 0, 3: 1, 5: 2, 8: 3, 10: 4, 13: 5, 15: 6}
LABELS = {1: "Kartu Keluarga", 2: "Akta Kelahiran", 3: "Akta Perkawinan", 4: "Akta Perceraian",
          5: "Akta Kematian", 6: "Kartu Identitas Anak", 7: "KTP Elektronik",
          8: "Surat Keterangan Pindah", 9: "Akta Pengakuan Anak", 10: "Akta Pengesahan Anak",
          11: "Catatan Pinggir Perubahan Nama"}  # fmt: skip


class Refused(Exception):
    pass


def _bytes(digits: str) -> bytes:
    if not digits.isdigit() or len(digits) > 2000:
        raise Refused("malformed")
    full, rest = divmod(len(digits), 17)
    if rest not in TAIL:
        raise Refused("malformed")
    out = b""
    for i in range(full):
        out += int(digits[17 * i : 17 * i + 17]).to_bytes(7, "big")
    if rest:
        value = int(digits[17 * full :])
        if value >= 256 ** TAIL[rest]:
            raise Refused("malformed")
        out += value.to_bytes(TAIL[rest], "big")
    return out


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise Refused("malformed")
        self.at += n
        return self.data[self.at - n : self.at]

    def one(self) -> int:
        return self.take(1)[0]

    def varint(self) -> int:
        value = 0
        for i in range(5):
            b = self.one()
            value |= (b & 0x7F) << (7 * i)
            if b < 0x80:
                return value
        raise Refused("malformed")

    def text(self) -> tuple[str, bool]:
        header = self.varint()
        length, shortened = header >> 2, bool(header & 2)
        if not header & 1:
            try:
                return self.take(length).decode("utf-8"), shortened
            except UnicodeDecodeError:
                raise Refused("malformed") from None
        raw = self.take((6 * length + 7) // 8)
        bits = "".join(f"{b:08b}" for b in raw)
        return "".join(PACKED[int(bits[6 * i : 6 * i + 6], 2)] for i in range(length)), shortened


def verify(qr_text: str, public_pem: bytes, key_id: int) -> dict:
    """The signed fields, or Refused("malformed" | "unknown_key" | "bad_signature")."""
    digits = "".join(qr_text.rsplit("#", 1)[-1].split())
    data = _bytes(digits)
    c = _Cursor(data)
    if c.one() != 1:
        raise Refused("malformed")
    kid = c.one()
    day = date(2000, 1, 1) + timedelta(days=int.from_bytes(c.take(2), "big"))
    seq = c.varint()
    fmt = c.one()
    name = c.text()
    nik = f"{int.from_bytes(c.take(5), 'big'):010d}"
    total, count = c.one(), c.one()
    if len(nik) != 10 or not 1 <= count <= total:
        raise Refused("malformed")
    docs = []
    for _ in range(count):
        position, kind = c.one(), c.one()
        label = c.text()[0] if kind == 0 else LABELS.get(kind, f"Jenis {kind}")
        number, _short = c.text()
        docs.append({"position": position, "type": kind, "label": label, "number": number,
                     "copies": c.one()})  # fmt: skip
    message, signature = data[: c.at], c.take(64)
    if c.at != len(data):
        raise Refused("malformed")
    if kid != key_id:
        raise Refused("unknown_key")
    key = serialization.load_pem_public_key(public_pem)
    assert isinstance(key, ec.EllipticCurvePublicKey)
    der = encode_dss_signature(
        int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
    )
    try:
        key.verify(der, message, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise Refused("bad_signature") from None
    return {
        "date": day,
        "seq": seq,
        "format": fmt,
        "name": name[0],
        "nik": nik[:6] + "******" + nik[6:],
        "documents_total": total,
        "documents": docs,
    }
