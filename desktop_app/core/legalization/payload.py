"""The signed payload printed in the QR code of a legalization (format version 1).

Everything a verifier needs is in ``docs/legalisir-qr.md``; this module is the reference
implementation of that document. In short: a few binary fields, an ECDSA P-256 / SHA-256
signature in raw ``r || s`` form (64 bytes, what WebCrypto verifies) over all bytes before it,
and the whole written as decimal digits (7 bytes → 17 digits), which a QR code stores in its
numeric mode at 3⅓ bits per digit. The QR text is ``<verification URL>#<digits>``.

No database and no Qt here: the verification page's JavaScript and the tests' own small
verifier implement the same document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

VERSION = 1
EPOCH = date(2000, 1, 1)
SIGNATURE_BYTES = 64
# Text fields whose upper-case form uses only these 64 characters are packed at 6 bits a
# character (index in this string); others are UTF-8.
ALPHABET = " ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
# Digits written for the last group of 1..6 bytes (a full group of 7 bytes takes 17).
GROUP_BYTES, GROUP_DIGITS = 7, 17
TAIL_DIGITS = {1: 3, 2: 5, 3: 8, 4: 10, 5: 13, 6: 15}
_TAIL_BYTES = {d: b for b, d in TAIL_DIGITS.items()}
MAX_DIGITS = 2000  # far above any real payload; longer input is refused unread

# Document types with a code of their own (code 0: the label follows as text).
DOC_TYPE_CODES: dict[str, int] = {
    "kk": 1,
    "akta_lahir": 2,
    "akta_kawin": 3,
    "akta_cerai": 4,
    "akta_mati": 5,
    "kia": 6,
    "ktp_el": 7,
    "surat_pindah": 8,
    "akta_pengakuan_anak": 9,
    "akta_pengesahan_anak": 10,
    "akta_ganti_nama": 11,
}
DOC_TYPE_LABELS: dict[int, str] = {
    1: "Kartu Keluarga",
    2: "Akta Kelahiran",
    3: "Akta Perkawinan",
    4: "Akta Perceraian",
    5: "Akta Kematian",
    6: "Kartu Identitas Anak",
    7: "KTP Elektronik",
    8: "Surat Keterangan Pindah",
    9: "Akta Pengakuan Anak",
    10: "Akta Pengesahan Anak",
    11: "Catatan Pinggir Perubahan Nama",
}


class PayloadError(ValueError):
    """The text is not a version-1 legalization payload (wrong digits, lengths, fields). No
    message: the verification says, in the user's language, that the code cannot be read."""


@dataclass(frozen=True)
class Text:
    """A text field. ``shortened``: only the start of a long name (or the end of a long
    document number) fitted in the code; the paper carries it whole."""

    value: str
    shortened: bool = False

    def display(self, keep_end: bool = False) -> str:
        if not self.shortened:
            return self.value
        return f"…{self.value}" if keep_end else f"{self.value}…"


@dataclass(frozen=True)
class SignedDocument:
    position: int  # 1-based place in the entry
    type_code: int  # DOC_TYPE_CODES value, or 0 with ``label`` as text
    label: Text
    number: Text  # when shortened, its end is kept
    copies: int


@dataclass(frozen=True)
class Payload:
    key_id: int  # 0..255: which of the office's public keys verifies it
    entry_date: date
    seq: int  # register sequence within the entry date's year
    format_index: int  # which of the office's register-number formats renders it
    name: Text  # upper case when packed
    nik_masked: str  # "321601******0001"
    documents_total: int  # documents in the whole entry
    documents: tuple[SignedDocument, ...]  # in this code: one (an endorsement) or all (receipt)
    signature: bytes = b""
    version: int = VERSION

    @property
    def year(self) -> int:
        return self.entry_date.year


# --- bytes -----------------------------------------------------------------------------------


def _uvarint(value: int) -> bytes:
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def can_pack(text: str) -> bool:
    upper = text.upper()
    return len(upper) == len(text) and all(c in _INDEX for c in upper)


def pack_text(text: Text) -> bytes:
    """A header (uvarint of length × 4 + shortened × 2 + packed) and the characters."""
    flags = 2 if text.shortened else 0
    if can_pack(text.value):
        upper = text.value.upper()
        bits = 0
        for c in upper:
            bits = (bits << 6) | _INDEX[c]
        nbits = 6 * len(upper)
        nbytes = (nbits + 7) // 8
        bits <<= nbytes * 8 - nbits
        return _uvarint(len(upper) * 4 + flags + 1) + bits.to_bytes(nbytes, "big")
    raw = text.value.encode("utf-8")
    return _uvarint(len(raw) * 4 + flags) + raw


def _nik_bytes(nik_masked: str) -> bytes:
    """The visible 6 + 4 digits of a masked NIK as a 5-byte number."""
    digits = nik_masked[:6] + nik_masked[-4:]
    if len(nik_masked) != 16 or not digits.isdigit():
        raise PayloadError
    return int(digits).to_bytes(5, "big")


def message_bytes(p: Payload) -> bytes:
    """Everything the signature covers (the payload without its last 64 bytes)."""
    days = (p.entry_date - EPOCH).days
    if not 0 <= days <= 0xFFFF:
        raise PayloadError
    if not 0 <= p.key_id <= 255 or not 0 <= p.format_index <= 255:
        raise PayloadError
    if not 1 <= p.documents_total <= 255 or not 1 <= len(p.documents) <= p.documents_total:
        raise PayloadError
    out = bytearray([p.version, p.key_id])
    out += days.to_bytes(2, "big")
    out += _uvarint(p.seq)
    out.append(p.format_index)
    out += pack_text(p.name)
    out += _nik_bytes(p.nik_masked)
    out += bytes([p.documents_total, len(p.documents)])
    for d in p.documents:
        if not 1 <= d.position <= 255 or not 0 <= d.type_code <= 255 or not 1 <= d.copies <= 255:
            raise PayloadError
        out += bytes([d.position, d.type_code])
        if d.type_code == 0:
            out += pack_text(d.label)
        out += pack_text(d.number)
        out.append(d.copies)
    return bytes(out)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise PayloadError
        self.pos += 1
        return self.data[self.pos - 1]

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise PayloadError
        self.pos += n
        return self.data[self.pos - n : self.pos]

    def uvarint(self) -> int:
        value, shift = 0, 0
        while True:
            b = self.byte()
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7
            if shift > 28:
                raise PayloadError

    def text(self) -> Text:
        header = self.uvarint()
        length, shortened, packed = header >> 2, bool(header & 2), header & 1
        if not packed:
            try:
                return Text(self.take(length).decode("utf-8"), shortened)
            except UnicodeDecodeError as exc:
                raise PayloadError from exc
        nbytes = (6 * length + 7) // 8
        bits = int.from_bytes(self.take(nbytes), "big") >> (nbytes * 8 - 6 * length)
        chars = [ALPHABET[(bits >> (6 * (length - 1 - i))) & 0x3F] for i in range(length)]
        return Text("".join(chars), shortened)


def parse_bytes(data: bytes) -> Payload:
    """Read a payload (message + signature); raises PayloadError on anything malformed."""
    r = _Reader(data)
    version = r.byte()
    if version != VERSION:
        raise PayloadError
    key_id = r.byte()
    entry_date = EPOCH + timedelta(days=int.from_bytes(r.take(2), "big"))
    seq = r.uvarint()
    format_index = r.byte()
    name = r.text()
    nik = f"{int.from_bytes(r.take(5), 'big'):010d}"
    if len(nik) != 10:
        raise PayloadError
    total, count = r.byte(), r.byte()
    if not 1 <= count <= total:
        raise PayloadError
    docs = []
    for _n in range(count):
        position, code = r.byte(), r.byte()
        label = r.text() if code == 0 else Text(DOC_TYPE_LABELS.get(code, f"Jenis {code}"))
        number = r.text()
        copies = r.byte()
        docs.append(SignedDocument(position, code, label, number, copies))
    signature = r.take(SIGNATURE_BYTES)
    if r.pos != len(data):
        raise PayloadError
    return Payload(
        key_id,
        entry_date,
        seq,
        format_index,
        name,
        nik[:6] + "*" * 6 + nik[6:],
        total,
        tuple(docs),
        signature,
        version,
    )


# --- digits ------------------------------------------------------------------------------------


def to_digits(data: bytes) -> str:
    """7-byte groups as 17-digit numbers; a last group of k bytes as TAIL_DIGITS[k] digits."""
    parts = []
    for i in range(0, len(data), GROUP_BYTES):
        group = data[i : i + GROUP_BYTES]
        width = GROUP_DIGITS if len(group) == GROUP_BYTES else TAIL_DIGITS[len(group)]
        parts.append(f"{int.from_bytes(group, 'big'):0{width}d}")
    return "".join(parts)


def from_digits(text: str) -> bytes:
    if len(text) > MAX_DIGITS or not text.isascii() or not text.isdigit():
        raise PayloadError
    full, rest = divmod(len(text), GROUP_DIGITS)
    if rest and rest not in _TAIL_BYTES:
        raise PayloadError
    out = bytearray()
    for i in range(full + (1 if rest else 0)):
        chunk = text[i * GROUP_DIGITS : (i + 1) * GROUP_DIGITS]
        nbytes = GROUP_BYTES if len(chunk) == GROUP_DIGITS else _TAIL_BYTES[len(chunk)]
        value = int(chunk)
        if value >= 1 << (8 * nbytes):
            raise PayloadError
        out += value.to_bytes(nbytes, "big")
    return bytes(out)


def encode(p: Payload) -> str:
    """The digits of a signed payload."""
    if len(p.signature) != SIGNATURE_BYTES:
        raise PayloadError
    return to_digits(message_bytes(p) + p.signature)


def decode(digits: str) -> tuple[Payload, bytes]:
    """(payload, the signed message bytes) from the digits."""
    data = from_digits(digits)
    payload = parse_bytes(data)
    return payload, data[:-SIGNATURE_BYTES]


def qr_text(verify_url: str, digits: str) -> str:
    """``<url>#<digits>``: the fragment never reaches the web server. Without a URL, the digits."""
    return f"{verify_url}#{digits}" if verify_url else digits


def digits_from_text(text: str) -> str | None:
    """The payload digits in a scanned or pasted text (a URL with a fragment, or the digits
    alone, with spaces or line breaks a scanner may add), else None."""
    candidate = text.strip()
    if "#" in candidate:
        candidate = candidate.rsplit("#", 1)[1]
    candidate = "".join(candidate.split())
    if len(candidate) >= 100 and candidate.isascii() and candidate.isdigit():
        return candidate
    return None
