"""Identity numbers: NIK, Nomor KK, NIP, phone, masking, paste-from-WhatsApp."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import identity, regions
from desktop_app.core.errors import ValidationError
from desktop_app.core.identity import (
    KkInfo,
    NikInfo,
    PhoneInfo,
    clean_number,
    find_identity_numbers,
    format_nip,
    generate_nik,
    mask_nik,
    mask_number,
    normalize_phone,
    parse_kk,
    parse_nik,
    validate_nip,
    wa_link,
)

TODAY = date(2026, 11, 23)


def refusal(call, *args, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    """Run ``call`` and return the ValidationError it must raise."""
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


# --------------------------------------------------------------------------- clean_number


@pytest.mark.parametrize(
    "typed",
    [
        "3216061203910002",
        "3216 0612 0391 0002",
        "3216.0612.0391.0002",
        "3216-0612-0391-0002",
        "3216\u00a00612\t0391\u20130002",
        " 3216 06 120391 0002 \n",
        "\u200e3216061203910002\u200f",
        "３２１６０６１２０３９１０００２",  # full-width digits
    ],
)
def test_clean_number_strips_what_people_type(typed: str) -> None:
    assert clean_number(typed) == "3216061203910002"


def test_clean_number_keeps_letters_for_the_caller_to_refuse() -> None:
    assert clean_number("3216 O612") == "3216O612"
    assert clean_number("") == ""


# --------------------------------------------------------------------------- parse_nik: valid


def test_parse_nik_man() -> None:
    info = parse_nik("3216 0612 0391 0002", today=TODAY)
    assert info == NikInfo(
        nik="3216061203910002",
        province_code="32",
        province="Jawa Barat",
        regency_code="3216",
        regency="Kabupaten Bekasi",
        district_code="321606",
        district="Tambun Selatan",
        sex="L",
        birth_date=date(1991, 3, 12),
        serial="0002",
        warnings=(),
    )
    assert info.describe() == (
        "Laki-laki, lahir 12 Maret 1991 — Kec. Tambun Selatan, Kabupaten Bekasi, Jawa Barat"
    )
    assert info.masked == "321606******0002"
    assert info.age_on(TODAY) == 35


def test_parse_nik_woman_has_forty_added_to_the_day() -> None:
    info = parse_nik("3216064507880003", today=TODAY)
    assert (info.sex, info.birth_date) == ("P", date(1988, 7, 5))
    assert info.describe().startswith("Perempuan, lahir 5 Juli 1988 — Kec. Tambun Selatan")


@pytest.mark.parametrize(
    ("day_digits", "sex", "day"),
    [("01", "L", 1), ("31", "L", 31), ("41", "P", 1), ("71", "P", 31)],
)
def test_parse_nik_day_range_edges(day_digits: str, sex: str, day: int) -> None:
    info = parse_nik(f"321606{day_digits}0190" + "0001", today=TODAY)
    assert (info.sex, info.birth_date) == (sex, date(1990, 1, day))


@pytest.mark.parametrize(
    ("yy", "today", "year"),
    [
        ("05", TODAY, 2005),
        ("91", TODAY, 1991),
        ("00", TODAY, 2000),
        ("26", date(2026, 3, 12), 2026),  # born today
        ("26", date(2026, 3, 11), 1926),  # tomorrow would be in the future
        ("25", date(2026, 1, 1), 2025),
        ("27", date(2026, 12, 31), 1927),
        ("05", date(2005, 3, 11), 1905),
        ("99", date(2100, 6, 1), 2099),
        ("01", date(2100, 6, 1), 2001),
    ],
)
def test_century_is_the_latest_not_in_the_future(yy: str, today: date, year: int) -> None:
    assert parse_nik(f"32160612 03{yy}0002", today=today).birth_date == date(year, 3, 12)


def test_century_defaults_to_real_today() -> None:
    assert parse_nik("3216061203050002").birth_date == date(2005, 3, 12)
    assert parse_nik("3216061203910002").birth_date == date(1991, 3, 12)


def test_29_february_in_leap_years() -> None:
    assert parse_nik("3216062902000001", today=TODAY).birth_date == date(2000, 2, 29)
    woman = parse_nik("3216066902040001", today=TODAY)
    assert (woman.sex, woman.birth_date) == ("P", date(2004, 2, 29))
    # 2028 is still to come, 1928 was a leap year too.
    assert parse_nik("3216062902280001", today=TODAY).birth_date == date(1928, 2, 29)


@pytest.mark.parametrize("code", ["65", "92", "93", "94", "95", "96", "91", "11"])
def test_new_provinces_are_accepted(code: str) -> None:
    district = regions.districts_of(regions.regencies_of(code)[0][0])[0][0]
    info = parse_nik(district + "1203910002", today=TODAY)
    assert info.province == regions.province_name(code)
    assert info.warnings == ()
    assert info.district is not None


def test_unknown_regency_is_a_warning_not_an_error() -> None:
    info = parse_nik("3299991203910002", today=TODAY)
    assert info.province == "Jawa Barat"
    assert (info.regency, info.district) == (None, None)
    assert len(info.warnings) == 1
    assert "329999" in info.warnings[0] and "tidak dikenal" in info.warnings[0]
    assert info.describe() == (
        "Laki-laki, lahir 12 Maret 1991 — Jawa Barat (kode wilayah 329999 tidak dikenal)"
    )


def test_unknown_district_in_known_regency_is_a_warning() -> None:
    info = parse_nik("3216991203910002", today=TODAY)
    assert (info.regency, info.district) == ("Kabupaten Bekasi", None)
    assert info.warnings == (
        "Kode kecamatan 321699 pada NIK tidak dikenal di Kabupaten Bekasi (mungkin wilayah hasil "
        "pemekaran); periksa dengan dokumen aslinya",
    )
    assert "Kabupaten Bekasi, Jawa Barat" in info.describe()


# --------------------------------------------------------------------------- parse_nik: refused


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "NIK belum diisi"),
        ("  . - ", "NIK belum diisi"),
        ("321606120391000", "NIK harus 16 digit, tertulis 15 digit"),
        ("32160612039100021", "NIK harus 16 digit, tertulis 17 digit"),
        ("3216 0612 0391 00O2", "NIK hanya boleh berisi angka"),
        ("321606120391000²", "NIK hanya boleh berisi angka"),
        ("NIK 3216061203910002", "NIK hanya boleh berisi angka"),
        ("9916061203910002", "Kode provinsi 99 pada NIK tidak dikenal"),
        ("0016061203910002", "Kode provinsi 00 pada NIK tidak dikenal"),
        ("3216063102910002", "Tanggal lahir pada NIK tidak valid (31-02-91)"),
        ("3216067102910002", "Tanggal lahir pada NIK tidak valid (31-02-91)"),
        ("3216062902010002", "Tanggal lahir pada NIK tidak valid (29-02-01)"),
        ("3216066902010002", "Tanggal lahir pada NIK tidak valid (29-02-01)"),
        ("3216063104910002", "Tanggal lahir pada NIK tidak valid (31-04-91)"),
        ("3216061200910002", "Tanggal lahir pada NIK tidak valid (12-00-91)"),
        ("3216061213910002", "Tanggal lahir pada NIK tidak valid (12-13-91)"),
        ("3216061203910000", "Nomor urut pada NIK tidak boleh 0000"),
    ],
)
def test_each_rule_has_one_message(typed: str, message: str) -> None:
    error = refusal(parse_nik, typed, today=TODAY)
    assert error.message == message
    assert error.problems == [("NIK", message)]


@pytest.mark.parametrize("day", ["00", "32", "40", "72", "99"])
def test_day_outside_both_ranges(day: str) -> None:
    error = refusal(parse_nik, f"321606{day}03910002", today=TODAY)
    assert error.message == (
        f"Tanggal lahir pada NIK tidak valid ({day}-03-91); tanggal harus 01–31, "
        "atau 41–71 untuk perempuan"
    )


def test_29_february_1900_is_not_a_date() -> None:
    # Only 1900 and 2000 can carry "00"; with today in 1999 the year 2000 is in the future.
    error = refusal(parse_nik, "3216062902000001", today=date(1999, 12, 31))
    assert error.message == "Tanggal lahir pada NIK tidak valid (29-02-00)"


def test_several_broken_rules_are_all_listed() -> None:
    error = refusal(parse_nik, "9916063102910000", today=TODAY)
    assert error.problems == [
        ("NIK", "Kode provinsi 99 pada NIK tidak dikenal"),
        ("NIK", "Tanggal lahir pada NIK tidak valid (31-02-91)"),
        ("NIK", "Nomor urut pada NIK tidak boleh 0000"),
    ]
    assert error.message == "Kode provinsi 99 pada NIK tidak dikenal"


# --------------------------------------------------------------------------- generate_nik


def test_generate_nik_is_reproducible_and_valid() -> None:
    first = [generate_nik(random.Random(7)) for _ in range(3)]
    assert len(set(first)) == 1
    rng = random.Random(42)
    for _ in range(200):
        parse_nik(generate_nik(rng), today=TODAY)


def test_generate_nik_with_every_part_given() -> None:
    nik = generate_nik(random.Random(0), "321606", date(1988, 7, 5), "P", 3)
    assert nik == "3216064507880003"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"district_code": "3216"},
        {"district_code": "32160a"},
        {"sex": "X"},
        {"serial": 0},
        {"serial": 10000},
    ],
)
def test_generate_nik_refuses_impossible_parts(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        generate_nik(random.Random(0), **kwargs)  # type: ignore[arg-type]


DISTRICTS = sorted(regions.table().districts)


@settings(max_examples=300)
@given(
    district=st.sampled_from(DISTRICTS),
    born=st.dates(min_value=date(TODAY.year - 99, 1, 1), max_value=TODAY),
    sex=st.sampled_from(["L", "P"]),
    serial=st.integers(min_value=1, max_value=9999),
)
def test_generated_nik_round_trips(district: str, born: date, sex: str, serial: int) -> None:
    nik = generate_nik(random.Random(0), district, born, sex, serial)
    info = parse_nik(nik, today=TODAY)
    assert (info.sex, info.birth_date, info.serial) == (sex, born, f"{serial:04d}")
    assert info.district_code == district and info.warnings == ()


@settings(max_examples=500)
@given(st.text())
def test_parse_nik_only_raises_validation_error(text: str) -> None:
    try:
        info = parse_nik(text, today=TODAY)
    except ValidationError as error:
        assert error.message and error.problems
        assert all(field == "NIK" for field, _ in error.problems)
    else:
        assert info.birth_date <= TODAY


@settings(max_examples=500)
@given(st.from_regex(r"\A[0-9]{16}\Z"), st.dates(min_value=date(1950, 1, 1)))
def test_parse_nik_on_any_16_digits(text: str, today: date) -> None:
    try:
        info = parse_nik(text, today=today)
    except ValidationError as error:
        assert error.problems
    else:
        assert info.birth_date <= today
        assert today - info.birth_date < timedelta(days=366 * 100)


# --------------------------------------------------------------------------- masking


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("3216010107850011", "321601******0011"),
        ("3216 0101 0785 0011", "321601******0011"),
        ("3216011010100003", "321601******0003"),  # a KK number
        ("321601010785001", "32160*******001"),
        ("12345678", "123***78"),
        ("123", "1**"),
        ("1", "*"),
        ("", ""),
    ],
)
def test_masking(number: str, masked: str) -> None:
    assert mask_number(number) == masked
    assert mask_nik(number) == masked


@given(st.text(alphabet="0123456789", max_size=40))
def test_masking_keeps_length_and_hides_at_least_a_third(number: str) -> None:
    masked = mask_number(number)
    assert len(masked) == len(number)
    assert masked.count("*") >= len(number) / 3


# --------------------------------------------------------------------------- parse_kk


def test_parse_kk_valid() -> None:
    info = parse_kk("3216.0622.0115.0009", today=TODAY)
    assert info == KkInfo(
        kk="3216062201150009",
        region_code="321606",
        province="Jawa Barat",
        regency="Kabupaten Bekasi",
        district="Tambun Selatan",
        issue_date=date(2015, 1, 22),
        serial="0009",
        warnings=(),
    )
    assert info.masked == "321606******0009"
    assert info.describe() == (
        "Terbit 22 Januari 2015 — Kec. Tambun Selatan, Kabupaten Bekasi, Jawa Barat"
    )


def test_parse_kk_unknown_district_is_a_warning() -> None:
    info = parse_kk("3299992201150009", today=TODAY)
    assert (info.province, info.regency, info.district) == ("Jawa Barat", None, None)
    assert len(info.warnings) == 1 and "329999 pada Nomor KK" in info.warnings[0]


def test_parse_kk_century() -> None:
    assert parse_kk("3216063112990001", today=TODAY).issue_date == date(1999, 12, 31)
    assert parse_kk("3216060101260001", today=date(2026, 1, 1)).issue_date == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Nomor KK belum diisi"),
        ("321606220115000", "Nomor KK harus 16 digit, tertulis 15 digit"),
        ("3216O62201150009", "Nomor KK hanya boleh berisi angka"),
        ("9916062201150009", "Kode provinsi 99 pada Nomor KK tidak dikenal"),
        ("3216063102150009", "Tanggal terbit pada Nomor KK tidak valid (31-02-15)"),
        ("3216064501150009", "Tanggal terbit pada Nomor KK tidak valid (45-01-15)"),
        ("3216060000000009", "Tanggal terbit pada Nomor KK tidak valid (00-00-00)"),
        ("3216062902150009", "Tanggal terbit pada Nomor KK tidak valid (29-02-15)"),
        ("3216062201150000", "Nomor urut pada Nomor KK tidak boleh 0000"),
    ],
)
def test_parse_kk_rules(typed: str, message: str) -> None:
    error = refusal(parse_kk, typed, today=TODAY)
    assert error.message == message
    assert error.problems == [("Nomor KK", message)]


# --------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    "typed",
    [
        "0812-3456-7890",
        "081234567890",
        "0812 3456 7890",
        "+62 812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "62812 3456 7890",
        "\u200e+62\u00a0812\u00a03456\u00a07890",
    ],
)
def test_mobile_formats(typed: str) -> None:
    assert normalize_phone(typed) == PhoneInfo("+6281234567890", True, "0812-3456-7890")


@pytest.mark.parametrize(
    ("typed", "e164", "display"),
    [
        ("(021) 8765432", "+62218765432", "(021) 8765432"),
        ("021-8765432", "+62218765432", "(021) 8765432"),
        ("6221 8765432", "+62218765432", "(021) 8765432"),
    ],
)
def test_landline_is_not_mobile(typed: str, e164: str, display: str) -> None:
    assert normalize_phone(typed) == PhoneInfo(e164, False, display)


def test_foreign_mobile_keeps_international_display() -> None:
    assert normalize_phone("+65 9123 4567") == PhoneInfo("+6591234567", True, "+65 9123 4567")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Nomor HP belum diisi"),
        ("   ", "Nomor HP belum diisi"),
        ("12345", "Nomor HP tidak valid: 12345"),
        ("0812345", "Nomor HP tidak valid: 0812345"),
        ("nomor saya", "Nomor HP tidak valid: nomor saya"),
        ("08123456789012345", "Nomor HP tidak valid: 08123456789012345"),
    ],
)
def test_invalid_phone(typed: str, message: str) -> None:
    error = refusal(normalize_phone, typed)
    assert error.message == message
    assert error.problems == [("Nomor HP", message)]


def test_invalid_phone_message_is_shortened() -> None:
    error = refusal(normalize_phone, "0" * 300)
    assert len(error.message) < 80


@settings(max_examples=300)
@given(st.text())
def test_normalize_phone_only_raises_validation_error(text: str) -> None:
    try:
        info = normalize_phone(text)
    except ValidationError:
        return
    assert info.e164.startswith("+")


def test_wa_link_encodes_the_text() -> None:
    link = wa_link("+6281234567890", "Halo Bu Sri,\nberkas & foto sudah lengkap? 100%")
    assert link == (
        "https://wa.me/6281234567890?text="
        "Halo%20Bu%20Sri%2C%0Aberkas%20%26%20foto%20sudah%20lengkap%3F%20100%25"
    )


def test_wa_link_accepts_typed_numbers_and_empty_text() -> None:
    assert wa_link("0812-3456-7890", "") == "https://wa.me/6281234567890"


def test_wa_link_refuses_landlines_and_garbage() -> None:
    error = refusal(wa_link, "+62218765432", "Halo")
    assert error.problems[0][0] == "Nomor HP"
    assert "bukan nomor HP" in error.message
    assert refusal(wa_link, "12", "x").message == "Nomor HP tidak valid: 12"


# --------------------------------------------------------------------------- NIP


def test_validate_and_format_nip() -> None:
    assert validate_nip("19680411 199303 1 009") == "196804111993031009"
    assert validate_nip("19680411.199303.2.009") == "196804111993032009"
    assert format_nip("196804111993031009") == "19680411 199303 1 009"
    assert format_nip("19680411-199303-1-009") == "19680411 199303 1 009"
    assert format_nip("12345") == "12345"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "NIP belum diisi"),
        ("19680411 199303 1 00", "NIP harus 18 digit, tertulis 17 digit"),
        ("19680411 199303 1 00x", "NIP hanya boleh berisi angka"),
        ("19680231 199303 1 009", "Tanggal lahir pada NIP tidak valid (31-02-1968)"),
        ("19681311 199303 1 009", "Tanggal lahir pada NIP tidak valid (11-13-1968)"),
        ("20990101 199303 1 009", "Tanggal lahir pada NIP tidak valid (01-01-2099)"),
        ("19680411 199313 1 009", "TMT pengangkatan pada NIP tidak valid (13-1993)"),
        ("19680411 199300 1 009", "TMT pengangkatan pada NIP tidak valid (00-1993)"),
        ("19680411 199303 3 009", "Kode jenis kelamin pada NIP harus 1 atau 2, tertulis 3"),
        ("19680411 199303 0 009", "Kode jenis kelamin pada NIP harus 1 atau 2, tertulis 0"),
    ],
)
def test_nip_rules(typed: str, message: str) -> None:
    error = refusal(validate_nip, typed)
    assert error.message == message
    assert error.problems == [("NIP", message)]


# --------------------------------------------------------------------------- paste from WhatsApp

PASTES = [
    (
        "Assalamualaikum, saya Budi Santoso NIK 3216 0612 0391 0002 no KK 3216062201150009 "
        "mohon dibantu akta kelahiran anak, hp 0812-8877-1203",
        {
            "nik": "3216061203910002",
            "kk": "3216062201150009",
            "phone": "+6281288771203",
            "name": "Budi Santoso",
        },
    ),
    (
        "Selamat pagi admin 🙏\nNama: siti nur'aini\nNIK: 3216.0645.0788.0003\n"
        "No. KK: 3216.0622.0115.0009\nWA 6281288771203",
        {
            "nik": "3216064507880003",
            "kk": "3216062201150009",
            "phone": "+6281288771203",
            "name": "Siti Nur'aini",
        },
    ),
    (
        "Om swastiastu. Mohon bantuan pembuatan KIA atas nama NI LUH PUTU AYU, kk 5171 0315 "
        "0812 0004, nik ibunya 5171035507950001. no wa +62 857-1100-2345 suksma",
        {
            "nik": "5171035507950001",
            "kk": "5171031508120004",
            "phone": "+6285711002345",
            "name": "Ni Luh Putu Ayu",
        },
    ),
    (
        # Unlabelled and KK first: the woman's NIK (day + 40) cannot be a KK.
        "mohon dicek min 3216062201150009 3216064507880003 makasih",
        {"nik": "3216064507880003", "kk": "3216062201150009", "phone": None, "name": None},
    ),
    (
        # Unlabelled, both valid as a NIK: the first one is the NIK.
        "3216071203910002\n3216071505180004\n085711002345",
        {
            "nik": "3216071203910002",
            "kk": "3216071505180004",
            "phone": "+6285711002345",
            "name": None,
        },
    ),
    (
        # Phone glued to the NIK by a space must not eat its first digits.
        "a.n. Dedi Kurniawan hp 0812 8877 1203 3216 0612 0391 0002",
        {
            "nik": "3216061203910002",
            "kk": None,
            "phone": "+6281288771203",
            "name": "Dedi Kurniawan",
        },
    ),
    (
        "nama saya agus setiawan mau urus pindah datang, nik 3216-0101-0785-0011 "
        "kartu keluarga 3216-0110-1010-0003 telp (021) 8765432",
        {
            "nik": "3216010107850011",
            "kk": "3216011010100003",
            "phone": None,
            "name": "Agus Setiawan",
        },
    ),
    (
        "Atas nama: Muhammad Rizki bin Abdullah\nKTP 3216061203910002",
        {
            "nik": "3216061203910002",
            "kk": None,
            "phone": None,
            "name": "Muhammad Rizki bin Abdullah",
        },
    ),
    (
        "Saya Yuliana Siregar, no hp 081311224455. Kapan akta kematian bapak saya selesai?",
        {"nik": None, "kk": None, "phone": "+6281311224455", "name": "Yuliana Siregar"},
    ),
    (
        "kak saya sudah kirim berkasnya kemarin, tolong dicek ya 🙏🙏",
        {"nik": None, "kk": None, "phone": None, "name": None},
    ),
    (
        "asdf ✓✓ 123 \u202e 00000000 ###$$$ 9999999999999999 12-03-1991",
        {"nik": None, "kk": None, "phone": None, "name": None},
    ),
    ("", {"nik": None, "kk": None, "phone": None, "name": None}),
]


@pytest.mark.parametrize(("message", "expected"), PASTES)
def test_find_identity_numbers(message: str, expected: dict[str, str | None]) -> None:
    assert find_identity_numbers(message) == expected


def test_find_identity_numbers_survives_non_strings() -> None:
    empty = {"nik": None, "kk": None, "phone": None, "name": None}
    assert find_identity_numbers(None) == empty  # type: ignore[arg-type]
    assert find_identity_numbers(b"3216061203910002") == empty  # type: ignore[arg-type]


_ANY_CHAR = st.characters(codec=None, exclude_categories=())
_PASTE_PIECES = st.one_of(
    st.text(_ANY_CHAR),
    st.sampled_from(
        [
            " NIK ",
            " no KK ",
            "nama: ",
            " saya ",
            " a.n. ",
            " hp ",
            "\u200f",
            "\u202e",
            "\x00",
            "\r\n",
            "\t",
            "\u00a0",
            "'",
            "+62",
            "08",
            ".",
            "-",
        ]
    ),
    st.from_regex(r"\A[0-9]{1,16}\Z"),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PASTE_PIECES, max_size=30).map("".join))
def test_find_identity_numbers_never_raises(message: str) -> None:
    result = find_identity_numbers(message)
    assert set(result) == {"nik", "kk", "phone", "name"}
    for key in ("nik", "kk"):
        assert result[key] is None or (len(result[key]) == 16 and result[key].isdigit())
    assert result["phone"] is None or result["phone"].startswith("+")


@pytest.mark.parametrize(
    "message",
    [
        "0812 " * 20_000,
        "saya " * 20_000,
        "nama: budi santoso " * 5_300,
        "3216061203910002 " * 6_000,
        "1" * 100_000,
        "1." * 50_000,
        "\u202e\x00" * 50_000,
        "".join(chr(random.Random(3).randrange(0, 0x3000)) for _ in range(100_000)),
        "".join(random.Random(4).choice("0123456789 .-abNIKkk\n") for _ in range(100_000)),
    ],
    ids=["phones", "saya", "nama", "niks", "digits", "dotted", "rtl", "unicode", "mixed"],
)
def test_find_identity_numbers_on_100k_strings(message: str) -> None:
    """Huge pastes end with an answer (the time each takes: bench/identity_bench.py)."""
    result = find_identity_numbers(message)
    assert set(result) == {"nik", "kk", "phone", "name"}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PASTE_PIECES, max_size=30).map("".join))
def test_paste_heuristics_do_not_lean_on_the_safety_net(message: str) -> None:
    """The public function swallows surprises; its body should not need to."""
    result: dict[str, str | None] = {"nik": None, "kk": None, "phone": None, "name": None}
    identity._fill(message, result)
