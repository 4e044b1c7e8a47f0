"""The legalization QR code: which version and error-correction level a payload needs, long
texts shortened so the code stays small, and drawing it module by module on a ReportLab canvas.

The code must stay readable after a 100 dpi photocopy (modules of at least 0.8 mm) and fit, with
its quiet zone of 4 modules, in 45 mm: that is QR version 7 at most (45 modules, 42.4 mm at
0.8 mm). The URL goes in a byte-mode segment, the payload digits in a numeric segment. Level M
(15 % of the code may be lost) is used when the payload fits, else L (7 %).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder  # imported directly for PyInstaller
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .payload import Payload, Text, encode, qr_text

MAX_VERSION = 7
MODULE_MM = 0.8
QUIET_MODULES = 4
LEVELS = (("M", qrencoder.QRErrorCorrectLevel.M), ("L", qrencoder.QRErrorCorrectLevel.L))
MIN_NAME, MIN_NUMBER, MIN_LABEL = 16, 10, 12
_DUMMY_SIGNATURE = bytes(64)


class QrTooLarge(ValueError):
    """Even shortened, the payload and URL do not fit a version-7 code."""


@dataclass(frozen=True)
class QrPlan:
    text: str  # what the code holds: <url>#<digits>, or the digits alone
    url: str
    digits: str
    version: int
    level: str  # "M" or "L"

    @property
    def modules(self) -> int:
        return 17 + 4 * self.version

    def side_mm(self, module_mm: float = MODULE_MM) -> float:
        """The code with its quiet zone."""
        return (self.modules + 2 * QUIET_MODULES) * module_mm


_ALNUM = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def qr_url(url: str) -> str:
    """The URL as the code holds it: scheme and host in upper case (they ignore case, and
    upper case lets the QR store them in its denser alphanumeric mode); the path as typed."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    host, slash, path = rest.partition("/")
    return f"{scheme.upper()}://{host.upper()}{slash}{path}"


def _segments(url: str, digits: str) -> list[qrencoder.QR]:
    parts: list[qrencoder.QR] = []
    if url:
        text = qr_url(url) + "#"
        cut = 0
        while cut < len(text) and text[cut] in _ALNUM:
            cut += 1
        # a short alphanumeric run costs more in its segment header than it saves
        if cut >= 8:
            parts.append(qrencoder.QRAlphaNum(text[:cut]))
            text = text[cut:]
        if text:
            parts.append(qrencoder.QR8bitByte(text))
    parts.append(qrencoder.QRNumber(digits))
    return parts


def smallest(url: str, digits: str, max_version: int = MAX_VERSION) -> tuple[int, str] | None:
    """(version, level) of the smallest code ≤ max_version, preferring M; None if none fits."""
    segments = _segments(url, digits)
    for name, level in LEVELS:
        for version in range(1, max_version + 1):
            capacity = sum(b.dataCount for b in qrencoder.QRRSBlock.getRSBlocks(version, level))
            needed = sum(4 + s.getLengthBits(version) + s.bitlength for s in segments)
            if needed <= capacity * 8:
                return version, name
    return None


def _shorten_start(text: Text, minimum: int) -> Text | None:
    """One character less, keeping the start (names, labels); None at the minimum."""
    if len(text.value) <= minimum:
        return None
    return Text(text.value[:-1].rstrip(), True)


def _shorten_end(text: Text, minimum: int) -> Text | None:
    """One character less, keeping the end (document numbers: the serial is at the end)."""
    if len(text.value) <= minimum:
        return None
    return Text(text.value[1:].lstrip(), True)


def fit(payload: Payload, url: str, max_version: int = MAX_VERSION) -> Payload:
    """The payload as it will be signed: its texts shortened (label, then name, then document
    number, one character at a time) until the code fits ``max_version``; first down to
    readable lengths, then, for texts of many-byte characters only, further. Raises QrTooLarge."""
    current = payload
    for minimums in ((MIN_LABEL, MIN_NAME, MIN_NUMBER), (1, 1, 1)):
        while (
            smallest(url, encode(replace(current, signature=_DUMMY_SIGNATURE)), max_version) is None
        ):
            shorter = _shorten_once(current, *minimums)
            if shorter is None:
                break
            current = shorter
        else:
            return current
    raise QrTooLarge(url)


def _shorten_once(p: Payload, min_label: int, min_name: int, min_number: int) -> Payload | None:
    docs = list(p.documents)
    for i, d in enumerate(docs):
        if d.type_code == 0 and (label := _shorten_start(d.label, min_label)) is not None:
            docs[i] = replace(d, label=label)
            return replace(p, documents=tuple(docs))
    if (name := _shorten_start(p.name, min_name)) is not None:
        return replace(p, name=name)
    longest = max(range(len(docs)), key=lambda i: len(docs[i].number.value))
    number = _shorten_end(docs[longest].number, min_number)
    if number is None:
        return None
    docs[longest] = replace(docs[longest], number=number)
    return replace(p, documents=tuple(docs))


def plan(url: str, digits: str, max_version: int = 40) -> QrPlan:
    found = smallest(url, digits, max_version)
    if found is None:
        raise QrTooLarge(url)
    return QrPlan(qr_text(qr_url(url), digits), url, digits, found[0], found[1])


def matrix(p: QrPlan) -> tuple[tuple[bool, ...], ...]:
    return _matrix(p.url, p.digits, p.version, p.level)


@lru_cache(maxsize=64)
def _matrix(url: str, digits: str, version: int, level_name: str) -> tuple[tuple[bool, ...], ...]:
    """The modules (remembered: a copy prints the same code on every page of every copy, and
    choosing the mask is the slow part)."""
    code = qrencoder.QRCode(version, dict(LEVELS)[level_name])
    for segment in _segments(url, digits):
        code.addData(segment)
    code.make()
    n = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(n)) for r in range(n))


def draw(canvas: Canvas, p: QrPlan, x: float, y: float, module_mm: float = MODULE_MM) -> float:
    """Draw the code with its quiet zone (left white), bottom-left corner of the quiet zone at
    (x, y) in points; returns the side in points. Dark runs of a row are one rectangle."""
    rows = matrix(p)
    size = module_mm * mm
    n = len(rows)
    origin_x = x + QUIET_MODULES * size
    top = y + (QUIET_MODULES + n) * size
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()  # one path: no seams between neighbouring modules
    for r, row in enumerate(rows):
        c = 0
        while c < n:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < n and row[c]:
                c += 1
            path.rect(origin_x + start * size, top - (r + 1) * size, (c - start) * size, size)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
    return float((n + 2 * QUIET_MODULES) * size)


class QrFlowable(Flowable):  # type: ignore[misc]  # ReportLab is untyped (Any)
    """A planned code (with its quiet zone) as a platypus flowable, 0.8 mm modules."""

    def __init__(self, plan: QrPlan, module_mm: float = MODULE_MM) -> None:
        super().__init__()
        self.plan, self.module_mm = plan, module_mm
        self.side = plan.side_mm(module_mm) * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        draw(self.canv, self.plan, 0, 0, self.module_mm)
