"""Names (issue 13, finding 13): a right-to-left override (U+202E), zero-width characters and 150
combining marks were accepted in names. One check (core/names.py) serves requests (intake and
import), legalization and user accounts."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from legal_helpers import entry_input, setup_office

from desktop_app.core import importer, users
from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.core.errors import ValidationError
from desktop_app.core.names import check_name
from desktop_app.core.security import SYSTEM

REFUSED = {
    "rtl-override": "Budi\u202eotnaS",
    "rtl-embedding": "\u202bBudi Santoso",
    "ltr-override": "Budi\u202dSantoso",
    "isolate": "Budi \u2067Santoso\u2069",
    "first-strong-isolate": "\u2068Budi",
    "lrm": "Budi\u200eSantoso",
    "rlm": "Budi\u200f Santoso",
    "arabic-mark": "Budi\u061c",
    "zero-width-space": "Bu\u200bdi",
    "zwnj": "Bu\u200cdi",
    "zwj": "Bu\u200ddi",
    "word-joiner": "Bu\u2060di",
    "bom": "\ufeffBudi",
    "soft-hyphen": "Bu\u00addi",
    "private-use": "Budi \ue000",
    "unassigned": "Budi \U000e0fff",
    "150-marks": "Budi" + "\u0301" * 150,
    "3-marks": "Bu" + "d\u0301\u0302\u0303" + "i",
}
ACCEPTED = ["Budi Santoso", "Nur'aini", "Andrés Pérez", "Nguyễn Thị Ánh", "Sæbø", "Muhammad-Ali"]


@pytest.mark.parametrize("name", REFUSED.values(), ids=REFUSED.keys())
def test_hidden_and_stacked_characters_are_refused(name):
    _clean, problem = check_name(name, "Nama")
    assert problem is not None and problem.startswith("Nama ")


@pytest.mark.parametrize("name", ACCEPTED)
def test_ordinary_names_pass(name):
    clean, problem = check_name(name, "Nama")
    assert problem is None and clean == unicodedata.normalize("NFC", name)


def test_names_are_stored_in_nfc():
    decomposed = unicodedata.normalize("NFD", "Nguyễn  Thị")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    clean, problem = check_name(decomposed, "Nama")
    assert problem is None and clean == unicodedata.normalize("NFC", "Nguyễn Thị")


def test_intake_refuses_them_naming_the_field(db):
    for name in REFUSED.values():
        with pytest.raises(ValidationError) as exc:
            rq.create_request(
                db, SYSTEM, channel="web", service_code="KK", name=name, nik="3216014101900001"
            )
        assert [field for field, _m in exc.value.problems] == ["name"]
    detail = rq.create_request(
        db, SYSTEM, channel="web", service_code="KK",
        name=unicodedata.normalize("NFD", "Andrés Pérez"), nik="3216014101900001",
    )  # fmt: skip
    assert detail.name == "Andrés Pérez"


def test_import_refuses_them_row_by_row(db, tmp_path):
    names = [REFUSED["rtl-override"], REFUSED["zero-width-space"], REFUSED["150-marks"], "Budi"]
    rows = "".join(
        f"2026-11-23 08:{i:02d},web,KK,3216014101900001,{name},ref-{i}\n"
        for i, name in enumerate(names)
    )
    source = tmp_path / "impor.csv"
    source.write_text("diterima,kanal,layanan,nik,nama,ref\n" + rows, encoding="utf-8")
    with pytest.raises(importer.ImportRejected) as exc:
        importer.import_file(db, SYSTEM, source)
    lines = exc.value.errors
    assert [line.split(":")[0] for line in lines] == ["baris 2", "baris 3", "baris 4"]
    assert all("nama" in line for line in lines)


def test_legalization_refuses_them(db):
    official_id = setup_office(db)
    base = entry_input(official_id)
    for name in (REFUSED["rtl-override"], REFUSED["bom"], REFUSED["150-marks"]):
        with pytest.raises(ValidationError) as exc:
            legal.create_entry(db, SYSTEM, dataclasses.replace(base, applicant_name=name))
        assert "applicant_name" in [field for field, _m in exc.value.problems]


def test_user_accounts_refuse_them(db):
    with pytest.raises(ValidationError, match="Nama lengkap"):
        users.create_user(db, SYSTEM, "budi", REFUSED["rtl-override"], "petugas", "rahasia123")
