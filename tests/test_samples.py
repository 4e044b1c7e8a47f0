"""docs/samples: the README shows one page of each printed document, every sample image is a
150-dpi page of A4 or F4 (docs/samples/make_samples.py writes them), none is left unshown."""

from __future__ import annotations

import re
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "docs" / "samples"
PAPERS_MM = {(210, 297), (215, 330)}


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_every_sample_is_a_150_dpi_page_shown_in_the_readme():
    shown = set(re.findall(r"docs/samples/([\w.-]+\.png)", (ROOT / "README.md").read_text("utf-8")))
    on_disk = {p.name for p in SAMPLES.glob("*.png")}
    assert shown == on_disk, (shown - on_disk, on_disk - shown)
    for name in sorted(on_disk):
        width, height = png_size(SAMPLES / name)
        page_mm = tuple(sorted((round(width / 150 * 25.4), round(height / 150 * 25.4))))
        assert page_mm in PAPERS_MM, (name, width, height)


def test_the_readme_shows_one_of_each_document():
    readme = (ROOT / "README.md").read_text("utf-8")
    for stem in (
        "tanda-terima",
        "buku-register",
        "rekap-harian",
        "rekap-rentang",
        "salinan-kk",
        "salinan-akta",
        "pengesahan-a4",
        "pengesahan-f4",
        "kalibrasi",
        "kinerja",
    ):
        assert f"docs/samples/{stem}" in readme, stem
