"""Where a legalization's pages go on the paper (no drawing here, only geometry).

- The endorsement-only sheet: the block at a distance from a corner of the paper, checked
  against the paper and the printer's unprintable edge (:func:`check_position`), portrait or
  landscape.
- A copy with endorsement: the scan at its real size (a PDF page's own size, an image's pixels
  over its resolution; the clerk gives the resolution when the file has none), on portrait or
  landscape paper as the document is, with the block in a blank part of the copy found from
  the scan's ink (:func:`plan_copy_page`). When that cannot be done at 100 % the clerk chooses:
  the block on the back of the sheet, or the copy shrunk with the percentage printed on it.

Coordinates are PDF points with the origin at the bottom-left of the page, like ReportLab's.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from typing import Any

from .errors import ValidationError
from .i18n import _

PT_PER_MM = 72 / 25.4
MM = PT_PER_MM
DEFAULT_MARGIN_MM = 5.0  # what office printers leave unprinted at each edge
MAX_MARGIN_MM = 25.0
CELL_MM = 2.0  # resolution of the ink map
INK_LEVEL = 150  # a grey below this (0-255) is ink; scanner noise on white paper stays above
INK_SHARE = 0.01  # a cell with more than this share of ink pixels holds ink
BLOCK_CLEARANCE_MM = 3.0  # blank paper kept between the block and the document's ink
PLACEMENTS = ("auto", "back", "shrink")
# A resolution that gives a document smaller or larger than this is not believed (a 72 or 96
# dpi default written by a phone or a screenshot tool): the clerk is asked instead.
PLAUSIBLE_SIDE_MM = (40.0, 460.0)
PLAUSIBLE_DPI = (60.0, 1600.0)


@dataclass(frozen=True)
class Box:
    """A rectangle in points, origin bottom-left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def inside(self, other: Box, tolerance: float = 0.5 * MM) -> bool:
        return (
            self.x >= other.x - tolerance
            and self.y >= other.y - tolerance
            and self.right <= other.right + tolerance
            and self.top <= other.top + tolerance
        )


def oriented(paper: tuple[float, float], landscape: bool) -> tuple[float, float]:
    """The paper's (width, height) in points, turned when ``landscape``."""
    short, long_ = sorted(paper)
    return (long_, short) if landscape else (short, long_)


def printable_area(page: tuple[float, float], margin_mm: float) -> Box:
    m = margin_mm * MM
    return Box(m, m, page[0] - 2 * m, page[1] - 2 * m)


def check_margin(value: Any) -> float:
    """The printable margin setting: 0-25 mm."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = -1.0
    if not 0 <= number <= MAX_MARGIN_MM or math.isnan(number):
        raise ValidationError(
            _(
                "Batas tepi yang tidak tercetak harus antara 0 dan {max} mm.",
                max=f"{MAX_MARGIN_MM:g}",
            ),
            [("print_margin_mm", _("antara 0 dan {max} mm", max=f"{MAX_MARGIN_MM:g}"))],
        )
    return round(number, 1)


# --- the endorsement-only sheet ------------------------------------------------------------------

CORNER_NAMES = {
    "top-left": "kiri atas",
    "top-right": "kanan atas",
    "bottom-left": "kiri bawah",
    "bottom-right": "kanan bawah",
}


@dataclass(frozen=True)
class EndorsePosition:
    """Where the block goes on an endorsement-only sheet: mm from a corner of the paper to the
    nearest corner of the block."""

    corner: str = "bottom-right"
    x_mm: float = 15
    y_mm: float = 20

    def origin(
        self, page: tuple[float, float], block: tuple[float, float] | None = None
    ) -> tuple[float, float]:
        """Bottom-left of the block in points."""
        bw, bh = block or _block_size()
        width, height = page
        x = self.x_mm * MM if "left" in self.corner else width - self.x_mm * MM - bw
        y = self.y_mm * MM if "bottom" in self.corner else height - self.y_mm * MM - bh
        return x, y

    def box(self, page: tuple[float, float], block: tuple[float, float] | None = None) -> Box:
        bw, bh = block or _block_size()
        x, y = self.origin(page, (bw, bh))
        return Box(x, y, bw, bh)


def _block_size() -> tuple[float, float]:
    from .legalization.endorsement import BLOCK_H, BLOCK_W  # the block's owner: its size

    return BLOCK_W, BLOCK_H


def position_limits(
    page: tuple[float, float], margin_mm: float, block: tuple[float, float] | None = None
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The allowed (min, max) distances in mm, horizontally and vertically."""
    bw, bh = block or _block_size()
    low = margin_mm
    return (
        (low, round(page[0] / MM - margin_mm - bw / MM, 1)),
        (low, round(page[1] / MM - margin_mm - bh / MM, 1)),
    )


def check_position(
    position: EndorsePosition,
    paper: str,
    page: tuple[float, float],
    margin_mm: float,
    *,
    landscape: bool = False,
    block: tuple[float, float] | None = None,
) -> None:
    """Refuse a position that puts any part of the block outside the paper or inside the edge
    the printer cannot print, naming the field and the allowed range."""
    if position.corner not in CORNER_NAMES:
        raise ValidationError(
            _("Sudut acuan harus salah satu dari: {c}.", c=", ".join(CORNER_NAMES)),
            [("legal_endorse_corner", _("tidak valid"))],
        )
    bw, bh = block or _block_size()
    (x_lo, x_hi), (y_lo, y_hi) = position_limits(page, margin_mm, (bw, bh))
    sheet = _("kertas {p} {o}", p=paper, o=_("mendatar") if landscape else _("tegak"))
    problems: list[tuple[str, str]] = []
    checks = (
        ("legal_endorse_x_mm", _("Jarak mendatar"), position.x_mm, x_lo, x_hi, page[0], bw),
        ("legal_endorse_y_mm", _("Jarak tegak"), position.y_mm, y_lo, y_hi, page[1], bh),
    )
    for key, label, value, lo, hi, side, size in checks:
        if x_hi < x_lo or y_hi < y_lo:
            message = _(
                "Blok pengesahan ({w} × {h} mm) tidak muat di {sheet} dengan tepi {m} mm.",
                w=f"{bw / MM:.0f}",
                h=f"{bh / MM:.0f}",
                sheet=sheet,
                m=f"{margin_mm:g}",
            )
            problems.append((key, message))
        elif value < lo - 0.05:
            problems.append(
                (
                    key,
                    _(
                        "{label} {v} mm terlalu kecil: blok masuk ke tepi {m} mm yang tidak "
                        "dapat dicetak printer. Paling kecil {lo} mm.",
                        label=label,
                        v=f"{value:g}",
                        m=f"{margin_mm:g}",
                        lo=f"{lo:g}",
                    ),
                )
            )
        elif value > hi + 0.05:
            problems.append(
                (
                    key,
                    _(
                        "{label} {v} mm terlalu besar untuk {sheet} ({side} mm): blok "
                        "berukuran {size} mm akan keluar dari kertas atau masuk ke tepi yang "
                        "tidak tercetak. Paling besar {hi} mm.",
                        label=label,
                        v=f"{value:g}",
                        sheet=sheet,
                        side=f"{side / MM:.0f}",
                        size=f"{size / MM:.0f}",
                        hi=f"{hi:g}",
                    ),
                )
            )
    if problems:
        raise ValidationError("\n".join(dict.fromkeys(m for _k, m in problems)), problems)


# --- scans: size and ink -------------------------------------------------------------------------


@dataclass
class InkMap:
    """Which CELL_MM cells of a page hold ink: ``rows`` lists of booleans, top row first,
    covering the page's ``width`` × ``height`` points."""

    width: float
    height: float
    rows: list[list[bool]]

    @property
    def cols(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def ink_box(self) -> Box | None:
        """The smallest box (points, origin bottom-left of the page) around all the ink."""
        cells = [(r, c) for r, row in enumerate(self.rows) for c, v in enumerate(row) if v]
        if not cells:
            return None
        cw, ch = self.width / self.cols, self.height / len(self.rows)
        r0, r1 = min(r for r, _c in cells), max(r for r, _c in cells) + 1
        c0, c1 = min(c for _r, c in cells), max(c for _r, c in cells) + 1
        return Box(c0 * cw, self.height - r1 * ch, (c1 - c0) * cw, (r1 - r0) * ch)

    def boxes(self) -> list[Box]:
        """One box per inked cell (points, origin bottom-left of the page)."""
        cw, ch = self.width / self.cols, self.height / len(self.rows)
        return [
            Box(c * cw, self.height - (r + 1) * ch, cw, ch)
            for r, row in enumerate(self.rows)
            for c, v in enumerate(row)
            if v
        ]


def ink_map(image: Any, width: float, height: float) -> InkMap:
    """Where ``image`` (a Pillow image shown over width × height points) has ink."""
    from PIL import Image

    cols = max(1, round(width / MM / CELL_MM))
    rows = max(1, round(height / MM / CELL_MM))
    # Threshold at full resolution (a hairline survives), then average: a cell's value is the
    # share of its pixels that are ink.
    dark = image.convert("L").point(lambda v: 255 if v < INK_LEVEL else 0)
    factor = min(dark.width // (cols * 4), dark.height // (rows * 4))
    if factor > 1:
        dark = dark.reduce(factor)
    cells = dark.resize((cols, rows), Image.Resampling.BOX)
    limit = 255 * INK_SHARE
    data = cells.tobytes()
    return InkMap(
        width, height, [[v > limit for v in data[r * cols : (r + 1) * cols]] for r in range(rows)]
    )


@dataclass
class ScanPage:
    """One page of a scan: its size at 100 % in points (None: the resolution is unknown),
    where its ink is (None: a PDF page without a single full-page image), and how to draw
    it (an ImageReader for images; the pypdf page for PDFs)."""

    number: int
    size: tuple[float, float] | None
    ink: InkMap | None
    source: Any
    pixels: tuple[int, int] = (0, 0)
    dpi: float | None = None


def image_dpi(image: Any) -> float | None:
    """The resolution a JPEG or PNG carries, if it is believable."""
    dpi = image.info.get("dpi")
    if not dpi:
        return None
    try:
        x, y = float(dpi[0]), float(dpi[1])
    except (TypeError, ValueError, IndexError):
        return None
    if not (PLAUSIBLE_DPI[0] <= x <= PLAUSIBLE_DPI[1]) or abs(x - y) > 1:
        return None
    return x


def check_dpi(value: Any) -> float:
    """The clerk's answer for a scan's resolution."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = 0.0
    if math.isnan(number) or not PLAUSIBLE_DPI[0] <= number <= PLAUSIBLE_DPI[1]:
        raise ValidationError(
            _(
                "Resolusi pindaian harus antara {lo} dan {hi} dpi (biasanya 150, 200 atau 300).",
                lo=f"{PLAUSIBLE_DPI[0]:g}",
                hi=f"{PLAUSIBLE_DPI[1]:g}",
            ),
            [("dpi", _("di luar rentang"))],
        )
    return number


def plausible_size(pixels: tuple[int, int], dpi: float) -> bool:
    sides = [p / dpi * 25.4 for p in pixels]
    return all(PLAUSIBLE_SIDE_MM[0] <= s <= PLAUSIBLE_SIDE_MM[1] for s in sides)


def scan_pages(data: bytes, mime: str, dpi: float | None = None) -> list[ScanPage]:
    """The pages of a checked scan with their real size and ink. ``dpi`` is the clerk's answer
    for an image that carries no (believable) resolution; it overrides the file's."""
    if dpi is not None:
        dpi = check_dpi(dpi)
    if mime == "application/pdf":
        return _pdf_pages(data)
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    with Image.open(io.BytesIO(data)) as image:
        pixels = image.size
        found = dpi or image_dpi(image)
        if found and not dpi and not plausible_size(pixels, found):
            found = None
        size = (pixels[0] / found * 72, pixels[1] / found * 72) if found else None
        ink = ink_map(_drafted(image, *size), *size) if size else None
    return [ScanPage(1, size, ink, ImageReader(io.BytesIO(data)), pixels, found)]


def _pdf_pages(data: bytes) -> list[ScanPage]:
    from pypdf import PdfReader, PdfWriter

    # Pages held by a writer can have their /Rotate turned into content later.
    pages = list(PdfWriter(clone_from=PdfReader(io.BytesIO(data))).pages)
    out = []
    for number, page in enumerate(pages, start=1):
        box = page.cropbox
        w, h = float(box.width), float(box.height)
        rotation = page.rotation % 360
        if rotation in (90, 270):
            w, h = h, w
        out.append(ScanPage(number, (w, h), _pdf_ink(page, w, h, rotation), page))
    return out


def _drafted(image: Any, width: float, height: float) -> Any:
    """A JPEG decoded at a fraction of its size when that still gives 8 pixels per ink cell
    (much faster: a 10-page scan is planned in well under a second)."""
    if getattr(image, "format", None) == "JPEG":
        cells = (width / MM / CELL_MM * 8, height / MM / CELL_MM * 8)
        image.draft("L", (int(cells[0]), int(cells[1])))
    return image


def _pdf_ink(page: Any, width: float, height: float, rotation: int) -> InkMap | None:
    """The ink of a scanned PDF page: the page must be one image covering it (what a scanner
    writes); anything else (text, drawings, several images) is not analysed."""
    from PIL import Image

    try:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        images = [
            obj
            for obj in (ref.get_object() for ref in xobjects.values())
            if obj.get("/Subtype") == "/Image"
        ]
        if len(images) != 1:
            return None
        stream = images[0]
        filters = stream.get("/Filter")
        filters = [str(f) for f in (filters if isinstance(filters, list) else [filters])]
        if filters and filters[-1] == "/DCTDecode" and set(filters[:-1]) <= {"/ASCII85Decode"}:
            # A scanner's JPEG: decoded straight from its bytes, at a fraction of its size.
            raw = stream._data
            if filters[:-1]:
                import base64

                raw = base64.a85decode(raw.strip().removesuffix(b"~>"))
            image = _drafted(Image.open(io.BytesIO(raw)), width, height)
        else:
            image = next(iter(page.images)).image
        if rotation:
            image = image.rotate(-rotation, expand=True)
    except Exception:  # noqa: BLE001 - an image pypdf cannot decode: no ink map, ask the clerk
        return None
    if abs(image.width / image.height - width / height) > 0.02 * (width / height):
        return None
    return ink_map(image, width, height)


# --- a copy page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PagePlan:
    """How one scan page goes on paper."""

    page: tuple[float, float]  # the paper, oriented like the document
    scan: Box  # where the whole scan page is drawn (clipped to the paper)
    scale: float  # 1.0: same size
    block: Box | None  # the block on the front
    back_block: Box | None = None  # the block on the back of the sheet
    fits: bool = True  # same size, with the block in blank space on the front
    too_big: bool = False  # the document is larger than the paper's printable area
    note_at: tuple[float, float] = (0.0, 0.0)  # bottom-left of the small print
    reason: str = ""

    @property
    def landscape(self) -> bool:
        return self.page[0] > self.page[1]


def _integral(grid: list[list[bool]]) -> list[list[int]]:
    """Summed-area table: ``s[r][c]`` counts the true cells above and left of (r, c)."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    s = [[0] * (cols + 1) for _ in range(rows + 1)]
    for r in range(rows):
        acc = 0
        above, here, row = s[r], s[r + 1], grid[r]
        for c in range(cols):
            acc += row[c]
            here[c + 1] = above[c + 1] + acc
    return s


class InkIndex:
    """Answers "is there ink in this rectangle?" in constant time for an ink map placed on
    the page with its bottom-left corner at ``origin``."""

    def __init__(self, ink: InkMap, origin: tuple[float, float]) -> None:
        self.rows = len(ink.rows)
        self.cols = ink.cols
        self.height = ink.height
        self.origin = origin
        self.table = _integral(ink.rows)
        self.cw = ink.width / max(1, self.cols)
        self.ch = ink.height / max(1, self.rows)

    @classmethod
    def solid(cls, box: Box) -> InkIndex:
        """Ink everywhere in ``box`` (a page that is not analysed, e.g. a vector PDF)."""
        return cls(InkMap(box.w, box.h, [[True]]), (box.x, box.y))

    def col_span(self, x0: float, x1: float) -> tuple[int, int]:
        ox = self.origin[0]
        return max(0, math.floor((x0 - ox) / self.cw)), min(
            self.cols, math.ceil((x1 - ox) / self.cw)
        )

    def row_span(self, y0: float, y1: float) -> tuple[int, int]:
        top = self.origin[1] + self.height  # rows count from the top of the scan
        return max(0, math.floor((top - y1) / self.ch)), min(
            self.rows, math.ceil((top - y0) / self.ch)
        )

    def inked(self, cols: tuple[int, int], rows: tuple[int, int]) -> bool:
        (c0, c1), (r0, r1) = cols, rows
        if c0 >= c1 or r0 >= r1:
            return False
        s = self.table
        return bool(s[r1][c1] - s[r0][c1] - s[r1][c0] + s[r0][c0])


def find_blank(
    area: Box,
    size: tuple[float, float],
    ink: InkIndex,
    prefer: str = "bottom-right",
    clearance: float = BLOCK_CLEARANCE_MM * MM,
) -> Box | None:
    """A ``size`` box inside ``area`` with no ink within ``clearance`` of it, as close as
    possible to the ``prefer`` corner of ``area`` (flush against it when that corner is
    free); None if there is none."""
    if area.w < size[0] or area.h < size[1]:
        return None
    step = CELL_MM * MM
    right, top = "right" in prefer, "top" in prefer
    xs = [
        area.right - size[0] - c * step if right else area.x + c * step
        for c in range(int((area.w - size[0]) // step) + 1)
    ]
    ys = [
        area.top - size[1] - r * step if top else area.y + r * step
        for r in range(int((area.h - size[1]) // step) + 1)
    ]
    col_spans = [ink.col_span(x - clearance, x + size[0] + clearance) for x in xs]
    row_spans = [ink.row_span(y - clearance, y + size[1] + clearance) for y in ys]
    candidates = sorted((c * c + r * r, c, r) for r in range(len(ys)) for c in range(len(xs)))
    for _score, c, r in candidates:
        if not ink.inked(col_spans[c], row_spans[r]):
            return Box(xs[c], ys[r], size[0], size[1])
    return None


def plan_copy_page(
    scan: ScanPage,
    paper: tuple[float, float],
    margin_mm: float,
    placement: str,
    back_position: EndorsePosition,
    block: tuple[float, float] | None = None,
) -> PagePlan:
    """Place one scan page on ``paper`` (portrait size in points) — see the module docstring.
    ``placement``: "auto" (same size, the block in blank space, else ``fits`` is False and no
    block is placed), "back" (same size, the block on the back) or "shrink" (same size when
    the block fits in blank space, else smaller, with the block below)."""
    if scan.size is None:
        raise ValueError("scan page without a size")
    bw, bh = block or _block_size()
    sw, sh = scan.size
    # Landscape paper for a landscape document that is too wide for portrait paper (a KK);
    # a small one (a KIA card) stays on portrait paper, with room below it.
    landscape = sw > sh and sw > min(paper) - 2 * margin_mm * MM
    page = oriented(paper, landscape)
    area = printable_area(page, margin_mm)
    at_100 = Box((page[0] - sw) / 2, (page[1] - sh) / 2, sw, sh)
    if scan.ink is not None:
        inside = scan.ink.ink_box()
        content = (
            Box(at_100.x + inside.x, at_100.y + inside.y, inside.w, inside.h)
            if inside
            else Box(at_100.x + sw / 2, at_100.y + sh / 2, 0, 0)
        )
        index = InkIndex(scan.ink, (at_100.x, at_100.y))
    else:
        content = at_100
        index = InkIndex.solid(at_100)  # not analysed (a vector PDF): all of it counts as ink

    fits_100 = content.inside(area)
    clearance = BLOCK_CLEARANCE_MM * MM
    if fits_100:
        spot = find_blank(area, (bw, bh), index, "bottom-right")
        if spot is not None:
            return PagePlan(page, at_100, 1.0, spot, note_at=_note_below(spot, area))
    if placement == "back":
        scan_box, scale = (at_100, 1.0) if fits_100 else _fit_into(content, at_100, area)
        back = back_position.box(page, (bw, bh))
        if not back.inside(area):
            back = Box(area.right - bw, area.y, bw, bh)
        return PagePlan(
            page, scan_box, scale, None, back, fits=False, too_big=not fits_100,
            note_at=_note_below(back, area),
        )  # fmt: skip
    if placement == "shrink":
        band = Box(area.x, area.y + bh + clearance, area.w, area.h - bh - clearance)
        scan_box, scale = _fit_into(content, at_100, band)
        spot = Box(area.right - bw, area.y, bw, bh)
        return PagePlan(
            page, scan_box, scale, spot, fits=False, too_big=not fits_100,
            note_at=(area.x, area.y + 1 * MM),
        )  # fmt: skip
    return PagePlan(page, at_100, 1.0, None, fits=False, too_big=not fits_100)


def _fit_into(content: Box, whole: Box, area: Box) -> tuple[Box, float]:
    """Scale the scan (``whole``, with its inked ``content``) so the content fills ``area``
    at most, centred horizontally and at the top; returns the scan's box and the scale."""
    if content.w <= 0 or content.h <= 0:
        return whole, 1.0
    s = min(1.0, area.w / content.w, area.h / content.h)
    s = math.floor(s * 100) / 100  # a whole percentage, as printed on the page
    cx = area.x + (area.w - content.w * s) / 2
    cy = area.top - content.h * s
    # content's offset inside the scan, scaled
    ox, oy = content.x - whole.x, content.y - whole.y
    return Box(cx - ox * s, cy - oy * s, whole.w * s, whole.h * s), s


def _note_below(block: Box, area: Box) -> tuple[float, float]:
    """The small print goes just under the block, or just above it at the bottom edge."""
    if block.y - 4 * MM >= area.y:
        return (block.x, block.y - 3.2 * MM)
    return (block.x, block.top + 1.2 * MM)


@dataclass
class CopyOptions:
    """The clerk's choices for a copy with endorsement."""

    placement: str = "auto"  # auto | back | shrink
    dpi: dict[int, float] = field(default_factory=dict)  # document position -> resolution
