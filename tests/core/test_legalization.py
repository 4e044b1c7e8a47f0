"""The legalization register: numbering, validation, scans, permissions, verification."""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from legal_helpers import entry_input, make_legacy, nik, pdf_bytes, png_bytes, setup_office
from sqlalchemy import select, text

from desktop_app.core import audit, settings
from desktop_app.core import legalization as legal
from desktop_app.core.errors import Conflict, PermissionDenied, ValidationError
from desktop_app.core.legalization import codes
from desktop_app.core.models import AuditEntry, LegalDocument, LegalEntry, Official, Setting
from desktop_app.core.security import SYSTEM


@pytest.fixture
def official_id(db):
    return setup_office(db)


def _problems(exc_info) -> dict[str, str]:
    return dict(exc_info.value.problems)


# --- numbering -----------------------------------------------------------------------------------


def test_register_numbers_are_sequential_and_formatted(db, legalisir, official_id):
    when = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
    first = legal.create_entry(db, legalisir, entry_input(official_id), now=when)
    second = legal.create_entry(db, legalisir, entry_input(official_id, seed=2), now=when)
    assert (first.seq, second.seq) == (1, 2)
    assert first.register_no == "474/0001/Disdukcapil/XI/2026"
    assert second.register_no == "474/0002/Disdukcapil/XI/2026"
    assert first.official.nip == "196804111993031009"
    assert first.total_copies == 3
    assert first.signed and first.key_id is not None and first.code == ""
    assert all(d.payload for d in first.documents)
    # a new year starts again at 1
    nxt = legal.create_entry(
        db, legalisir, entry_input(official_id), now=datetime(2027, 1, 4, 3, tzinfo=UTC)
    )
    assert nxt.seq == 1 and nxt.register_no.endswith("/I/2027")


def test_failed_save_leaves_no_gap(db, legalisir, official_id, monkeypatch):
    real_record = audit.record

    def broken(session, actor, action, *args, **kw):
        if action == "legal.create":
            raise RuntimeError("disk full")
        return real_record(session, actor, action, *args, **kw)

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        legal.create_entry(db, legalisir, entry_input(official_id))
    monkeypatch.setattr(audit, "record", real_record)
    with pytest.raises(ValidationError):
        legal.create_entry(db, legalisir, replace(entry_input(official_id), documents=[]))
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    assert entry.seq == 1
    with db.read() as session:
        assert session.scalar(select(LegalEntry.id).where(LegalEntry.seq == 2)) is None


def test_register_format_setting(db, supervisor, legalisir, official_id):
    settings.set_value(db, supervisor, "legal_register_format", "LEG-{year}-{seq:05d}")
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    assert entry.register_no == f"LEG-{entry.year}-00001"
    with pytest.raises(ValidationError, match=r"\{seq\} dan \{year\}"):
        settings.set_value(db, supervisor, "legal_register_format", "474/{seq}/Disdukcapil")
    with pytest.raises(ValidationError, match="hanya boleh"):
        settings.set_value(db, supervisor, "legal_register_format", "{seq}/{year}/{nama}")


def _save_many(url: str, official_id: int, n: int, queue) -> None:
    from desktop_app.core.db import Database
    from desktop_app.core.security import SYSTEM

    db = Database.open(url)
    got = []
    for i in range(n):
        got.append(legal.create_entry(db, SYSTEM, entry_input(official_id, seed=i)).seq)
    db.dispose()
    queue.put(got)


@pytest.mark.postgres
def test_several_counters_at_once_get_numbers_without_gap(db, db_url, official_id):
    """Four processes (four counter PCs) saving at once on one database."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_save_many, args=(db_url, official_id, 6, queue)) for _ in range(4)]
    for p in procs:
        p.start()
    seqs = []
    for _p in procs:
        seqs.extend(queue.get(timeout=120))
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sorted(seqs) == list(range(1, 25))
    with db.read() as session:
        stored = sorted(session.scalars(select(LegalEntry.seq)))
    assert stored == list(range(1, 25))


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize("copies", [0, 51, 1000, -1, True])
def test_copies_out_of_range_are_refused(db, legalisir, official_id, copies):
    data = entry_input(official_id, copies=copies)
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, data)
    assert "documents.1.copies" in _problems(exc)
    assert "salinan" in _problems(exc)["documents.1.copies"]


def test_empty_document_list_and_bad_fields_are_all_listed(db, legalisir, official_id):
    data = legal.EntryInput(
        applicant_name="  ",
        nik="1234",
        purpose="lainnya",
        official_id=official_id,
        documents=[],
        phone="021-8900123",  # landline: no WhatsApp
    )
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, data)
    problems = _problems(exc)
    assert set(problems) >= {"applicant_name", "nik", "purpose_other", "documents", "phone"}
    assert "dokumen" in problems["documents"]
    with db.read() as session:
        assert session.scalar(select(LegalEntry.id)) is None


def test_other_document_needs_a_name(db, legalisir, official_id):
    data = entry_input(official_id)
    data.documents.append(legal.DocumentInput("lainnya", "DN-12 Mn 0123456", 1))
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, data)
    assert "documents.3.doc_name" in _problems(exc)
    data.documents[-1].doc_name = "Surat Keterangan Kependudukan"
    entry = legal.create_entry(db, legalisir, data)
    assert entry.documents[-1].label == "Surat Keterangan Kependudukan"


@pytest.mark.parametrize(
    ("name", "who"),
    [
        ("Ijazah SMA Negeri 1", "sekolah"),
        ("SKCK Polres Bekasi", "Polres"),
        ("Paspor RI", "Imigrasi"),
        ("Buku Nikah", "KUA"),
    ],
)
def test_documents_of_other_offices_are_refused_with_who_legalizes_them(
    db, legalisir, official_id, name, who
):
    data = entry_input(official_id)
    data.documents.append(legal.DocumentInput("lainnya", "X-1", 1, doc_name=name))
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, data)
    message = _problems(exc)["documents.3.doc_name"]
    assert "bukan dokumen terbitan Disdukcapil" in message and who in message


def test_the_office_list_of_document_types(db, supervisor, legalisir, official_id):
    settings.set_value(db, supervisor, "legal_document_types", ["kk", "akta_lahir"])
    data = entry_input(official_id)
    data.documents.append(legal.DocumentInput("ktp_el", "3216010101010001", 1))
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, data)
    assert "tidak termasuk dokumen yang dilegalisir" in _problems(exc)["documents.3.doc_type"]
    for bad in ([], ["kk", "ijazah"], "kk"):
        with pytest.raises(ValidationError):
            settings.set_value(db, supervisor, "legal_document_types", bad)


def test_tte_documents_need_the_reminder_and_the_register_keeps_it(db, legalisir, official_id):
    data = entry_input(official_id)
    data.documents[1].tte = True
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, data)
    assert "Permendagri 104/2019" in _problems(exc)["documents.2.tte"]
    data.tte_confirmed = True
    entry = legal.create_entry(db, legalisir, data)
    assert [d.tte for d in entry.documents] == [False, True]
    with db.read() as session:
        created = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "legal.create")
        ).one()
    assert json.loads(created.detail)["tte_reminded"] == [2]


def test_official_with_wrong_nip_is_refused(db, legalisir, official_id):
    with db.write() as session:
        bad = Official(name="Pejabat Lama", title="Sekretaris", rank="", nip="123", active=True)
        session.add(bad)
        session.flush()
        bad_id = bad.id
    with pytest.raises(ValidationError) as exc:
        legal.create_entry(db, legalisir, entry_input(bad_id))
    assert "NIP pejabat Pejabat Lama tidak valid" in _problems(exc)["official_id"]
    with pytest.raises(ValidationError, match="Pilih pejabat"):
        legal.create_entry(db, legalisir, entry_input(None))


# --- scans ---------------------------------------------------------------------------------------


def test_good_scans_are_accepted(tmp_path):
    png = tmp_path / "kk.jpg"  # the extension lies: the content decides
    png.write_bytes(png_bytes())
    scan = legal.read_scan(png)
    assert (scan.mime, scan.width_px, scan.height_px) == ("image/png", 600, 850)
    pdf = legal.check_scan(pdf_bytes(3), "akta.pdf")
    assert (pdf.mime, pdf.pages) == ("application/pdf", 3)


def test_not_an_image_is_refused(tmp_path):
    fake = tmp_path / "kk.png"
    fake.write_bytes(b"MZ\x90\x00 this is an executable, not a scan" * 10)
    with pytest.raises(ValidationError, match="bukan PDF, JPEG atau PNG"):
        legal.read_scan(fake)


def test_corrupt_pdf_and_image_are_refused():
    with pytest.raises(ValidationError, match="rusak"):
        legal.check_scan(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage" * 5, "rusak.pdf")
    truncated = png_bytes()[:400]
    with pytest.raises(ValidationError, match="rusak"):
        legal.check_scan(truncated, "potong.png")


def test_encrypted_pdf_is_refused():
    with pytest.raises(ValidationError, match="kata sandi"):
        legal.check_scan(pdf_bytes(1, encrypt="rahasia"), "terkunci.pdf")


def test_sixty_page_pdf_is_refused():
    with pytest.raises(ValidationError, match="60 halaman; maksimal 50"):
        legal.check_scan(pdf_bytes(60), "tebal.pdf")


def test_huge_image_is_refused():
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("1", (12_000, 9_000), 1).save(buf, "PNG")  # tiny file, 108 megapixels
    with pytest.raises(ValidationError, match="terlalu besar"):
        legal.check_scan(buf.getvalue(), "besar.png")


def test_200_mb_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "besar.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written to disk

    def no_read(self):
        raise AssertionError("the file must not be read")

    monkeypatch.setattr(type(big), "read_bytes", no_read)
    with pytest.raises(ValidationError, match="terlalu besar .*200 MB"):
        legal.read_scan(big)


def test_scan_is_stored_and_returned(db, legalisir, official_id):
    scan = legal.check_scan(png_bytes(), "kk.png")
    entry = legal.create_entry(db, legalisir, entry_input(official_id, scan=scan))
    assert entry.documents[0].has_scan and not entry.documents[1].has_scan
    back = legal.scan_of(db, legalisir, entry.id, 0)
    assert back is not None and back.data == scan.data and back.mime == "image/png"


# --- permissions ---------------------------------------------------------------------------------


def test_petugas_cannot_use_the_register(db, petugas, official_id):
    with pytest.raises(PermissionDenied):
        legal.create_entry(db, petugas, entry_input(official_id))
    with pytest.raises(PermissionDenied):
        legal.list_entries(db, petugas)
    with pytest.raises(PermissionDenied):
        legal.verify(db, petugas, "ABCDEFGHIJ")
    with db.read() as session:
        denied = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "permission.denied")
        ).all()
    assert len(denied) == 3


def test_only_a_supervisor_revokes(db, legalisir, supervisor, official_id):
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    with pytest.raises(PermissionDenied):
        legal.revoke(db, legalisir, entry.id, "salah cetak")
    with pytest.raises(ValidationError, match="alasan"):
        legal.revoke(db, supervisor, entry.id, "  ")
    done = legal.revoke(db, supervisor, entry.id, "dokumen asli palsu")
    assert done.revoked and done.revoke_reason == "dokumen asli palsu"
    assert done.revoked_by == "kasi"
    with pytest.raises(Conflict):
        legal.revoke(db, supervisor, entry.id, "dicabut sekali lagi")


def test_reasons_for_revoking_and_reprinting_need_ten_characters(
    db, legalisir, supervisor, official_id
):
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    legal.record_print(db, legalisir, entry.id, "print", "copy")
    for short in ("x", "rusak", "123456789"):
        with pytest.raises(ValidationError, match="minimal 10 karakter"):
            legal.record_print(db, legalisir, entry.id, "reprint", "copy", reason=short)
        with pytest.raises(ValidationError, match="minimal 10 karakter"):
            legal.revoke(db, supervisor, entry.id, short)
    assert legal.record_print(db, legalisir, entry.id, "reprint", "copy", reason="kertas sobek")
    assert legal.revoke(db, supervisor, entry.id, "salah nama ").revoked  # 10 after tidying


# --- list ----------------------------------------------------------------------------------------


def test_list_filters(db, legalisir, official_id):
    d1 = datetime(2026, 11, 27, 3, tzinfo=UTC)
    d2 = datetime(2026, 11, 28, 3, tzinfo=UTC)
    legal.create_entry(db, legalisir, entry_input(official_id, seed=1), now=d1)
    other = replace(entry_input(official_id, seed=2), applicant_name="Siti Aminah", purpose="polri")
    legal.create_entry(db, legalisir, other, now=d2)
    rows, total = legal.list_entries(db, legalisir)
    assert total == 2 and [r.seq for r in rows] == [1, 2]
    rows, total = legal.list_entries(db, legalisir, date_from=date(2026, 11, 28))
    assert [r.applicant_name for r in rows] == ["Siti Aminah"]
    assert legal.list_entries(db, legalisir, purpose="polri")[1] == 1
    assert legal.list_entries(db, legalisir, search="aminah")[1] == 1
    assert legal.list_entries(db, legalisir, search=nik(1)[4:12])[0][0].seq == 1
    assert legal.list_entries(db, legalisir, search="0002/Disdukcapil")[0][0].seq == 2


# --- printing accounting -------------------------------------------------------------------------


def test_print_then_reprint_needs_a_reason(db, legalisir, official_id):
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    assert legal.next_print(entry, "copy") == ("print", 0)
    first = legal.record_print(db, legalisir, entry.id, "print", "copy", copies=2)
    assert first.entry.print_count == 1 and first.reprint_no == 0
    assert legal.next_print(first.entry, "endorsement") == ("reprint", 1)
    with pytest.raises(Conflict, match="Cetak ulang"):
        legal.record_print(db, legalisir, entry.id, "print", "endorsement")
    with pytest.raises(ValidationError, match="alasan"):
        legal.record_print(db, legalisir, entry.id, "reprint", "copy", reason=" ")
    again = legal.record_print(db, legalisir, entry.id, "reprint", "copy", reason="kertas macet")
    assert (again.entry.print_count, again.entry.reprint_count, again.reprint_no) == (2, 1, 1)
    export = legal.record_print(db, legalisir, entry.id, "export", "endorsement")
    assert export.reprint_no == 2
    history = legal.print_history(db, legalisir, entry.id)
    assert [(h["kind"], h["reason"]) for h in history] == [
        ("print", ""),
        ("reprint", "kertas macet"),
        ("export", "ekspor"),
    ]
    with db.read() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.startswith("legal."))
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "legal.key.create",
        "legal.create",
        "legal.print",
        "legal.reprint",
        "legal.export",
    ]


# --- verification --------------------------------------------------------------------------------


def _legacy_entry(db, legalisir, official_id, seed: int = 1):
    """An entry of the older scheme made before the office had its key, then sealed by the
    office's first key (setup_office(key=False) + create_key)."""
    entry = make_legacy(
        db, legal.create_entry(db, legalisir, entry_input(official_id, seed=seed)).id
    )
    return entry


def test_verify_accepts_every_form_of_the_older_scheme(db, legalisir, supervisor):
    official_id = setup_office(db, key=False)
    entry = _legacy_entry(db, legalisir, official_id)
    legal.create_key(db, supervisor)  # seals the older codes
    qr = legal.qr_payload(entry)
    assert qr == f"LOKET-LEG:{entry.register_no}:{entry.code_display}"
    forms = [
        qr,
        entry.code_display,
        entry.code.lower(),
        " ".join(entry.code_display.lower().split("-")),
        legal.verification_key(entry),
        f"https://disdukcapil.example.go.id/legalisir?kode={legal.verification_key(entry)}",
        legal.qr_payload(entry, "https://dukcapil.example.go.id/v"),
    ]
    for form in forms:
        result = legal.verify(db, legalisir, form)
        assert (result.status, result.scheme) == ("valid", "hmac"), form
        assert "skema lama" in result.message and result.notes
        assert result.register_no == entry.register_no
        assert result.nik_masked == entry.nik_masked and "*" in result.nik_masked
        assert result.total_copies == 3
        # the KK number is an identity number: masked; other document numbers shown whole
        assert [n for _label, n, _c in result.documents] == [
            "321601******8901",
            "3216-LT-17052004-0042",
        ]
    with db.read() as session:
        checks = session.scalar(
            select(text("count(*)"))
            .select_from(AuditEntry)
            .where(AuditEntry.action == "legal.verify")
        )
    assert checks == len(forms)


def test_older_scheme_tampered_unknown_revoked(db, legalisir, supervisor):
    official_id = setup_office(db, key=False)
    entry = _legacy_entry(db, legalisir, official_id)
    legal.create_key(db, supervisor)
    qr = legal.qr_payload(entry)
    last = qr[-1]
    changed = qr[:-1] + ("A" if last != "A" else "B")
    assert (legal.verify(db, legalisir, changed).reason) == "tampered"
    unknown = legal.verify(db, legalisir, "LOKET-LEG:474/9999/X/2026:ABCD-EFGH-IJ")
    assert (unknown.status, unknown.reason) == ("invalid", "unknown")
    assert legal.verify(db, legalisir, "halo apa kabar").reason == "malformed"
    # someone edits the name in the database: the stored code no longer matches
    with db.write() as session:
        row = session.get(LegalEntry, entry.id)
        row.applicant_name = "Orang Lain"
    assert legal.verify(db, legalisir, qr).reason == "tampered"
    with db.write() as session:
        row = session.get(LegalEntry, entry.id)
        row.applicant_name = entry.applicant_name
        doc = session.scalar(select(LegalDocument).where(LegalDocument.entry_id == entry.id))
        doc.copies = 9
    assert legal.verify(db, legalisir, qr).reason == "tampered"
    with db.write() as session:
        doc = session.scalar(select(LegalDocument).where(LegalDocument.entry_id == entry.id))
        doc.copies = 2
    assert legal.verify(db, legalisir, qr).status == "valid"
    legal.revoke(db, supervisor, entry.id, "permintaan pemohon")
    result = legal.verify(db, legalisir, qr)
    assert result.status == "revoked" and "permintaan pemohon" in result.message


def test_older_codes_differ_between_installations(db, legalisir, supervisor):
    official_id = setup_office(db, key=False)
    entry = _legacy_entry(db, legalisir, official_id)
    with db.read() as session:
        secret = json.loads(session.get(Setting, codes.SECRET_KEY).value)
    assert len(base64.b64decode(secret)) == 32
    with db.write() as session:
        session.get(Setting, codes.SECRET_KEY).value = json.dumps(
            base64.b64encode(os.urandom(32)).decode()
        )
    # a QR made under another secret does not verify here
    assert legal.verify(db, legalisir, legal.qr_payload(entry)).reason == "tampered"


def test_verification_finds_the_entry_by_index(db, legalisir, official_id, sqlite_only):
    """No full scan of the register whatever its size (SQLite's query plan for every statement
    verify runs); the timings come from bench/legal_bench.py."""
    import sqlite3

    from sqlalchemy import event

    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    with db.write() as session:
        session.execute(
            LegalEntry.__table__.insert(),
            [
                {
                    "year": 2020,
                    "seq": i,
                    "register_no": f"R/{i}/2020",
                    "created_at": datetime(2020, 1, 1, tzinfo=UTC),
                    "entry_date": date(2020, 1, 1),
                    "applicant_name": "X",
                    "nik": "3216010101010001",
                    "purpose": "polri",
                    "purpose_other": "",
                    "recruitment_no": "",
                    "official_snapshot": "{}",
                    "verification_code": f"{i:010d}",
                    "print_count": 0,
                    "reprint_count": 0,
                    "version": 1,
                }
                for i in range(1, 20_001)
            ],
        )
    statements = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        text_ = legal.qr_text(db, entry, entry.documents[0])
        assert legal.verify(db, SYSTEM, text_).status == "valid"
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    table = LegalEntry.__tablename__
    raw = sqlite3.connect(db.sqlite_path)
    try:
        plans = [
            row[3] for sql, params in statements
            for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)
        ]  # fmt: skip
    finally:
        raw.close()
    assert any(table in plan for plan in plans), plans
    assert [p for p in plans if p.startswith(f"SCAN {table}")] == [], plans
