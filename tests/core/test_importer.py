"""Import: formats, validation report, all-or-nothing, idempotence, bad files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.core import importer
from desktop_app.core import requests as rq
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.importer import ImportRejected, import_file
from desktop_app.core.models import Request, RequestEvent
from desktop_app.core.requests.catalog import ServiceInfo

SAMPLE = Path(__file__).parent.parent / "data" / "contoh_impor.csv"
HEADER = "diterima,kanal,layanan,nik,no_kk,nama,no_hp,email,keterangan,ref\n"
GOOD = "2026-11-23 08:05,web,KK,3216064507880003,,Sri Wahyuni,0812-8877-1203,,,R1\n"


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Request))


def write(tmp_path, text: str, name="impor.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding, newline="")
    return path


def test_sample_file_imports_and_reimport_skips(db, petugas, tmp_path):
    seen: list[tuple[int, int]] = []
    result = import_file(db, petugas, SAMPLE, progress=lambda d, t: seen.append((d, t)))
    assert (result.rows, result.added, result.skipped, result.invalid) == (5, 5, 0, 0)
    assert seen[-1] == (5, 5)
    ids = rq.list_ids(db, petugas, sort_key="received_at", descending=False)
    rows = rq.fetch_rows(db, petugas, ids)
    assert [r.service_code for r in rows] == ["KK", "LAHIR", "MATI", "PINDAH", "ADUAN"]
    assert rows[0].ticket == "KK-261123-0001" and rows[0].phone == "+6281288771203"
    assert rows[4].name == "Nur'aini Hasibuan"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(RequestEvent)) == 5
    again = import_file(db, petugas, SAMPLE)
    assert (again.added, again.skipped) == (0, 5)
    copy = tmp_path / "salinan.csv"
    shutil.copy(SAMPLE, copy)
    assert import_file(db, petugas, copy).skipped == 5  # other file name, same rows
    assert count(db) == 5


def test_semicolon_bom_and_date_formats(db, petugas, tmp_path):
    text = (
        "\ufeffReceived;Channel;Service;NIK;KK;Name;Phone;Email;Notes;Ref\n"
        "28/11/2026 09:15;WhatsApp;akta kelahiran;3216071203910002;;Dedi;0857 1100 2345;;;\n"
        '28-11-2026 09.15;e-SIAK;Kartu Keluarga;3216064507880003;;Sri;;a@b.id;"x;y";R9\n'
    )
    result = import_file(db, petugas, write(tmp_path, text))
    assert result.added == 2
    rows = rq.fetch_rows(db, petugas, rq.list_ids(db, petugas))
    assert {r.channel for r in rows} == {"wa", "web"}
    assert all(r.received_at.hour == 2 and r.received_at.minute == 15 for r in rows)  # WIB->UTC


def test_invalid_rows_reject_everything_with_line_numbers(db, petugas, tmp_path):
    text = (
        HEADER + GOOD
        + "2026-11-23 08:05,fax,KK,3216064507880003,,Sri,,,,R2\n"
        + '2026-11-23,web,XX,123,,"Nama\ndua baris",abc,bukan,,R3\n'
        + "2026-11-23 08:07,web,KK,3216064507880003,,Budi,,,,R4\n"
    )  # fmt: skip
    with pytest.raises(ImportRejected) as err:
        import_file(db, petugas, write(tmp_path, text))
    lines = err.value.errors
    assert "baris 3: kanal:" in lines[0]
    assert any(line.startswith("baris 4: diterima:") for line in lines)
    assert any(line.startswith("baris 4: layanan:") for line in lines)
    assert any(line.startswith("baris 4: nik:") for line in lines)
    assert any(line.startswith("baris 4: no_hp:") for line in lines)
    assert any(line.startswith("baris 4: email:") for line in lines)
    assert "2 dari 4 baris" in err.value.message
    assert count(db) == 0
    result = import_file(db, petugas, write(tmp_path, text), skip_invalid=True)
    assert (result.added, result.invalid) == (2, 2) and len(result.errors) == len(lines)
    # the row after the two-line cell keeps its real line number
    text2 = HEADER + '2026-11-23 08:05,web,KK,3216064507880003,,"Sri\nW",,,,R5\n' + "x,y\n"
    with pytest.raises(ImportRejected) as err:
        import_file(db, petugas, write(tmp_path, text2, "b.csv"))
    assert err.value.errors[0].startswith("baris 4: ")


def test_duplicates_inside_the_file_are_skipped(db, petugas, tmp_path):
    no_ref = "2026-11-23 08:05,web,KK,3216071203910002,,Dedi,,,,\n"
    result = import_file(db, petugas, write(tmp_path, HEADER + GOOD + GOOD + no_ref + no_ref))
    assert (result.added, result.skipped) == (2, 2)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "kosong"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "bukan berkas CSV"),
        (b"nama,umur\nBudi,30\n", "kolom diterima, kanal, layanan, nik tidak ada"),
        (HEADER.encode(), "hanya berisi baris judul"),
        (HEADER.encode() + "2026-11-23 08:05,web,KK,1,,Sri\xe9\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_unusable_files_get_one_clear_message(db, petugas, tmp_path, content, expected):
    path = tmp_path / "berkas.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as err:
        import_file(db, petugas, path)
    assert expected in err.value.message
    assert count(db) == 0


def test_too_big_file(db, petugas, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportRejected) as err:
        import_file(db, petugas, write(tmp_path, HEADER + GOOD * 5))
    assert "terlalu besar" in err.value.message


def test_xlsx_import(db, petugas, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Tanggal", "Kanal", "Layanan", "NIK", "No KK", "Nama", "No HP", "Email",
               "Keterangan", "Ref"])  # fmt: skip
    from datetime import datetime

    ws.append([datetime(2026, 11, 23, 8, 5), "wa", "KIA", "3216064507880003", None, "Ayu",
               "081288771203", None, None, "WA-1"])  # fmt: skip
    ws.append(["23/11/2026 08:10", "web", "KK", 3216071203910002.5, None, "Dedi", None, None,
               None, "W2"])  # fmt: skip
    path = tmp_path / "impor.xlsx"
    wb.save(path)
    with pytest.raises(ImportRejected) as err:
        import_file(db, petugas, path)
    assert err.value.errors == [
        "baris 3: nik: tersimpan sebagai angka di Excel (digit hilang); format kolom sebagai Teks"
    ]
    result = import_file(db, petugas, path, skip_invalid=True)
    assert result.added == 1
    assert rq.fetch_rows(db, petugas, rq.list_ids(db, petugas))[0].ticket == "KIA-261123-0001"


def test_broken_xlsx(db, petugas, tmp_path):
    path = tmp_path / "rusak.xlsx"
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "bukan excel")
    with pytest.raises(ImportRejected) as err:
        import_file(db, petugas, path)
    assert "xlsx" in err.value.message


def test_legalisir_cannot_import(db, legalisir):
    with pytest.raises(PermissionDenied):
        import_file(db, legalisir, SAMPLE)


SERVICES = {"kk": ServiceInfo("KK", "Kartu Keluarga", 1, True, 1)}
MAPPING = {c: i for i, c in enumerate(importer.COLUMNS)}
cell = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(),
    st.floats(allow_nan=True),
    st.datetimes(),
    st.sampled_from(["3216064507880003", "2026-11-23 08:05", "wa", "KK", "0812-8877-1203"]),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(cell, min_size=0, max_size=12), st.integers(min_value=2, max_value=10**6))
def test_validator_never_raises(cells, line):
    record, errors = importer.validate_row(cells, MAPPING, line, SERVICES)
    assert (record is None) == bool(errors)
    assert all(e.startswith(f"baris {line}: ") for e in errors)
    if record is not None:
        assert record[3] == "KK" and len(record[5]) == 16


@pytest.mark.parametrize(
    "number",
    ["0812-8877-1203", "+62 857-1100-2345", "6281311224455", "(021) 8997 0123", "0800123456",
     "08991234567", "0878 1234 5678", "+1 650 253 0000"],
)  # fmt: skip
def test_fast_phone_path_agrees_with_phonenumbers(number):
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.identity import normalize_phone

    try:
        expected = normalize_phone(number).e164
    except ValidationError:
        with pytest.raises(ValidationError):
            importer.fast_phone_e164(number)
        return
    assert importer.fast_phone_e164(number) == expected
    assert importer.fast_phone_e164(number) == expected  # cached shape


def test_imported_rows_match_rows_saved_by_the_form(db, petugas, tmp_path):
    """The bulk path bypasses the ORM: timestamps must be stored in the ORM's own form (SQLite
    compares them as text), the name index must find imported names, and requests saved later
    must still be indexed (the SQLite trigger is back)."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    import_file(db, petugas, SAMPLE)
    made = rq.create_request(
        db, petugas, received_at=datetime(2026, 11, 23, 1, 5, tzinfo=UTC), channel="loket",
        service_code="KK", name="Aini Lestari", nik="3216064507880003",
    )  # fmt: skip
    with db.read() as s:
        stored = [str(v) for v in s.scalars(text("SELECT received_at FROM requests"))]
        imported = s.scalars(select(Request).where(Request.id != made.id)).all()
    assert len({len(v) for v in stored}) == 1  # one textual form (SQLite compares text)
    assert all(r.received_at.tzinfo is UTC and r.due_at > r.received_at for r in imported)
    # Imported 00:05 WIB..., the form's 08:05 WIB: both on 23 November in a date filter.
    flt = rq.RequestFilter(date_from=imported[0].received_at.date())
    assert made.id in rq.list_ids(db, petugas, flt)
    found = rq.list_ids(db, petugas, rq.RequestFilter(text="aini"))
    assert made.id in found and any(r.id in found for r in imported if "aini" in r.name_folded)


@settings(max_examples=300)
@given(
    st.datetimes(min_value=__import__("datetime").datetime(1990, 1, 1)),
    st.sampled_from(importer.DATETIME_FORMATS),
)
def test_fast_time_path_agrees_with_strptime(moment, fmt):
    from datetime import datetime

    text = moment.strftime(fmt)
    expected = datetime.strptime(text, fmt)
    assert importer.parse_received(text) == importer.parse_received(expected)
    fast = importer._fast_time(text)
    assert fast is None or fast == expected


@pytest.mark.parametrize(
    "text", ["2026-13-01 08:00", "2026-02-30 08:00", "31/04/2026 10:00", "2026-11-28 24:00",
             "2026-11-28 8:05", "28/11-2026 09:15", "28/11/2026 09.15:00"],
)  # fmt: skip
def test_fast_time_path_leaves_the_verdict_to_strptime(text):
    from datetime import datetime

    accepted = []
    for fmt in importer.DATETIME_FORMATS:
        try:
            accepted.append(datetime.strptime(text, fmt))
        except ValueError:
            pass
    if accepted:
        assert importer.parse_received(text) == importer.parse_received(accepted[0])
    else:
        with pytest.raises(ValueError):
            importer.parse_received(text)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["0", "62", "+62", "+62 ", "(+62) ", "0 "]),
    st.text(alphabet="0123456789", min_size=6, max_size=13),
    st.sampled_from(["", "-", " ", "."]),
    st.integers(min_value=2, max_value=5),
)
def test_fast_phone_agrees_with_phonenumbers_on_many_shapes(prefix, digits, sep, group):
    """The cached-shape fast path must give exactly phonenumbers' E.164 (or its refusal)."""
    from desktop_app.core.errors import ValidationError
    from desktop_app.core.identity import normalize_phone

    body = "8" + digits
    text = prefix + sep.join(body[i : i + group] for i in range(0, len(body), group))
    try:
        expected = normalize_phone(text).e164
    except ValidationError:
        with pytest.raises(ValidationError):
            importer.fast_phone_e164(text)
        return
    assert importer.fast_phone_e164(text) == expected
