"""Signing keys, the signed payload and who can forge what: the insider with the database file,
a verifier written from the documentation, key management and the older scheme's seal."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import sqlite3
import stat
from base64 import b32encode, b64decode
from dataclasses import replace
from datetime import date

import pytest
from legal_helpers import VERIFY_URL, entry_input, make_legacy, require_tools, setup_office
from legal_verifier import Refused
from legal_verifier import verify as doc_verify
from sqlalchemy import select

from desktop_app import paths
from desktop_app.core import legal_print as lp
from desktop_app.core import legalization as legal
from desktop_app.core.errors import Conflict, PermissionDenied, ValidationError
from desktop_app.core.legalization import keys, payload, qrcode
from desktop_app.core.models import AuditEntry
from desktop_app.core.schema import open_database

WHY = "lembar asli rusak"  # a reprint needs a reason of 10 characters or more


def _audit_actions(db, prefix: str) -> list[str]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.startswith(prefix))
                .order_by(AuditEntry.id)
            )
        )


def legal_keys_der(db, key_id: int) -> str:
    from base64 import b64encode

    from desktop_app.core.models import LegalKey

    with db.read() as session:
        return b64encode(session.get(LegalKey, key_id).public_key).decode()


def _other_pc(monkeypatch, tmp_path, name: str) -> None:
    """Act as another PC sharing the database: its own key folder, without legalization keys
    but with the office's audit key (installed on every PC that writes to the database,
    ``loket audit key install``: without it nothing can be recorded)."""
    from desktop_app.core import audit_key

    office_keys = [audit_key.key_path(k.key_id) for k in audit_key.local_keys()]
    monkeypatch.setenv("LOKET_KEY_DIR", str(tmp_path / name))
    for path in office_keys:
        shutil.copy2(path, paths.key_dir() / path.name)
    legal.lock_all()


# --- the payload ---------------------------------------------------------------------------------


def test_payload_round_trip_and_text_forms():
    p = payload.Payload(
        key_id=0x3A,
        entry_date=date(2026, 11, 28),
        seq=300,
        format_index=0,
        name=payload.Text("Dr. Ir. H. Bambang Sutrisno Hadiwijoyo, M.M."),
        nik_masked="321601******0001",
        documents_total=3,
        documents=(
            payload.SignedDocument(
                2, 0, payload.Text("Surat Nikah Gereja"), payload.Text("Ñ-1/ß"), 4
            ),
        ),
        signature=bytes(range(64)),
    )
    digits = payload.encode(p)
    assert digits.isdigit()
    back, message = payload.decode(digits)
    assert back.name.value == "DR. IR. H. BAMBANG SUTRISNO HADIWIJOYO, M.M."  # packed: upper
    assert back.documents[0].number.value == "Ñ-1/ß"  # not packable: UTF-8 as typed
    assert back.documents[0].label.value == "SURAT NIKAH GEREJA"
    assert (back.seq, back.key_id, back.documents_total, back.signature) == (
        300,
        0x3A,
        3,
        p.signature,
    )
    assert message == payload.message_bytes(p)
    for bad in ("", "12", digits[:-1], digits + "0", "9" * 17 + digits[17:], "x" + digits[1:]):
        with pytest.raises(payload.PayloadError):
            payload.decode(bad)


def test_long_texts_are_shortened_to_fit_version_7():
    p = payload.Payload(
        1, date(2026, 1, 2), 9999, 0, payload.Text("A" * 200), "321601******0001", 1,
        (payload.SignedDocument(1, 2, payload.Text(""), payload.Text("N" * 70 + "-0042"), 1),),
    )  # fmt: skip
    fitted = qrcode.fit(p, "https://disdukcapil.kabupatenbekasi.go.id/legalisir/cek/")
    plan = qrcode.plan(
        "https://disdukcapil.kabupatenbekasi.go.id/legalisir/cek/",
        payload.encode(replace(fitted, signature=bytes(64))),
        qrcode.MAX_VERSION,
    )
    assert plan.version <= 7 and plan.side_mm() <= 45
    assert fitted.name.shortened and fitted.name.value.startswith("AAAA")
    assert fitted.documents[0].number.value.endswith("-0042")  # the serial end is kept


# --- the insider ---------------------------------------------------------------------------------


def _insider_edits(db_file, secret_entry_date: str) -> dict:
    """What someone holding only the database file does (sqlite3 and a key of their own)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    con = sqlite3.connect(db_file)
    mine = ec.generate_private_key(ec.SECP256R1())
    spki = mine.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    office_id = con.execute("SELECT key_id FROM legal_keys").fetchone()[0]
    my_id = (office_id + 1) % 256
    now = "2026-11-28 01:00:00.000000"
    con.execute(
        "INSERT INTO legal_keys (key_id, public_key, created_at, valid_from) VALUES (?,?,?,?)",
        (my_id, spki, now, "2020-01-01 00:00:00.000000"),
    )

    def sign(message: bytes) -> bytes:
        r, s = decode_dss_signature(mine.sign(message, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    # my key vouches for the office key and for itself: looks like a rotation from my side
    for subject, der in (
        (
            office_id,
            con.execute(
                "SELECT public_key FROM legal_keys WHERE key_id=?", (office_id,)
            ).fetchone()[0],
        ),
        (my_id, spki),
    ):  # noqa: E501
        con.execute(
            "INSERT INTO legal_key_certs (subject_key_id, signer_key_id, signature, created_at)"
            " VALUES (?,?,?,?)",
            (subject, my_id, sign(b"LOKET-LEGALISIR-KUNCI-1\x00" + bytes([subject]) + der), now),
        )
    forged = payload.Payload(
        my_id, date(2026, 11, 28), 77, 0, payload.Text("ORANG LAIN"), "321601******9999", 1,
        (payload.SignedDocument(1, 1, payload.Text(""), payload.Text("3216010101010001"), 5),),
    )  # fmt: skip
    forged = replace(forged, signature=sign(payload.message_bytes(forged)))
    # the office's own key id, with my key: a row rewritten in place
    swapped = replace(forged, key_id=office_id, signature=b"")
    swapped = replace(swapped, signature=sign(payload.message_bytes(swapped)))
    # the older scheme: an HMAC code under the secret that sits in the settings table
    secret = b64decode(
        json.loads(con.execute("SELECT value FROM settings WHERE key='legal.secret'").fetchone()[0])
    )  # noqa: E501
    register = "474/0099/Disdukcapil/XI/2026"
    essentials = json.dumps(
        [register, secret_entry_date, "3216010101010001", "Orang Lain",
         [["kk", "", "3216010101010001", 5]]],
        ensure_ascii=False, separators=(",", ":"),
    ).encode()  # fmt: skip
    code = b32encode(hmac.new(secret, essentials, hashlib.sha256).digest()).decode()[:10]
    con.execute(
        "INSERT INTO legal_entries (year, seq, register_no, created_at, entry_date, "
        "applicant_name, nik, purpose, purpose_other, recruitment_no, official_snapshot, "
        "verification_code, scheme, print_count, reprint_count, version) "
        "VALUES (2026, 99, ?, ?, ?, 'Orang Lain', '3216010101010001', 'polri', '', '', '{}', ?,"
        " 'hmac', 0, 0, 1)",
        (register, now, secret_entry_date, code),
    )
    entry_id = con.execute("SELECT id FROM legal_entries WHERE seq = 99").fetchone()[0]
    con.execute(
        "INSERT INTO legal_documents (entry_id, position, doc_type, doc_name, doc_number, "
        "copies, tte) VALUES (?, 0, 'kk', '', '3216010101010001', 5, 0)",
        (entry_id,),
    )
    # and the revoked entry comes back to life
    con.execute("UPDATE legal_entries SET revoked_at = NULL, revoke_reason = NULL")
    con.commit()
    con.close()
    return {
        "own key": payload.encode(forged),
        "office key id, own key": payload.encode(swapped),
        "older scheme": f"LOKET-LEG:{register}:{code}",
    }


def test_the_insider_with_the_database_file_cannot_forge(
    db, data_dir, tmp_path, supervisor, legalisir, monkeypatch, sqlite_only
):
    from desktop_app.core.legalization import verify_page

    official_id = setup_office(db)
    genuine = legal.create_entry(db, legalisir, entry_input(official_id))
    revoked = legal.create_entry(db, legalisir, entry_input(official_id, seed=2))
    legal.revoke(db, supervisor, revoked.id, "salah data")
    page_dir = tmp_path / "situs"
    page_dir.mkdir()
    verify_page.build_page(db, supervisor, page_dir)  # the office publishes
    revoked_qr = legal.qr_text(db, revoked, revoked.documents[0])

    forgeries = _insider_edits(data_dir / "loket.sqlite3", "2026-11-28")

    for what, text in forgeries.items():
        result = legal.verify(db, legalisir, text)
        assert result.status == "invalid", what
    assert legal.verify(db, legalisir, forgeries["own key"]).reason == "untrusted_key"
    assert legal.verify(db, legalisir, forgeries["older scheme"]).reason == "unsealed"
    assert legal.verify(db, legalisir, legal.qr_text(db, genuine, genuine.documents[0])).ok
    # the revocation the insider removed from the database stays on the published page
    verify_page.build_page(db, supervisor, page_dir)
    page = (page_dir / "index.html").read_text(encoding="utf-8")
    data = json.loads(page.split('id="loket-data">', 1)[1].split("</script>", 1)[0])
    listed = json.loads(data["list"])
    assert [(e["year"], e["seq"]) for e in listed["revoked_entries"]] == [
        (revoked.year, revoked.seq)
    ]
    assert [k["id"] for k in listed["keys"]] == [genuine.key_id]  # not the insider's key
    assert legal.verify(db, legalisir, revoked_qr).ok  # the app only sees the database…
    # …a new verification-only PC pins nothing: the insider's key breaks the office's group
    _other_pc(monkeypatch, tmp_path, "pc-verifikasi")
    assert keys.pin_first_use(db, legalisir) == []
    assert legal.verify(db, legalisir, forgeries["own key"]).status == "invalid"
    assert "legal.key.pin_refused" in _audit_actions(db, "legal.key")


def test_a_copy_of_the_database_without_the_key_file_cannot_print(
    db, data_dir, tmp_path, legalisir, monkeypatch, capsys, sqlite_only
):
    from desktop_app.cli import main

    official_id = setup_office(db)
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    copy = tmp_path / "salinan.sqlite3"
    with sqlite3.connect(data_dir / "loket.sqlite3") as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    _other_pc(monkeypatch, tmp_path, "pc-lain")
    other = open_database(f"sqlite:///{copy}")
    try:
        assert legal.verify(other, legalisir, legal.qr_text(other, entry, entry.documents[0])).ok
        assert not legal.can_sign(other)[0]
        for what in ("endorsement", "receipt"):
            with pytest.raises(keys.KeyUnavailable, match="Pasang kunci"):
                lp.print_entry(other, legalisir, entry.id, what, kind="reprint", reason=WHY)
        assert legal.get_entry(other, legalisir, entry.id).print_count == 0
    finally:
        other.dispose()
    monkeypatch.setenv("LOKET_DB_URL", f"sqlite:///{copy}")
    monkeypatch.setenv("LOKET_PASSWORD", "rahasia123")
    out = tmp_path / "x.pdf"
    assert main(["--user", "kasi", "legalisir", "pdf", entry.register_no, "--out", str(out)]) == 1
    assert "tidak terpasang di PC ini" in capsys.readouterr().err and not out.exists()


# --- a verifier from the documentation alone -----------------------------------------------------


def test_documented_format_is_enough_to_verify_a_printed_qr(db, legalisir, supervisor, tmp_path):
    import subprocess

    require_tools("pdftoppm", "zbarimg")
    official_id = setup_office(db)
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    public = tmp_path / "kunci.pem"
    legal.export_public(db, supervisor, entry.key_id, public)
    pdf = tmp_path / "blok.pdf"
    pdf.write_bytes(lp.render_pdf(db, legalisir, entry.id, "endorsement", repeat_copies=False))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    scanned = subprocess.run(
        ["zbarimg", "--raw", "-q", str(next(tmp_path.glob("p*.png")))],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert scanned.upper().startswith(VERIFY_URL.upper().rstrip("/"))
    fields = doc_verify(scanned, public.read_bytes(), entry.key_id)
    assert fields["name"] == "RIZKY PRATAMA" and fields["nik"] == entry.nik_masked
    assert (fields["seq"], fields["date"], fields["documents_total"]) == (
        entry.seq,
        entry.entry_date,
        2,
    )
    doc = {"position": 2, "type": 2, "label": "Akta Kelahiran", "copies": 1}
    assert fields["documents"] == [{**doc, "number": "3216-LT-17052004-0042"}]
    digits_at = scanned.index("#") + 1
    for i in (digits_at, digits_at + 40, len(scanned) - 1):  # one changed character anywhere
        changed = scanned[:i] + str((int(scanned[i]) + 1) % 10) + scanned[i + 1 :]
        with pytest.raises(Refused):
            doc_verify(changed, public.read_bytes(), entry.key_id)
        assert not legal.verify(db, legalisir, changed).ok


# --- key management ------------------------------------------------------------------------------


def test_key_file_is_private_and_outside_the_database(db, supervisor, data_dir):
    info = legal.create_key(db, supervisor)
    key_file = paths.key_dir() / f"legalisir-kunci-{info.label}.json"
    assert key_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.key_dir().stat().st_mode) == 0o700
    private = json.loads(key_file.read_text())["private_key"]["pkcs8"]
    if db.is_sqlite:  # on PostgreSQL there is no database file here to look into
        dump = (data_dir / "loket.sqlite3").read_bytes()
        assert b64decode(private) not in dump and private.encode() not in dump
    assert info.current and info.here and info.trusted and not info.protected
    with pytest.raises(Conflict, match="sudah memiliki kunci"):
        legal.create_key(db, supervisor)


def test_only_a_supervisor_manages_keys(db, legalisir, supervisor, tmp_path):
    with pytest.raises(PermissionDenied):
        legal.create_key(db, legalisir)
    info = legal.create_key(db, supervisor)
    for call in (
        lambda: legal.rotate_key(db, legalisir),
        lambda: legal.revoke_key(db, legalisir, info.key_id, "x"),
        lambda: legal.backup_key(db, legalisir, info.key_id, tmp_path / "b", "rahasia-panjang"),
        lambda: legal.export_public(db, legalisir, info.key_id, tmp_path / "p.pem"),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_backup_install_on_another_pc_rotate_revoke(
    db, supervisor, legalisir, tmp_path, monkeypatch
):
    official_id = setup_office(db, key=False)
    first = legal.create_key(db, supervisor)
    old_entry = legal.create_entry(db, legalisir, entry_input(official_id))
    backup = tmp_path / "cadangan.json"
    with pytest.raises(ValidationError, match="minimal 10"):
        legal.backup_key(db, supervisor, first.key_id, backup, "pendek")
    legal.backup_key(db, supervisor, first.key_id, backup, "frasa sandi kantor")
    assert b"pkcs8" not in backup.read_bytes()  # encrypted

    _other_pc(monkeypatch, tmp_path, "pc-2")
    assert not legal.can_sign(db)[0]
    with pytest.raises(ValidationError, match="salah"):
        legal.install_key(db, supervisor, backup, "frasa sandi lain!")
    installed = legal.install_key(db, supervisor, backup, "frasa sandi kantor")
    assert installed.key_id == first.key_id and installed.here and installed.current
    rotated = legal.rotate_key(db, supervisor)  # on PC 2
    new_entry = legal.create_entry(db, legalisir, entry_input(official_id, seed=2))
    assert new_entry.key_id == rotated.key_id != old_entry.key_id
    assert legal.verify(db, legalisir, legal.qr_text(db, old_entry)).ok  # old papers still valid

    _other_pc(monkeypatch, tmp_path, "pc-1b")  # back to a PC holding only the first key
    monkeypatch.setenv("LOKET_KEY_DIR", str(paths.data_dir() / "keys"))
    ring_ids = {k.key_id for k in legal.list_keys(db, supervisor) if k.trusted}
    assert ring_ids == {first.key_id, rotated.key_id}  # trusted through the certificate
    assert not legal.can_sign(db)[0]  # the current key is the new one, not here
    legal.revoke_key(db, supervisor, first.key_id, "laptop hilang")
    result = legal.verify(db, legalisir, legal.qr_text(db, old_entry))
    assert (result.status, result.reason) == ("invalid", "revoked_key")
    assert "laptop hilang" in result.message
    # a revoked key vouches for nobody: this PC now needs the new public key installed
    assert legal.verify(db, legalisir, legal.qr_text(db, new_entry)).reason == "untrusted_key"
    pem = tmp_path / "baru.pem"
    pem.write_bytes(keys.public_pem(b64decode(legal_keys_der(db, rotated.key_id))))
    legal.install_public(db, supervisor, pem)
    assert legal.verify(db, legalisir, legal.qr_text(db, new_entry)).ok
    assert _audit_actions(db, "legal.key") == [
        "legal.key.create",
        "legal.key.backup",
        "legal.key.install",
        "legal.key.rotate",
        "legal.key.revoke",
        "legal.key.install_public",
    ]


def test_reprint_after_the_key_was_revoked_needs_an_explicit_resign(
    db, supervisor, legalisir, tmp_path
):
    official_id = setup_office(db)
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    old_qr = legal.qr_text(db, entry, entry.documents[0])
    lp.print_entry(db, legalisir, entry.id, "endorsement")
    new = legal.rotate_key(db, supervisor)
    legal.revoke_key(db, supervisor, entry.key_id, "kunci bocor")
    with pytest.raises(Conflict, match="tanda tangani ulang"):
        lp.print_entry(db, legalisir, entry.id, "endorsement", kind="reprint", reason=WHY)
    out = lp.print_entry(
        db, legalisir, entry.id, "endorsement", kind="reprint", reason=WHY, resign=True
    )
    assert out.record.entry.key_id == new.key_id
    assert legal.verify(
        db, legalisir, legal.qr_text(db, out.record.entry, out.record.entry.documents[0])
    ).ok  # noqa: E501
    assert legal.verify(db, legalisir, old_qr).reason == "revoked_key"
    assert "legal.resign" in _audit_actions(db, "legal.")


def test_passphrase_protected_key(db, supervisor, legalisir):
    official_id = setup_office(db, key=False)
    info = legal.create_key(db, supervisor, "kata kunci rahasia")
    assert info.protected
    legal.lock_all()
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    assert not entry.signed  # saved; signed when printed, once the passphrase is given
    with pytest.raises(keys.KeyLocked):
        lp.print_entry(db, legalisir, entry.id, "endorsement")
    with pytest.raises(ValidationError, match="salah"):
        legal.unlock(info.key_id, "bukan ini sama sekali")
    legal.unlock(info.key_id, "kata kunci rahasia")
    printed = lp.print_entry(db, legalisir, entry.id, "endorsement")
    assert printed.record.entry.signed
    assert legal.verify(db, legalisir, legal.qr_text(db, printed.record.entry)).ok
    assert "legal.sign" in _audit_actions(db, "legal.sign")


def test_public_key_installed_on_a_verification_pc(
    db, supervisor, legalisir, tmp_path, monkeypatch
):
    official_id = setup_office(db)
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    pem = legal.export_public(db, supervisor, entry.key_id, tmp_path / "kunci.pem")
    _other_pc(monkeypatch, tmp_path, "pc-verifikasi")
    installed = legal.install_public(db, supervisor, pem)
    assert installed.trusted and not installed.here
    assert legal.verify(db, legalisir, legal.qr_text(db, entry)).ok
    (tmp_path / "bukan.pem").write_text("bukan kunci")
    with pytest.raises(ValidationError, match="bukan kunci publik"):
        legal.install_public(db, supervisor, tmp_path / "bukan.pem")


def test_first_use_pins_the_office_keys(db, supervisor, legalisir, tmp_path, monkeypatch):
    official_id = setup_office(db)
    legal.rotate_key(db, supervisor)
    entry = legal.create_entry(db, legalisir, entry_input(official_id))
    _other_pc(monkeypatch, tmp_path, "pc-baru")
    assert legal.verify(db, legalisir, legal.qr_text(db, entry)).ok
    assert len(list((tmp_path / "pc-baru").glob("legalisir-publik-*.pem"))) == 2
    assert "legal.key.pin" in _audit_actions(db, "legal.key.pin")


# --- the older scheme ----------------------------------------------------------------------------


def test_older_scheme_entries_keep_verifying_only_as_sealed(db, supervisor, legalisir):
    official_id = setup_office(db, key=False)
    old = make_legacy(db, legal.create_entry(db, legalisir, entry_input(official_id)).id)
    before = legal.verify(db, legalisir, legal.qr_payload(old))
    assert before.ok and any("belum disegel" in n for n in before.notes)
    legal.create_key(db, supervisor)
    after = legal.verify(db, legalisir, legal.qr_payload(old))
    assert after.ok and after.scheme == "hmac" and "skema lama" in after.message
    # an older-scheme entry made now (the secret is in the database) is outside the seal
    late = make_legacy(db, legal.create_entry(db, legalisir, entry_input(official_id, seed=5)).id)
    assert legal.verify(db, legalisir, legal.qr_payload(late)).reason == "unsealed"
    # nothing is re-signed silently: printing an older entry asks for it
    with pytest.raises(Conflict, match="skema verifikasi lama"):
        lp.print_entry(db, legalisir, old.id, "endorsement", kind="reprint", reason=WHY)
    again = lp.print_entry(
        db, legalisir, old.id, "endorsement", kind="reprint", reason=WHY, resign=True
    )
    assert again.record.entry.signed and again.record.entry.code == old.code
    assert legal.verify(db, legalisir, legal.qr_payload(old)).ok  # the old paper too


def test_any_text_fits_with_the_longest_allowed_address():
    """Many-byte characters and 60-character address (the setting's limit): still version 7."""
    url = "https://dinas-kependudukan-pencatatan-sipil.example.go.id/v/"
    assert len(url) <= 60
    p = payload.Payload(
        255, date(2026, 12, 31), 65535, 255, payload.Text("😀" * 200), "321601******0001", 20,
        (payload.SignedDocument(20, 0, payload.Text("ß" * 120), payload.Text("€" * 80), 50),),
    )  # fmt: skip
    fitted = qrcode.fit(p, url)
    digits = payload.encode(replace(fitted, signature=bytes(64)))
    assert qrcode.plan(url, digits, qrcode.MAX_VERSION).version <= 7
    assert payload.decode(digits)[0].documents[0].number.shortened
