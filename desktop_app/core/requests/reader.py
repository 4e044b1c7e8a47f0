"""Read a citizen's WhatsApp message the way an officer would: which service it asks for, the
NIK, KK number, phone and name, and — when it was copied with WhatsApp's own headers
("[09.15, 29/11/2026] +62 812-…: …") — who sent it and when.

Everything here is a suggestion for the intake form: the officer checks it before saving, and
whatever cannot be read is ``None``. The reader never raises. ``tests/data/wa_messages.json``
holds the messages it is measured against.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo

from desktop_app.core import clock, identity

# Everyday names and phrasings of each service, with a weight: 3 names the service outright,
# 2 points at it, 1 is a hint. Words match with a typo or two ("akte", "kelahran") and may
# have a word or two between them ("ubah alamat di KK"). Tuned on tests/data/wa_messages.json.
SERVICE_PHRASES: dict[str, tuple[tuple[str, int], ...]] = {
    "KK": (
        ("kartu keluarga", 3), ("kk baru", 3), ("ubah kk", 3), ("perubahan kk", 3),
        ("ganti kk", 3), ("cetak kk", 3), ("cetak ulang", 2), ("kk hilang", 3),
        ("kk rusak", 3), ("pecah kk", 3), ("tambah anggota", 3), ("bikin kk", 3),
        ("buat kk", 3), ("urus kk", 3), ("update kk", 3), ("perbarui kk", 3),
        ("perbaharui kk", 3), ("kk", 1),
    ),
    "LAHIR": (
        ("akta kelahiran", 3), ("akta lahir", 3), ("akta anak", 2), ("kelahiran", 2),
        ("anak lahir", 2), ("baru lahir", 1), ("bayi", 1), ("lahiran", 2),
    ),
    "PINDAH": (
        ("pindah datang", 3), ("surat pindah", 3), ("skpwni", 3), ("pindah domisili", 3),
        ("pindah alamat", 2), ("pindah keluar", 3), ("pindahan", 2), ("pindah", 2),
        ("mutasi penduduk", 3),
    ),
    "MATI": (
        ("akta kematian", 3), ("kematian", 3), ("meninggal dunia", 3), ("meninggal", 2),
        ("wafat", 2), ("almarhum", 2), ("almarhumah", 2),
    ),
    "KIA": (
        ("kartu identitas anak", 3), ("kia", 3), ("ktp anak", 3), ("kartu anak", 2),
    ),
    "KAWIN": (
        ("akta perkawinan", 3), ("akta nikah", 3), ("pencatatan perkawinan", 3),
        ("perkawinan", 2), ("pernikahan", 2), ("menikah", 2), ("nikah", 1),
        ("pemberkatan", 2),
    ),
    "NIK": (
        ("validasi nik", 3), ("nik tidak terdaftar", 3), ("nik tidak valid", 3),
        ("nik belum terdaftar", 3), ("nik tidak ditemukan", 3), ("nik ganda", 3),
        ("nik nonaktif", 3), ("nik tidak aktif", 3), ("aktivasi nik", 3), ("konsolidasi", 3),
        ("belum padan", 3), ("padan", 2), ("data ganda", 2), ("tidak terdaftar", 2),
        ("belum terdaftar", 2), ("tidak ditemukan", 1), ("tidak valid", 1),
    ),
    "CERAI": (
        ("akta perceraian", 3), ("akta cerai", 3), ("perceraian", 3), ("cerai", 2),
    ),
    "ADUAN": (
        ("pengaduan", 3), ("aduan", 3), ("komplain", 3), ("keluhan", 3), ("pungli", 3),
        ("mengeluh", 2), ("kecewa", 2), ("tidak ada respon", 2), ("tidak membalas", 2),
        ("kurang baik", 2), ("melaporkan", 1), ("lapor", 1), ("belum dibalas", 1),
    ),
}  # fmt: skip
_PHRASE_WORDS = frozenset(
    word
    for entries in SERVICE_PHRASES.values()
    for phrase, _weight in entries
    for word in phrase.split()
)
# Words that say "this is what I want done": a service named right after one counts double.
INTENT_WORDS = frozenset(
    "mau mw mo ingin pengen minta mohon bikin buat membuat urus mengurus ngurus ajukan "
    "mengajukan pengajuan permohonan daftar mendaftar cetak ubah dibuatkan".split()
)
INTENT_BONUS = 2
INTENT_REACH = 3  # tokens before the phrase where an intent word counts
MIN_SCORE = 2  # less than this is no reading at all

# Short forms people type, read as the full word before matching.
_SHORT_FORMS = {
    "akte": "akta", "sy": "saya", "yg": "yang", "utk": "untuk", "krn": "karena",
    "blm": "belum", "udh": "sudah", "sdh": "sudah", "tdk": "tidak", "gak": "tidak",
    "ga": "tidak", "nggak": "tidak",
}  # fmt: skip
_SUFFIXES = ("nya", "ku", "mu")
_TOKEN = re.compile(r"[a-z0-9]+")
# A number given for a label ("KK 3216…", "NIK: 3216…") names no service; nor does a ticket.
_LABELLED_NUMBER = re.compile(
    r"\b(?:no(?:mor)?\.?\s*)?(?:kk|nik|ktp)(?:\s*(?:lama|baru|ibu|ayah|nya))?\s*[:.]?\s*(?=\d)",
    re.IGNORECASE,
)
_TICKET = re.compile(r"\b[A-Za-z]{2,16}-\d{6}-\d{3,}\b")
# WhatsApp Desktop/Web copy header: "[09.15, 29/11/2026] Sender: text" (also "9:15 AM").
_WA_HEADER = re.compile(
    r"^\[(?P<h>\d{1,2})[.:](?P<m>\d{2})(?:\s*(?P<ampm>[AaPp][Mm]))?,\s*"
    r"(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{2,4})\]\s*(?P<sender>[^:\n]{1,60}):[ \t]?",
    re.MULTILINE,
)


@dataclass(frozen=True)
class MessageReading:
    """What a message says, as far as it can be read (``None``: not found)."""

    service_code: str | None
    nik: str | None
    kk: str | None
    phone: str | None  # E.164
    name: str | None
    sent_at: datetime | None  # from WhatsApp's copy header, aware (office time)
    body: str  # the message without WhatsApp's copy headers


def read_message(
    text: str,
    services: Mapping[str, str] | None = None,
    office_tz: tzinfo | None = None,
) -> MessageReading:
    """Read ``text``; ``services`` maps the catalog's codes to names (names of services the
    office added are recognised too). Never raises."""
    if not isinstance(text, str):
        text = ""
    try:
        return _read(text, services, office_tz or clock.office_tz())
    except Exception:  # noqa: BLE001 - a paste helper must never take the form down
        return MessageReading(None, None, None, None, None, None, text)


def _read(text: str, services: Mapping[str, str] | None, office_tz: tzinfo) -> MessageReading:
    body, sender, sent_at = strip_whatsapp_headers(text, office_tz)
    found = identity.find_identity_numbers(body)
    phone = found["phone"]
    name = found["name"]
    if sender:
        sender_phone = identity.find_identity_numbers(sender)["phone"]
        if sender_phone:
            phone = sender_phone  # the chat's own number beats a number quoted in the text
        elif name is None:
            name = identity.find_identity_numbers(f"nama: {sender}")["name"]
    return MessageReading(
        service_code=detect_service(body, services),
        nik=found["nik"],
        kk=found["kk"],
        phone=phone,
        name=name,
        sent_at=sent_at,
        body=body,
    )


def strip_whatsapp_headers(
    text: str, office_tz: tzinfo | None = None
) -> tuple[str, str | None, datetime | None]:
    """(the text without "[time, date] Sender:" headers, the first sender, its time: a wall
    time of ``office_tz``, the office's zone unless given)."""
    office_tz = office_tz or clock.office_tz()
    first = _WA_HEADER.search(text)
    if first is None:
        return text, None, None
    sent_at = None
    try:
        hour, minute = int(first["h"]), int(first["m"])
        if first["ampm"]:
            hour = hour % 12 + (12 if first["ampm"].lower() == "pm" else 0)
        year = int(first["y"])
        year += 2000 if year < 100 else 0
        sent_at = datetime(year, int(first["mo"]), int(first["d"]), hour, minute, tzinfo=office_tz)
    except ValueError:
        sent_at = None  # a US-style month/day copy or a damaged header: time unknown
    return _WA_HEADER.sub("", text), first["sender"].strip(), sent_at


def _tokens(text: str) -> list[str]:
    text = _TICKET.sub(" ", text)
    text = _LABELLED_NUMBER.sub(" ", text)
    tokens: list[str] = []
    for raw in _TOKEN.findall(text.lower()):
        word = _SHORT_FORMS.get(raw, raw)
        if word.startswith("di") and word[2:] in _PHRASE_WORDS:
            word = word[2:]  # the passive "dicetak", "diperbarui" names the same act
        for suffix in _SUFFIXES:
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        tokens.extend(word.split())
    return tokens


def _close(word: str, wanted: str) -> bool:
    """Equal, or a typo away: short words exactly, 4–8 letters one edit, longer two."""
    if word == wanted:
        return True
    if len(wanted) <= 3 or wanted.isdigit():
        return False
    allowed = 1 if len(wanted) <= 8 else 2
    if abs(len(word) - len(wanted)) > allowed:
        return False
    return _edits(word, wanted, allowed) <= allowed


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _find_phrase(tokens: list[str], phrase: list[str], used: set[int]) -> int | None:
    """Index of the first token of ``phrase`` in ``tokens`` (words in order, at most two
    other words between consecutive ones, none already claimed by a longer phrase). A
    two-word phrase is also found the other way round ("KK saya hilang" = "hilang KK")."""
    found = _find_in_order(tokens, phrase, used)
    if found is None and len(phrase) == 2:
        found = _find_in_order(tokens, phrase[::-1], used)
    return found


def _find_in_order(tokens: list[str], phrase: list[str], used: set[int]) -> int | None:
    for start, token in enumerate(tokens):
        if start in used or not _close(token, phrase[0]):
            continue
        position, ok = start, True
        for word in phrase[1:]:
            for step in range(1, 4):
                nxt = position + step
                if nxt < len(tokens) and nxt not in used and _close(tokens[nxt], word):
                    position = nxt
                    break
            else:
                ok = False
                break
        if ok:
            used.update(range(start, position + 1))
            return start
    return None


def detect_service(text: str, services: Mapping[str, str] | None = None) -> str | None:
    """The service code the message most likely asks for, or None when unclear (a tie, or
    nothing strong enough)."""
    tokens = _tokens(text)
    if not tokens:
        return None
    phrases: list[tuple[str, list[str], int]] = [
        (code, phrase.split(), weight)
        for code, entries in SERVICE_PHRASES.items()
        for phrase, weight in entries
    ]
    for code, name in (services or {}).items():
        words = _tokens(name)
        if len(words) >= 2:
            phrases.append((code.upper(), words, 3))
    # Longer phrases first, so "akta kelahiran" claims its words before "kelahiran" does.
    phrases.sort(key=lambda p: (-len(p[1]), -p[2]))
    allowed = {c.upper() for c in services} if services else None
    scores: dict[str, int] = {}
    used: set[int] = set()
    for code, words, weight in phrases:
        if allowed is not None and code not in allowed:
            continue
        start = _find_phrase(tokens, words, used)
        if start is None:
            continue
        before = tokens[max(0, start - INTENT_REACH) : start]
        bonus = INTENT_BONUS if any(w in INTENT_WORDS for w in before) else 0
        scores[code] = scores.get(code, 0) + weight + bonus
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    if score < MIN_SCORE or (len(ranked) > 1 and ranked[1][1] == score):
        return None
    return best
