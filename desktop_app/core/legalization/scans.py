"""Scans attached to documents: a PDF, JPEG or PNG is checked (type from its bytes, size, pages,
pixels, readability) before it is stored, so printing never meets a file it cannot place."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ValidationError
from ..i18n import _

MAX_SCAN_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 50
MAX_IMAGE_SIDE = 10_000
MAX_IMAGE_PIXELS = 50_000_000


@dataclass(frozen=True)
class ScanFile:
    """A checked scan: PDF (``pages`` ≥ 1) or JPEG/PNG image (``width_px``, ``height_px``)."""

    name: str
    mime: str  # application/pdf | image/jpeg | image/png
    data: bytes = field(repr=False)
    pages: int = 1
    width_px: int = 0
    height_px: int = 0

    @property
    def size(self) -> int:
        return len(self.data)


def read_scan(path: str | Path) -> ScanFile:
    """Read and check a scan file; its size is checked before anything is read."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ValidationError(
            _("Berkas pindaian {name} tidak dapat dibuka: {reason}", name=p.name, reason=exc),
            [("scan", _("tidak dapat dibuka"))],
        ) from exc
    _check_scan_size(p.name, size)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("Berkas pindaian {name} tidak dapat dibaca: {reason}", name=p.name, reason=exc),
            [("scan", _("tidak dapat dibaca"))],
        ) from exc
    return check_scan(data, p.name)


def _check_scan_size(name: str, size: int) -> None:
    if size > MAX_SCAN_BYTES:
        raise ValidationError(
            _(
                "Berkas pindaian {name} terlalu besar ({mb} MB); maksimal 20 MB.",
                name=name,
                mb=f"{size / 1024 / 1024:.0f}",
            ),
            [("scan", _("terlalu besar"))],
        )
    if size == 0:
        raise ValidationError(
            _("Berkas pindaian {name} kosong.", name=name), [("scan", _("kosong"))]
        )


def sniff_mime(data: bytes) -> str | None:
    """The scan type from its first bytes (never from the file name)."""
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def check_scan(data: bytes, name: str = "pindaian") -> ScanFile:
    """Accept a PDF, JPEG or PNG that the printing code can place on a page, or refuse clearly."""
    _check_scan_size(name, len(data))
    mime = sniff_mime(data)
    if mime is None:
        raise ValidationError(
            _("Berkas {name} bukan PDF, JPEG atau PNG.", name=name),
            [("scan", _("jenis berkas tidak didukung"))],
        )
    if mime == "application/pdf":
        return ScanFile(name, mime, data, pages=_check_pdf(data, name))
    width, height = _check_image(data, name)
    return ScanFile(name, mime, data, pages=1, width_px=width, height_px=height)


def _corrupt(name: str) -> ValidationError:
    return ValidationError(
        _("Berkas {name} rusak atau tidak lengkap; pindai ulang dokumennya.", name=name),
        [("scan", _("berkas rusak"))],
    )


def _check_pdf(data: bytes, name: str) -> int:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _(
                    "PDF {name} dilindungi kata sandi atau terenkripsi; simpan ulang tanpa "
                    "perlindungan.",
                    name=name,
                ),
                [("scan", _("PDF terenkripsi"))],
            )
        pages = len(reader.pages)
        if pages > MAX_PDF_PAGES:
            raise ValidationError(
                _(
                    "PDF {name} berisi {n} halaman; maksimal {max} halaman.",
                    name=name,
                    n=pages,
                    max=MAX_PDF_PAGES,
                ),
                [("scan", _("terlalu banyak halaman"))],
            )
        for page in reader.pages:
            box = page.mediabox
            if float(box.width) <= 0 or float(box.height) <= 0:
                raise _corrupt(name)
            page.get_contents()
    except ValidationError:
        raise
    except (PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        raise _corrupt(name) from exc
    except Exception as exc:  # noqa: BLE001 - pypdf raises many things on broken files
        raise _corrupt(name) from exc
    if pages == 0:
        raise _corrupt(name)
    return pages


def _check_image(data: bytes, name: str) -> tuple[int, int]:
    from PIL import Image

    try:
        with warnings.catch_warnings():
            # We judge the size ourselves, below, with a clearer message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
    except Image.DecompressionBombError:
        width = height = MAX_IMAGE_SIDE + 1
    except Exception as exc:  # noqa: BLE001 - Pillow's errors on broken headers vary
        raise _corrupt(name) from exc
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise ValidationError(
            _(
                "Gambar {name} terlalu besar ({w}×{h} piksel); maksimal {side}×{side} piksel "
                "dan 50 megapiksel. Pindai dengan resolusi 300 dpi.",
                name=name,
                w=width,
                h=height,
                side=f"{MAX_IMAGE_SIDE:,}".replace(",", "."),
            ),
            [("scan", _("gambar terlalu besar"))],
        )
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()  # a truncated file fails here, not later at the printer
    except Exception as exc:  # noqa: BLE001
        raise _corrupt(name) from exc
    return width, height
