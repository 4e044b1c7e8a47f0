"""Identity numbers as officers receive them: NIK, Nomor KK, NIP and phone numbers
(docs/design.md#identity-numbers).

Why hand-written rules: off-the-shelf validators lack Kalimantan Utara and the new Papua
provinces and read 2005 births as 1905. The rules here check the structure against the packaged
region table, derive sex and birth date, and turn every refusal into one Indonesian sentence
(``ValidationError``) naming the field, so the form can show it next to the right input.

Pure Python: this module never imports Qt.
"""

from __future__ import annotations

import random
import re
import urllib.parse
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers

from desktop_app.core import clock, regions
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _

__all__ = [
    "KkInfo",
    "NikInfo",
    "PhoneInfo",
    "clean_number",
    "find_identity_numbers",
    "format_date_id",
    "format_nip",
    "generate_nik",
    "mask_nik",
    "mask_number",
    "normalize_phone",
    "parse_kk",
    "parse_nik",
    "validate_nip",
    "wa_link",
]

FIELD_NIK = "NIK"
FIELD_KK = "Nomor KK"
FIELD_PHONE = "Nomor HP"
FIELD_NIP = "NIP"

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip

# Characters people (and WhatsApp copy/paste) put inside numbers: dots, dashes of every kind,
# zero-width spaces and bidi marks. Whitespace of any kind is removed separately.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e" + (
    "\u2066\u2067\u2068\u2069"
)
_FULLWIDTH_DIGITS: dict[int, str | int | None] = {
    0xFF10 + i: str(i) for i in range(10)
}  # "３２" typed with an IME
_STRIP_TABLE: dict[int, str | int | None] = {
    **str.maketrans("", "", ".-\u2010\u2011\u2012\u2013\u2014\u2015\u2212" + _INVISIBLE),
    **_FULLWIDTH_DIGITS,
}
_INVISIBLE_TABLE: dict[int, str | int | None] = {
    **str.maketrans("", "", _INVISIBLE),
    **_FULLWIDTH_DIGITS,
}
_DIGITS = re.compile(r"[0-9]+")


# --------------------------------------------------------------------------- helpers


def clean_number(text: str) -> str:
    """Strip what people type between digits (spaces, dots, dashes, NBSP, tabs, bidi marks).

    Why: numbers are accepted as people type them. Full-width digits become
    ASCII; anything else (letters, ``*``, ``²``) is kept so the caller can refuse it.
    """
    if not isinstance(text, str):
        return ""
    return "".join(text.translate(_STRIP_TABLE).split())


def _is_digits(text: str) -> bool:
    """ASCII digits only (``str.isdigit`` also accepts superscripts and other scripts)."""
    return _DIGITS.fullmatch(text) is not None


def format_date_id(day: date) -> str:
    """``date(1991, 3, 12)`` -> ``"12 Maret 1991"`` (Indonesian long form, no leading zero)."""
    return f"{day.day} {_(MONTHS_ID[day.month - 1])} {day.year}"


def _latest_not_after(day: int, month: int, yy: int, today: date) -> date | None:
    """The latest real date ``day-month-??yy`` that is not after ``today`` (None if none).

    Why: a NIK carries a two-digit year; a person born in 2005 must not read as 1905, and
    nobody is born in the future, so the most recent past century wins.
    """
    base = today.year - today.year % 100
    for century in (base, base - 100, base - 200):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _fail(field: str, problems: list[str]) -> ValidationError:
    """One ValidationError carrying every broken rule; its message is the first problem."""
    return ValidationError(problems[0], problems=[(field, message) for message in problems])


def _check_shape(text: str, field: str, label: str, length: int) -> str:
    """Clean ``text`` and refuse it when empty, non-numeric or of the wrong length."""
    if isinstance(text, str) and len(text) == length and text.isascii() and text.isdigit():
        return text  # already clean: the common case in imports, 100,000 rows at a time
    number = clean_number(text)
    if not number:
        raise _fail(field, [_("{label} belum diisi", label=label)])
    if not _is_digits(number):
        raise _fail(field, [_("{label} hanya boleh berisi angka", label=label)])
    if len(number) != length:
        raise _fail(
            field,
            [
                _(
                    "{label} harus {length} digit, tertulis {count} digit",
                    label=label,
                    length=length,
                    count=len(number),
                )
            ],
        )
    return number


def _region_warnings(code6: str, label: str) -> tuple[str | None, str | None, list[str]]:
    """Regency and district names of ``code6`` plus warnings for the parts the table lacks.

    Why warnings and not errors: codes change when regions split, so an old NIK may carry a
    district code the current table no longer has.
    """
    warnings: list[str] = []
    regency = regions.regency_name(code6[:4])
    district = regions.district_name(code6)
    if regency is None:
        warnings.append(
            _(
                "Kode wilayah {code} pada {label} tidak dikenal (kabupaten/kota {regency} "
                "tidak ada di tabel, mungkin wilayah hasil pemekaran); "
                "periksa dengan dokumen aslinya",
                code=code6,
                regency=code6[:4],
                label=label,
            )
        )
    elif district is None:
        warnings.append(
            _(
                "Kode kecamatan {code} pada {label} tidak dikenal di {regency} "
                "(mungkin wilayah hasil pemekaran); periksa dengan dokumen aslinya",
                code=code6,
                label=label,
                regency=regency,
            )
        )
    return regency, district, warnings


def _place(province: str | None, regency: str | None, district: str | None, code6: str) -> str:
    """``"Kec. Tambun Selatan, Kabupaten Bekasi, Jawa Barat"``, skipping unknown parts."""
    parts = []
    if district:
        parts.append(_("Kec. {name}", name=district))
    if regency:
        parts.append(regency)
    if province:
        parts.append(province)
    place = ", ".join(parts)
    if not district:
        place += " " + _("(kode wilayah {code} tidak dikenal)", code=code6)
    return place


# --------------------------------------------------------------------------- NIK


@dataclass(frozen=True)
class NikInfo:
    """What a valid NIK says about its holder; ``warnings`` are for the officer, not refusals."""

    nik: str
    province_code: str
    province: str
    regency_code: str
    regency: str | None
    district_code: str
    district: str | None
    sex: str  # "L" (laki-laki) or "P" (perempuan)
    birth_date: date
    serial: str
    warnings: tuple[str, ...] = ()

    @property
    def sex_label(self) -> str:
        """``"Laki-laki"`` or ``"Perempuan"``."""
        return _("Perempuan") if self.sex == "P" else _("Laki-laki")

    @property
    def masked(self) -> str:
        """The NIK as it may appear outside the request form (UU 27/2022)."""
        return mask_number(self.nik)

    def age_on(self, day: date) -> int:
        """Age in whole years on ``day`` (birthdays on 29 February count from 1 March)."""
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years

    def describe(self) -> str:
        """Short one-liner for the form, e.g. "Laki-laki, lahir 12 Maret 1991 — Kec. …"."""
        return _(
            "{sex}, lahir {born} — {place}",
            sex=self.sex_label,
            born=format_date_id(self.birth_date),
            place=_place(self.province, self.regency, self.district, self.district_code),
        )


def parse_nik(text: str, today: date | None = None) -> NikInfo:
    """Check a NIK (``PP RR DD ddmmyy SSSS``) and decode it; raise ``ValidationError`` if invalid.

    Rules: 16 digits, a province that exists, a real birth date (day + 40 for
    women) that is not in the future, serial not ``0000``. The century is the latest one that
    does not put the birth date after ``today`` (default: the real today). Every broken rule is
    listed in ``problems`` (field ``"NIK"``); the message is the first of them.
    """
    today = today or clock.today()
    nik = _check_shape(text, FIELD_NIK, _("NIK"), 16)
    problems: list[str] = []

    province_code = nik[:2]
    province = regions.province_name(province_code)
    if province is None:
        problems.append(_("Kode provinsi {code} pada NIK tidak dikenal", code=province_code))

    raw_day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "P" if raw_day > 40 else "L"
    day = raw_day - 40 if raw_day > 40 else raw_day
    birth_date: date | None = None
    if not (1 <= raw_day <= 31 or 41 <= raw_day <= 71):
        problems.append(
            _(
                "Tanggal lahir pada NIK tidak valid ({shown}); tanggal harus 01–31, "
                "atau 41–71 untuk perempuan",
                shown=f"{nik[6:8]}-{nik[8:10]}-{nik[10:12]}",
            )
        )
    else:
        birth_date = _latest_not_after(day, month, yy, today) if 1 <= month <= 12 else None
        if birth_date is None:
            problems.append(
                _(
                    "Tanggal lahir pada NIK tidak valid ({shown})",
                    shown=f"{day:02d}-{nik[8:10]}-{nik[10:12]}",
                )
            )

    serial = nik[12:]
    if serial == "0000":
        problems.append(_("Nomor urut pada NIK tidak boleh 0000"))

    if problems or province is None or birth_date is None:
        raise _fail(FIELD_NIK, problems)

    regency, district, warnings = _region_warnings(nik[:6], _("NIK"))
    return NikInfo(
        nik=nik,
        province_code=province_code,
        province=province,
        regency_code=nik[:4],
        regency=regency,
        district_code=nik[:6],
        district=district,
        sex=sex,
        birth_date=birth_date,
        serial=serial,
        warnings=tuple(warnings),
    )


def generate_nik(
    rng: random.Random,
    district_code: str | None = None,
    birth_date: date | None = None,
    sex: str | None = None,
    serial: int | None = None,
) -> str:
    """Build a structurally valid NIK for demo data and tests; ``None`` parts come from ``rng``.

    Why take ``rng``: demo data and property tests must be reproducible from a seed.
    """
    if district_code is None:
        district_code = rng.choice(sorted(regions.table().districts))
    if birth_date is None:
        start = date(1940, 1, 1)
        birth_date = start + timedelta(days=rng.randrange((date(2020, 12, 31) - start).days))
    if sex is None:
        sex = rng.choice("LP")
    if serial is None:
        serial = rng.randint(1, 9999)
    if len(district_code) != 6 or not _is_digits(district_code):
        raise ValueError(f"district_code must be 6 digits, got {district_code!r}")
    if sex not in ("L", "P"):
        raise ValueError(f"sex must be 'L' or 'P', got {sex!r}")
    if not 1 <= serial <= 9999:
        raise ValueError(f"serial must be 1..9999, got {serial!r}")
    day = birth_date.day + (40 if sex == "P" else 0)
    return f"{district_code}{day:02d}{birth_date:%m}{birth_date.year % 100:02d}{serial:04d}"


# --------------------------------------------------------------------------- masking


def mask_number(number: str) -> str:
    """Hide the middle of a NIK/KK for reports and printouts: ``321601******0001``.

    Why: UU 27/2022 on personal data. A 16-digit number keeps its first 6 and last 4 digits; other
    lengths keep proportionally less (at most 6 + 4) so short input never shows in full.
    """
    digits = clean_number(number)
    length = len(digits)
    head = min(6, length * 3 // 8)
    tail = min(4, length // 4)
    return digits[:head] + "*" * (length - head - tail) + digits[length - tail :]


mask_nik = mask_number


# --------------------------------------------------------------------------- KK


@dataclass(frozen=True)
class KkInfo:
    """What a valid family-card (Kartu Keluarga) number says; ``warnings`` are not refusals."""

    kk: str
    region_code: str
    province: str
    regency: str | None
    district: str | None
    issue_date: date | None
    serial: str
    warnings: tuple[str, ...] = ()

    @property
    def masked(self) -> str:
        """The number as it may appear outside the request form."""
        return mask_number(self.kk)

    def describe(self) -> str:
        """Short one-liner, e.g. "Terbit 22 Januari 2015 — Kec. Tambun Selatan, …"."""
        place = _place(self.province, self.regency, self.district, self.region_code)
        if self.issue_date is None:
            return place
        return _("Terbit {issued} — {place}", issued=format_date_id(self.issue_date), place=place)


def parse_kk(text: str, today: date | None = None) -> KkInfo:
    """Check a Nomor KK (region 6 + issue date ddmmyy + serial 4); raise ``ValidationError``.

    Rules: 16 digits, a province that exists (unknown regency/district is a warning), a real
    issue date (century: the latest not after ``today``), serial not ``0000``. Field
    ``"Nomor KK"``.
    """
    today = today or clock.today()
    kk = _check_shape(text, FIELD_KK, _("Nomor KK"), 16)
    problems: list[str] = []

    province = regions.province_name(kk[:2])
    if province is None:
        problems.append(_("Kode provinsi {code} pada Nomor KK tidak dikenal", code=kk[:2]))

    day, month, yy = int(kk[6:8]), int(kk[8:10]), int(kk[10:12])
    issue_date = None
    if 1 <= day <= 31 and 1 <= month <= 12:
        issue_date = _latest_not_after(day, month, yy, today)
    if issue_date is None:
        problems.append(
            _(
                "Tanggal terbit pada Nomor KK tidak valid ({shown})",
                shown=f"{kk[6:8]}-{kk[8:10]}-{kk[10:12]}",
            )
        )

    serial = kk[12:]
    if serial == "0000":
        problems.append(_("Nomor urut pada Nomor KK tidak boleh 0000"))

    if problems or province is None:
        raise _fail(FIELD_KK, problems)

    regency, district, warnings = _region_warnings(kk[:6], _("Nomor KK"))
    return KkInfo(
        kk=kk,
        region_code=kk[:6],
        province=province,
        regency=regency,
        district=district,
        issue_date=issue_date,
        serial=serial,
        warnings=tuple(warnings),
    )


# --------------------------------------------------------------------------- phone


@dataclass(frozen=True)
class PhoneInfo:
    """A phone number normalized for storage (E.164) and display (Indonesian national form)."""

    e164: str
    is_mobile: bool
    display: str


_MOBILE_TYPES = frozenset(
    {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
)


def normalize_phone(text: str) -> PhoneInfo:
    """``0812-3456-7890``, ``+62 812…``, ``6281…``, ``(021) 8765432`` -> ``PhoneInfo``.

    Why phonenumbers: it knows Indonesian mobile and area-code ranges, so it can tell a mobile
    (which gets a WhatsApp link) from a landline. Raises ``ValidationError`` (field
    ``"Nomor HP"``) when the number is empty or not a valid number.
    """
    raw = (text if isinstance(text, str) else "").translate(_INVISIBLE_TABLE).strip()
    if not raw:
        raise _fail(FIELD_PHONE, [_("Nomor HP belum diisi")])
    compact = "".join(raw.split())
    # "6281…" is the international form without "+" (a national number always starts with 0).
    candidate = "+" + compact if compact.startswith("62") else raw
    try:
        number = phonenumbers.parse(candidate, "ID")
        valid = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        valid = False
    if not valid:
        shown = raw if len(raw) <= 40 else raw[:40] + "…"
        raise _fail(FIELD_PHONE, [_("Nomor HP tidak valid: {number}", number=shown)])
    is_mobile = phonenumbers.number_type(number) in _MOBILE_TYPES
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 62
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return PhoneInfo(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        is_mobile=is_mobile,
        display=phonenumbers.format_number(number, style),
    )


def wa_link(e164: str, text: str = "") -> str:
    """``https://wa.me/6281234567890?text=…`` for a mobile number; landlines are refused.

    Why refuse: WhatsApp only runs on mobile numbers, and a dead link wastes the officer's time.
    """
    phone = normalize_phone(e164)
    if not phone.is_mobile:
        raise _fail(
            FIELD_PHONE,
            [
                _(
                    "Nomor {number} bukan nomor HP, tidak bisa dihubungi lewat WhatsApp",
                    number=phone.display,
                )
            ],
        )
    link = "https://wa.me/" + phone.e164.lstrip("+")
    if text:
        link += "?text=" + urllib.parse.quote(text)
    return link


# --------------------------------------------------------------------------- NIP


def validate_nip(text: str) -> str:
    """Check a civil-servant NIP (``yyyymmdd yyyymm s nnn``, 18 digits) and return its digits.

    Rules: a real birth date not in the future, an appointment (TMT) month 01–12, sex digit
    1 (laki-laki) or 2 (perempuan). Field ``"NIP"``.
    """
    nip = _check_shape(text, FIELD_NIP, _("NIP"), 18)
    problems: list[str] = []
    try:
        born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        born = None
    if born is None or born.year < 1900 or born > clock.today():
        problems.append(
            _(
                "Tanggal lahir pada NIP tidak valid ({shown})",
                shown=f"{nip[6:8]}-{nip[4:6]}-{nip[:4]}",
            )
        )
    if not (1 <= int(nip[12:14]) <= 12) or int(nip[8:12]) < 1900:
        problems.append(
            _(
                "TMT pengangkatan pada NIP tidak valid ({shown})",
                shown=f"{nip[12:14]}-{nip[8:12]}",
            )
        )
    if nip[14] not in "12":
        problems.append(
            _("Kode jenis kelamin pada NIP harus 1 atau 2, tertulis {digit}", digit=nip[14])
        )
    if problems:
        raise _fail(FIELD_NIP, problems)
    return nip


def format_nip(nip: str) -> str:
    """``196804111993031009`` -> ``"19680411 199303 1 009"``; other input comes back cleaned."""
    digits = clean_number(nip)
    if len(digits) != 18 or not _is_digits(digits):
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


# --------------------------------------------------------------------------- paste from WhatsApp

# Runs of digits that may be split by spaces, dots or dashes ("3216 0612 0391 0002").
_RUN = re.compile(r"\+?[0-9]+(?:[ \t.\-\u2013]{1,3}[0-9]+)*")
_LABEL = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?P<kk>no(?:mor|mr)?\.?\s*kk|kk|k\.k\.?|kartu\s+keluarga)"
    r"|(?P<nik>nik|n\.i\.k\.?|no(?:mor|mr)?\.?\s*ktp|ktp|nomor\s+induk\s+kependudukan)"
    r"|(?P<phone>hp|wa|whatsapp|telp|telepon|tlp|handphone|ponsel)"
    r")(?![^\W\d_])",
    re.IGNORECASE,
)
_LABEL_WINDOW = 40

_WORD = r"[^\W\d_](?:[^\W\d_]|['’‘`])*\.?"
_NAME_TRIGGERS = (
    # 1. said outright: "nama: X", "nama saya X", "atas nama X", "a.n. X", "pemohon: X",
    #    "nama ibu: X", "data ortu: X", "saya ibunya, X" (a baby's or child's name is not the
    #    applicant's: "nama bayi: X" is no trigger).
    re.compile(
        r"(?<![^\W\d_])(?:nama(?:\s+lengkap)?(?:\s+(?:saya|sy))?\s*(?:adalah\s*)?[:=]"
        r"|nama\s+(?:lengkap\s+)?(?:saya|sy)(?:\s+adalah)?"
        r"|nama\s+(?:pemohon|ibu|ayah|bapak|ortu|orang\s+tua|pelapor)\s*[:=]?"
        r"|(?:data\s+)?(?:pemohon|pelapor|ortu|orang\s+tua|suami|istri)\s*[:=]"
        r"|calon\s+(?:suami|istri)"
        r"|(?:saya|sy)\s+(?:ibu|ayah|bapak|ortu)nya\s*,"
        r"|atas\s+nama|a\s?[./]\s?n\b\.?|an\.)",
        re.IGNORECASE,
    ),
    # 2. "saya X" — only a capitalised name ("saya Sri Wahyuni"), never "saya mau…".
    re.compile(r"(?<![^\W\d_])(?:saya|sy)(?:\s+(?:bernama|adalah))?(?![^\W\d_])", re.IGNORECASE),
    # 3. a bare "nama X" ("… akta kelahiran, nama Ahmad Fauzi").
    re.compile(r"(?<![^\W\d_])nama(?:\s+lengkap)?(?![^\W\d_])", re.IGNORECASE),
)
_CAPITALISED_ONLY = (False, True, False)  # per trigger tier
_NAME_WORDS = re.compile(rf"[ \t,:\-]*((?:{_WORD})(?:[ \t]+(?:{_WORD}))*)")
# Words that end a name ("saya Budi Santoso mohon …") or show that no name follows ("saya mau…").
_STOP_WORDS = frozenset(
    """
    nik kk ktp no nomor nmr hp wa telp telepon tlp whatsapp email mohon minta ingin mau akan
    sudah sdh belum blm dari dengan dgn yang yg warga alamat tinggal beralamat asal umur usia
    lahir dan untuk utk kami anak sedang mengajukan mengurus urus ngurus buat bikin membuat
    perlu butuh tolong bermaksud hendak di ke pada tgl tanggal rt rw desa kel kelurahan kec
    kecamatan kab kabupaten kota jl jalan selaku sebagai terima makasih ya kak admin punya
    bisa tidak tdk lupa kirim kirimkan mengirim masih baru cuma hanya juga lagi sangat mau
    tanya bertanya menanyakan sampaikan izin ijin permisi selamat pagi siang sore malam
    assalamualaikum salam ini itu tersebut sekeluarga adalah bernama kartu keluarga akta
    ingin orang penduduk domisili pemohon atas nama saya sendiri ayah istri suami
    sy mw mo pengen udh udah blm tdk gak ga nggak karena krn utk yg hilang rusak meninggal
    wafat lahir bulan minggu hari tahun th lalu kemarin tadi bayi ibunya ayahnya bapaknya
    pindah pindahan datang tempat tgl mohon dibantu bantu tolong info tanya nanya ingin
    """.split()
)
_TITLES = frozenset("bapak ibu pak bu bpk sdr sdri saudara saudari ny nyonya tn tuan nn".split())
_LOWER_PARTICLES = frozenset({"bin", "binti"})
_APOSTROPHES = str.maketrans("’‘`", "'''")
_PHONE_TRIES = 20  # phone-shaped numbers checked with phonenumbers
_NAME_REACH = 200  # characters looked at after a trigger (keeps huge pastes linear)
_NAME_TRIES = 50  # trigger occurrences tried per kind


# Abbreviations written with their dot inside a name ("Drs. Hadi Purnomo", "H. Ahmad").
_ABBREVIATIONS = {
    "drs": "Drs.", "dra": "Dra.", "dr": "dr.", "ir": "Ir.", "h": "H.", "hj": "Hj.",
    "moh": "Moh.", "muh": "Muh.", "st": "St.",
}  # fmt: skip


def _title_word(word: str) -> str:
    """``nur'aini`` -> ``Nur'aini`` (``str.title`` would give ``Nur'Aini``)."""
    word = word.translate(_APOSTROPHES)
    if word.lower() in _ABBREVIATIONS:
        return _ABBREVIATIONS[word.lower()]
    if word.lower() in _LOWER_PARTICLES:
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def _name_after(text: str, start: int, capitalised: bool = False) -> str | None:
    """The 2–6 word name that starts at ``text[start:]``, or None if what follows is no name.
    ``capitalised``: every word must start with a capital (after a bare "saya")."""
    match = _NAME_WORDS.match(text, start, min(len(text), start + _NAME_REACH))
    if match is None:
        return None
    words: list[str] = []
    for token in match.group(1).split()[:12]:
        bare = token.rstrip(".")
        lower = bare.lower()
        if not words and lower in _TITLES:
            continue
        if lower in _STOP_WORDS:
            break
        words.append(bare)
        # "Moh." / "H." are abbreviations inside a name; a longer word with a dot ends a sentence.
        if token.endswith(".") and len(bare) > 3:
            break
    if not 2 <= len(words) <= 6:
        return None
    if capitalised and not all(word[:1].isupper() for word in words):
        return None
    return " ".join(_title_word(word) for word in words)


def _find_name(text: str) -> str | None:
    """Name after "nama:", "nama saya", "atas nama", "a.n." — or, failing those, after "saya"
    (capitalised), or after a bare "nama"."""
    for trigger, capitalised in zip(_NAME_TRIGGERS, _CAPITALISED_ONLY, strict=True):
        for tries, match in enumerate(trigger.finditer(text)):
            if tries >= _NAME_TRIES:
                break
            name = _name_after(text, match.end(), capitalised)
            if name:
                return name
    return None


def _phone_digits(digits: str) -> bool:
    """10–13 digits starting 08, or the same number written 62… / +62…."""
    national = "0" + digits[2:] if digits.startswith("62") else digits
    return national.startswith("08") and 10 <= len(national) <= 13


def _segment(groups: list[str]) -> list[tuple[str, int, int]]:
    """Split the digit groups of one run into ("id"|"phone", first, last) segments.

    Why a small dynamic programme: people paste "0812 8877 1203 3216 0612 0391 0002", where
    taking the first 16 digits greedily would glue the phone to half of the NIK. A 16-digit
    segment with a known province or a phone-shaped segment scores 2, other 16-digit ones 1.
    """
    count = len(groups)
    score = [0] * (count + 1)
    choice: list[tuple[str, int] | None] = [None] * (count + 1)  # (kind, last group) or skip
    for i in range(count - 1, -1, -1):
        score[i] = score[i + 1]
        total = 0
        digits = ""
        for j in range(i, count):
            total += len(groups[j])
            if total > 16:
                break
            digits += groups[j]
            options = []
            if total == 16:
                options.append((2 if regions.province_name(digits[:2]) else 1, "id"))
            if 10 <= total <= 14 and _phone_digits(digits):  # cheap length test first
                options.append((2, "phone"))
            for gain, kind in options:
                if gain + score[j + 1] > score[i]:
                    score[i], choice[i] = gain + score[j + 1], (kind, j)
    segments: list[tuple[str, int, int]] = []
    i = 0
    while i < count:
        picked = choice[i]
        if picked is None:
            i += 1
            continue
        kind, last = picked
        segments.append((kind, i, last))
        i = last + 1
    return segments


def _label_before(text: str, start: int, floor: int) -> str | None:
    """The last label ("kk", "nik" or "phone") between ``floor`` and ``start``, near the number."""
    window = text[max(floor, start - _LABEL_WINDOW) : start]
    label = None
    for match in _LABEL.finditer(window):
        label = match.lastgroup
    return label


def _valid_nik(number: str) -> NikInfo | None:
    try:
        return parse_nik(number)
    except ValidationError:
        return None


def _valid_kk(number: str) -> bool:
    try:
        parse_kk(number)
    except ValidationError:
        return False
    return True


def find_identity_numbers(message: str) -> dict[str, str | None]:
    """Pick NIK, KK, phone (E.164) and name out of a message pasted from WhatsApp.

    Heuristics: a 16-digit number labelled "KK"/"kartu keluarga" is the KK, one labelled
    "NIK"/"KTP" the NIK; of unlabelled ones the number that is a valid NIK is the NIK (a
    woman's +40 day settles ties, else the first) and another is the KK. The phone is the
    first valid number of 10–13 digits starting 08/62/+62 (a mobile preferred). The name
    follows "nama:", "nama saya", "atas nama", "a.n." or "saya". Never raises: whatever
    cannot be found is ``None``, so the officer fills it in.
    """
    result: dict[str, str | None] = {"nik": None, "kk": None, "phone": None, "name": None}
    if not isinstance(message, str) or not message:
        return result
    try:
        _fill(message, result)
    except Exception:  # a paste helper must never take the form down
        pass
    return result


def _fill(message: str, result: dict[str, str | None]) -> None:
    """Body of :func:`find_identity_numbers`, which guards it."""
    text = message.translate(_INVISIBLE_TABLE)
    labelled: dict[str, str] = {}
    unlabelled: list[str] = []
    phones: list[str] = []
    floor = 0
    for run in _RUN.finditer(text):
        chunk = run.group()
        starts = [m.start() + run.start() for m in _DIGITS.finditer(chunk)]
        groups = _DIGITS.findall(chunk)
        for kind, first, last in _segment(groups):
            digits = "".join(groups[first : last + 1])
            start = starts[first]
            label = _label_before(text, start, floor)
            floor = starts[last] + len(groups[last])
            if kind == "phone":
                phones.append(digits)
            elif label in ("nik", "kk"):
                labelled.setdefault(label, digits)
            elif digits not in unlabelled:
                unlabelled.append(digits)

    result["nik"] = labelled.get("nik")
    result["kk"] = labelled.get("kk")
    unlabelled = [
        n
        for n in unlabelled
        if n not in labelled.values() and regions.province_name(n[:2]) is not None
    ]
    if result["nik"] is None:
        valid = [(n, info) for n in unlabelled if (info := _valid_nik(n)) is not None]
        if valid:
            # A KK date never has a day above 31, so a woman's NIK is recognisable on its own;
            # otherwise people write the NIK first.
            women = [n for n, info in valid if int(n[6:8]) > 40]
            chosen = women[0] if women else valid[0][0]
            result["nik"] = chosen
            unlabelled.remove(chosen)
    if result["kk"] is None and unlabelled:
        kk_like = [n for n in unlabelled if _valid_kk(n)]
        result["kk"] = kk_like[0] if kk_like else unlabelled[0]

    found: list[PhoneInfo] = []
    for digits in phones[:_PHONE_TRIES]:
        try:
            found.append(normalize_phone(digits))
        except ValidationError:
            continue
    mobiles = [p for p in found if p.is_mobile]
    if mobiles or found:
        result["phone"] = (mobiles or found)[0].e164

    result["name"] = _find_name(text)
