"""Official documents stay Indonesian whatever the interface language; refusals raised while
producing them are still translated for the officer."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop_app.core import i18n
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _, official_document


@pytest.fixture
def marked_translator():
    """A stand-in for the English translator: every translated text starts with "EN:"."""
    i18n.set_translator(lambda text: "EN:" + text)
    yield
    i18n.set_translator(lambda text: text)


def test_document_mode_gives_the_source_text(marked_translator):
    assert _("Tanggal {d}", d=1) == "EN:Tanggal 1"
    with official_document():
        assert _("Tanggal {d}", d=1) == "Tanggal 1"
    assert _("Tanggal") == "EN:Tanggal"


def test_refusal_leaving_a_document_is_translated(marked_translator):
    with pytest.raises(ValidationError) as refused, official_document():
        raise ValidationError(_("Berkas {n} kosong.", n="a.pdf"), [("out", _("kosong"))])
    assert refused.value.message == "EN:Berkas a.pdf kosong."
    assert refused.value.problems == [("out", "EN:kosong")]
    assert _("x") == "EN:x"  # document mode ended


def test_other_errors_leave_document_mode(marked_translator):
    with pytest.raises(KeyError), official_document():
        raise KeyError("x")
    assert _("x") == "EN:x"


def test_calibration_page_is_indonesian_under_an_english_interface(db, marked_translator):
    from desktop_app.core import legal_print

    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(legal_print.calibration_pdf(db))).pages
    )
    assert "KALIBRASI" in text
    assert "EN:" not in text


def test_whatsapp_reply_to_the_citizen_is_indonesian(db, petugas, marked_translator):
    from desktop_app.core import demo
    from desktop_app.core import requests as rq

    demo.fill_demo(db, days=1, seed=3)
    body = rq.render_message(db, petugas, 1)
    assert "EN:" not in body
