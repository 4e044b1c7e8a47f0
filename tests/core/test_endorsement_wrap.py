"""Long words in the endorsement block (a verification address, a document number) break after a
separator, so the printed check hint never ends in a lone "/" and no number is split mid-part."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from desktop_app.core.legalization import endorsement


@pytest.mark.parametrize(
    ("url", "last_line"),
    [
        ("https://disdukcapil.bekasikab.go.id/v/", "v/"),
        ("https://disdukcapil.kotabaru.go.id/verifikasi/legalisir/", "verifikasi/legalisir/"),
    ],
)
def test_the_check_hint_breaks_an_address_after_a_slash(url, last_line):
    text = f"Cek keaslian: pindai QR atau buka {url}"
    lines, size = endorsement._fit_lines(text, endorsement.FONT, 7, endorsement.QR_SIDE - 1 * mm, 3)
    assert size >= 6.5
    assert lines[-1] == last_line
    assert "".join(lines[1:]) == url  # nothing lost or added where it broke


def test_a_document_number_breaks_between_its_parts():
    lines = endorsement._wrap("AL.700.0123456/2015/KEL-BKS/0001", endorsement.FONT, 9, 30 * mm)
    assert lines == ["AL.700.0123456/", "2015/KEL-BKS/0001"]


def test_a_word_without_separators_still_fits_its_width():
    word = "1234567890" * 5
    lines = endorsement._wrap(word, endorsement.FONT, 9, 30 * mm)
    assert "".join(lines) == word
    assert all(endorsement.stringWidth(x, endorsement.FONT, 9) <= 30 * mm for x in lines)
