"""The app settings, each declared once: key, type, default, check, who may change it and what
it is. The core reads and stores them through :mod:`desktop_app.core.settings`, the command
line lists and sets them (``loket settings``), the settings tabs load, check and save them.

A value outside its type or range, or a key not declared here, is refused with an Indonesian
message naming the setting. Checks that belong to a domain (the register-number format) stay
in that domain's module and are referenced here.

Adding a setting is one declaration below (``register(IntOption(...))``); see
docs/design.md#settings.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from .errors import ValidationError
from .i18n import N_, _
from .security import Permission

log = logging.getLogger(__name__)

T = TypeVar("T")
OptionT = TypeVar("OptionT", bound="Option[Any]")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. ``label`` is Indonesian, marked with ``N_`` and shown through ``_()``;
    ``check`` is a domain rule run after the type check (returns the cleaned value or raises
    :class:`ValidationError`)."""

    key: str
    default: T
    label: str
    permission: Permission = field(default=Permission.SETTINGS_EDIT, kw_only=True)
    check: Callable[[T], T] | None = field(default=None, kw_only=True, compare=False)
    # Applied in this process once a new value is stored (e.g. the office clock's zone).
    on_change: Callable[[T], None] | None = field(default=None, kw_only=True, compare=False)

    kind: ClassVar[str] = ""  # Indonesian noun for "must be a ...", marked with N_

    def validate(self, value: object) -> T:
        """The cleaned value, or :class:`ValidationError` naming this setting."""
        clean = self._coerce(value)
        if self.check is not None:
            clean = self.check(clean)
        return clean

    def parse(self, text: str) -> T:
        """A value typed on the command line."""
        return self.validate(text.strip())

    def from_stored(self, raw: object) -> T:
        """A stored value; one that no longer passes (stored before the checks existed) reads
        as the default and is logged, so the app keeps working."""
        try:
            return self.validate(raw)
        except ValidationError:
            log.warning("stored setting %s is invalid; using its default", self.key)
            return self.default

    def text(self, value: T) -> str:
        """How the command line shows a value."""
        return "" if value is None else str(value)

    def _coerce(self, value: object) -> T:
        raise NotImplementedError

    def refuse(self, problem: str) -> ValidationError:
        """A refusal naming the setting: its key (what the command line types) and label."""
        return ValidationError(
            _(
                "Pengaturan “{label}” ({key}) {problem}",
                key=self.key,
                label=_(self.label),
                problem=problem,
            ),
            [(self.key, problem)],
        )

    def _wrong_type(self) -> ValidationError:
        return self.refuse(_("harus berupa {kind}.", kind=_(self.kind)))


@dataclass(frozen=True)
class IntOption(Option[int]):
    minimum: int = field(default=0, kw_only=True)
    maximum: int = field(default=2**31 - 1, kw_only=True)
    kind: ClassVar[str] = N_("bilangan bulat")

    def _coerce(self, value: object) -> int:
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d{1,12}", value.strip()):
            value = int(value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._wrong_type()
        if not self.minimum <= value <= self.maximum:
            raise self.refuse(
                _("harus antara {low} dan {high}.", low=self.minimum, high=self.maximum)
            )
        return value


@dataclass(frozen=True)
class FloatOption(Option[float]):
    minimum: float = field(default=0.0, kw_only=True)
    maximum: float = field(default=1e9, kw_only=True)
    decimals: int = field(default=1, kw_only=True)
    kind: ClassVar[str] = N_("angka")

    def _coerce(self, value: object) -> float:
        if isinstance(value, str):
            try:
                value = float(value.strip().replace(",", "."))
            except ValueError:
                raise self._wrong_type() from None
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise self._wrong_type()
        number = float(value)
        if not math.isfinite(number) or not self.minimum <= number <= self.maximum:
            raise self.refuse(
                _("harus antara {low:g} dan {high:g}.", low=self.minimum, high=self.maximum)
            )
        return round(number, self.decimals)


@dataclass(frozen=True)
class TextOption(Option[str]):
    max_length: int = field(default=500, kw_only=True)
    kind: ClassVar[str] = N_("teks")

    def _coerce(self, value: object) -> str:
        if not isinstance(value, str):
            raise self._wrong_type()
        text = value.strip()
        if _CONTROL.search(text):
            raise self.refuse(_("memuat karakter yang tidak sah."))
        if len(text) > self.max_length:
            raise self.refuse(_("terlalu panjang (maksimal {n} karakter).", n=self.max_length))
        return text


@dataclass(frozen=True)
class ChoiceOption(Option[str]):
    choices: tuple[str, ...] = field(default=(), kw_only=True)
    kind: ClassVar[str] = N_("teks")

    def _coerce(self, value: object) -> str:
        if isinstance(value, str):
            for choice in self.choices:  # "f4" typed on the command line is F4
                if value.strip().casefold() == choice.casefold():
                    return choice
        raise self.refuse(_("harus salah satu dari: {choices}.", choices=", ".join(self.choices)))


@dataclass(frozen=True)
class ChoiceListOption(Option[list[str]]):
    """Several of ``choices`` (a list; typed on the command line separated by commas)."""

    choices: tuple[str, ...] = field(default=(), kw_only=True)
    kind: ClassVar[str] = N_("daftar")

    def parse(self, text: str) -> list[str]:
        return self.validate([part.strip() for part in text.split(",") if part.strip()])

    def text(self, value: list[str]) -> str:
        return ",".join(value)

    def _coerce(self, value: object) -> list[str]:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise self._wrong_type()
        unknown = [v for v in value if v not in self.choices]
        if unknown:
            raise self.refuse(_("hanya boleh memuat: {choices}.", choices=", ".join(self.choices)))
        return [c for c in self.choices if c in value]


@dataclass(frozen=True)
class RecordIdOption(Option[int | None]):
    """The id of a record (an official...) or None for "none / automatic"."""

    kind: ClassVar[str] = N_("nomor data (bilangan bulat positif) atau kosong")
    NONE_WORDS: ClassVar[tuple[str, ...]] = ("", "-", "otomatis", "none")

    def parse(self, text: str) -> int | None:
        if text.strip().casefold() in self.NONE_WORDS:
            return self.validate(None)
        return self.validate(text.strip())

    def _coerce(self, value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, str) and re.fullmatch(r"\d{1,12}", value):
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self._wrong_type()
        return value


# --- the registry ---------------------------------------------------------------------------------

REGISTRY: dict[str, Option[Any]] = {}


def register(option: OptionT) -> OptionT:
    """Declare a setting (once; its default must pass its own checks)."""
    if option.key in REGISTRY:
        raise ValueError(f"setting {option.key!r} declared twice")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", option.key):
        raise ValueError(f"setting key {option.key!r}: lower case, digits and _ only")
    option.validate(option.default)
    REGISTRY[option.key] = option
    return option


def get_option(key: str) -> Option[Any]:
    """The declared setting ``key``; an unknown key is refused in Indonesian."""
    option = REGISTRY.get(key) if isinstance(key, str) else None
    if option is None:
        raise ValidationError(
            _("Pengaturan tidak dikenal: {key}.", key=key), [(str(key), _("tidak dikenal"))]
        )
    return option


# Domain checks, imported when used (the domain modules import the settings themselves).


def _register_format(value: str) -> str:
    from .legalization import check_register_format

    return check_register_format(value)


def _verify_url(value: str) -> str:
    from .legalization import check_verify_url

    return check_verify_url(value)


def _use_office_zone(value: str) -> None:
    from . import clock

    clock.use_zone(value)


def _endorse_corner(value: str) -> str:
    from .legalization import check_endorse_corner

    return check_endorse_corner(value)


def _document_types(value: list[str]) -> list[str]:
    from .legalization import check_document_types

    return check_document_types(value)


# The documents a Disdukcapil issues (legalization.DOC_TYPES, in its order): the office ticks
# those its desk legalizes.
DOCUMENT_TYPE_KEYS = (
    "kk", "akta_lahir", "akta_kawin", "akta_mati", "akta_cerai", "kia", "ktp_el", "surat_pindah",
    "akta_pengakuan_anak", "akta_pengesahan_anak", "akta_ganti_nama", "lainnya",
)  # fmt: skip


# --- the settings -------------------------------------------------------------------------------

IDLE_LOCK_MINUTES = register(
    IntOption(
        "idle_lock_minutes",
        10,
        N_("Kunci layar setelah tidak aktif (menit)"),
        minimum=1,
        maximum=240,
    )
)
PAPER = register(ChoiceOption("paper", "A4", N_("Ukuran kertas cetak"), choices=("A4", "F4")))
LEGAL_REGISTER_FORMAT = register(
    TextOption(
        "legal_register_format",
        "474/{seq:04d}/Disdukcapil/{month_roman}/{year}",
        N_("Format nomor register legalisir"),
        max_length=120,
        check=_register_format,
    )
)
LEGAL_VERIFY_URL = register(
    TextOption(
        "legal_verify_url",
        "",  # e.g. "https://disdukcapil.bekasikab.go.id/legalisir"; "": offline
        N_("Alamat halaman verifikasi legalisir"),
        max_length=60,  # a short address keeps the QR code of an endorsement within 45 mm
        check=_verify_url,
    )
)
LEGAL_DOCUMENT_TYPES = register(
    ChoiceListOption(
        "legal_document_types",
        list(DOCUMENT_TYPE_KEYS),
        N_("Jenis dokumen yang dilegalisir di loket"),
        choices=DOCUMENT_TYPE_KEYS,
        check=_document_types,
    )
)
LEGAL_ENDORSE_CORNER = register(
    TextOption(
        "legal_endorse_corner",
        "bottom-right",  # top-left | top-right | bottom-left | bottom-right
        N_("Sudut acuan blok pengesahan"),
        max_length=20,
        check=_endorse_corner,
    )
)
LEGAL_ENDORSE_X_MM = register(
    FloatOption(
        "legal_endorse_x_mm",
        15.0,
        N_("Jarak mendatar blok pengesahan dari sudut acuan (mm)"),
        minimum=0,
        maximum=300,
    )
)
LEGAL_ENDORSE_Y_MM = register(
    FloatOption(
        "legal_endorse_y_mm",
        20.0,
        N_("Jarak tegak blok pengesahan dari sudut acuan (mm)"),
        minimum=0,
        maximum=300,
    )
)
LEGAL_ENDORSE_ORIENTATION = register(
    ChoiceOption(
        "legal_endorse_orientation",
        "portrait",
        N_("Arah kertas blok pengesahan saja"),
        choices=("portrait", "landscape"),
    )
)
PRINT_MARGIN_MM = register(
    FloatOption(
        "print_margin_mm",
        5.0,
        # Positions and the calibration page keep inside it (core/legal_layout.py).
        N_("Tepi kertas yang tidak tercetak printer (mm)"),
        minimum=0,
        maximum=25,
    )
)
OFFICE_TIMEZONE = register(
    ChoiceOption(
        "office_timezone",
        "WIB",
        N_("Zona waktu kantor (WIB, WITA atau WIT) untuk semua tanggal dan jam"),
        choices=("WIB", "WITA", "WIT"),
        on_change=_use_office_zone,
    )
)
REPORT_SIGNER_ID = register(
    RecordIdOption(
        "report_signer_id", None, N_("Pejabat penanda tangan laporan harian (nomor data)")
    )
)
