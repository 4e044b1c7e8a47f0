"""Hostile input at every entry point that takes text from a person or a file.

Whatever is typed, pasted or imported, the core answers with a LoketError subclass carrying an
Indonesian message, or accepts it; it never raises anything else. SQL fragments, control
characters, right-to-left marks and 1 MB strings are harmless: the tables still exist and a
refused input changes no row (not even the audit log). Runs on SQLite and PostgreSQL (which
refuses NUL in text columns: the core must clean or refuse it first).

Export and report paths: the file is written exactly at the path given (the operating system
resolves ``..``: the GUI passes the absolute path picked in a file dialog, the CLI the path the
user typed) or refused with a message; a refused or failed write leaves no file and no temp file.
"""

from __future__ import annotations

import base64
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from legal_helpers import nik, setup_office
from sqlalchemy import func, inspect, select

from desktop_app.core import exporter, importer, legal_print, options, report, users
from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.core import settings as app_settings
from desktop_app.core.errors import Conflict, LoketError, ValidationError
from desktop_app.core.models import AuditEntry, LegalEntry, Request, Setting, User

SQL = [
    "'; DROP TABLE requests; --",
    "Robert'); DROP TABLE users;--",
    "1 OR 1=1",
    '" OR ""="',
    "%' UNION SELECT password_hash FROM users --",
    "\\'; DELETE FROM audit_log; --",
]
NASTY = [
    *SQL,
    "\x00",
    "Sri\x00Wahyuni",
    "\u202eilwahyuS irS",  # right-to-left override
    "\u200f\u200e\u202a\u202c",
    "\r\n\t\x0b\x0c\x1b[31m",
    "A" * 1_000_000,
    "ⅫⅯ𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👨‍👩‍👧",
    "=cmd|' /C calc'!A0",
    "\ufeff3216064507880003",
    "3216064507880003\x00",
    "Z̷̢͈a̵l̶g̸o̴",
    "../../etc/passwd",
    "",
    "   ",
]
hostile = st.one_of(st.sampled_from(NASTY), st.text(max_size=300))
CHECK = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def snapshot(db) -> dict[str, int]:
    """Row counts that a refused input must not change, and proof the tables still exist."""
    assert {"requests", "users", "audit_log", "legal_entries"} <= set(
        inspect(db.engine).get_table_names()
    )
    with db.read() as session:
        return {
            m.__tablename__: session.scalar(select(func.count()).select_from(m))
            for m in (Request, User, AuditEntry, LegalEntry, Setting)
        }


def attempt(db, call, *, refused_changes_nothing: bool = True):
    """Run ``call``: a LoketError with a message is a clean refusal (then nothing changed);
    any other exception fails the test. Returns the result, or the error."""
    before = snapshot(db)
    try:
        return call()
    except LoketError as exc:
        assert exc.message.strip(), f"{type(exc).__name__} without a message"
        if refused_changes_nothing:
            assert snapshot(db) == before
        return exc


# --- intake -------------------------------------------------------------------------------------


@CHECK
@given(
    name=hostile,
    nik_=st.one_of(hostile, st.just("3216064507880003")),
    kk=st.one_of(st.none(), hostile),
    phone=st.one_of(st.none(), hostile),
    email=st.one_of(st.none(), hostile),
    notes=hostile,
    ref=st.one_of(st.none(), hostile),
    channel=st.one_of(st.sampled_from(rq.CHANNELS), hostile),
    service=st.one_of(st.sampled_from(["KK", "LAHIR", "kk"]), hostile),
)
def test_intake_fields(db, petugas, name, nik_, kk, phone, email, notes, ref, channel, service):
    result = attempt(
        db,
        lambda: rq.create_request(
            db, petugas, channel=channel, service_code=service, name=name, nik=nik_, kk=kk,
            phone=phone, email=email, notes=notes, external_ref=ref,
        ),
    )  # fmt: skip
    if isinstance(result, rq.RequestDetail):
        assert "\x00" not in result.name + result.notes + (result.external_ref or "")
        assert result.nik.isdigit() and len(result.nik) == 16


def test_sql_in_every_intake_field_is_stored_as_text(db, petugas):
    detail = rq.create_request(
        db, petugas, channel="wa", service_code="KK", name="O'Brien; DROP TABLE requests",
        nik="3216064507880003", notes=SQL[0], external_ref=SQL[1][:60], phone="081288771203",
    )  # fmt: skip
    assert detail.notes == SQL[0]
    assert rq.search(db, petugas, SQL[0]) is not None
    assert rq.search(db, petugas, "O'Brien; DROP") == [detail.id]
    assert snapshot(db)["requests"] == 1


@CHECK
@given(text_=hostile)
def test_search_box(db, petugas, text_):
    result = attempt(db, lambda: rq.search(db, petugas, text_))
    assert isinstance(result, list | LoketError)


# --- import -------------------------------------------------------------------------------------

HEADER = "diterima,kanal,layanan,nik,no_kk,nama,no_hp,email,keterangan,ref"
cell = st.one_of(st.sampled_from([n for n in NASTY if len(n) < 1000]), st.text(max_size=40))


@CHECK
@given(content=st.text(max_size=2000))
def test_import_random_csv_text(db, petugas, tmp_path_factory, content):
    path = tmp_path_factory.mktemp("imp") / "acak.csv"
    path.write_text(content, encoding="utf-8", errors="surrogatepass")
    attempt(db, lambda: importer.import_file(db, petugas, path))


@CHECK
@given(rows=st.lists(st.lists(cell, min_size=10, max_size=10), min_size=1, max_size=8))
def test_import_random_cells(db, petugas, tmp_path_factory, rows):
    import csv

    path = tmp_path_factory.mktemp("imp") / "sel.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER.split(","))
        writer.writerows(rows)
    result = attempt(db, lambda: importer.import_file(db, petugas, path))
    if isinstance(result, importer.ImportRejected):
        assert all(line.startswith("baris ") for line in result.errors), result.errors[:3]


@CHECK
@given(data=st.binary(max_size=4096), prefix=st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.4"]))
def test_import_random_bytes(db, petugas, tmp_path_factory, data, prefix):
    for name in ("acak.csv", "acak.xlsx"):
        path = tmp_path_factory.mktemp("imp") / name
        path.write_bytes(prefix + data)
        attempt(db, lambda p=path: importer.import_file(db, petugas, p))


@pytest.mark.parametrize(
    "name",
    ["../../x.csv", "..\\..\\x.csv", "/", "", ".", "a\x00b.csv", "x" * 5000 + ".csv", "\u202e.csv"],
)
def test_import_hostile_file_names(db, petugas, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    result = attempt(db, lambda: importer.import_file(db, petugas, name))
    assert isinstance(result, importer.ImportRejected)


def test_import_of_sql_and_control_characters_keeps_them_as_text(db, petugas, tmp_path):
    path = tmp_path / "sql.csv"
    path.write_text(
        HEADER + "\n"
        f'2026-11-23 08:05,web,KK,3216064507880003,,"O\'Brien {SQL[0]}",,,"{SQL[3]}",R1\n',
        encoding="utf-8",
    )
    result = importer.import_file(db, petugas, path)
    assert result.added == 1
    rows = rq.fetch_rows(db, petugas, rq.list_ids(db, petugas))
    assert rows[0].name.startswith("O'Brien '; DROP TABLE requests")
    assert snapshot(db)["requests"] == 1


# --- legalization -------------------------------------------------------------------------------


@pytest.fixture
def official_id(db):
    return setup_office(db)


document = st.builds(
    legal.DocumentInput,
    doc_type=st.one_of(st.sampled_from(list(legal.DOC_TYPES)), hostile),
    doc_number=hostile,
    copies=st.one_of(st.integers(-(2**70), 2**70), st.integers(0, 12), st.booleans()),
    doc_name=hostile,
)


@CHECK
@given(
    name=hostile,
    nik_=st.one_of(hostile, st.just(nik(3))),
    purpose=st.one_of(st.sampled_from(list(legal.PURPOSES)), hostile),
    other=hostile,
    phone=hostile,
    recruitment=hostile,
    documents=st.lists(document, max_size=4),
)
def test_legal_entry_form(
    db, legalisir, official_id, name, nik_, purpose, other, phone, recruitment, documents
):
    data = legal.EntryInput(
        applicant_name=name, nik=nik_, purpose=purpose, official_id=official_id,
        documents=documents, phone=phone, purpose_other=other, recruitment_no=recruitment,
    )  # fmt: skip
    checked = attempt(db, lambda: legal.check_entry(db, data))
    if isinstance(checked, ValidationError):
        assert checked.problems and all(f and m for f, m in checked.problems)
    created = attempt(db, lambda: legal.create_entry(db, legalisir, data))
    assert isinstance(created, ValidationError) == isinstance(checked, ValidationError)
    if isinstance(created, legal.EntryInfo):
        assert "\x00" not in created.applicant_name + created.recruitment_no
        assert legal.verify(db, legalisir, legal.qr_text(db, created)).ok


@CHECK
@given(
    data=st.binary(max_size=3000),
    magic=st.sampled_from([b"", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0"]),
    name=hostile,
)
def test_scan_from_random_bytes(data, magic, name):
    try:
        scan = legal.check_scan(magic + data, name[:300])
    except ValidationError as exc:
        assert exc.message and exc.problems[0][0] == "scan"
    else:
        assert scan.mime in ("application/pdf", "image/png", "image/jpeg")


@CHECK
@given(text_=st.one_of(hostile, st.text(alphabet=st.characters(max_codepoint=0x3000))))
def test_verify_text(db, legalisir, text_):
    before = snapshot(db)
    result = attempt(db, lambda: legal.verify(db, legalisir, text_), refused_changes_nothing=False)
    assert isinstance(result, legal.VerifyResult)
    assert result.status == "invalid" and result.message
    after = snapshot(db)
    assert after["legal_entries"] == before["legal_entries"] and after["requests"] == 0


def test_control_characters_in_a_legal_entry_are_stored_as_spaces(db, legalisir, official_id):
    """Found by tests/gui/test_hostile_forms.py: a pasted NUL reached the register (and made
    PostgreSQL refuse the save with an unhandled DataError)."""
    from legal_helpers import entry_input

    data = entry_input(official_id)
    data.applicant_name = "Rizky\x00Pratama\x1b"
    data.recruitment_no = "REG\x00-1"
    data.documents[0].doc_number = "3216\x0001"
    entry = legal.create_entry(db, legalisir, data)
    assert (entry.applicant_name, entry.recruitment_no) == ("Rizky Pratama", "REG -1")
    assert entry.documents[0].doc_number == "3216 01"


def test_verify_after_sql_leaves_the_register_intact(db, legalisir, official_id):
    from legal_helpers import entry_input

    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    for text_ in SQL + [f"{entry.register_no}'; DROP TABLE legal_entries; --"]:
        assert legal.verify(db, legalisir, text_).status == "invalid"
    assert legal.verify(db, legalisir, legal.qr_text(db, entry)).ok
    assert snapshot(db)["legal_entries"] == 1


# --- settings -----------------------------------------------------------------------------------

office = st.builds(
    app_settings.OfficeProfile,
    name=hostile, regency=hostile, regency_code=st.one_of(st.just("3216"), hostile),
    address=hostile, phone=hostile, whatsapp=hostile, website=hostile, email=hostile,
    city=hostile,
    logo_png=st.one_of(
        st.just(""), hostile, st.binary(max_size=200).map(lambda b: base64.b64encode(b).decode())
    ),
)  # fmt: skip


@CHECK
@given(profile=office)
def test_office_profile(db, supervisor, profile):
    checked = attempt(db, lambda: app_settings.validate_office(profile))
    saved = attempt(db, lambda: app_settings.save_office(db, supervisor, profile))
    assert isinstance(saved, LoketError) == isinstance(checked, LoketError)
    if not isinstance(saved, LoketError):
        assert app_settings.get_office(db) == saved


@CHECK
@given(
    name=hostile, title=hostile, rank=hostile, nip=st.one_of(hostile, st.just("196804111993031009"))
)
def test_official(db, supervisor, name, title, rank, nip):
    result = attempt(
        db, lambda: app_settings.save_official(db, supervisor, name=name, title=title, rank=rank,
                                               nip=nip)
    )  # fmt: skip
    if not isinstance(result, LoketError):
        assert result.nip.isdigit() and "\x00" not in result.name + result.title + result.rank
        assert len(result.name) <= 120 and len(result.title) <= 160 and len(result.rank) <= 80


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@CHECK
@given(key=st.sampled_from(sorted(options.REGISTRY)), value=json_value)
def test_app_settings(db, supervisor, key, value):
    result = attempt(db, lambda: app_settings.set_value(db, supervisor, key, value))
    if not isinstance(result, LoketError):
        stored = app_settings.get_value(db, key)
        assert stored is not None or value is None


@pytest.fixture
def fast_hash(monkeypatch):
    """The password hash cost says nothing about input handling."""
    from desktop_app.core import security

    monkeypatch.setattr(security, "_SCRYPT_N", 2**8)


# --- users --------------------------------------------------------------------------------------


@CHECK
@given(
    username=st.one_of(hostile, st.from_regex(r"[a-z0-9][a-z0-9._-]{1,31}", fullmatch=True)),
    full_name=hostile,
    role=st.one_of(st.sampled_from(["petugas", "legalisir", "supervisor"]), hostile),
    password=st.one_of(hostile, st.just("rahasia123")),
)
def test_create_user_and_log_in(db, fast_hash, supervisor, username, full_name, role, password):
    # the database lives across examples: an earlier one may have created this name
    existing = {u.username for u in users.list_users(db, supervisor)}
    created = attempt(
        db, lambda: users.create_user(db, supervisor, username, full_name, role, password)
    )
    login = attempt(
        db, lambda: users.authenticate(db, username, password), refused_changes_nothing=False
    )
    if isinstance(created, users.UserInfo):
        assert not isinstance(login, LoketError) and login.username == created.username
    else:
        assert isinstance(created, ValidationError | Conflict)
        assert isinstance(login, users.LoginFailed) or username.strip().lower() in existing


# --- export and report paths --------------------------------------------------------------------


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def _export(kind, db, actor, out):
    day = date(2026, 11, 23)
    if kind == "requests":
        return exporter.export_requests(db, actor, day, day, str(out))
    if kind == "report":
        return report.export_daily_pdf(db, actor, day, day, str(out), today=date(2026, 11, 28))
    return legal_print.export_register(db, actor, day, day, str(out))


EXPORTS = [("requests", ".csv"), ("report", ".pdf"), ("register", ".pdf")]


@pytest.fixture
def tree(tmp_path, db, official_id):
    root = tmp_path / "tujuan"
    (root / "pilihan" / "sub").mkdir(parents=True)
    return root


@pytest.mark.parametrize("kind,ext", EXPORTS)
@pytest.mark.parametrize(
    "name",
    ["a\x00b{ext}", "tidak-ada/x{ext}", "sub/../tidak-ada/x{ext}", "sub", "x.exe", "sub/"],
)
def test_bad_export_paths_are_refused_and_nothing_is_left(db, supervisor, tree, kind, ext, name):
    before = _files(tree.parent)
    out = str(tree / "pilihan") + "/" + name.format(ext=ext)
    result = attempt(db, lambda: _export(kind, db, supervisor, out))
    assert isinstance(result, ValidationError), result
    assert result.problems and result.problems[0][0] == "out"
    assert _files(tree.parent) == before  # no file, no temp file anywhere


@pytest.mark.parametrize("kind,ext", EXPORTS)
def test_dot_dot_is_resolved_by_the_system_and_written_exactly_there(
    db, supervisor, tree, kind, ext
):
    before = _files(tree.parent)
    out = tree / "pilihan" / "sub" / ".." / ".." / f"laporan\u202e{ext}"
    _export(kind, db, supervisor, out)
    assert _files(tree.parent) - before == {f"tujuan/laporan\u202e{ext}"}


@pytest.mark.parametrize("kind,ext", EXPORTS)
def test_export_that_fails_midway_leaves_no_temp_file(db, supervisor, tree, kind, ext, monkeypatch):
    before = _files(tree.parent)

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ValidationError):
        _export(kind, db, supervisor, tree / "pilihan" / f"x{ext}")
    assert _files(tree.parent) == before
