"""The published verification page (``loket verify-page``) in a real browser: headless Chromium
opens ``index.html#<payload>`` as a phone would and must give the app's answer."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from legal_helpers import entry_input, require_tools, setup_office, tool_path

from desktop_app.cli import main
from desktop_app.core import legalization as legal
from desktop_app.core.errors import ValidationError
from desktop_app.core.legalization import keys, payload, verify_page
from desktop_app.core.schema import open_database
from desktop_app.core.security import SYSTEM

CHROMIUM = tool_path("chromium")
VERDICT = re.compile(r'<div id="verdict" class="[^"]*" data-status="([^"]*)" data-reason="([^"]*)"')


def chromium_verdict(page: Path, fragment: str) -> tuple[str, str, str]:
    """(status, reason, visible text of the result card) as the page shows them."""
    require_tools("chromium")
    done = subprocess.run(
        [
            CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--virtual-time-budget=8000", "--dump-dom", f"{page.resolve().as_uri()}#{fragment}",
        ],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    match = VERDICT.search(done.stdout)
    assert match, done.stdout[-2000:] + done.stderr[-2000:]
    card = re.sub(r"<[^>]+>", " ", done.stdout.split('<section class="card"', 2)[1])
    return match.group(1), match.group(2), " ".join(card.split())


def _signed_by_stranger(entry: legal.EntryInfo) -> str:
    """A well-formed payload signed by a key the office does not have."""
    from cryptography.hazmat.primitives.asymmetric import ec

    stranger = keys.SigningKey(0xEE, ec.generate_private_key(ec.SECP256R1()))
    signed, _message = payload.decode(entry.documents[0].payload)
    forged = replace(signed, key_id=0xEE, signature=b"")
    return payload.encode(replace(forged, signature=stranger.sign(payload.message_bytes(forged))))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """One office, one page with every case (module scope: Chromium runs are the cost)."""
    import os

    folder = tmp_path_factory.mktemp("kantor")
    old = os.environ.get("LOKET_KEY_DIR")
    os.environ["LOKET_KEY_DIR"] = str(folder / "keys")  # over each test's LOKET_DATA_DIR
    try:
        db = open_database(f"sqlite:///{folder / 'loket.sqlite3'}")
        official_id = setup_office(db)
        first_key = legal.create_entry(db, SYSTEM, entry_input(official_id, seed=1))
        legal.rotate_key(db, SYSTEM)
        legal.revoke_key(db, SYSTEM, first_key.key_id, "kunci lama bocor")
        valid = legal.create_entry(db, SYSTEM, entry_input(official_id, seed=2))
        revoked = legal.create_entry(db, SYSTEM, entry_input(official_id, seed=3))
        legal.revoke(db, SYSTEM, revoked.id, "dokumen asli palsu")
        site_dir = folder / "situs"
        site_dir.mkdir()
        result = verify_page.build_page(db, SYSTEM, site_dir)
        cases = {}
        digits = valid.documents[1].payload
        cases["valid"] = (digits, "sah", "")
        cases["tampered"] = (
            digits[:-1] + str((int(digits[-1]) + 1) % 10),
            "tidak-sah",
            "bad_signature",
        )
        cases["revoked entry"] = (revoked.documents[0].payload, "dicabut", "revoked")
        cases["revoked key"] = (first_key.documents[0].payload, "tidak-sah", "revoked_key")
        cases["unknown key"] = (_signed_by_stranger(valid), "tidak-sah", "unknown_key")
        cases["malformed"] = ("12345", "tidak-sah", "malformed")
        app = {name: legal.verify(db, SYSTEM, text) for name, (text, _s, _r) in cases.items()}
        yield db, result.path, cases, app, valid
        db.dispose()
    finally:
        if old is None:
            os.environ.pop("LOKET_KEY_DIR", None)
        else:
            os.environ["LOKET_KEY_DIR"] = old


def test_page_is_self_contained(site):
    _db, page, _cases, _app, _valid = site
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "@import" not in html and "url(" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    data = json.loads(html.split('id="loket-data">', 1)[1].split("</script>", 1)[0])
    listed = json.loads(data["list"])
    assert listed["generated_at"][:4] == str(date.today().year)
    assert sorted(k["revoked"] is not None for k in listed["keys"]) == [False, True]


@pytest.mark.parametrize(
    "case", ["valid", "tampered", "revoked entry", "revoked key", "unknown key", "malformed"]
)
def test_page_gives_the_apps_answer(site, case):
    _db, page, cases, app, valid = site
    fragment, status, reason = cases[case]
    shown_status, shown_reason, card = chromium_verdict(page, fragment)
    assert (shown_status, shown_reason) == (status, reason)
    # the app (and so `loket verify`) answers the same
    assert app[case].verdict == {"sah": "SAH", "dicabut": "DICABUT"}.get(status, "TIDAK SAH")
    assert app[case].reason == reason
    if case == "valid":
        assert "SAH" in card and "RIZKY PRATAMA" in card and valid.nik_masked in card
        assert valid.register_no in card and "Akta Kelahiran No. 3216-LT-17052004-0042" in card
        assert "Dokumen 2 dari 2" in card
    if case == "revoked entry":
        assert "dokumen asli palsu" in card
    if case == "revoked key":  # signed by the office once: what it says is shown
        assert "kunci lama bocor" in card and "RIZKY PRATAMA" in card
    if case in ("tampered", "unknown key"):  # the app shows no more than the page
        assert "RIZKY PRATAMA" not in card and "Nomor register" not in card
        shown = app[case]
        assert (shown.applicant_name, shown.register_no, shown.documents) == ("", "", ())


def test_publishing_again_keeps_revocations_and_cli(site, tmp_path, capsys):
    db, page, cases, _app, _valid = site
    from desktop_app.core.models import LegalEntry

    with db.write() as session:  # the revocation disappears from the database…
        for row in session.query(LegalEntry).filter(LegalEntry.revoked_at.is_not(None)):
            row.revoked_at, row.revoke_reason = None, None
    again = verify_page.build_page(db, SYSTEM, page.parent)
    assert again.carried_over == 1 and again.revoked_entries == 1  # …not from the page
    assert chromium_verdict(page, cases["revoked entry"][0])[0] == "dicabut"
    with pytest.raises(ValidationError, match="Folder tujuan"):
        verify_page.build_page(db, SYSTEM, tmp_path / "tidak-ada")
    # publishing is the supervisor's: the command line needs --user
    assert main(["verify-page", "--out", str(tmp_path)]) == 1
    assert "--user" in capsys.readouterr().err


def test_a_typed_or_pasted_code_gets_the_same_answer(site, tmp_path):
    """The box under the verdict: the QR's whole text, the digits alone with spaces and line
    breaks (as typed from the paper), a changed digit and rubbish."""
    from chromium_page import Chromium

    require_tools("chromium")
    db, page, cases, _app, valid = site
    digits = cases["valid"][0]
    spaced = "\n".join(" ".join(digits[i : i + 5] for i in range(j, min(j + 40, len(digits)), 5))
                       for j in range(0, len(digits), 40))  # fmt: skip
    browser = Chromium(CHROMIUM)
    try:
        browser.open(page.resolve().as_uri())
        whole = browser.type_code(legal.qr_text(db, valid, valid.documents[1]))
        assert (whole["status"], whole["reason"]) == ("sah", "")
        assert "RIZKY PRATAMA" in whole["text"] and valid.register_no in whole["text"]
        assert browser.type_code(spaced)["status"] == "sah"
        changed = browser.type_code(cases["tampered"][0])
        assert (changed["status"], changed["reason"]) == ("tidak-sah", "bad_signature")
        # what a changed code says is not offered for comparing with the paper
        assert "RIZKY PRATAMA" not in changed["text"] and "Cocokkan" not in changed["text"]
        rubbish = browser.type_code("LOKET-LEG:474/0001:ABCDEF")
        assert (rubbish["status"], rubbish["reason"]) == ("tidak-sah", "malformed")
    finally:
        browser.close()


def test_the_page_is_dated_on_the_office_day(db, tmp_path, monkeypatch):
    """Made at 01.30 WIB on 30 November (18.30 UTC on the 29th): the page says 30 November."""
    from datetime import UTC, datetime

    from chromium_page import Chromium

    from desktop_app.core import clock

    require_tools("chromium")
    monkeypatch.setenv("LOKET_KEY_DIR", str(tmp_path / "kunci"))  # not the module's office
    setup_office(db)
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 29, 18, 30, tzinfo=UTC))
    (tmp_path / "situs").mkdir()
    page = verify_page.build_page(db, SYSTEM, tmp_path / "situs").path
    html = page.read_text(encoding="utf-8")
    data = json.loads(html.split('id="loket-data">', 1)[1].split("</script>", 1)[0])
    listed = json.loads(data["list"])
    assert (listed["generated_at"], listed["generated_on"]) == (
        "2026-11-29T18:30:00+00:00",
        "2026-11-30",
    )
    browser = Chromium(CHROMIUM)
    try:
        browser.open(page.resolve().as_uri())
        shown = browser.wait_for('document.getElementById("listinfo").innerText')
    finally:
        browser.close()
    assert "per 30 November 2026" in shown
